package icptest_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/icp/icptest"
	"github.com/beian-go/beian/validate"
)

// TestCmpOptions: values compare by value; decimals by Equal; diffs stay
// masked unless RevealDiffs is added.
func TestCmpOptions(t *testing.T) {
	g := icptest.New(4)
	type record struct {
		Person  icp.Person
		Code    icp.CreditCode
		Capital decimal.Decimal
	}
	a := record{g.Person(), g.CreditCode(), decimal.RequireFromString("1e6")}
	b := a
	b.Capital = decimal.RequireFromString("1000000")
	if diff := cmp.Diff(a, b, icptest.CmpOptions()); diff != "" {
		t.Errorf("equal records differ:\n%s", diff)
	}
	b.Person.CertNumber = icp.CertNumber(g.ResidentID().Reveal())
	diff := cmp.Diff(a, b, icptest.CmpOptions())
	if diff == "" {
		t.Fatal("different certificate numbers compare equal")
	}
	if strings.Contains(diff, a.Person.CertNumber.Reveal()) {
		t.Errorf("diff without RevealDiffs shows the real number:\n%s", diff)
	}
	revealed := cmp.Diff(a, b, icptest.RevealDiffs())
	if !strings.Contains(revealed, a.Person.CertNumber.Reveal()) || !strings.Contains(revealed, b.Person.CertNumber.Reveal()) {
		t.Errorf("diff with RevealDiffs does not show the real numbers:\n%s", revealed)
	}
	b = a
	b.Person.Mobile = g.Mobile()
	if cmp.Equal(a, b, icptest.RevealDiffs()) {
		t.Error("different mobiles compare equal with RevealDiffs")
	}
}

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
		{"all", []cmp.Option{icptest.ReportOptions(), icptest.IgnoreWarnings()}, true},
		// Without ignoring warnings the extra warning shows.
		{"no ignore warnings", []cmp.Option{icptest.ReportOptions()}, false},
		// Without sorting the order differs.
		{"no sort", []cmp.Option{icptest.IgnoreMessages(), icptest.IgnoreWarnings()}, false},
		// Without ignoring messages the texts differ.
		{"no ignore messages", []cmp.Option{icptest.SortProblems(), icptest.IgnoreWarnings()}, false},
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
	if cmp.Equal(other, got, icptest.ReportOptions(), icptest.IgnoreWarnings()) {
		t.Error("a different rule compares equal")
	}
}
