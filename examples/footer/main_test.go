package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	binary := filepath.Join(dir, "binary.html")
	if err := os.WriteFile(binary, []byte("\x00\x01\x02PK"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		args     []string
		code     int
		stdout   []string // substrings
		stderrOK bool     // whether stderr may be non-empty
	}{
		// No arguments: the embedded sample page, which is compliant.
		{"sample", nil, 0, []string{"embedded sample page", "京ICP备12345678号-1", "京公网安备11010802035340号", "compliant: yes"}, false},
		// The sample page with the numbers it is filed under.
		{"sample expected", []string{"-expect", "京ICP备12345678号-1", "-expect-ps", "京公网安备11010802035340号"}, 0, []string{"compliant: yes"}, false},
		// The sample page, expecting another number.
		{"sample other number", []string{"-expect", "京ICP备87654321号-1"}, 1, []string{"icp.unexpected-number", "compliant: no"}, false},
		// A page whose number is not linked and whose public-security link has the wrong code.
		{"not compliant", []string{"testdata/not-compliant.html"}, 1,
			[]string{"icp.not-linked", "ps.code-mismatch", "ps.no-badge", `written as "京公网安备 11010802035340号"`, "compliant: no", "suggested footer:", `<a href="https://beian.miit.gov.cn/"`}, false},
		// The same as JSON.
		{"not compliant json", []string{"-json", "testdata/not-compliant.html"}, 1, []string{`"compliant": false`, `"code": "icp.not-linked"`}, false},
		// A file that does not exist.
		{"missing file", []string{"testdata/nope.html"}, 2, nil, true},
		// Binary data.
		{"binary", []string{binary}, 2, nil, true},
		// A malformed expected number.
		{"bad expect", []string{"-expect", "京ICP备"}, 2, nil, true},
		// An ICP number where the public-security one goes.
		{"wrong expect kind", []string{"-expect-ps", "京ICP备12345678号-1"}, 2, nil, true},
		// Two files.
		{"two files", []string{"a.html", "b.html"}, 2, nil, true},
		// An unknown flag.
		{"bad flag", []string{"-nope"}, 2, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(tt.args, &stdout, &stderr)
			if code != tt.code {
				t.Errorf("exit code %d, want %d; stderr %s", code, tt.code, stderr.String())
			}
			for _, s := range tt.stdout {
				if !strings.Contains(stdout.String(), s) {
					t.Errorf("stdout lacks %q:\n%s", s, stdout.String())
				}
			}
			if !tt.stderrOK && stderr.Len() > 0 {
				t.Errorf("unexpected stderr: %s", stderr.String())
			}
			if tt.stderrOK && stderr.Len() == 0 {
				t.Error("no error message on stderr")
			}
		})
	}
}

func TestRunJSON(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-json"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var out struct {
		Page      string
		Compliant bool
		Numbers   []struct{ Number, Kind string }
		Findings  []struct{ Code string }
	}
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatalf("%v:\n%s", err, stdout.String())
	}
	if !out.Compliant || len(out.Numbers) != 2 || out.Numbers[0].Kind != "icp-filing" || len(out.Findings) != 0 {
		t.Errorf("JSON report: %+v", out)
	}
}

func TestRunStdin(t *testing.T) {
	f, err := os.Open("testdata/not-compliant.html")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	saved := os.Stdin
	os.Stdin = f
	defer func() { os.Stdin = saved }()
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-"}, &stdout, &stderr); code != 1 {
		t.Fatalf("exit %d, want 1; stderr %s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "page: -") || !strings.Contains(stdout.String(), "icp.not-linked") {
		t.Errorf("stdout:\n%s", stdout.String())
	}
}

// TestRunNoTerminalEscapes checks that page text printed in the report
// (link targets, element ids and classes) cannot send control sequences to
// the terminal.
func TestRunNoTerminalEscapes(t *testing.T) {
	page := filepath.Join(t.TempDir(), "escape.html")
	html := "<footer id=\"f\x1b]0;pwned\x1b\\\"><a href=\"https://example.com/\x1b[2J\x1b[31m\">京ICP备12345678号-1</a></footer>"
	if err := os.WriteFile(page, []byte(html), 0o600); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{page}, &stdout, &stderr); code != 1 {
		t.Fatalf("exit code %d, want 1; stderr %s", code, stderr.String())
	}
	out := stdout.String()
	if strings.ContainsRune(out, 0x1b) {
		t.Errorf("report contains control characters from the page:\n%q", out)
	}
	if !strings.Contains(out, `\x1b[2J`) {
		t.Errorf("report does not show the escaped link target:\n%s", out)
	}
}
