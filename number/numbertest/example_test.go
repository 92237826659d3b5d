package numbertest_test

import (
	"fmt"

	"github.com/google/go-cmp/cmp"

	"github.com/beian-go/beian/number"
	"github.com/beian-go/beian/number/numbertest"
	"github.com/beian-go/beian/province"
)

// footerLine is the downstream code under test: it renders the filing
// number of a site footer, or refuses text that is not a number.
func footerLine(s string) (string, error) {
	n, err := number.Parse(s)
	if err != nil {
		return "", err
	}
	return n.String() + " → " + n.QueryURL(), nil
}

// A downstream test feeds its own code valid numbers for a province and era,
// and numbers with one chosen defect, and says what it expects of each.
func Example() {
	g := numbertest.New(2026)

	valid := g.ICPFiling(numbertest.InProvince(province.Zhejiang), numbertest.Era(10), numbertest.Year(2024))
	line, err := footerLine(valid.String())
	if err != nil {
		fmt.Println("unexpected:", err)
	}
	fmt.Println(line)

	for _, d := range []numbertest.Defect{numbertest.DefectPlaceholder, numbertest.DefectProvinceAlias} {
		bad := g.Invalid(number.KindICPFiling, d)
		_, err := footerLine(bad)
		fmt.Printf("%s: refused=%v, with the %s defect=%v\n", bad, err != nil, d, d.Matches(err))
	}
	// Output:
	// 浙ICP备2024932604号 → https://beian.miit.gov.cn/
	// 桂ICP备000000号: refused=true, with the placeholder defect=true
	// 贵ICP备20921151号: refused=true, with the province-alias defect=true
}

// Service numbers for websites, APPs and mini-programs hang off a subject
// number; Number.Subject gives it back.
func ExampleGenerator_ICPFiling() {
	g := numbertest.New(1)
	app := g.ICPFiling(numbertest.InProvince(province.Beijing), numbertest.Era(8), numbertest.Service(2, number.ServiceApp))
	fmt.Println(app.Service(), app.Sequence(), app.Province())
	fmt.Println(app.Subject().IsService())
	// Output:
	// app 2 Beijing
	// false
}

// Public-security numbers get a synthetic area code unless InArea names a
// real county.
func ExampleGenerator_PublicSecurity() {
	g := numbertest.New(1)
	n := g.PublicSecurity(numbertest.InArea(330106))
	fmt.Println(n.Kind(), n.AreaCode(), n.Province())
	// Output:
	// public-security 330106 Zhejiang
}

// Every defect names the sentinel error number.Parse returns for it.
func ExampleDefect() {
	g := numbertest.New(5)
	s := g.Invalid(number.KindTelecomLicence, numbertest.DefectLicenceClass)
	_, err := number.Parse(s)
	fmt.Println(numbertest.DefectLicenceClass.Err())
	fmt.Println(numbertest.DefectLicenceClass.Matches(err), numbertest.DefectSyntax.Matches(err))
	// Output:
	// number: unsupported licence class
	// true false
}

// Comparing structs holding numbers with go-cmp needs CmpOptions.
func ExampleCmpOptions() {
	g := numbertest.New(9)
	type site struct{ Filing number.Number }
	a := site{g.ICPFiling()}
	b := site{number.MustParse(a.Filing.String())}
	fmt.Println(cmp.Equal(a, b, numbertest.CmpOptions()))
	// Output:
	// true
}
