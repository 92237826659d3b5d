package icptest_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/icp/icptest"
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
