package numbertest_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/beian-go/beian/number"
	"github.com/beian-go/beian/number/numbertest"
)

// TestDefectNames: every defect has a distinct name and a sentinel.
func TestDefectNames(t *testing.T) {
	seen := map[string]bool{}
	for _, d := range numbertest.Defects() {
		name := d.String()
		if name == "" || seen[name] || name == fmt.Sprintf("Defect(%d)", uint8(d)) {
			t.Errorf("defect %d has name %q (duplicate or missing)", uint8(d), name)
		}
		seen[name] = true
		if d.Err() == nil {
			t.Errorf("defect %v has no sentinel", d)
		}
	}
	var zero numbertest.Defect
	if zero.IsValid() || zero.Err() != nil || zero.String() != "Defect(0)" || zero.AppliesTo(number.KindICPFiling) {
		t.Errorf("zero Defect: valid %v, err %v, name %q", zero.IsValid(), zero.Err(), zero.String())
	}
}

// TestDefectAppliesTo pins the matrix of defects and kinds.
func TestDefectAppliesTo(t *testing.T) {
	want := map[numbertest.Defect][]number.Kind{
		numbertest.DefectProvince:      kinds,
		numbertest.DefectNotMainland:   kinds,
		numbertest.DefectProvinceAlias: kinds[:3],
		numbertest.DefectSerialLength:  kinds,
		numbertest.DefectPlaceholder:   kinds,
		numbertest.DefectSequence:      kinds[:3],
		numbertest.DefectSyntax:        kinds,
		numbertest.DefectLicenceClass:  {number.KindTelecomLicence},
	}
	for _, d := range numbertest.Defects() {
		var got []number.Kind
		for _, k := range kinds {
			if d.AppliesTo(k) {
				got = append(got, k)
			}
		}
		if diff := cmp.Diff(want[d], got); diff != "" {
			t.Errorf("%v applies to (-want +got):\n%s", d, diff)
		}
		if d.AppliesTo(number.KindInvalid) {
			t.Errorf("%v applies to KindInvalid", d)
		}
	}
}

// TestDefectMatches: Matches accepts only a ParseError with the defect's
// own sentinel.
func TestDefectMatches(t *testing.T) {
	_, placeholder := number.Parse("京ICP备XXXXXXXX号")
	tests := []struct {
		name string
		d    numbertest.Defect
		err  error
		want bool
	}{
		// The parser's own error for the defect.
		{"own", numbertest.DefectPlaceholder, placeholder, true},
		// Another defect's error.
		{"other defect", numbertest.DefectSyntax, placeholder, false},
		// The bare sentinel is not a ParseError.
		{"bare sentinel", numbertest.DefectPlaceholder, number.ErrPlaceholder, false},
		// Wrapped further, still found.
		{"wrapped", numbertest.DefectPlaceholder, fmt.Errorf("footer: %w", placeholder), true},
		// No error at all.
		{"nil", numbertest.DefectPlaceholder, nil, false},
		// An unrelated error.
		{"unrelated", numbertest.DefectSyntax, errors.New("boom"), false},
	}
	for _, tc := range tests {
		if got := tc.d.Matches(tc.err); got != tc.want {
			t.Errorf("%s: %v.Matches(%v) = %v, want %v", tc.name, tc.d, tc.err, got, tc.want)
		}
	}
}

// TestPanics: impossible options and defects are mistakes in the test and
// panic with a message naming the package.
func TestPanics(t *testing.T) {
	g := numbertest.New(1)
	tests := []struct {
		name string
		f    func()
	}{
		// Era 7 does not exist.
		{"era", func() { g.ICPFiling(numbertest.Era(7)) }},
		// Six-digit serials ended in 2004.
		{"era and year", func() { g.ICPFiling(numbertest.Era(6), numbertest.Year(2010)) }},
		// Eight-digit serials started in 2005.
		{"era 8 year", func() { g.ICPFiling(numbertest.Era(8), numbertest.Year(2004)) }},
		// Ten-digit serials started in 2020.
		{"era 10 year", func() { g.ICPFiling(numbertest.Era(10), numbertest.Year(2019)) }},
		// Years outside the supported range.
		{"year", func() { g.ICPFiling(numbertest.Year(1999)) }},
		// Province zero.
		{"province", func() { g.ICPFiling(numbertest.InProvince(0)) }},
		// Hong Kong area code.
		{"area", func() { g.PublicSecurity(numbertest.InArea(810000)) }},
		// A sequence without a kind.
		{"service", func() { g.ICPFiling(numbertest.Service(3, number.ServiceNone)) }},
		// Registrar licence class.
		{"classes", func() { g.TelecomLicence(numbertest.Classes("D3")) }},
		// A prefix that is no province.
		{"prefix", func() { g.PublicSecurity(numbertest.Prefix('测')) }},
		// Public-security numbers have no service suffix.
		{"defect kind", func() { g.Invalid(number.KindPublicSecurity, numbertest.DefectSequence) }},
		// KindInvalid has no generator.
		{"kind", func() { g.Number(number.KindInvalid) }},
	}
	for _, tc := range tests {
		func() {
			defer func() {
				r := recover()
				if s, ok := r.(string); !ok || len(s) < 11 || s[:11] != "numbertest:" {
					t.Errorf("%s: recovered %v, want a numbertest panic", tc.name, r)
				}
			}()
			tc.f()
		}()
	}
}

// TestCmpOptions: numbers compare by value in cmp.Diff.
func TestCmpOptions(t *testing.T) {
	type footer struct{ ICP, PS number.Number }
	g := numbertest.New(3)
	a := footer{g.ICPFiling(), g.PublicSecurity()}
	b := a
	if diff := cmp.Diff(a, b, numbertest.CmpOptions()); diff != "" {
		t.Errorf("equal footers differ:\n%s", diff)
	}
	b.ICP = g.ICPFiling()
	if cmp.Equal(a, b, numbertest.CmpOptions()) {
		t.Error("different footers compare equal")
	}
}
