package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var now = time.Date(2026, 1, 31, 3, 0, 0, 0, time.UTC)

func runWith(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb, now)
	return code, out.String(), errb.String()
}

// TestEmbeddedSampleMatchesICP keeps the embedded sample identical to icp's.
func TestEmbeddedSampleMatchesICP(t *testing.T) {
	theirs, err := os.ReadFile(filepath.Join("..", "..", "icp", "testdata", "sample-application-mistakes.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(sampleMistakes, theirs) {
		t.Error("sample-mistakes.json differs from icp/testdata/sample-application-mistakes.json; copy it again")
	}
	clean, err1 := os.ReadFile(filepath.Join("testdata", "clean.json"))
	theirs, err2 := os.ReadFile(filepath.Join("..", "..", "icp", "testdata", "sample-application.json"))
	if err1 != nil || err2 != nil || !bytes.Equal(clean, theirs) {
		t.Errorf("testdata/clean.json differs from icp/testdata/sample-application.json (%v, %v)", err1, err2)
	}
}

func TestExitCodes(t *testing.T) {
	clean, err := os.ReadFile(filepath.Join("testdata", "clean.json"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	empty, blank := filepath.Join(dir, "empty.json"), filepath.Join(dir, "blank.json")
	if os.WriteFile(empty, nil, 0o600) != nil || os.WriteFile(blank, []byte(" \r\n\t\n"), 0o600) != nil {
		t.Fatal("cannot write test files")
	}
	tests := []struct {
		name  string
		stdin string
		args  []string
		want  int
	}{
		// No input at all: the demonstration, exit 0.
		{"demo", "", nil, exitClean},
		// The sample with mistakes as real input: exit 1.
		{"mistakes file", "", []string{"sample-mistakes.json"}, exitProblems},
		// The same on standard input.
		{"mistakes stdin", string(sampleMistakes), nil, exitProblems},
		// A clean application: exit 0.
		{"clean stdin", string(clean), nil, exitClean},
		// Malformed JSON: exit 2.
		{"malformed", "{\"subject\": ", nil, exitUnusable},
		// Not an object: exit 2.
		{"array", "[]", nil, exitUnusable},
		// Missing file: exit 2.
		{"missing file", "", []string{"no-such-file.json"}, exitUnusable},
		// A named file that is empty or blank is unusable, not a request for the demo: exit 2.
		{"empty file", "", []string{empty}, exitUnusable},
		{"blank file", "", []string{blank}, exitUnusable},
		// A directory is not a file: exit 2, in both modes.
		{"directory", "", []string{dir}, exitUnusable},
		{"directory bulk", "", []string{"-bulk", dir}, exitUnusable},
		// An empty bulk file has no applications to fail: exit 0.
		{"empty bulk file", "", []string{"-bulk", empty}, exitClean},
		// A byte order mark before the object is not an error.
		{"bom", "\xef\xbb\xbf" + string(clean), nil, exitClean},
		// Bad flag value: exit 2.
		{"bad date", "", []string{"-at", "2026-02-30"}, exitUnusable},
		// A date in another layout, or with a time: exit 2.
		{"date layout", "", []string{"-at", "31/01/2026"}, exitUnusable},
		{"date with time", "", []string{"-at", "2026-01-31T08:00:00Z"}, exitUnusable},
		// Unknown flag, too many files: exit 2.
		{"unknown flag", "", []string{"-verbose"}, exitUnusable},
		{"two files", "", []string{"a.json", "b.json"}, exitUnusable},
		// Bad language: exit 2.
		{"bad lang", "", []string{"-lang", "fr"}, exitUnusable},
		// Unknown filing type: exit 2.
		{"bad type", "", []string{"-type", "new-thing"}, exitUnusable},
		// The clean application as a 新增网站 order lacks the subject number: exit 1.
		{"as new website", string(clean), []string{"-type", "new-website"}, exitProblems},
		// As a first filing it is fine.
		{"as first filing", string(clean), []string{"-type", "first-filing"}, exitClean},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runWith(t, tt.stdin, tt.args...)
			if code != tt.want {
				t.Errorf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.want, out, errOut)
			}
		})
	}
}

func TestLenientInput(t *testing.T) {
	clean, err := os.ReadFile(filepath.Join("testdata", "clean.json"))
	if err != nil {
		t.Fatal(err)
	}
	// An unknown field is a warning: still exit 0, and the report names it with its position.
	extra := strings.Replace(string(clean), `"subject": {`, `"subject": {"fax": "010-1",`, 1)
	code, out, _ := runWith(t, extra, "-lang", "en")
	if code != exitClean || !strings.Contains(out, "json_unknown_field") || !strings.Contains(out, "line 2") {
		t.Errorf("unknown field: exit %d\n%s", code, out)
	}
	// A value of the wrong type is an error at its path: exit 1, the rest still checked.
	wrong := strings.Replace(string(clean), `"city": 110100`, `"city": "北京"`, 1)
	code, out, _ = runWith(t, wrong, "-lang", "en")
	if code != exitProblems || !strings.Contains(out, "subject.city") || !strings.Contains(out, "json_type") {
		t.Errorf("wrong type: exit %d\n%s", code, out)
	}
}

func TestMalformedInputPosition(t *testing.T) {
	code, _, errOut := runWith(t, "{\n  \"subject\": {\"name\": x}\n}")
	if code != exitUnusable || !strings.Contains(errOut, "line 2, column 23") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

func TestDemoOutput(t *testing.T) {
	code, out, _ := runWith(t, "", "-lang", "en")
	if code != exitClean {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"SEVERITY", "mobile_equals_emergency", "demonstration", "10 errors, 2 warnings."} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestJSONOutput(t *testing.T) {
	code, out, _ := runWith(t, string(sampleMistakes), "-json", "-at", "2026-01-31")
	if code != exitProblems {
		t.Fatalf("exit %d", code)
	}
	var r struct {
		Problems []struct {
			Path, Rule, Severity, Message string
		}
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	if len(r.Problems) == 0 || r.Problems[0].Rule == "" {
		t.Errorf("no problems: %s", out)
	}
}

func TestBulk(t *testing.T) {
	clean, err := os.ReadFile(filepath.Join("testdata", "clean.json"))
	if err != nil {
		t.Fatal(err)
	}
	oneLine := func(b []byte) string {
		var buf bytes.Buffer
		if err := json.Compact(&buf, b); err != nil {
			t.Fatal(err)
		}
		return buf.String()
	}
	var in strings.Builder
	for range 50 {
		in.WriteString(oneLine(clean) + "\n" + oneLine(sampleMistakes) + "\n")
	}
	code, out, errOut := runWith(t, in.String(), "-bulk", "-workers", "3")
	if code != exitProblems {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 100 {
		t.Fatalf("%d report lines, want 100", len(lines))
	}
	for i, l := range lines {
		var bl bulkLine
		if err := json.Unmarshal([]byte(l), &bl); err != nil {
			t.Fatal(err)
		}
		if bl.Line != i+1 {
			t.Fatalf("line %d reported as %d: output out of order", i+1, bl.Line)
		}
		if wantErr := i%2 == 1; (bl.Errors > 0) != wantErr {
			t.Errorf("line %d: %d errors", bl.Line, bl.Errors)
		}
	}
	if !strings.Contains(errOut, "checked 100 applications: 50 without errors, 50 with errors, 0 unusable") {
		t.Errorf("summary: %s", errOut)
	}
	// One unusable line makes the whole run exit 2, and its report line carries the error.
	code, out, _ = runWith(t, oneLine(clean)+"\n{oops\n", "-bulk")
	if code != exitUnusable || !strings.Contains(out, `"error":"validate: line 2, column 2: malformed JSON`) {
		t.Errorf("exit %d, out %s", code, out)
	}
}

// BenchmarkBulk measures bulk mode's throughput with the worker pool on both cores, beside the
// same input checked by one worker (the sequential baseline), so the ratio shows what the pool
// gains on this machine.
func BenchmarkBulk(b *testing.B) {
	var buf bytes.Buffer
	if err := json.Compact(&buf, sampleMistakes); err != nil {
		b.Fatal(err)
	}
	line := buf.String() + "\n"
	const perRun = 200
	input := strings.Repeat(line, perRun)
	for _, workers := range []string{"2", "1"} {
		name := "workers=" + workers
		if workers == "1" {
			name = "baseline=one-worker"
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				var out, errOut bytes.Buffer
				if code := run([]string{"-bulk", "-workers", workers}, strings.NewReader(input), &out, &errOut, now); code != exitProblems {
					b.Fatalf("exit %d: %s", code, errOut.String())
				}
			}
			b.ReportMetric(float64(perRun*b.N)/b.Elapsed().Seconds(), "apps/s")
		})
	}
}
