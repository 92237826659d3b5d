package icp_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/beian-go/beian/icp"
)

func ExampleParseResidentID() {
	id, err := icp.ParseResidentID("11010519491231002X")
	if err != nil {
		fmt.Println(err)
		return
	}
	// String and every fmt verb mask the number; Reveal is explicit.
	fmt.Println(id)
	fmt.Println(id.Reveal())
	fmt.Println(id.BirthDate().Format(time.DateOnly), id.Sex(), id.AreaCode(), id.Province())
	fmt.Println("age on 2026-01-01:", id.AgeAt(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)))
	// Output:
	// 110105********002X
	// 11010519491231002X
	// 1949-12-31 female 110105 Beijing
	// age on 2026-01-01: 76
}

func ExampleParseResidentID_errors() {
	_, err := icp.ParseResidentID("11010519491231002Y")
	var e *icp.IDError
	if errors.As(err, &e) {
		fmt.Println(errors.Is(err, icp.ErrCheckDigit), e.Part, e.Offset, e.Want)
	}
	// The message names the part and never shows the whole number.
	fmt.Println(err)
	// Output:
	// true check character 17 X
	// icp: ResidentID "110105********002Y": check character: wrong check character, want "X" (at offset 17)
}

func ExampleParseResidentIDAt() {
	ref := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	// A synthetic number with a birth date in 2030.
	_, err := icp.ParseResidentIDAt("11010520300101001X", ref)
	fmt.Println(errors.Is(err, icp.ErrFutureDate))
	// Output:
	// true
}

func ExampleConvertLegacyResidentID() {
	id, err := icp.ConvertLegacyResidentID("110105491231002")
	fmt.Println(id.Reveal(), err)
	// Output:
	// 11010519491231002X <nil>
}

func ExampleParseCreditCode() {
	c, err := icp.ParseCreditCode("911101085636549482")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c, c.Authority(), c.Category(), c.Category().Label(), c.Category().SubjectNatureName())
	fmt.Println(c.AreaCode(), c.Province(), c.OrgCode())
	// Output:
	// 911101085636549482 market-regulation enterprise 企业 enterprise
	// 110108 Beijing 56365494-8
}

func ExampleParseCreditCodeLenient() {
	// An early Xiamen pilot code: its mod-31 check character is wrong, its
	// organisation code is right.
	_, err := icp.ParseCreditCode("91350203M0001QAY9B")
	fmt.Println(err)
	c, tolerated, err := icp.ParseCreditCodeLenient(" 91350203M0001QAY9B")
	fmt.Println(c, tolerated, c.Legacy(), err)
	// Output:
	// icp: CreditCode "91350203M0001QAY9B": check character: wrong check character, want "9" (at offset 17)
	// 91350203M0001QAY9B trimmed|legacy-check true <nil>
}

func ExampleParseOrgCode() {
	o, err := icp.ParseOrgCode("MA31E12PX")
	fmt.Println(o, o.Compact(), err)
	_, err = icp.ParseOrgCode("56365494-7")
	fmt.Println(err)
	// Output:
	// MA31E12P-X MA31E12PX <nil>
	// icp: OrgCode "56365494-7": check character: wrong check character, want "8" (at offset 9)
}

func ExampleParseRegistrationNumber() {
	n, err := icp.ParseRegistrationNumber("110108000000008")
	fmt.Println(n, n.AreaCode(), err)
	// Output:
	// 110108000000008 110108 <nil>
}

func ExampleParseMobile() {
	m, err := icp.ParseMobile("17051234567")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%v %s %v\n", m, m.Carrier(), m.IsVirtual())
	// A range allocated after the table passes only the loose check.
	fmt.Println(icp.ValidMobile("19412345678"), icp.ValidMobileLoose("19412345678"))
	// Output:
	// 170****4567 china-mobile true
	// false true
}

func ExampleParseLandline() {
	l, err := icp.ParseLandline("086-0755-22345678-123")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(l, l.AreaCode(), l.Extension())
	fmt.Println(l.Reveal(), l.RevealWithCountryCode())
	// Output:
	// 0755-22****78-123 0755 123
	// 0755-22345678-123 086-0755-22345678-123
}

func ExampleParseEmail() {
	e, err := icp.ParseEmail("Alice.Wang@Example.COM")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(e, e.Reveal(), e.Domain())
	// Output:
	// A***@example.com Alice.Wang@example.com example.com
}

func ExampleParseDomain() {
	d, err := icp.ParseDomain("www.中文.中国")
	if err != nil {
		fmt.Println(err)
		return
	}
	r, _ := d.Registrable()
	fmt.Println(d, d.Unicode(), d.Level(), d.TLD())
	fmt.Println(r.Unicode(), d.IsRegistrable(), r.IsRegistrable(), d.TLDApproved())
	_, err = icp.ParseDomain("example-.com")
	fmt.Println(err)
	// Output:
	// www.xn--fiq228c.xn--fiqs8s www.中文.中国 3 xn--fiqs8s
	// 中文.中国 false true true
	// icp: Domain "example-.com": label: label starts or ends with a hyphen (at offset 7)
}

func ExampleDomain_TLDApproved() {
	for _, s := range []string{"example.com.cn", "example.org", "example.io", "示例.公司"} {
		d := icp.MustParseDomain(s)
		fmt.Println(s, d.TLDApproved())
	}
	// Output:
	// example.com.cn true
	// example.org false
	// example.io false
	// 示例.公司 true
}

// Personal identifiers marshal their real value for data exchange but print
// masked.
func ExampleMobile_MarshalText() {
	type contact struct {
		Mobile icp.Mobile
		Email  icp.Email
	}
	c := contact{icp.MustParseMobile("13812345678"), icp.MustParseEmail("alice@example.com")}
	js, _ := json.Marshal(c)
	fmt.Println(string(js))
	fmt.Printf("%+v\n", c)
	// Output:
	// {"Mobile":"13812345678","Email":"alice@example.com"}
	// {Mobile:138****5678 Email:a***@example.com}
}

func ExampleNewResidentID() {
	// A synthetic number for tests: area, birth date, sequence (odd: male).
	id, err := icp.NewResidentID(440305, time.Date(1990, 5, 17, 0, 0, 0, 0, time.UTC), 123)
	fmt.Println(id.Reveal(), id.Sex(), err)
	// Output:
	// 440305199005171230 male <nil>
}

func ExampleCompleteCreditCode() {
	org, _ := icp.CompleteOrgCode("56365494")
	c, err := icp.CompleteCreditCode("91110108" + org.Compact())
	fmt.Println(org, c, err)
	// Output:
	// 56365494-8 911101085636549482 <nil>
}
