package icptest_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/icp/icptest"
	"github.com/beian-go/beian/province"
)

// TestDeterministic checks that a seed fixes the output.
func TestDeterministic(t *testing.T) {
	a := icptest.New(42).Application(icptest.Apps(1))
	b := icptest.New(42).Application(icptest.Apps(1))
	if diff := cmp.Diff(a, b, icptest.CmpOptions()); diff != "" {
		t.Errorf("same seed, different applications (-a +b):\n%s", diff)
	}
	c := icptest.New(43).Application(icptest.Apps(1))
	if cmp.Equal(a, c, icptest.CmpOptions()) {
		t.Error("different seeds gave the same application")
	}
}

// TestIdentifiers checks that generated identifiers are valid and honour
// their options, over many seeds.
func TestIdentifiers(t *testing.T) {
	ref := icp.MustParseDate("2026-01-01")
	for seed := range uint64(200) {
		g := icptest.New(seed)
		id := g.ResidentID(icptest.InProvince(province.Sichuan))
		if !id.IsValid() || id.Province() != province.Sichuan {
			t.Fatalf("seed %d: ResidentID %v in %v", seed, id, id.Province())
		}
		if age := icp.DateOf(id.BirthDate()).YearsUntil(ref); age < 19 || age > 61 {
			t.Fatalf("seed %d: age %d", seed, age)
		}
		born := icp.MustParseDate("2008-02-29")
		if got := icp.DateOf(g.ResidentID(icptest.BornOn(born)).BirthDate()); got != born {
			t.Fatalf("seed %d: BornOn gave %v", seed, got)
		}
		if cc := g.CreditCode(icptest.InProvince(province.Guangdong)); !cc.IsValid() {
			t.Fatalf("seed %d: credit code %v", seed, cc)
		}
		if m := g.Mobile(); !m.IsValid() {
			t.Fatalf("seed %d: mobile", seed)
		}
		if e := g.Email(); !e.IsValid() {
			t.Fatalf("seed %d: email", seed)
		}
		if d := g.Domain(); !d.IsRegistrable() || !d.TLDApproved() {
			t.Fatalf("seed %d: domain %v", seed, d)
		}
		if n := g.Name(); len([]rune(n.Reveal())) < 2 {
			t.Fatalf("seed %d: name %q", seed, n.Reveal())
		}
	}
}

// TestDefects checks that every invalid value fails with exactly the
// sentinel its defect names.
func TestDefects(t *testing.T) {
	sentinels := []error{icp.ErrCheckDigit, icp.ErrLength, icp.ErrCharacter, icp.ErrDate, icp.ErrArea}
	check := func(what string, d icptest.Defect, err error) {
		t.Helper()
		if !errors.Is(err, d.Err()) {
			t.Fatalf("%s %v: error %v, want %v", what, d, err, d.Err())
		}
		for _, s := range sentinels {
			if s != d.Err() && errors.Is(err, s) {
				t.Fatalf("%s %v: error %v also matches %v", what, d, err, s)
			}
		}
	}
	for seed := range uint64(100) {
		g := icptest.New(seed)
		for _, d := range []icptest.Defect{icptest.DefectCheckDigit, icptest.DefectLength, icptest.DefectCharacter, icptest.DefectDate, icptest.DefectArea} {
			_, err := icp.ParseResidentID(g.InvalidResidentID(d))
			check("ResidentID", d, err)
		}
		for _, d := range []icptest.Defect{icptest.DefectCheckDigit, icptest.DefectLength, icptest.DefectCharacter} {
			_, err := icp.ParseCreditCode(g.InvalidCreditCode(d))
			check("CreditCode", d, err)
		}
		for _, d := range []icptest.Defect{icptest.DefectLength, icptest.DefectCharacter} {
			_, err := icp.ParseMobile(g.InvalidMobile(d))
			check("Mobile", d, err)
		}
	}
	if icptest.DefectArea.String() != "area" || icptest.Defect(0).Err() != nil {
		t.Error("Defect names")
	}
}

// TestApplicationDefaults checks the builder's defaults against the rules a
// precheck applies, for both natures and many seeds.
func TestApplicationDefaults(t *testing.T) {
	ref := icp.MustParseDate("2026-01-01")
	for seed := range uint64(50) {
		for _, n := range []icp.Nature{icp.NatureEnterprise, icp.NatureIndividual} {
			g := icptest.New(seed)
			app := g.Application(icptest.WithNature(n), icptest.Websites(2), icptest.Apps(1))
			s := app.Subject
			if s.Nature != n || !icp.CertTypeAllowed(s.Nature, s.CertType) || !s.Province.IsValid() {
				t.Fatalf("seed %d %v: subject %+v", seed, n, s)
			}
			if s.City/10000 != int(s.Province) || s.County/100 != s.City/100 {
				t.Fatalf("seed %d: area codes %d %d in %v", seed, s.City, s.County, s.Province)
			}
			if n == icp.NatureEnterprise {
				if _, err := icp.ParseCreditCode(s.CertNumber.Reveal()); err != nil {
					t.Fatalf("seed %d: subject code: %v", seed, err)
				}
			}
			if len(app.Websites) != 2 || len(app.Apps) != 1 {
				t.Fatalf("seed %d: %d websites %d apps", seed, len(app.Websites), len(app.Apps))
			}
			for path, p := range app.Persons() {
				id, ok := p.ResidentID()
				if !ok || !p.ValidOn(ref) || p.Mobile == p.EmergencyPhone || !p.Email.IsValid() {
					t.Fatalf("seed %d %s: person %v", seed, path, p)
				}
				if age := icp.DateOf(id.BirthDate()).YearsUntil(ref); age < 18 {
					t.Fatalf("seed %d %s: age %d", seed, path, age)
				}
			}
			for _, w := range app.Websites {
				if !w.ServiceContent.IsValid() || !w.ServerLocation.IsMainland() || w.ServerLocation != icp.ServerLocationOf(s.Province) {
					t.Fatalf("seed %d: website %+v", seed, w)
				}
			}
			data, err := json.Marshal(app)
			if err != nil {
				t.Fatal(err)
			}
			var back icp.Application
			if err := json.Unmarshal(data, &back); err != nil {
				t.Fatalf("seed %d: %v", seed, err)
			}
			if diff := cmp.Diff(app, back, icptest.CmpOptions()); diff != "" {
				t.Fatalf("seed %d: JSON round trip (-want +got):\n%s", seed, diff)
			}
		}
	}
}

// Build an application for a test and break one identifier on purpose.
func Example() {
	g := icptest.New(1)
	app := g.Application(icptest.InProvince(province.Zhejiang), icptest.Apps(1))
	fmt.Println(app.Subject.Nature, app.Subject.Province, len(app.Websites), len(app.Apps))
	fmt.Println(app.Subject.Principal.ValidOn(icp.MustParseDate("2026-01-01")))
	_, err := icp.ParseResidentID(g.InvalidResidentID(icptest.DefectCheckDigit))
	fmt.Println(errors.Is(err, icptest.DefectCheckDigit.Err()))
	// Output:
	// enterprise Zhejiang 1 1
	// true
	// true
}
