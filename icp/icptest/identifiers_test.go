package icptest_test

import (
	"strings"
	"testing"
	"time"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/icp/icptest"
	"github.com/beian-go/beian/province"
)

// seeds is how many generators the property tests run.
const seeds = 300

// TestResidentID: generated numbers parse, carry the options and the
// synthetic area code.
func TestResidentID(t *testing.T) {
	ref := time.Date(2025, time.February, 28, 12, 0, 0, 0, time.UTC)
	for seed := range uint64(seeds) {
		g := icptest.New(seed)
		p := g.Province()
		id := g.ResidentID(icptest.InProvince(p))
		if got, err := icp.ParseResidentID(id.Reveal()); err != nil || got != id {
			t.Fatalf("seed %d: %s does not parse back: %v", seed, id.Reveal(), err)
		}
		if id.Province() != p || id.AreaCode()/100%100 != 99 {
			t.Fatalf("seed %d: InProvince(%v) gave area %d", seed, p, id.AreaCode())
		}
		if age := id.AgeAt(icptest.Reference()); age < 25 || age > 60 {
			t.Fatalf("seed %d: default age %d outside 25–60", seed, age)
		}
		years := int(seed % 100)
		if got := g.ResidentID(icptest.AgedAt(years, ref)).AgeAt(ref); got != years {
			t.Fatalf("seed %d: AgedAt(%d) gave age %d", seed, years, got)
		}
		leap := time.Date(2024, time.February, 29, 0, 0, 0, 0, time.UTC)
		if got := g.ResidentID(icptest.AgedAt(years, leap)).AgeAt(leap); got != years {
			t.Fatalf("seed %d: AgedAt(%d, 29 Feb) gave age %d", seed, years, got)
		}
		born := time.Date(1990+int(seed%30), time.Month(1+seed%12), 1+int(seed%28), 0, 0, 0, 0, time.UTC)
		if got := g.ResidentID(icptest.BornOn(born)).BirthDate(); !got.Equal(born) {
			t.Fatalf("seed %d: BornOn(%v) gave %v", seed, born, got)
		}
		if g.ResidentID(icptest.Female()).Sex() != icp.SexFemale || g.ResidentID(icptest.Male()).Sex() != icp.SexMale {
			t.Fatalf("seed %d: Female/Male not honoured", seed)
		}
		if got := g.ResidentID(icptest.InArea(110105)).AreaCode(); got != 110105 {
			t.Fatalf("seed %d: InArea(110105) gave %d", seed, got)
		}
	}
}

// TestCreditCode: generated codes parse and carry the options.
func TestCreditCode(t *testing.T) {
	var categories []icp.Category
	for c := icp.Category(1); c.IsValid(); c++ {
		categories = append(categories, c)
	}
	for seed := range uint64(seeds) {
		g := icptest.New(seed)
		p := g.Province()
		cc := g.CreditCode(icptest.InProvince(p))
		if got, err := icp.ParseCreditCode(cc.String()); err != nil || got != cc {
			t.Fatalf("seed %d: %s does not parse back: %v", seed, cc, err)
		}
		if cc.Category() != icp.CategoryEnterprise || cc.Province() != p || cc.AreaCode()/100%100 != 99 {
			t.Fatalf("seed %d: default code %s: category %v, area %d", seed, cc, cc.Category(), cc.AreaCode())
		}
		cat := categories[int(seed)%len(categories)]
		if got := g.CreditCode(icptest.WithCategory(cat)); got.Category() != cat {
			t.Fatalf("seed %d: WithCategory(%v) gave %s", seed, cat, got)
		}
		if got := g.CreditCode(icptest.WithAuthority(cat.Authority())); got.Authority() != cat.Authority() {
			t.Fatalf("seed %d: WithAuthority(%v) gave %s", seed, cat.Authority(), got)
		}
		if got := g.CreditCode(icptest.National()); got.AreaCode() != 100000 {
			t.Fatalf("seed %d: National() gave %s", seed, got)
		}
		if got := g.CreditCode(icptest.InArea(440305)); got.AreaCode() != 440305 {
			t.Fatalf("seed %d: InArea(440305) gave %s", seed, got)
		}
		oc := g.OrgCode()
		if got, err := icp.ParseOrgCode(oc.String()); err != nil || got != oc {
			t.Fatalf("seed %d: org code %s does not parse back: %v", seed, oc, err)
		}
	}
}

// TestMobileLandlineEmail: contact data parses, mobiles are in ordinary
// ranges of the carrier asked for.
func TestMobileLandlineEmail(t *testing.T) {
	carriers := []icp.Carrier{icp.CarrierChinaMobile, icp.CarrierChinaUnicom, icp.CarrierChinaTelecom, icp.CarrierChinaBroadnet}
	for seed := range uint64(seeds) {
		g := icptest.New(seed)
		m := g.Mobile()
		if got, err := icp.ParseMobile(m.Reveal()); err != nil || got != m || m.IsVirtual() || m.Carrier() == icp.CarrierSatellite {
			t.Fatalf("seed %d: mobile %s: %v, virtual %v, carrier %v", seed, m.Reveal(), err, m.IsVirtual(), m.Carrier())
		}
		c := carriers[int(seed)%len(carriers)]
		if got := g.Mobile(icptest.WithCarrier(c)); got.Carrier() != c {
			t.Fatalf("seed %d: WithCarrier(%v) gave %s of %v", seed, c, got.Reveal(), got.Carrier())
		}
		for p := range province.All() {
			l := g.Landline(icptest.InProvince(p))
			if _, err := icp.ParseLandline(l.Reveal()); err != nil {
				t.Fatalf("seed %d: landline %s in %v: %v", seed, l.Reveal(), p, err)
			}
		}
		e := g.Email()
		if e.Domain().String() != "example.com" {
			t.Fatalf("seed %d: email %s not at example.com", seed, e.Reveal())
		}
	}
}

// TestDomain: domains parse, are registrable under an approved TLD and
// start with example-.
func TestDomain(t *testing.T) {
	for seed := range uint64(seeds) {
		g := icptest.New(seed)
		for _, d := range []icp.Domain{g.Domain(), g.Domain(icptest.WithTLD("gov.cn")), g.Domain(icptest.WithTLD("xn--fiqs8s"))} {
			if got, err := icp.ParseDomain(d.String()); err != nil || got != d {
				t.Fatalf("seed %d: %s does not parse back: %v", seed, d, err)
			}
			if !d.IsRegistrable() || !d.TLDApproved() || !strings.HasPrefix(d.String(), "example-") {
				t.Fatalf("seed %d: %s: registrable %v, approved %v", seed, d, d.IsRegistrable(), d.TLDApproved())
			}
		}
		u := g.UnapprovedDomain()
		if !u.IsValid() || u.TLDApproved() {
			t.Fatalf("seed %d: unapproved domain %s is approved", seed, u)
		}
	}
}

// TestDeterministic: the same seed gives the same values; different seeds
// differ.
func TestDeterministic(t *testing.T) {
	a, b := icptest.New(11), icptest.New(11)
	for range 20 {
		if x, y := a.ResidentID(), b.ResidentID(); x != y {
			t.Fatalf("same seed, different IDs %s and %s", x.Reveal(), y.Reveal())
		}
		if x, y := a.InvalidCreditCode(icptest.DefectCategory), b.InvalidCreditCode(icptest.DefectCategory); x != y {
			t.Fatalf("same seed, different invalid codes %s and %s", x, y)
		}
	}
	if icptest.New(1).CreditCode() == icptest.New(2).CreditCode() {
		t.Error("seeds 1 and 2 gave the same credit code")
	}
}
