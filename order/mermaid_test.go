package order_test

import (
	"strings"
	"testing"

	"github.com/beian-go/beian/order"
)

// TestMermaidGolden keeps testdata/machine.mmd, the drawing the README shows, in step with the
// table. Run go test ./order -update after changing the table.
func TestMermaidGolden(t *testing.T) {
	checkGolden(t, "machine.mmd", order.Mermaid())
}

// TestMermaidCoversTable checks the drawing against the table itself: one node per status with
// its Chinese label, one arrow per row, and the start and end markers.
func TestMermaidCoversTable(t *testing.T) {
	got := order.Mermaid()
	lines := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
	if lines[0] != "stateDiagram-v2" {
		t.Fatalf("first line %q; want stateDiagram-v2", lines[0])
	}
	id := func(s order.Status) string { return strings.ReplaceAll(s.String(), "-", "_") }
	has := func(prefix string) int {
		n := 0
		for _, l := range lines {
			if strings.HasPrefix(strings.TrimSpace(l), prefix) {
				n++
			}
		}
		return n
	}
	for s := range order.Statuses() {
		if n := has(`state "` + s.Label() + `" as ` + id(s)); n != 1 {
			t.Errorf("status %v declared %d times", s, n)
		}
		if end := has(id(s) + " --> [*]"); end != map[bool]int{true: 1}[s.IsTerminal()] {
			t.Errorf("status %v has %d end markers; terminal = %v", s, end, s.IsTerminal())
		}
	}
	if has("[*] --> "+id(order.Draft)) != 1 {
		t.Errorf("no start marker for draft")
	}
	rows := 0
	for r := range order.Transitions() {
		rows++
		if has(id(r.From)+" --> "+id(r.To)+": "+r.Event.Label()) == 0 {
			t.Errorf("row %+v is not drawn", r)
		}
	}
	if arrows := strings.Count(got, " --> ") - has("[*] -->") - strings.Count(got, "--> [*]"); arrows != rows {
		t.Errorf("%d arrows drawn for %d rows", arrows, rows)
	}
}

// TestMermaidGuards checks how type guards are worded: only where the row does not cover every
// type that can be in its From status.
func TestMermaidGuards(t *testing.T) {
	got := order.Mermaid()
	tests := []struct {
		name string
		line string
		want bool
	}{
		// 取消接入 alone skips SMS verification.
		{"cancel-access push", "awaiting_bureau_submission --> bureau_review: 提交管局（仅取消接入）", true},
		// Cancellations cannot be withdrawn.
		{"withdraw guard", "provider_review --> draft: 撤销备案（注销主体、注销网站、注销APP、取消接入除外）", true},
		// A claim is approved at the provider.
		{"claim", "provider_review --> approved: 初审通过（仅认领备案）", true},
		// SMS rows apply to every type that gets there, so they carry no guard.
		{"sms unguarded", "sms_verification --> bureau_review: 短信核验通过\n", true},
		// The bureau rows likewise.
		{"bureau unguarded", "bureau_review --> approved: 管局审核通过\n", true},
	}
	for _, tc := range tests {
		if strings.Contains(got, tc.line) != tc.want {
			t.Errorf("%s: line %q present = %v; want %v", tc.name, tc.line, !tc.want, tc.want)
		}
	}
}
