package validatetest_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/beian-go/beian/validate"
	"github.com/beian-go/beian/validate/validatetest"
)

// TestReportOptions: message texts, order and warnings can be left out of
// report comparisons, and nothing else.
func TestReportOptions(t *testing.T) {
	got := validate.Report{Problems: []validate.Problem{
		{Path: "subject.principal.mobile", Rule: "cn_mobile", Message: "手机号码无效", MessageZH: "手机号码无效", MessageEN: "mobile invalid"},
		{Path: "", Rule: "commitment_letter", Severity: validate.SeverityWarning, Message: "承诺书"},
		{Path: "subject.name", Rule: "required", Message: "必填"},
	}}
	want := validate.Report{Problems: []validate.Problem{
		{Path: "subject.name", Rule: "required"},
		{Path: "subject.principal.mobile", Rule: "cn_mobile"},
	}}
	tests := []struct {
		name  string
		opts  []cmp.Option
		equal bool
	}{
		// All three together make the reports equal.
		{"all", []cmp.Option{validatetest.ReportOptions(), validatetest.IgnoreWarnings()}, true},
		// Without ignoring warnings the extra warning shows.
		{"no ignore warnings", []cmp.Option{validatetest.ReportOptions()}, false},
		// Without sorting the order differs.
		{"no sort", []cmp.Option{validatetest.IgnoreMessages(), validatetest.IgnoreWarnings()}, false},
		// Without ignoring messages the texts differ.
		{"no ignore messages", []cmp.Option{validatetest.SortProblems(), validatetest.IgnoreWarnings()}, false},
	}
	for _, tc := range tests {
		if eq := cmp.Equal(want, got, tc.opts...); eq != tc.equal {
			t.Errorf("%s: equal = %v, want %v\n%s", tc.name, eq, tc.equal, cmp.Diff(want, got, tc.opts...))
		}
	}
	// A different rule is never hidden.
	other := want
	other.Problems = append([]validate.Problem(nil), want.Problems...)
	other.Problems[0].Rule = "max"
	if cmp.Equal(other, got, validatetest.ReportOptions(), validatetest.IgnoreWarnings()) {
		t.Error("a different rule compares equal")
	}
}
