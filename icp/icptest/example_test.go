package icptest_test

import (
	"context"
	"errors"
	"fmt"

	"github.com/google/go-cmp/cmp"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/icp/icptest"
	"github.com/beian-go/beian/province"
	"github.com/beian-go/beian/validate"
	"github.com/beian-go/beian/validate/validatetest"
)

// registerOwner is the downstream code under test: a registrar's form
// handler that accepts a domain owner's identity number and mobile.
func registerOwner(id, mobile string) error {
	if _, err := icp.ParseResidentIDAt(id, icptest.Reference()); err != nil {
		return fmt.Errorf("identity number: %w", err)
	}
	if _, err := icp.ParseMobile(mobile); err != nil {
		return fmt.Errorf("mobile: %w", err)
	}
	return nil
}

// A downstream test feeds its handler synthetic valid data and data with one
// chosen defect each, and checks that the handler reports that defect.
func Example() {
	g := icptest.New(1)

	id := g.ResidentID(icptest.InProvince(province.Guangdong), icptest.AgedAt(30, icptest.Reference()))
	fmt.Println("valid:", registerOwner(id.Reveal(), g.Mobile().Reveal()) == nil)

	for _, d := range []icptest.Defect{icptest.DefectCheckDigit, icptest.DefectDate, icptest.DefectFutureBirth} {
		err := registerOwner(g.InvalidResidentID(d), g.Mobile().Reveal())
		fmt.Printf("%s: rejected for it: %v\n", d, d.Matches(err))
	}
	err := registerOwner(id.Reveal(), g.InvalidMobile(icptest.DefectPrefix))
	fmt.Println("prefix:", icptest.DefectPrefix.Matches(err), errors.Is(err, icp.ErrRange))
	// Output:
	// valid: true
	// check-digit: rejected for it: true
	// date: rejected for it: true
	// future-birth: rejected for it: true
	// prefix: true true
}

// The builder gives an application that passes the pre-check; a test
// changes only the field it is about and compares the report by path and
// rule, ignoring messages, order and provincial warnings.
func ExampleApplication() {
	app := icptest.Application(icptest.WithSubject(func(s *icp.Subject) {
		s.Principal.EmergencyPhone = s.Principal.Mobile
	}))
	report := validate.New(validate.At(icptest.Reference())).Check(context.Background(), app)

	want := []validate.Problem{{
		Path:          "subject.principal.emergencyPhone",
		Rule:          "mobile_equals_emergency",
		Rectification: string(icp.CodeContactMobileEqualsEmergency),
	}}
	diff := cmp.Diff(want, report.Problems, validatetest.ReportOptions(), validatetest.IgnoreWarnings())
	fmt.Printf("as expected: %v\n", diff == "")
	fmt.Println(app.Subject.Nature, app.Subject.Province, len(app.Websites))
	// Output:
	// as expected: true
	// enterprise Beijing 1
}

// Individuals, other provinces and more services are options.
func ExampleGenerator_Application() {
	g := icptest.New(7)
	app := g.Application(icptest.Individual(), icptest.InProvince(province.Sichuan), icptest.Websites(2))
	report := validate.New(validate.At(icptest.Reference())).Check(context.Background(), app)
	fmt.Println(app.Subject.Nature, app.Subject.Province, len(app.Websites), report.HasErrors())
	fmt.Println(app.Subject.Name == app.Subject.Principal.Name.Reveal())
	// Output:
	// individual Sichuan 2 false
	// true
}

// Resident IDs for a province, an age at a reference date and a sex.
// Printing shows the masked form.
func ExampleGenerator_ResidentID() {
	g := icptest.New(3)
	id := g.ResidentID(icptest.InProvince(province.Zhejiang), icptest.AgedAt(17, icptest.Reference()), icptest.Female())
	fmt.Println(id.Province(), id.AgeAt(icptest.Reference()), id.Sex())
	fmt.Println(id.AreaCode()/100%100 == 99) // the synthetic city part
	// Output:
	// Zhejiang 17 female
	// true
}

// Credit codes for an authority and category, and invalid ones.
func ExampleGenerator_CreditCode() {
	g := icptest.New(3)
	cc := g.CreditCode(icptest.WithCategory(icp.CategoryPublicInstitution), icptest.InProvince(province.Hubei))
	fmt.Println(cc.Category().Code(), cc.Province())

	bad := g.InvalidCreditCode(icptest.DefectForbiddenLetter)
	_, err := icp.ParseCreditCode(bad)
	fmt.Println(icptest.DefectForbiddenLetter.Matches(err), errors.Is(err, icp.ErrCharacter))
	// Output:
	// 12 Hubei
	// true true
}

// Domains that can be filed, and ones with one defect.
func ExampleGenerator_Domain() {
	g := icptest.New(3)
	d := g.Domain(icptest.WithTLD("cn"))
	fmt.Println(d.IsRegistrable(), d.TLDApproved(), d.TLD())
	_, err := icp.ParseDomain(g.InvalidDomain(icptest.DefectHyphen))
	fmt.Println(icptest.DefectHyphen.Matches(err))
	fmt.Println(g.UnapprovedDomain().TLDApproved())
	// Output:
	// true true cn
	// true
	// false
}

// CmpOptions make cmp compare identifier types and decimals by value;
// RevealDiffs shows the real values of synthetic personal data in diffs.
func ExampleCmpOptions() {
	g := icptest.New(5)
	p := g.Person()
	q := p
	q.Mobile = g.Mobile()
	fmt.Println(cmp.Equal(p, p, icptest.CmpOptions()), cmp.Equal(p, q, icptest.CmpOptions()))
	// Output:
	// true false
}
