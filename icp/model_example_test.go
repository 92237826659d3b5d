package icp_test

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"strings"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/province"
)

// Decode an application from JSON and look at its parts. Personal data is
// masked whenever a value is printed.
func ExampleApplication() {
	f, err := os.Open("testdata/sample-application.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	dec := json.NewDecoder(f)
	dec.DisallowUnknownFields()
	var app icp.Application
	if err := dec.Decode(&app); err != nil {
		fmt.Println(err)
		return
	}
	s := app.Subject
	fmt.Println(s.Name, s.Nature.Label(), s.CertType.Label(), s.Province.Label())
	fmt.Println("principal:", s.Principal.Name, s.Principal.CertNumber, s.Principal.Mobile)
	for _, w := range app.Websites {
		fmt.Println("website:", w.Name, w.Domains[0], w.ServiceContent.Label())
	}
	for _, a := range app.Apps {
		fmt.Println("app:", a.Name, a.Platforms[0].Platform, a.Platforms[1].Platform)
	}
	// Output:
	// 北京星河示例科技有限公司 企业 营业执照（个人或企业） 北京市
	// principal: 李*远 110108********0316 138****0001
	// website: 星河示例科技官网 xinghe-example.cn 单位门户网站
	// website: 星河示例在线课堂 xinghe-edu-example.com 网络教育
	// app: 星河示例助手 android ios
}

// Log a person with slog: the JSON handler sees only masked values.
func ExamplePerson_LogValue() {
	p := icp.Person{
		Name:       "张小三",
		CertType:   icp.CertResidentID,
		CertNumber: "11010519491231002X",
		Mobile:     icp.MustParseMobile("13800000001"),
		Email:      icp.MustParseEmail("zhang@example.com"),
	}
	log := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		},
	}))
	log.Info("principal", "p", p)
	fmt.Printf("%v\n", p.Name)
	// Output:
	// {"level":"INFO","msg":"principal","p":{"name":"张*三","certType":"resident-id","certNumber":"110105********002X","validFrom":"","validTo":"","longTerm":false,"mobile":"138****0001","emergencyPhone":"","officePhone":"","email":"z***@example.com"}}
	// 张*三
}

// Subject natures have two numberings; map each wire format explicitly.
func ExampleNature() {
	n := icp.NaturePrivateNonEnterprise
	fmt.Println(n, n.Label(), n.MIITCode(), n.LegacyCode())
	m, _ := icp.NatureFromLegacyCode(9)
	fmt.Println(m, m.MIITCode())
	b, _ := json.Marshal(struct{ Nature icp.Nature }{icp.NatureEnterprise})
	fmt.Println(string(b))
	_, err := icp.ParseNature("company")
	fmt.Println(err)
	// Output:
	// private-non-enterprise 民办非企业单位 9 7
	// law-firm 11
	// {"Nature":"enterprise"}
	// icp: unknown Nature "company"
}

// Certificate-type codes on the MIIT form depend on the subject nature.
func ExampleCertType_MIITCode() {
	for _, n := range []icp.Nature{icp.NatureEnterprise, icp.NatureGovernment, icp.NatureFoundation} {
		code, _ := icp.CertOrgCode.MIITCode(n)
		fmt.Println(n, code)
	}
	c, n, _ := icp.CertTypeFromMIITCode(15)
	fmt.Println(c.Label(), n.Label())
	fmt.Println(icp.CertTypeAllowed(icp.NatureIndividual, icp.CertBusinessLicence))
	// Output:
	// enterprise 12
	// government 9
	// foundation 18
	// 统一社会信用代码证书 事业单位
	// false
}

// Bitmasks encode as lists of names; bits without a name survive as hex.
func ExampleServiceContent() {
	s := icp.ServiceBlog | icp.ServiceOther
	fmt.Println(s, uint64(s), s.Label())
	u, _ := icp.ParseServiceContent("other,0x1000000")
	fmt.Println(u, u.IsValid(), uint64(u.Unknown()))
	loc := icp.ServerLocationOf(province.Beijing) | icp.ServerLocationOf(province.Sichuan)
	fmt.Println(loc, loc.Label(), uint64(loc))
	// Output:
	// blog,other 8388640 博客/个人空间、其他
	// other,0x1000000 false 16777216
	// Beijing,Sichuan 北京、四川 8388610
}

// Look up a rectification notice by the code a validation problem carries.
func ExampleLookupNotice() {
	n, ok := icp.LookupNotice(icp.CodeContactMobileEqualsEmergency)
	fmt.Println(ok, n.Category.Label(), n.Stage)
	fmt.Println(n.Title.ZH)
	fmt.Println(n.Advice.EN)
	d, _ := icp.LookupNotice(icp.CodeDomainNotRealName)
	fmt.Println(d.MIITCodes())
	// Output:
	// true 负责人信息不合格 rejection
	// 手机号码与应急联系电话相同
	// Give a second reachable number as the emergency phone.
	// [1004]
}

// Walk the catalogue in its stable order, here the APP entries.
func ExampleNotices() {
	for n := range icp.Notices() {
		if n.Category == icp.NoticeApp {
			fmt.Printf("%-26s %s\n", n.Code, n.Title.ZH)
		}
	}
	// Output:
	// app.contact-invalid        APP负责人联系方式不准确
	// app.name-unqualified       APP名称不合格
	// app.package-invalid        APP包名不准确
	// app.feature-invalid        APP特征信息无效
	// app.resolution-mismatch    APP解析不一致
	// app.platform-invalid       APP平台信息无效
	// service.no-longer-used     服务不再使用
}

// Dates are civil dates; age on a reference day is a pure computation.
func ExampleDate_YearsUntil() {
	birth := icp.MustParseDate("2008-02-29")
	fmt.Println(birth.YearsUntil(icp.MustParseDate("2026-02-28")))
	fmt.Println(birth.YearsUntil(icp.MustParseDate("2026-03-01")))
	_, err := icp.ParseDate("2026-02-29")
	fmt.Println(err)
	// Output:
	// 17
	// 18
	// icp: invalid civil date "2026-02-29"
}

// Check operating-licence data against the thresholds in force on a day.
func ExampleLicence_Shortfalls() {
	var l icp.Licence
	_ = json.Unmarshal([]byte(`{"scope":"provincial","registeredCapital":"800000","foreignShare":"0.6"}`), &l)
	for _, code := range l.Shortfalls(icp.MustParseDate("2026-01-01")) {
		n, _ := icp.LookupNotice(code)
		fmt.Println(code, n.Title.ZH)
	}
	r, _ := icp.LicenceRuleFor(icp.ScopeCrossRegional, icp.MustParseDate("2026-01-01"))
	fmt.Println(r.MinCapital, r.CapitalConfirmed)
	// Output:
	// licence.capital-too-low 注册资本未达到要求
	// licence.foreign-share-too-high 外资比例超过上限
	// 10000000 false
}

// The mistakes sample decodes: its defects are for the validate package.
func ExampleApplication_mistakes() {
	data, _ := os.ReadFile("testdata/sample-application-mistakes.json")
	var app icp.Application
	if err := json.Unmarshal(data, &app); err != nil {
		fmt.Println(err)
		return
	}
	p := app.Subject.Principal
	id, _ := p.ResidentID()
	at := icp.MustParseDate("2026-01-15")
	fmt.Println("age:", icp.DateOf(id.BirthDate()).YearsUntil(at))
	fmt.Println("ID valid:", p.ValidOn(at))
	fmt.Println("mobile = emergency:", p.Mobile == p.EmergencyPhone)
	w := app.Websites[0]
	fmt.Println("registrable:", w.Domains[0].IsRegistrable(), strings.HasPrefix(w.Name, "中国"))
	// Output:
	// age: 15
	// ID valid: false
	// mobile = emergency: true
	// registrable: false true
}

// Names, certificate numbers and phones print masked but marshal in full.
func ExampleName() {
	n := icp.Name("张小三")
	c := icp.CertNumber("11010519491231002X")
	fmt.Println(n, c, icp.Phone("13800000001"))
	fmt.Printf("%+v %q\n", n, c)
	b, _ := json.Marshal(map[string]any{"name": n, "certNumber": c})
	fmt.Println(string(b))
	fmt.Println(n.Reveal())
	// Output:
	// 张*三 110105********002X 138****0001
	// 张*三 "110105********002X"
	// {"certNumber":"11010519491231002X","name":"张小三"}
	// 张小三
}
