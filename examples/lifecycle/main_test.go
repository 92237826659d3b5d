package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/beian-go/beian/order"
)

// TestEmbeddedScenario runs the program as CI does, with no arguments.
func TestEmbeddedScenario(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(nil, strings.NewReader(""), &out, &errOut); code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errOut.String())
	}
	got := out.String()
	for _, want := range []string{
		// The first order ends approved after ten transitions.
		"HW-20260302-001  首次备案 first-filing",
		"end: 审核通过 approved after 10 transitions",
		// Resubmission shows Huawei's 已修改待审核.
		"[华为云: 已修改待审核; 撤销后可修改 after-withdraw]",
		// The lapsed SMS code returns the order to the provider.
		"短信核验失败 sms-failed (timer)",
		// Withdrawing at the bureau is refused.
		"first-filing order in status bureau-review cannot take event withdraw",
		// 取消接入 cannot be withdrawn and skips SMS.
		"cancel-access order in status provider-review cannot take event withdraw",
		"待提交管局 awaiting-bureau-submission → 管局审核中 bureau-review",
		"end: 审核通过 approved after 4 transitions",
		// The diagram closes the output.
		"```mermaid\n" + order.Mermaid() + "```\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q", want)
		}
	}
}

// TestArguments covers a scenario file, stdin, and the failure exits.
func TestArguments(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	scenario := "order X-1 claim 2026-01-05T09:00:00+08:00\n" +
		"2026-01-05T10:00:00+08:00 submit applicant\n" +
		"2026-01-06T10:00:00+08:00 provider-pass provider 认领完成\n"
	if err := os.WriteFile(good, []byte(scenario), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad.txt")
	if err := os.WriteFile(bad, []byte("order X-2 first-filing 2026-01-05T09:00:00+08:00\n2026-01-05 submit applicant\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		args  []string
		stdin string
		code  int
		want  string // in stdout for code 0, in stderr otherwise
	}{
		// A file: a claim is approved by the provider alone.
		{"file", []string{"-diagram=false", good}, "", 0, "接入商初审中 provider-review → 审核通过 approved"},
		// "-" reads stdin.
		{"stdin", []string{"-diagram=false", "-"}, scenario, 0, "end: 审核通过 approved after 2 transitions"},
		// A malformed time names the line.
		{"bad line", []string{bad}, "", 2, "line 2"},
		// An unknown event name is reported.
		{"unknown event", []string{"-"}, "order X first-filing 2026-01-05T09:00:00Z\n2026-01-05T10:00:00Z launch me\n", 2, "unknown name"},
		// An event before any order line.
		{"no order", []string{"-"}, "2026-01-05T10:00:00Z submit me\n", 2, "before the first order"},
		// An empty scenario.
		{"empty", []string{"-"}, "# nothing\n", 2, "no order"},
		// A missing file.
		{"missing", []string{filepath.Join(dir, "nope.txt")}, "", 2, "nope.txt"},
		// Two files.
		{"two files", []string{good, good}, "", 2, "at most one"},
		// An unknown flag.
		{"bad flag", []string{"-x"}, "", 2, "flag provided but not defined"},
	}
	for _, tc := range tests {
		var out, errOut bytes.Buffer
		code := run(tc.args, strings.NewReader(tc.stdin), &out, &errOut)
		if code != tc.code {
			t.Errorf("%s: exit %d; want %d (stderr %s)", tc.name, code, tc.code, errOut.String())
			continue
		}
		where := out.String()
		if code != 0 {
			where = errOut.String()
		}
		if !strings.Contains(where, tc.want) {
			t.Errorf("%s: output lacks %q:\n%s", tc.name, tc.want, where)
		}
		if tc.code == 0 && strings.Contains(out.String(), "mermaid") {
			t.Errorf("%s: -diagram=false still printed the diagram", tc.name)
		}
	}
}
