package icptest_test

import (
	"strings"
	"testing"
	"time"

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

// sameMaskResidentIDs returns two different resident IDs that mask alike:
// same area code, sequence and check character, different birth dates.
func sameMaskResidentIDs(t *testing.T) (icp.ResidentID, icp.ResidentID) {
	t.Helper()
	born := time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)
	a, err := icp.NewResidentID(110105, born, 123)
	if err != nil {
		t.Fatal(err)
	}
	for d := 1; d < 400; d++ {
		b, err := icp.NewResidentID(110105, born.AddDate(0, 0, d), 123)
		if err == nil && b.String() == a.String() {
			return a, b
		}
	}
	t.Fatal("no second resident ID with the same mask")
	return a, a
}

// TestCmpOptionsSameMask: when two different values have the same masked
// form, cmp falls back from String to the raw value; the options must keep
// the real values out of the diff then too, and still tell the values apart.
func TestCmpOptionsSameMask(t *testing.T) {
	id1, id2 := sameMaskResidentIDs(t)
	a := icp.Person{
		Name: "张三", CertNumber: "E12345678", OfficePhone: "13812340001",
		Mobile: icp.MustParseMobile("13812340001"), Email: icp.MustParseEmail("alice@example.com"),
	}
	b := icp.Person{
		Name: "张四", CertNumber: "E12399978", OfficePhone: "13899990001",
		Mobile: icp.MustParseMobile("13899990001"), Email: icp.MustParseEmail("anna@example.com"),
	}
	type record struct {
		P  icp.Person
		ID icp.ResidentID
		L  icp.Landline
	}
	x := record{a, id1, icp.MustParseLandline("010-62000001")}
	y := record{b, id2, icp.MustParseLandline("010-62123401")}
	diff := cmp.Diff(x, y, icptest.CmpOptions())
	if diff == "" || cmp.Equal(x, y, icptest.CmpOptions()) {
		t.Fatal("different values compare equal")
	}
	// The raw forms cmp would print: strings, and the digits as bytes.
	for _, secret := range []string{"张三", "张四", "E12345678", "E12399978", "13812340001", "13899990001",
		"alice", "anna", id1.Reveal(), id2.Reveal(), "62000001", "62123401", "0x31, 0x33, 0x38"} {
		if strings.Contains(diff, secret) {
			t.Errorf("diff shows %q:\n%s", secret, diff)
		}
	}
	if !cmp.Equal(x, x, icptest.CmpOptions()) {
		t.Error("a record differs from itself")
	}
}
