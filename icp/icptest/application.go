package icptest

import (
	"net/netip"
	"strconv"
	"time"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/province"
)

// ApplicationSeed is the seed of the generator behind the package-level
// [Application]: New(ApplicationSeed).Application(opts...) builds the same
// application.
const ApplicationSeed = 20260601

// Application returns a complete first-filing application with valid
// defaults: an enterprise in Beijing with its principal, one website (the
// principal is its responsible person) and no APP. It passes validate's
// Check with no errors at [Reference] (provincial warnings, such as
// documents to prepare, may remain). Options change what a test is about:
//
//	app := icptest.Application(icptest.WithSubject(func(s *icp.Subject) {
//		s.Principal.EmergencyPhone = s.Principal.Mobile
//	}))
//
// Every call returns the same application (a new copy); use
// [Generator.Application] for varied ones.
func Application(opts ...Option) *icp.Application {
	return New(ApplicationSeed).Application(opts...)
}

// Application returns a complete application as the package-level
// [Application] describes, with identifiers and names drawn from g.
// Options: [InProvince] (default Beijing), [WithNature] or [Individual],
// [Websites], [Apps], [WithSubject], [WithWebsite], [WithApp], [With], and
// the identifier options ([BornOn], [AgedAt], [Female] …), which apply to the
// principal.
func (g *Generator) Application(opts ...Option) *icp.Application {
	c := configure(opts)
	if c.prov == 0 {
		c.prov = province.Beijing
	}
	s := g.subject(c)
	app := &icp.Application{Subject: s}
	nw := c.websites
	if nw == 0 {
		nw = 1
	}
	for range max(nw, 0) {
		w := g.website(c, s.Nature)
		w.ResponsiblePerson = s.Principal
		app.Websites = append(app.Websites, w)
	}
	for range c.apps {
		a := g.app(c)
		a.ResponsiblePerson = s.Principal
		app.Apps = append(app.Apps, a)
	}
	for _, f := range c.subject {
		f(&app.Subject)
	}
	for i := range app.Websites {
		for _, f := range c.website {
			f(&app.Websites[i])
		}
	}
	for i := range app.Apps {
		for _, f := range c.app {
			f(&app.Apps[i])
		}
	}
	for _, f := range c.whole {
		f(app)
	}
	return app
}

// Person returns a responsible person with valid data: a synthetic name, a
// resident ID of the province of [InProvince] (random otherwise) with the
// birth date and sex of the identifier options, certificate validity from a
// day in 2016–2022 for twenty years (so it is valid, and not about to
// expire, at any reference date from 2023 to mid-2035), two different
// mobile numbers, a landline office phone in the provincial capital and an
// email address at example.com.
func (g *Generator) Person(opts ...Option) icp.Person {
	c := configure(opts)
	c.prov = g.province(c)
	return g.person(c)
}

func (g *Generator) person(c config) icp.Person {
	from := time.Date(2016, time.January, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, g.r.IntN(7*365))
	p := icp.Person{
		Name:       g.name(),
		CertType:   icp.CertResidentID,
		CertNumber: icp.CertNumber(g.residentIDText(c)),
		ValidFrom:  icp.DateOf(from),
		ValidTo:    icp.DateOf(from.AddDate(20, 0, 0)),
		Mobile:     g.Mobile(),
		Email:      g.Email(),
	}
	for p.EmergencyPhone = g.Mobile(); p.EmergencyPhone == p.Mobile; p.EmergencyPhone = g.Mobile() {
	}
	p.OfficePhone = icp.Phone(g.Landline(InProvince(c.prov)).Reveal())
	return p
}

// Subject returns a filing subject with valid data: of the nature of
// [WithNature] (an enterprise by default) in the province of [InProvince]
// (random otherwise), with its principal ([Generator.Person]). A unit has a
// name containing 示例, a certificate its nature may present numbered with a
// credit code registered in the province, the provincial capital as city,
// and addresses in it; an individual is the principal, with the principal's
// name and resident ID.
func (g *Generator) Subject(opts ...Option) icp.Subject {
	c := configure(opts)
	c.prov = g.province(c)
	return g.subject(c)
}

func (g *Generator) subject(c config) icp.Subject {
	n := c.nature
	if n == 0 {
		n = icp.NatureEnterprise
	}
	p := c.prov
	addr := p.FullName() + "示例路" + strconv.Itoa(g.between(1, 999)) + "号"
	s := icp.Subject{
		Nature:         n,
		Province:       p,
		City:           int(p)*10000 + 100,
		CertAddress:    addr,
		MailingAddress: addr,
		Principal:      g.person(c),
	}
	if n.IsIndividual() {
		s.Name = s.Principal.Name.Reveal()
		s.CertType, s.CertNumber = icp.CertResidentID, s.Principal.CertNumber
		s.Investor = s.Name
		return s
	}
	s.Name = g.unitName(n, p)
	s.Investor = s.Name
	s.CertType = unitCertType(n)
	cat := categoryFor(n)
	cc := g.creditCodeText(config{prov: p, category: cat, auth: cat.Authority()})
	s.CertNumber = icp.CertNumber(cc)
	return s
}

// unitCertType returns the certificate a unit of nature n presents: a
// business licence or credit code certificate where allowed, else the
// nature's own certificate (never the organisation-code certificate, which
// the 2015 reform replaced).
func unitCertType(n icp.Nature) icp.CertType {
	for _, t := range []icp.CertType{icp.CertBusinessLicence, icp.CertCreditCode} {
		if icp.CertTypeAllowed(n, t) {
			return t
		}
	}
	types := n.CertTypes()
	for _, t := range types {
		if t != icp.CertOrgCode {
			return t
		}
	}
	return types[0]
}

// categoryFor returns the credit-code category whose organisations file
// under nature n, or the catch-all category Y1.
func categoryFor(n icp.Nature) icp.Category {
	for c := icp.Category(1); c.IsValid(); c++ {
		if c.SubjectNatureName() == n.String() {
			return c
		}
	}
	return icp.CategoryOther
}

// Website returns a website with valid data for a subject of the nature of
// [WithNature] (an enterprise by default): a name that follows the naming
// rules, one domain ([Generator.Domain]; under .gov.cn for government
// agencies, .cn for public institutions), its https home page on www,
// service content fitting the nature, cloud access, servers in the province
// of [InProvince] (random otherwise), one address in 203.0.113.0/24,
// simplified Chinese, and its own responsible person.
func (g *Generator) Website(opts ...Option) icp.Website {
	c := configure(opts)
	c.prov = g.province(c)
	n := c.nature
	if n == 0 {
		n = icp.NatureEnterprise
	}
	w := g.website(c, n)
	w.ResponsiblePerson = g.person(c)
	return w
}

func (g *Generator) website(c config, n icp.Nature) icp.Website {
	dc := c
	switch n {
	case icp.NatureGovernment:
		dc.tld = "gov.cn"
	case icp.NaturePublicInstitution:
		dc.tld = "cn"
	}
	d := must(icp.ParseDomain(g.domainText(dc)))
	w := icp.Website{
		Domains:        []icp.Domain{d},
		HomeURLs:       []string{"https://www." + d.String() + "/"},
		AccessMethod:   icp.AccessCloud,
		ServerLocation: icp.ServerLocationOf(c.prov),
		IPRanges:       []icp.IPRange{g.ipRange()},
		Languages:      []icp.Language{icp.LanguageSimplifiedChinese},
	}
	if n.IsIndividual() {
		w.Name = pick(g, personalSiteNames)
		w.ServiceContent = icp.ServiceBlog
		w.Remarks = "个人网站，记录个人兴趣，不涉及经营性内容"
	} else {
		w.Name = pick(g, brands) + "示例官网"
		w.ServiceContent = icp.ServiceOrganisationPortal
		w.Remarks = "单位门户网站，介绍本单位及业务"
	}
	return w
}

// App returns an APP with valid data: a name that is the same on every
// platform, an Android and an iOS build with package name and fingerprints,
// one domain it calls (api.example-xxxxxxxx.cn), content "APP", cloud
// access, servers in the province of [InProvince] (random otherwise), one
// address in 203.0.113.0/24 and its own responsible person.
func (g *Generator) App(opts ...Option) icp.App {
	c := configure(opts)
	c.prov = g.province(c)
	a := g.app(c)
	a.ResponsiblePerson = g.person(c)
	return a
}

func (g *Generator) app(c config) icp.App {
	pkg := "cn.example." + g.label(8)
	return icp.App{
		Name: pick(g, brands) + "示例助手",
		Platforms: []icp.AppPlatform{
			{Platform: icp.PlatformAndroid, PackageName: pkg, Fingerprint: g.hex(32), PublicKey: g.hex(256)},
			{Platform: icp.PlatformIOS, PackageName: pkg, Fingerprint: g.hex(40), PublicKey: g.hex(128)},
		},
		Domains:        []icp.Domain{must(icp.ParseDomain("api." + g.domainText(c)))},
		ServiceContent: icp.ServiceApp,
		AccessMethod:   icp.AccessCloud,
		ServerLocation: icp.ServerLocationOf(c.prov),
		IPRanges:       []icp.IPRange{g.ipRange()},
	}
}

// ipRange returns a single address in TEST-NET-3.
func (g *Generator) ipRange() icp.IPRange {
	a := netip.AddrFrom4([4]byte{203, 0, 113, byte(g.between(1, 254))})
	return icp.IPRange{Start: a, End: a}
}

// hex returns n random lower-case hexadecimal digits.
func (g *Generator) hex(n int) string {
	const digits = "0123456789abcdef"
	b := make([]byte, n)
	for i := range b {
		b[i] = digits[g.r.IntN(16)]
	}
	return string(b)
}

// Name returns a synthetic Chinese personal name of two or three
// characters.
func (g *Generator) Name() icp.Name { return g.name() }

func (g *Generator) name() icp.Name {
	s := pick(g, surnames) + pick(g, givenChars)
	if g.r.IntN(3) > 0 {
		s += pick(g, givenChars)
	}
	return icp.Name(s)
}

// unitName returns a unit name fitting nature n in province p.
func (g *Generator) unitName(n icp.Nature, p province.Code) string {
	brand := pick(g, brands)
	switch n {
	case icp.NatureGovernment:
		return p.FullName() + brand + "示例事务管理局"
	case icp.NaturePublicInstitution:
		return p.ShortName() + brand + "示例研究院"
	case icp.NatureSocialOrganisation:
		return p.ShortName() + brand + "示例协会"
	case icp.NaturePrivateNonEnterprise:
		return p.ShortName() + brand + "示例培训学校"
	case icp.NatureFoundation:
		return p.ShortName() + brand + "示例基金会"
	case icp.NatureLawFirm:
		return p.ShortName() + brand + "示例律师事务所"
	case icp.NatureEnterprise:
		return p.ShortName() + brand + "示例科技有限公司"
	}
	return p.ShortName() + brand + "示例服务中心"
}

// Word lists for names. Read-only.
var (
	surnames          = []string{"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"}
	givenChars        = []string{"明", "华", "宁", "芳", "伟", "静", "丽", "军", "磊", "洋", "勇", "艳", "杰", "娟", "涛", "超", "秀", "霞", "平", "刚", "远", "思", "雨", "晨"}
	brands            = []string{"星河", "云帆", "青禾", "远山", "明月", "清泉", "松石", "晨光", "海若", "长风", "知行", "拾光"}
	personalSiteNames = []string{"山水摄影集", "读书札记本", "旅行手记簿", "花草观察录", "厨房日志本", "晨跑记录册"}
)
