package icptest

import (
	"time"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/province"
)

// Default ages of generated people on [Reference].
const (
	defaultMinAge = 25
	defaultMaxAge = 60
)

// province returns the configured province or a random one.
func (g *Generator) province(c config) province.Code {
	if c.prov != 0 {
		return c.prov
	}
	return g.Province()
}

// area returns the configured area code or a synthetic one in p.
func (g *Generator) area(c config, p province.Code) int {
	if c.area != 0 {
		return c.area
	}
	return g.syntheticArea(p)
}

// birth returns the configured birth date, or one for the configured age,
// or one 25–60 years before Reference.
func (g *Generator) birth(c config) time.Time {
	switch {
	case !c.birth.IsZero():
		return c.birth
	case !c.ageRef.IsZero():
		return g.birthForAge(c.age, c.ageRef)
	}
	return g.birthForAge(g.between(defaultMinAge, defaultMaxAge), Reference())
}

// birthForAge returns a random birth date on which someone is exactly years
// old on ref's calendar date, by the rule of icp.ResidentID.AgeAt.
func (g *Generator) birthForAge(years int, ref time.Time) time.Time {
	ry, rm, rd := ref.Date()
	// Everyone born from the day after ref's date years+1 years earlier up to
	// ref's date years earlier has the age; walk back a random number of days
	// from the latest such date and keep the first date that qualifies.
	latest := time.Date(ry-years, rm, rd, 0, 0, 0, 0, time.UTC)
	for latest.Month() != rm { // 29 February in a common year
		latest = latest.AddDate(0, 0, -1)
	}
	back := g.r.IntN(365)
	for {
		b := latest.AddDate(0, 0, -back)
		if ageAt(b, ry, rm, rd) == years {
			return b
		}
		back = g.r.IntN(back + 1) // shrink towards latest, which qualifies
	}
}

// ageAt is icp.ResidentID.AgeAt for a birth date.
func ageAt(b time.Time, ry int, rm time.Month, rd int) int {
	by, bm, bd := b.Date()
	age := ry - by
	if rm < bm || (rm == bm && rd < bd) {
		age--
	}
	return age
}

// residentIDText builds the 18 characters of a resident ID.
func (g *Generator) residentIDText(c config) []byte {
	b := make([]byte, 0, 18)
	b = appendInt(b, g.area(c, g.province(c)), 6)
	by, bm, bd := g.birth(c).Date()
	b = appendInt(b, by, 4)
	b = appendInt(b, int(bm), 2)
	b = appendInt(b, bd, 2)
	b = g.digits(b, 2)
	sex := c.sex
	if sex == icp.SexUnknown {
		sex = pick(g, []icp.Sex{icp.SexMale, icp.SexFemale})
	}
	last := 2 * g.r.IntN(5) // even: female
	if sex == icp.SexMale {
		last++
	}
	b = append(b, byte('0'+last))
	return append(b, residentIDCheck(b))
}

// ResidentID returns a valid resident identity number (GB 11643): the area
// code PP99NN of the province of [InProvince] (random otherwise) or that of
// [InArea]; the birth date of [BornOn] or [AgedAt] (otherwise 25–60 years old
// on [Reference]); the sex of [Female] or [Male] (random otherwise); a random
// sequence and the right check character.
func (g *Generator) ResidentID(opts ...Option) icp.ResidentID {
	s := string(g.residentIDText(configure(opts)))
	return must(icp.ParseResidentID(s))
}

// residentIDWeights are the GB 11643 weights of the first 17 digits.
var residentIDWeights = [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}

// residentIDCheck computes the check character of the first 17 digits of b.
func residentIDCheck(b []byte) byte {
	sum := 0
	for i, w := range residentIDWeights {
		sum += int(b[i]-'0') * w
	}
	return "10X98765432"[sum%11]
}

// usccAlphabet lists the symbols of GB 32100; a symbol's value is its index.
const usccAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"

// orgCodeCheck returns the GB 11714 check character of eight body
// characters drawn from the credit-code alphabet.
func orgCodeCheck(body []byte) byte { return must(icp.OrgCodeCheckChar(string(body))) }

// usccCheck returns the GB 32100 check character of the first 17
// characters of b, which are drawn from the credit-code alphabet.
func usccCheck(b []byte) byte { return must(icp.CreditCodeCheckChar(string(b[:17]))) }

// orgBody appends eight random body characters from the credit-code
// alphabet, so that the code also fits inside a credit code.
func (g *Generator) orgBody(b []byte) []byte {
	for range 8 {
		b = append(b, usccAlphabet[g.r.IntN(len(usccAlphabet))])
	}
	return b
}

// category returns the configured credit-code category.
func (g *Generator) category(c config) icp.Category {
	switch {
	case c.category != 0:
		return c.category
	case c.auth != 0:
		return pick(g, categoriesOf(c.auth))
	}
	return icp.CategoryEnterprise
}

// categoriesOf lists the categories of authority a.
func categoriesOf(a icp.Authority) []icp.Category {
	var out []icp.Category
	for c := icp.Category(1); c.IsValid(); c++ {
		if c.Authority() == a {
			out = append(out, c)
		}
	}
	return out
}

// creditCodeText builds the 18 characters of a credit code.
func (g *Generator) creditCodeText(c config) []byte {
	b := make([]byte, 0, 18)
	b = append(b, g.category(c).Code()...)
	if c.national {
		b = appendInt(b, 100000, 6)
	} else {
		b = appendInt(b, g.area(c, g.province(c)), 6)
	}
	b = g.orgBody(b)
	b = append(b, orgCodeCheck(b[8:16]))
	return append(b, usccCheck(b))
}

// CreditCode returns a valid unified social credit code (GB 32100): the
// category of [WithCategory] or [WithAuthority] (an enterprise, 91, by
// default), the area code PP99NN of the province of [InProvince] (random
// otherwise), [InArea]'s, or 100000 with [National], a random organisation
// code with its check character, and the right check character.
func (g *Generator) CreditCode(opts ...Option) icp.CreditCode {
	return must(icp.ParseCreditCode(string(g.creditCodeText(configure(opts)))))
}

// orgCodeText builds the nine characters of an organisation code without
// the hyphen.
func (g *Generator) orgCodeText() []byte {
	b := g.orgBody(make([]byte, 0, 10))
	return append(b, orgCodeCheck(b))
}

// OrgCode returns a valid organisation code (GB 11714) with a random body
// and the right check character.
func (g *Generator) OrgCode() icp.OrgCode {
	return must(icp.ParseOrgCode(string(g.orgCodeText())))
}

// mobileRanges are allocated ranges of the four big carriers that receive
// MIIT's text messages: no virtual-operator, satellite or data-only ranges.
// Read-only.
var mobileRanges = []struct {
	prefix  string
	carrier icp.Carrier
}{
	{"130", icp.CarrierChinaUnicom}, {"131", icp.CarrierChinaUnicom}, {"132", icp.CarrierChinaUnicom},
	{"133", icp.CarrierChinaTelecom}, {"135", icp.CarrierChinaMobile}, {"136", icp.CarrierChinaMobile},
	{"137", icp.CarrierChinaMobile}, {"138", icp.CarrierChinaMobile}, {"139", icp.CarrierChinaMobile},
	{"150", icp.CarrierChinaMobile}, {"151", icp.CarrierChinaMobile}, {"152", icp.CarrierChinaMobile},
	{"153", icp.CarrierChinaTelecom}, {"155", icp.CarrierChinaUnicom}, {"156", icp.CarrierChinaUnicom},
	{"157", icp.CarrierChinaMobile}, {"158", icp.CarrierChinaMobile}, {"159", icp.CarrierChinaMobile},
	{"166", icp.CarrierChinaUnicom}, {"173", icp.CarrierChinaTelecom}, {"175", icp.CarrierChinaUnicom},
	{"176", icp.CarrierChinaUnicom}, {"177", icp.CarrierChinaTelecom}, {"178", icp.CarrierChinaMobile},
	{"180", icp.CarrierChinaTelecom}, {"181", icp.CarrierChinaTelecom}, {"182", icp.CarrierChinaMobile},
	{"183", icp.CarrierChinaMobile}, {"184", icp.CarrierChinaMobile}, {"185", icp.CarrierChinaUnicom},
	{"186", icp.CarrierChinaUnicom}, {"187", icp.CarrierChinaMobile}, {"188", icp.CarrierChinaMobile},
	{"189", icp.CarrierChinaTelecom}, {"190", icp.CarrierChinaTelecom}, {"191", icp.CarrierChinaTelecom},
	{"192", icp.CarrierChinaBroadnet}, {"193", icp.CarrierChinaTelecom}, {"195", icp.CarrierChinaMobile},
	{"196", icp.CarrierChinaUnicom}, {"197", icp.CarrierChinaMobile}, {"198", icp.CarrierChinaMobile},
	{"199", icp.CarrierChinaTelecom},
}

// mobilePrefixes lists the prefixes of carrier c, or of all carriers for
// CarrierUnknown.
func mobilePrefixes(c icp.Carrier) []string {
	var out []string
	for _, r := range mobileRanges {
		if c == icp.CarrierUnknown || r.carrier == c {
			out = append(out, r.prefix)
		}
	}
	return out
}

func (g *Generator) mobileText(c config) []byte {
	return g.digits([]byte(pick(g, mobilePrefixes(c.carrier))), 8)
}

// Mobile returns a valid mobile number: a random subscriber in an allocated
// range of one of the big carriers ([WithCarrier] chooses one), never a
// virtual-operator range that cannot receive MIIT's text messages.
func (g *Generator) Mobile(opts ...Option) icp.Mobile {
	return must(icp.ParseMobile(string(g.mobileText(configure(opts)))))
}

// defaultTLDs are the suffixes domains get by default; each must be
// approved. Read-only.
var defaultTLDs = []string{"cn", "com", "net", "com.cn", "top", "xyz"}

// domainText builds example-xxxxxxxx.<suffix>.
func (g *Generator) domainText(c config) string {
	tld := c.tld
	if tld == "" {
		tld = pick(g, defaultTLDs)
	}
	return "example-" + g.label(8) + "." + tld
}

// label returns n random lower-case letters and digits, starting with a
// letter.
func (g *Generator) label(n int) string {
	const letters, alnum = "abcdefghijklmnopqrstuvwxyz", "abcdefghijklmnopqrstuvwxyz0123456789"
	b := []byte{letters[g.r.IntN(len(letters))]}
	for range n - 1 {
		b = append(b, alnum[g.r.IntN(len(alnum))])
	}
	return string(b)
}

// Domain returns a registrable domain that can be filed:
// example-xxxxxxxx under an approved suffix (.cn, .com, .net, .com.cn, .top
// or .xyz at random, or [WithTLD]'s).
func (g *Generator) Domain(opts ...Option) icp.Domain {
	return must(icp.ParseDomain(g.domainText(configure(opts))))
}

// UnapprovedDomain returns a domain that [icp.ParseDomain] accepts but that
// cannot be filed because its TLD is not approved ([icp.Domain.TLDApproved]
// reports false), such as example-xxxxxxxx.io.
func (g *Generator) UnapprovedDomain() icp.Domain {
	var tlds []string
	for _, t := range []string{"io", "me", "jp", "asia", "win", "hk", "tw", "de", "fr", "uk"} {
		if !icp.ApprovedTLD(t) {
			tlds = append(tlds, t)
		}
	}
	return must(icp.ParseDomain("example-" + g.label(8) + "." + pick(g, tlds)))
}

// Email returns a valid address at example.com.
func (g *Generator) Email() icp.Email {
	return must(icp.ParseEmail("contact." + g.label(8) + "@example.com"))
}

// capitalAreaCodes are the long-distance codes of the provincial capitals.
// Read-only.
var capitalAreaCodes = map[province.Code]string{
	province.Beijing: "010", province.Tianjin: "022", province.Hebei: "0311", province.Shanxi: "0351",
	province.InnerMongolia: "0471", province.Liaoning: "024", province.Jilin: "0431",
	province.Heilongjiang: "0451", province.Shanghai: "021", province.Jiangsu: "025",
	province.Zhejiang: "0571", province.Anhui: "0551", province.Fujian: "0591", province.Jiangxi: "0791",
	province.Shandong: "0531", province.Henan: "0371", province.Hubei: "027", province.Hunan: "0731",
	province.Guangdong: "020", province.Guangxi: "0771", province.Hainan: "0898",
	province.Chongqing: "023", province.Sichuan: "028", province.Guizhou: "0851", province.Yunnan: "0871",
	province.Tibet: "0891", province.Shaanxi: "029", province.Gansu: "0931", province.Qinghai: "0971",
	province.Ningxia: "0951", province.Xinjiang: "0991",
}

// Landline returns a valid landline in the capital of the province of
// [InProvince] (random otherwise): its area code and a random eight-digit
// subscriber number.
func (g *Generator) Landline(opts ...Option) icp.Landline {
	p := g.province(configure(opts))
	b := append([]byte(capitalAreaCodes[p]), '-', byte('2'+g.r.IntN(8)))
	return must(icp.ParseLandline(string(g.digits(b, 7))))
}

// must returns v, or panics with err: generated values always parse unless
// the kit has a bug.
func must[T any](v T, err error) T {
	if err != nil {
		panic("icptest: generated an invalid value (a bug in icptest): " + err.Error())
	}
	return v
}
