package numbertest_test

import (
	"testing"

	"github.com/beian-go/beian/number"
	"github.com/beian-go/beian/number/numbertest"
	"github.com/beian-go/beian/province"
)

// seeds is how many generators the property tests run.
const seeds = 300

var kinds = []number.Kind{number.KindICPFiling, number.KindICPLicence, number.KindTelecomLicence, number.KindPublicSecurity}

// TestValidRoundTrip: every generated number parses back to itself from its
// canonical text and has the kind asked for.
func TestValidRoundTrip(t *testing.T) {
	for seed := range uint64(seeds) {
		g := numbertest.New(seed)
		for _, k := range kinds {
			n := g.Number(k)
			got, err := number.Parse(n.String())
			if err != nil || got != n {
				t.Fatalf("seed %d: Parse(%q) = %v, %v; want the number back", seed, n.String(), got, err)
			}
			if n.Kind() != k {
				t.Fatalf("seed %d: %q has kind %v, want %v", seed, n, n.Kind(), k)
			}
			if k != number.KindTelecomLicence && !n.Province().IsValid() {
				t.Fatalf("seed %d: %q has no province", seed, n)
			}
		}
	}
}

// TestValidOptions: the options are honoured.
func TestValidOptions(t *testing.T) {
	for seed := range uint64(seeds) {
		g := numbertest.New(seed)
		for p := range province.All() {
			if n := g.ICPFiling(numbertest.InProvince(p)); n.Province() != p || n.Prefix() != p.ICPChar() {
				t.Fatalf("seed %d: ICPFiling(InProvince(%v)) = %q", seed, p, n)
			}
			if n := g.PublicSecurity(numbertest.InProvince(p)); n.Province() != p || n.PrefixProvince() != p {
				t.Fatalf("seed %d: PublicSecurity(InProvince(%v)) = %q", seed, p, n)
			}
		}
		tests := []struct {
			name      string
			n         number.Number
			serialLen int
			year      int // 0: not checked
			seq       int // -1: any non-zero
			svc       number.Service
		}{
			// Each era has its serial length.
			{"era 6", g.ICPFiling(numbertest.Era(6)), 6, 2004, 0, number.ServiceNone},
			{"era 8", g.ICPFiling(numbertest.Era(8), numbertest.Year(2016)), 8, 2016, 0, number.ServiceNone},
			{"era 10", g.ICPFiling(numbertest.Era(10), numbertest.Year(2023)), 10, 2023, 0, number.ServiceNone},
			// The year alone picks the era.
			{"year 2004", g.ICPFiling(numbertest.Year(2004)), 6, 2004, 0, number.ServiceNone},
			{"year 2011", g.ICPFiling(numbertest.Year(2011)), 8, 2011, 0, number.ServiceNone},
			{"year 2024", g.ICPFiling(numbertest.Year(2024)), 10, 2024, 0, number.ServiceNone},
			// Service numbers with a fixed and a random sequence.
			{"app", g.ICPFiling(numbertest.Service(2, number.ServiceApp)), 0, 0, 2, number.ServiceApp},
			{"website", g.ICPFiling(numbertest.Service(0, number.ServiceWebsite)), 0, 0, -1, number.ServiceWebsite},
			{"licence service", g.Licence(numbertest.Service(3, number.ServiceMiniProgram)), 6, 0, 3, number.ServiceMiniProgram},
			{"telecom service", g.TelecomLicence(numbertest.Service(1626, number.ServiceMiniProgram)), 8, 0, 1626, number.ServiceMiniProgram},
			// Licence years.
			{"licence year", g.Licence(numbertest.Year(2007)), 6, 2007, 0, number.ServiceNone},
			{"telecom year", g.TelecomLicence(numbertest.Year(2009)), 8, 2009, 0, number.ServiceNone},
			// Public-security forms.
			{"public security", g.PublicSecurity(), 14, 0, 0, number.ServiceNone},
			{"legacy public security", g.PublicSecurity(numbertest.Legacy()), 12, 0, 0, number.ServiceNone},
		}
		for _, tc := range tests {
			n := tc.n
			if tc.serialLen != 0 && len(n.Serial()) != tc.serialLen {
				t.Errorf("seed %d, %s: %q has a %d-digit serial, want %d", seed, tc.name, n, len(n.Serial()), tc.serialLen)
			}
			if tc.year != 0 && n.FirstApprovalYear() != tc.year {
				t.Errorf("seed %d, %s: %q encodes year %d, want %d", seed, tc.name, n, n.FirstApprovalYear(), tc.year)
			}
			if n.Service() != tc.svc || (tc.seq >= 0 && n.Sequence() != tc.seq) || (tc.seq < 0 && n.Sequence() == 0) {
				t.Errorf("seed %d, %s: %q has service %v %d, want %v %d", seed, tc.name, n, n.Service(), n.Sequence(), tc.svc, tc.seq)
			}
		}
		n := g.TelecomLicence(numbertest.CrossRegional(), numbertest.Classes("B1.B2"))
		if !n.IsCrossRegional() || n.LicenceClass() != "B1.B2" {
			t.Errorf("seed %d: cross-regional B1.B2 licence = %q", seed, n)
		}
		n = g.PublicSecurity(numbertest.InArea(510124), numbertest.Prefix('川'))
		if n.AreaCode() != 510124 || n.Prefix() != '川' || n.Province() != province.Sichuan {
			t.Errorf("seed %d: PublicSecurity(InArea(510124), Prefix(川)) = %q", seed, n)
		}
	}
}

// TestSynthetic: serial counters start with 9 and default public-security
// area codes have the unallocated city part 99.
func TestSynthetic(t *testing.T) {
	for seed := range uint64(seeds) {
		g := numbertest.New(seed)
		for _, n := range []number.Number{g.ICPFiling(), g.Licence(), g.TelecomLicence()} {
			s := n.Serial()
			counterAt := 2
			if len(s) == 10 || n.Kind() == number.KindTelecomLicence {
				counterAt = 4
			}
			if s[counterAt] != '9' {
				t.Fatalf("seed %d: counter of %q does not start with 9", seed, n)
			}
		}
		if n := g.PublicSecurity(); n.AreaCode()/100%100 != 99 {
			t.Fatalf("seed %d: area code of %q is not PP99NN", seed, n)
		}
	}
}

// TestInvalid: every invalid number fails with exactly its defect's sentinel.
func TestInvalid(t *testing.T) {
	tried := map[numbertest.Defect]int{}
	for seed := range uint64(seeds) {
		g := numbertest.New(seed)
		for _, k := range kinds {
			for _, d := range numbertest.Defects() {
				if !d.AppliesTo(k) {
					continue
				}
				s := g.Invalid(k, d)
				_, err := number.Parse(s)
				if !d.Matches(err) {
					t.Fatalf("seed %d: Invalid(%v, %v) = %q; Parse error %v, want %v", seed, k, d, s, err, d.Err())
				}
				tried[d]++
			}
		}
	}
	for _, d := range numbertest.Defects() {
		if tried[d] == 0 {
			t.Errorf("defect %v never tried", d)
		}
	}
}

// TestInvalidWithOptions: the defect survives the options of the valid
// number it is put into.
func TestInvalidWithOptions(t *testing.T) {
	opts := [][]numbertest.Option{
		{numbertest.InProvince(province.Beijing), numbertest.Era(6)},
		{numbertest.InProvince(province.Sichuan), numbertest.Service(3, number.ServiceApp)},
		{numbertest.CrossRegional(), numbertest.Classes("B1.B2")},
		{numbertest.Legacy(), numbertest.InArea(330106)},
	}
	for seed := range uint64(seeds / 3) {
		g := numbertest.New(seed)
		for _, o := range opts {
			for _, k := range kinds {
				for _, d := range numbertest.Defects() {
					if !d.AppliesTo(k) {
						continue
					}
					s := g.Invalid(k, d, o...)
					if _, err := number.Parse(s); !d.Matches(err) {
						t.Fatalf("seed %d: Invalid(%v, %v, …) = %q; Parse error %v, want %v", seed, k, d, s, err, d.Err())
					}
				}
			}
		}
	}
}

// TestDeterministic: the same seed gives the same values.
func TestDeterministic(t *testing.T) {
	a, b := numbertest.New(7), numbertest.New(7)
	for range 50 {
		if x, y := a.ICPFiling(), b.ICPFiling(); x != y {
			t.Fatalf("same seed, different numbers %q and %q", x, y)
		}
		if x, y := a.Invalid(number.KindPublicSecurity, numbertest.DefectSyntax), b.Invalid(number.KindPublicSecurity, numbertest.DefectSyntax); x != y {
			t.Fatalf("same seed, different invalid numbers %q and %q", x, y)
		}
	}
	if numbertest.New(1).ICPFiling() == numbertest.New(2).ICPFiling() {
		t.Error("seeds 1 and 2 gave the same first number")
	}
}
