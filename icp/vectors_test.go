package icp_test

import (
	"errors"
	"testing"

	"github.com/beian-go/beian/icp"
)

// TestDomainVectors holds every test vector of domain.md §7.1–7.4 in one
// table, with the verdict the tables there give: valid or invalid under the
// strict parser, and for credit codes also under the lenient one.
func TestDomainVectors(t *testing.T) {
	strict := func(parse func(string) error) func(string) (bool, bool) {
		return func(s string) (bool, bool) { err := parse(s); return err == nil, err == nil }
	}
	resident := strict(func(s string) error { _, err := icp.ParseResidentID(s); return err })
	org := strict(func(s string) error { _, err := icp.ParseOrgCode(s); return err })
	regNo := strict(func(s string) error { _, err := icp.ParseRegistrationNumber(s); return err })
	credit := func(s string) (bool, bool) {
		_, err := icp.ParseCreditCode(s)
		_, _, lerr := icp.ParseCreditCodeLenient(s)
		return err == nil, lerr == nil
	}
	tests := []struct {
		in             string
		check          func(string) (strict, lenient bool)
		valid, lenient bool
	}{
		// §7.1 resident identity numbers.
		{"11010519491231002X", resident, true, true},
		{"440524188001010014", resident, true, true},
		{"11010519491231002Y", resident, false, false},
		// §7.2 unified social credit codes.
		{"911101085636549482", credit, true, true},
		{"12441400456763110Y", credit, true, true},
		{"12440300MB2C92173E", credit, true, true},
		{"92370102MAD4CX6AX6", credit, true, true},
		{"92500105MAC817EJ5D", credit, true, true},
		{"91350200776049653A", credit, true, true},
		{"91350500798359476R", credit, true, true},
		{"91350503MA31DKY80A", credit, true, true},
		{"91350200MA31E12PXF", credit, true, true},
		{"91440101MA5CJQ4N59", credit, true, true},
		{"913502000728319549", credit, true, true},
		{"123502001549897397", credit, true, true},
		{"91350503MA31DNG762", credit, true, true},
		{"913502115628130384", credit, true, true},
		{"9135021359498494XQ", credit, true, true},
		{"91350203MA31NDF85F", credit, true, true},
		{"91350203MA32AXT97E", credit, true, true},
		{"91350203MA31XXW31H", credit, true, true},
		{"91350206MA31LUJ437", credit, true, true},
		{"91350213678251743X", credit, true, true},
		{"91110000802100433B", credit, true, true},
		{"91440300708461136T", credit, true, true},
		// Wrong mod-31 check (computed 9), right organisation code: only the
		// lenient path accepts it.
		{"91350203M0001QAY9B", credit, false, true},
		// §7.3 organisation codes.
		{"56365494-8", org, true, true},
		{"77604965-3", org, true, true},
		{"MA31E12P-X", org, true, true},
		{"45676311-0", org, true, true},
		{"M0001QAY-9", org, true, true},
		// §7.4 old business registration numbers (synthetic).
		{"110108000000008", regNo, true, true},
		{"440300000000009", regNo, true, true},
	}
	for _, tt := range tests {
		if valid, lenient := tt.check(tt.in); valid != tt.valid || lenient != tt.lenient {
			t.Errorf("%s: valid %v, lenient %v; domain.md says %v, %v", tt.in, valid, lenient, tt.valid, tt.lenient)
		}
	}
	// §7.2: the mod-31 check of the pilot code computes to 9.
	var e *icp.IDError
	if _, err := icp.ParseCreditCode("91350203M0001QAY9B"); !errors.As(err, &e) || e.Want != "9" {
		t.Errorf("91350203M0001QAY9B: %v, want a check-character error expecting 9", err)
	}
	// §7.1: the legacy 15-digit form converts explicitly, never silently.
	if id, err := icp.ConvertLegacyResidentID("110105491231002"); err != nil || id.Reveal() != "11010519491231002X" {
		t.Errorf("ConvertLegacyResidentID(110105491231002) = %q, %v", id.Reveal(), err)
	}
	if _, err := icp.ParseResidentID("110105491231002"); !errors.Is(err, icp.ErrLength) {
		t.Errorf("ParseResidentID(110105491231002) = %v, want ErrLength", err)
	}
}
