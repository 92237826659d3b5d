package validate

import (
	"reflect"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-playground/validator/v10"
	"github.com/shopspring/decimal"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/number"
	"github.com/beian-go/beian/province"
)

// tagSpec is one custom validation tag: its check, its messages and the rectification
// entry it corresponds to. The messages are templates: {0} is the field label, {1} the tag
// parameter.
type tagSpec struct {
	name   string
	check  func(fl validator.FieldLevel) bool
	zh, en string
	notice icp.NoticeCode
	// explain, when set, tells why a failing value failed (the parse error's reason); it is
	// appended to the message in Check.
	explain func(v reflect.Value, param string) (reason, bool)
}

// customTags is the one table of our tags. Register installs exactly these.
var customTags = [...]tagSpec{
	{
		name: "cn_resident_id", check: textRule(icp.ValidResidentID),
		zh: "{0}不是有效的居民身份号码", en: "{0} is not a valid resident identity number",
		notice:  icp.CodePersonCertificateInvalid,
		explain: explainText(func(s string) error { _, err := icp.ParseResidentID(s); return err }),
	},
	{
		name: "cn_credit_code", check: textRule(icp.ValidCreditCode),
		zh: "{0}不是有效的统一社会信用代码", en: "{0} is not a valid unified social credit code",
		notice:  icp.CodeSubjectCertificateNumberWrong,
		explain: explainText(func(s string) error { _, err := icp.ParseCreditCode(s); return err }),
	},
	{
		name: "cn_org_code", check: textRule(icp.ValidOrgCode),
		zh: "{0}不是有效的组织机构代码", en: "{0} is not a valid organisation code",
		notice:  icp.CodeSubjectCertificateNumberWrong,
		explain: explainText(func(s string) error { _, err := icp.ParseOrgCode(s); return err }),
	},
	{
		name: "cn_registration_number", check: textRule(icp.ValidRegistrationNumber),
		zh: "{0}不是有效的工商注册号", en: "{0} is not a valid business registration number",
		notice:  icp.CodeSubjectCertificateNumberWrong,
		explain: explainText(func(s string) error { _, err := icp.ParseRegistrationNumber(s); return err }),
	},
	{
		name: "cn_mobile", check: textRule(icp.ValidMobile),
		zh: "{0}不是有效的中国大陆手机号码", en: "{0} is not a valid mainland mobile number",
		notice:  icp.CodeContactPhoneUnusable,
		explain: explainText(func(s string) error { _, err := icp.ParseMobile(s); return err }),
	},
	{
		name: "cn_landline", check: textRule(icp.ValidLandline),
		zh: "{0}不是有效的固定电话号码（区号-号码[-分机]）", en: "{0} is not a valid landline number (area-number[-extension])",
		notice:  icp.CodeContactPhoneUnusable,
		explain: explainText(func(s string) error { _, err := icp.ParseLandline(s); return err }),
	},
	{
		name: "cn_email", check: func(fl validator.FieldLevel) bool {
			if _, ok := originValid(fl, icp.Email.Reveal); ok {
				return true // a valid icp.Email; its text is a valid address
			}
			return textRule(icp.ValidEmail)(fl)
		},
		zh: "{0}不是有效的电子邮箱地址", en: "{0} is not a valid email address",
		notice:  icp.CodeContactEmailInvalid,
		explain: explainText(func(s string) error { _, err := icp.ParseEmail(s); return err }),
	},
	{
		name: "filing_domain", check: checkFilingDomain,
		zh: "{0}不是可备案的域名", en: "{0} is not a domain that can be filed",
		notice: icp.CodeDomainNotRegistrable, explain: explainFilingDomain,
	},
	{
		name: "icp_number", check: checkNumber(func(n number.Number) bool { return n.IsValid() }),
		zh: "{0}不是有效的备案号或许可证号", en: "{0} is not a valid filing or licence number",
		notice: icp.CodeOrderTypeWrong, explain: explainNumber,
	},
	{
		name: "icp_subject_number", check: checkNumber(isSubjectNumber),
		zh: "{0}不是主体备案号（如京ICP备12345678号）", en: "{0} is not a subject filing number (such as 京ICP备12345678号)",
		notice: icp.CodeOrderTypeWrong, explain: explainNumber,
	},
	{
		name: "icp_service_number", check: checkNumber(isServiceNumber),
		zh: "{0}不是网站或APP备案号（如京ICP备12345678号-1）", en: "{0} is not a service filing number (such as 京ICP备12345678号-1)",
		notice: icp.CodeOrderTypeWrong, explain: explainNumber,
	},
	{
		name: "icp_licence_number", check: checkNumber(isLicenceNumber),
		zh: "{0}不是经营许可证号（如京B2-20090059）", en: "{0} is not an operating licence number (such as 京B2-20090059)",
		notice: icp.CodeOrderTypeWrong, explain: explainNumber,
	},
	{
		name: "public_security_number", check: checkNumber(func(n number.Number) bool { return n.Kind() == number.KindPublicSecurity }),
		zh: "{0}不是公安联网备案号", en: "{0} is not a public-security filing number",
		notice: icp.CodeContentPublicSecurityMissing, explain: explainNumber,
	},
	{
		name: "province", check: checkProvince,
		zh: "{0}不是中国大陆的省级行政区", en: "{0} is not a mainland province",
		notice: icp.CodeSubjectAddressWrong,
	},
	{
		name: "site_name", check: func(fl validator.FieldLevel) bool {
			s, ok := textOf(fl.Field())
			return ok && siteNameFault(s) == siteNameOK
		},
		zh: "{0}不符合网站名称要求", en: "{0} does not follow the website naming rules",
		notice: icp.CodeWebsiteNameUnqualified, explain: explainSiteName,
	},
	{
		name: "cert_number", check: checkCertNumber,
		zh: "{0}与证件类型不符", en: "{0} does not fit the certificate type",
		notice: icp.CodeSubjectCertificateNumberWrong, explain: explainCertNumber,
	},
	{
		name: "dec_gt", check: decimalRule(func(c int) bool { return c > 0 }),
		zh: "{0}必须大于{1}", en: "{0} must be greater than {1}",
		notice: icp.CodeLicenceCapitalTooLow,
	},
	{
		name: "dec_gte", check: decimalRule(func(c int) bool { return c >= 0 }),
		zh: "{0}不能小于{1}", en: "{0} must be at least {1}",
		notice: icp.CodeLicenceCapitalTooLow,
	},
	{
		name: "dec_lt", check: decimalRule(func(c int) bool { return c < 0 }),
		zh: "{0}必须小于{1}", en: "{0} must be less than {1}",
		notice: icp.CodeLicenceForeignShareTooHigh,
	},
	{
		name: "dec_lte", check: decimalRule(func(c int) bool { return c <= 0 }),
		zh: "{0}不能大于{1}", en: "{0} must be at most {1}",
		notice: icp.CodeLicenceForeignShareTooHigh,
	},
	{
		name: "enum_valid", check: func(fl validator.FieldLevel) bool {
			valid, handled := typedValid(fl.Field())
			return handled && valid
		},
		zh: "{0}的取值无效", en: "{0} has a value that is not defined",
	},
}

// textRule adapts a domain-package validity function to a field rule on text fields. A
// field of a parsed value type is valid when the type says so.
func textRule(valid func(string) bool) func(validator.FieldLevel) bool {
	return func(fl validator.FieldLevel) bool {
		if ok, handled := typedValid(fl.Field()); handled {
			return ok
		}
		s, ok := textOf(fl.Field())
		return ok && valid(s)
	}
}

// explainText returns an explain function that runs a parser and reports its error.
func explainText(parse func(string) error) func(reflect.Value, string) (reason, bool) {
	return func(v reflect.Value, _ string) (reason, bool) {
		s, ok := textOf(v)
		if !ok {
			return reason{}, false
		}
		return reasonOf(parse(s))
	}
}

// parseNumber reads a number from a field holding a number.Number or its text.
func parseNumber(v reflect.Value) (number.Number, error) {
	if n, ok := valueAs[number.Number](v); ok {
		return n, nil
	}
	s, ok := textOf(v)
	if !ok {
		return number.Number{}, number.ErrSyntax
	}
	return number.Parse(s)
}

func checkNumber(want func(number.Number) bool) func(validator.FieldLevel) bool {
	return func(fl validator.FieldLevel) bool {
		n, err := parseNumber(fl.Field())
		return err == nil && n.IsValid() && want(n)
	}
}

func explainNumber(v reflect.Value, _ string) (reason, bool) {
	n, err := parseNumber(v)
	if err != nil {
		return reasonOf(err)
	}
	if !n.IsValid() {
		return reasonOf(number.ErrEmpty)
	}
	return reason{zh: "实为" + n.Kind().Label(), en: "it is a " + n.Kind().String() + " number"}, true
}

func isSubjectNumber(n number.Number) bool {
	return n.Kind() == number.KindICPFiling && !n.IsService()
}

func isServiceNumber(n number.Number) bool {
	return n.Kind() == number.KindICPFiling && n.IsService()
}

func isLicenceNumber(n number.Number) bool {
	return n.Kind() == number.KindICPLicence || n.Kind() == number.KindTelecomLicence
}

// checkProvince accepts a province.Code (or any value with IsValid) and text that
// province.Lookup understands.
func checkProvince(fl validator.FieldLevel) bool {
	v := fl.Field()
	switch v.Kind() {
	case reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uint, reflect.Int,
		reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if ok, handled := typedValid(v); handled {
			return ok
		}
		var n int64
		if v.CanInt() {
			n = v.Int()
		} else {
			n = int64(v.Uint())
		}
		return n > 0 && n < 100 && province.Code(n).IsValid()
	}
	s, ok := textOf(v)
	if !ok {
		return false
	}
	_, err := province.Lookup(s)
	return err == nil
}

// checkFilingDomain accepts the registrable domain of an approved TLD. With the parameter
// "app" it accepts the domains an APP calls: any level up to the fourth, but no www. form
// (domain.md §5.6).
func checkFilingDomain(fl validator.FieldLevel) bool {
	if d, ok := originValid(fl, icp.Domain.String); ok {
		return filingDomainReason(d, fl.Param()) == nil // the icp.Domain the text came from
	}
	d, ok := domainOf(fl.Field())
	return ok && filingDomainReason(d, fl.Param()) == nil
}

// maxAppDomainLevel is the deepest domain level an APP filing lists.
const maxAppDomainLevel = 4

// filingDomainReason says why a parsed domain cannot be filed, nil if it can.
func filingDomainReason(d icp.Domain, param string) *reason {
	if param == "app" {
		if strings.HasPrefix(d.String(), "www.") || d.Level() > maxAppDomainLevel {
			return &reason{zh: "APP域名不能使用www.形式，且最多到四级域名", en: "APP domains cannot use the www. form and go at most four levels deep",
				notice: icp.CodeAppResolutionMismatch}
		}
	} else if !d.IsRegistrable() {
		return &reason{zh: "须填写主域名，不能是子域名或公共后缀", en: "give the registrable domain, not a subdomain or public suffix",
			notice: icp.CodeDomainNotRegistrable}
	}
	if !d.TLDApproved() {
		return &reason{zh: "顶级域 ." + d.TLD() + " 不在可备案名单中", en: "the top-level domain ." + d.TLD() + " is not approved for filing",
			notice: icp.CodeDomainTLDUnapproved}
	}
	return nil
}

func domainOf(v reflect.Value) (icp.Domain, bool) {
	if d, ok := valueAs[icp.Domain](v); ok {
		return d, d.IsValid()
	}
	s, ok := textOf(v)
	if !ok {
		return icp.Domain{}, false
	}
	d, err := icp.ParseDomain(s)
	return d, err == nil
}

func explainFilingDomain(v reflect.Value, param string) (reason, bool) {
	d, ok := domainOf(v)
	if !ok {
		s, _ := textOf(v)
		_, err := icp.ParseDomain(s)
		return reasonOf(err)
	}
	if r := filingDomainReason(d, param); r != nil {
		return *r, true
	}
	return reason{}, false
}

// decimalRule compares a decimal.Decimal field with the tag parameter exactly
// (decimal.Cmp); test receives field.Cmp(param).
func decimalRule(test func(int) bool) func(validator.FieldLevel) bool {
	return func(fl validator.FieldLevel) bool {
		d, ok := decimalOf(fl.Field())
		if !ok {
			return false
		}
		p, err := decimal.NewFromString(fl.Param())
		if err != nil {
			return false
		}
		return test(d.Cmp(p))
	}
}

func decimalOf(v reflect.Value) (decimal.Decimal, bool) {
	if !v.CanInterface() {
		return decimal.Decimal{}, false
	}
	if d, ok := valueAs[decimal.Decimal](v); ok {
		return d, true
	}
	if d, ok := valueAs[decimal.NullDecimal](v); ok {
		return d.Decimal, d.Valid
	}
	s, ok := textOf(v)
	if !ok {
		return decimal.Decimal{}, false
	}
	d, err := decimal.NewFromString(s)
	return d, err == nil
}

// siteNameVerdict is the outcome of the field-level website-name rules (domain.md §5.8).
type siteNameVerdict uint8

const (
	siteNameOK siteNameVerdict = iota
	siteNameEmpty
	siteNameTooShort
	siteNameDigits
	siteNameLatin
	siteNameSymbol
	siteNameDomain
	siteNameSensitive
)

// siteNameMinRunes is the shortest name providers accept (three characters).
const siteNameMinRunes = 3

// sensitiveSiteWords may not appear in any website name (domain.md §5.8).
var sensitiveSiteWords = [...]string{"反腐", "赌博", "博彩", "廉政", "色情"}

// siteNameFault applies the naming rules that do not depend on the subject.
func siteNameFault(s string) siteNameVerdict {
	if strings.TrimSpace(s) == "" {
		return siteNameEmpty
	}
	if icp.ValidDomain(s) || strings.Contains(s, "://") {
		return siteNameDomain
	}
	digits, latin, other := 0, 0, 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r < utf8.RuneSelf && unicode.IsLetter(r):
			latin++
		case unicode.Is(unicode.Han, r) || unicode.IsLetter(r) || unicode.IsDigit(r) || r == '·':
			other++
		default:
			return siteNameSymbol
		}
	}
	for _, w := range sensitiveSiteWords {
		if strings.Contains(s, w) {
			return siteNameSensitive
		}
	}
	switch {
	case other == 0 && latin == 0:
		return siteNameDigits
	case other == 0 && digits == 0:
		return siteNameLatin
	case digits+latin+other < siteNameMinRunes:
		return siteNameTooShort
	}
	return siteNameOK
}

var siteNameReasons = [...]reason{
	siteNameEmpty:     {zh: "不能为空", en: "it is empty"},
	siteNameTooShort:  {zh: "至少需要3个字", en: "it needs at least three characters"},
	siteNameDigits:    {zh: "不能是纯数字", en: "it cannot be digits only"},
	siteNameLatin:     {zh: "不能是纯英文字母", en: "it cannot be Latin letters only"},
	siteNameSymbol:    {zh: "不能含有空格或特殊符号", en: "it cannot contain spaces or symbols"},
	siteNameDomain:    {zh: "不能使用域名或网址作为名称", en: "it cannot be a domain name or URL"},
	siteNameSensitive: {zh: "含有敏感词", en: "it contains a sensitive word"},
}

func explainSiteName(v reflect.Value, _ string) (reason, bool) {
	s, ok := textOf(v)
	if !ok {
		return reason{}, false
	}
	if f := siteNameFault(s); f != siteNameOK {
		return siteNameReasons[f], true
	}
	return reason{}, false
}
