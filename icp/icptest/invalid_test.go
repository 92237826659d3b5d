package icptest_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/icp/icptest"
	"github.com/beian-go/beian/province"
)

// parsers maps each Invalid method to the parser that must reject it.
var parsers = []struct {
	name    string
	defects []icptest.Defect
	invalid func(g *icptest.Generator, d icptest.Defect) string
	parse   func(string) error
}{
	{"resident ID", icptest.ResidentIDDefects(),
		func(g *icptest.Generator, d icptest.Defect) string { return g.InvalidResidentID(d) },
		func(s string) error {
			// A reference far ahead of any birth date but the future ones.
			_, err := icp.ParseResidentIDAt(s, time.Date(2100, time.January, 1, 0, 0, 0, 0, time.UTC))
			return err
		}},
	{"credit code", icptest.CreditCodeDefects(),
		func(g *icptest.Generator, d icptest.Defect) string { return g.InvalidCreditCode(d) },
		func(s string) error { _, err := icp.ParseCreditCode(s); return err }},
	{"org code", icptest.OrgCodeDefects(),
		func(g *icptest.Generator, d icptest.Defect) string { return g.InvalidOrgCode(d) },
		func(s string) error { _, err := icp.ParseOrgCode(s); return err }},
	{"mobile", icptest.MobileDefects(),
		func(g *icptest.Generator, d icptest.Defect) string { return g.InvalidMobile(d) },
		func(s string) error { _, err := icp.ParseMobile(s); return err }},
	{"domain", icptest.DomainDefects(),
		func(g *icptest.Generator, d icptest.Defect) string { return g.InvalidDomain(d) },
		func(s string) error { _, err := icp.ParseDomain(s); return err }},
}

// TestInvalid: every invalid value fails its parser with exactly the
// defect asked for.
func TestInvalid(t *testing.T) {
	for seed := range uint64(seeds) {
		g := icptest.New(seed)
		for _, p := range parsers {
			for _, d := range p.defects {
				s := p.invalid(g, d)
				if err := p.parse(s); !d.Matches(err) {
					t.Fatalf("seed %d: %s with defect %v: %q gives %v, want %v", seed, p.name, d, s, err, d.Err())
				}
			}
		}
	}
}

// TestInvalidWithOptions: defects survive the options of the value they
// are put into.
func TestInvalidWithOptions(t *testing.T) {
	for seed := range uint64(seeds / 3) {
		g := icptest.New(seed)
		for p := range province.All() {
			for _, d := range icptest.ResidentIDDefects() {
				s := g.InvalidResidentID(d, icptest.InProvince(p), icptest.Female(), icptest.AgedAt(30, icptest.Reference()))
				_, err := icp.ParseResidentIDAt(s, time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC))
				if !d.Matches(err) {
					t.Fatalf("seed %d, %v: resident ID %q with %v gives %v", seed, p, s, d, err)
				}
			}
			for _, d := range icptest.CreditCodeDefects() {
				for _, opt := range []icptest.Option{icptest.InProvince(p), icptest.National(), icptest.WithAuthority(icp.AuthorityCivilAffairs)} {
					s := g.InvalidCreditCode(d, opt)
					if _, err := icp.ParseCreditCode(s); !d.Matches(err) {
						t.Fatalf("seed %d, %v: credit code %q with %v gives %v", seed, p, s, d, err)
					}
				}
			}
		}
	}
}

// TestFutureBirth: the future-birth defect parses without a reference and
// fails only with one.
func TestFutureBirth(t *testing.T) {
	for seed := range uint64(seeds) {
		s := icptest.New(seed).InvalidResidentID(icptest.DefectFutureBirth)
		id, err := icp.ParseResidentID(s)
		if err != nil || id.BirthDate().Year() <= 2100 {
			t.Fatalf("seed %d: %q: %v, born %v", seed, s, err, id.BirthDate())
		}
		if err := id.CheckAt(icptest.Reference()); !icptest.DefectFutureBirth.Matches(err) {
			t.Fatalf("seed %d: CheckAt gives %v", seed, err)
		}
	}
}

// TestDefects: names are distinct, sentinels set, the support lists pinned.
func TestDefects(t *testing.T) {
	seen := map[string]bool{}
	all := map[icptest.Defect]bool{}
	for _, p := range parsers {
		for _, d := range p.defects {
			all[d] = true
		}
	}
	for d := icptest.Defect(1); d.IsValid(); d++ {
		if !all[d] {
			t.Errorf("defect %v is supported by no Invalid method", d)
		}
		if seen[d.String()] || d.Err() == nil {
			t.Errorf("defect %d: name %q repeated or no sentinel", uint8(d), d.String())
		}
		seen[d.String()] = true
	}
	var zero icptest.Defect
	if zero.IsValid() || zero.Err() != nil || zero.String() != "Defect(0)" || zero.Matches(icp.ErrLength) {
		t.Error("the zero Defect looks like a defect")
	}
}

// TestMatches: Matches accepts only the parser's error for the defect.
func TestMatches(t *testing.T) {
	g := icptest.New(8)
	cc := g.CreditCode().String()
	oc := g.OrgCode().String()
	_, checkErr := icp.ParseCreditCode(cc[:17] + flip(cc[17])) // mod-31 check fails, org code fits
	_, orgErr := icp.ParseOrgCode(oc[:9] + flip(oc[9]))
	tests := []struct {
		name string
		d    icptest.Defect
		err  error
		want bool
	}{
		// The credit code's own check character.
		{"check", icptest.DefectCheckDigit, checkErr, true},
		// The same sentinel, but the other check.
		{"org check vs check", icptest.DefectOrgCheck, checkErr, false},
		// An organisation code's check is DefectCheckDigit.
		{"org code check", icptest.DefectCheckDigit, orgErr, true},
		// Wrapped errors are unwrapped.
		{"wrapped", icptest.DefectCheckDigit, fmt.Errorf("form: %w", checkErr), true},
		// A bare sentinel is not an IDError.
		{"bare", icptest.DefectCheckDigit, icp.ErrCheckDigit, false},
		// No error.
		{"nil", icptest.DefectLength, nil, false},
		// Unrelated.
		{"other", icptest.DefectLength, errors.New("x"), false},
	}
	for _, tc := range tests {
		if got := tc.d.Matches(tc.err); got != tc.want {
			t.Errorf("%s: %v.Matches(%v) = %v, want %v", tc.name, tc.d, tc.err, got, tc.want)
		}
	}
}

// flip returns a check character other than c.
func flip(c byte) string {
	if c == '0' {
		return "1"
	}
	return "0"
}

// TestPanics: unsupported defects and impossible options panic with a
// message naming the package.
func TestPanics(t *testing.T) {
	g := icptest.New(1)
	tests := []struct {
		name string
		f    func()
	}{
		// Mobiles have no check digit.
		{"mobile check", func() { g.InvalidMobile(icptest.DefectCheckDigit) }},
		// Domains have no date.
		{"domain date", func() { g.InvalidDomain(icptest.DefectDate) }},
		// Resident IDs have no TLD.
		{"id tld", func() { g.InvalidResidentID(icptest.DefectTLD) }},
		// Org codes have no authority.
		{"org authority", func() { g.InvalidOrgCode(icptest.DefectAuthority) }},
		// Credit codes have no hyphen defect.
		{"uscc hyphen", func() { g.InvalidCreditCode(icptest.DefectHyphen) }},
		// Province zero.
		{"province", func() { g.ResidentID(icptest.InProvince(0)) }},
		// Hong Kong.
		{"area", func() { g.ResidentID(icptest.InArea(810000)) }},
		// Negative age.
		{"age", func() { g.ResidentID(icptest.AgedAt(-1, icptest.Reference())) }},
		// .io is not approved.
		{"tld", func() { g.Domain(icptest.WithTLD("io")) }},
		// Unknown carrier.
		{"carrier", func() { g.Mobile(icptest.WithCarrier(icp.CarrierSatellite)) }},
		// Unknown category.
		{"category", func() { g.CreditCode(icptest.WithCategory(0)) }},
		// Negative counts.
		{"websites", func() { g.Application(icptest.Websites(-1)) }},
	}
	for _, tc := range tests {
		func() {
			defer func() {
				r := recover()
				if s, ok := r.(string); !ok || len(s) < 8 || s[:8] != "icptest:" {
					t.Errorf("%s: recovered %v, want an icptest panic", tc.name, r)
				}
			}()
			tc.f()
		}()
	}
}

// TestAgedAtImpossible: AgedAt panics naming itself when the age cannot be
// met (a birth year before 1800, which no resident ID holds) or when the
// reference time is missing, instead of failing later inside the generator
// or silently choosing another age.
func TestAgedAtImpossible(t *testing.T) {
	g := icptest.New(1)
	tests := []struct {
		name string
		opt  func() icptest.Option
	}{
		// 190 years before 1990 is before 1800.
		{"too old", func() icptest.Option { return icptest.AgedAt(190, time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC)) }},
		// The zero time is not a reference date.
		{"no reference", func() icptest.Option { return icptest.AgedAt(30, time.Time{}) }},
	}
	for _, tc := range tests {
		func() {
			defer func() {
				if s, _ := recover().(string); !strings.HasPrefix(s, "icptest: AgedAt(") {
					t.Errorf("%s: recovered %q, want a panic from AgedAt", tc.name, s)
				}
			}()
			g.ResidentID(tc.opt())
		}()
	}
}
