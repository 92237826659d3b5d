package validate_test

import (
	"testing"
	"time"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/province"
)

func TestCleanSampleHasNoErrors(t *testing.T) {
	r := check(t, refTime, cleanApp(t))
	if r.HasErrors() {
		t.Fatalf("clean sample has errors: %+v", r.Problems)
	}
}

func TestRules(t *testing.T) {
	tests := []struct {
		name   string
		at     time.Time
		modify func(a *icp.Application)
		path   string
		rule   string
		want   bool
	}{
		// The same mobile as emergency phone is refused.
		{"mobile equals emergency", refTime, func(a *icp.Application) {
			a.Subject.Principal.EmergencyPhone = a.Subject.Principal.Mobile
		}, "subject.principal.emergencyPhone", "mobile_equals_emergency", true},
		// Different mobiles pass.
		{"mobile differs", refTime, func(*icp.Application) {}, "subject.principal.emergencyPhone", "mobile_equals_emergency", false},
		// A certificate that expired the day before the reference date.
		{"expired yesterday", refTime, func(a *icp.Application) {
			a.Subject.Principal.ValidTo = icp.MustParseDate("2026-01-30")
		}, "subject.principal.validTo", "cert_expired", true},
		// Valid through the reference date itself, but inside the three-month window.
		{"expires on the day", refTime, func(a *icp.Application) {
			a.Subject.Principal.ValidTo = icp.MustParseDate("2026-01-31")
		}, "subject.principal.validTo", "cert_expiring", true},
		// Expiring just inside the window.
		{"expires in window", refTime, func(a *icp.Application) {
			a.Subject.Principal.ValidTo = icp.MustParseDate("2026-04-30")
		}, "subject.principal.validTo", "cert_expiring", true},
		// Exactly three months after the reference date is enough.
		{"expires at window end", refTime, func(a *icp.Application) {
			a.Subject.Principal.ValidTo = icp.MustParseDate("2026-05-01")
		}, "subject.principal.validTo", "cert_expiring", false},
		// Long-term certificates never expire.
		{"long term", refTime, func(a *icp.Application) {
			a.Subject.Principal.ValidTo = icp.Date{}
			a.Subject.Principal.LongTerm = true
		}, "subject.principal.validTo", "cert_expired", false},
		// Certificate type that does not fit the nature (resident ID for an enterprise).
		{"cert type vs nature", refTime, func(a *icp.Application) {
			a.Subject.CertType = icp.CertResidentID
		}, "subject.certType", "cert_type_nature", true},
		// The credit code of an enterprise filed as a public institution.
		{"credit code category", refTime, func(a *icp.Application) {
			a.Subject.Nature = icp.NaturePublicInstitution
			a.Subject.CertType = icp.CertCreditCode
		}, "subject.nature", "credit_code_nature", true},
		// A Beijing credit code filed in Shanghai.
		{"credit code province", refTime, func(a *icp.Application) {
			a.Subject.Province = province.Shanghai
			a.Subject.City, a.Subject.County = 310100, 310101
		}, "subject.province", "credit_code_province", true},
		// A city outside the chosen province.
		{"city province", refTime, func(a *icp.Application) {
			a.Subject.City = 310100
		}, "subject.city", "city_province", true},
		// A home URL on another domain.
		{"home url", refTime, func(a *icp.Application) {
			a.Websites[0].HomeURLs = []string{"https://www.other-example.com/"}
		}, "websites[0].homeUrls[0]", "home_url_domain", true},
		// A domain listed by two websites.
		{"duplicate domain", refTime, func(a *icp.Application) {
			a.Websites[1].Domains = append(a.Websites[1].Domains, a.Websites[0].Domains[0])
		}, "websites[1].domains[1]", "domain_duplicate", true},
		// Reserved prefix for a company website.
		{"reserved prefix", refTime, func(a *icp.Application) {
			a.Websites[0].Name = "中国星河示例"
		}, "websites[0].name", "site_name_reserved", true},
		// Government agencies may use the reserved prefixes.
		{"reserved prefix for government", refTime, func(a *icp.Application) {
			a.Subject.Nature = icp.NatureGovernment
			a.Websites[0].Name = "中国星河示例"
		}, "websites[0].name", "site_name_reserved", false},
		// Government websites need .gov.cn or .政务.
		{"government domain", refTime, func(a *icp.Application) {
			a.Subject.Nature = icp.NatureGovernment
		}, "websites[0].domains[0]", "domain_suffix_nature", true},
		// The same mobile for two different people.
		{"shared mobile", refTime, func(a *icp.Application) {
			a.Websites[0].ResponsiblePerson.Mobile = a.Subject.Principal.Mobile
		}, "websites[0].responsiblePerson.mobile", "contact_shared", true},
		// Jiangsu requires a landline for units.
		{"jiangsu landline", refTime, func(a *icp.Application) {
			a.Subject.Province = province.Jiangsu
			a.Subject.Principal.OfficePhone = "13800000001"
		}, "subject.principal.officePhone", "landline_required", true},
		// Beijing units may not give the principal's mobile as office phone.
		{"beijing office phone is the mobile", refTime, func(a *icp.Application) {
			a.Subject.Principal.OfficePhone = icp.Phone(a.Subject.Principal.Mobile.Reveal())
		}, "subject.principal.officePhone", "office_phone_equals_mobile", true},
		// A landline passes.
		{"beijing office landline", refTime, func(*icp.Application) {}, "subject.principal.officePhone", "office_phone_equals_mobile", false},
		// Shanghai has no such rule.
		{"shanghai office phone is the mobile", refTime, func(a *icp.Application) {
			a.Subject.Province = province.Shanghai
			a.Subject.Principal.OfficePhone = icp.Phone(a.Subject.Principal.Mobile.Reveal())
		}, "subject.principal.officePhone", "office_phone_equals_mobile", false},
		// Hunan wants the domain registered to the unit itself.
		{"hunan domain holder", refTime, func(a *icp.Application) {
			a.Subject.Province = province.Hunan
		}, "websites", "domain_holder_unit", true},
		// Beijing does not.
		{"beijing domain holder", refTime, func(*icp.Application) {}, "websites", "domain_holder_unit", false},
		// Henan wants the mailing address in the certificate's city.
		{"henan same city", refTime, func(a *icp.Application) {
			a.Subject.Province = province.Henan
		}, "subject.mailingAddress", "same_city_address", true},
		// Hubei wants an authorisation letter for a website principal other than the subject's.
		{"hubei website principal differs", refTime, func(a *icp.Application) {
			a.Subject.Province = province.Hubei
			a.Websites[0].ResponsiblePerson.CertNumber = a.Websites[1].ResponsiblePerson.CertNumber
			a.Websites[0].ResponsiblePerson.Name = "王小丽"
		}, "websites[0].responsiblePerson", "website_authorisation_letter", true},
		// … but not when the subject's principal runs the website.
		{"hubei website principal is the principal", refTime, func(a *icp.Application) {
			a.Subject.Province = province.Hubei
			a.Websites[0].ResponsiblePerson = a.Subject.Principal
		}, "websites[0].responsiblePerson", "website_authorisation_letter", false},
		// Jiangsu's authenticity documents apply from 2021-06-01 …
		{"jiangsu documents on the day", time.Date(2021, 6, 1, 9, 0, 0, 0, time.FixedZone("CST", 8*3600)), func(a *icp.Application) {
			a.Subject.Province = province.Jiangsu
		}, "", "authenticity_commitment", true},
		// … and not the day before.
		{"jiangsu documents the day before", time.Date(2021, 5, 31, 23, 0, 0, 0, time.FixedZone("CST", 8*3600)), func(a *icp.Application) {
			a.Subject.Province = province.Jiangsu
		}, "", "authenticity_commitment", false},
		// Guangdong's commitment letter from 2021-06-21.
		{"guangdong letter on the day", time.Date(2021, 6, 21, 9, 0, 0, 0, time.FixedZone("CST", 8*3600)), func(a *icp.Application) {
			a.Subject.Province = province.Guangdong
		}, "", "commitment_letter", true},
		// Not the day before.
		{"guangdong letter the day before", time.Date(2021, 6, 20, 9, 0, 0, 0, time.FixedZone("CST", 8*3600)), func(a *icp.Application) {
			a.Subject.Province = province.Guangdong
		}, "", "commitment_letter", false},
		// Guangdong requires the legal representative as principal.
		{"legal representative", refTime, func(a *icp.Application) {
			a.Subject.Province = province.Guangdong
		}, "subject.principal", "principal_legal_rep", true},
		// Hubei accepts one website per order.
		{"hubei one website", refTime, func(a *icp.Application) {
			a.Subject.Province = province.Hubei
		}, "websites", "one_website_per_order", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			app := cleanApp(t)
			tt.modify(app)
			r := check(t, tt.at, app)
			if got := hasRule(r, tt.path, tt.rule); got != tt.want {
				t.Errorf("rule %s at %q: got %v, want %v; rules there: %v", tt.rule, tt.path, got, tt.want, rulesAt(r, tt.path))
			}
		})
	}
}

// individualApp turns the clean sample into an individual's filing of one website.
func individualApp(t *testing.T, birth string, prov province.Code, idArea string) *icp.Application {
	t.Helper()
	a := cleanApp(t)
	id := residentID(t, idArea+birth)
	a.Subject.Nature = icp.NatureIndividual
	a.Subject.Name = "李明远"
	a.Subject.CertType = icp.CertResidentID
	a.Subject.CertNumber = icp.CertNumber(id)
	a.Subject.Province = prov
	a.Subject.City = int(prov)*10000 + 100
	a.Subject.County = 0
	a.Subject.Principal.CertNumber = icp.CertNumber(id)
	a.Websites = a.Websites[:1]
	a.Websites[0].Name = "远方的风景"
	a.Websites[0].ServiceContent = icp.ServiceBlog
	a.Websites[0].ResponsiblePerson = a.Subject.Principal
	a.Apps = nil
	return a
}

// residentID completes 17 digits with the GB 11643 check character.
func residentID(t *testing.T, first17 string) string {
	t.Helper()
	for _, c := range "0123456789X" {
		if s := first17 + string(c); icp.ValidResidentID(s) {
			return s
		}
	}
	t.Fatalf("no check character makes %s valid", first17)
	return ""
}

func TestIndividualAge(t *testing.T) {
	tests := []struct {
		name  string
		birth string // YYYYMMDD + sequence
		prov  province.Code
		area  string
		rule  string
		want  bool
	}{
		// Eighteen on the reference date: accepted.
		{"18 on the day", "20080131123", province.Beijing, "110108", "minimum_age", false},
		// Eighteen tomorrow: refused.
		{"18 tomorrow", "20080201123", province.Beijing, "110108", "minimum_age", true},
		// Jiangsu accepts 16 with a warning about proof.
		{"jiangsu 17", "20090101123", province.Jiangsu, "320102", "age_proof", true},
		// Jiangsu refuses under 16.
		{"jiangsu 15", "20110101123", province.Jiangsu, "320102", "minimum_age", true},
		// Guangxi refuses individuals from other provinces.
		{"guangxi cross province", "19900101123", province.Guangxi, "110108", "cross_province", true},
		// Shanghai accepts them with a residence permit.
		{"shanghai residence permit", "19900101123", province.Shanghai, "110108", "residence_permit", true},
		// Local individuals are fine.
		{"local", "19900101123", province.Guangxi, "450102", "cross_province", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := individualApp(t, tt.birth, tt.prov, tt.area)
			r := check(t, refTime, a)
			path := "subject.principal"
			if tt.rule == "cross_province" || tt.rule == "residence_permit" {
				path = "subject.principal.certNumber"
			}
			if got := hasRule(r, path, tt.rule); got != tt.want {
				t.Errorf("%s: got %v, want %v; problems %+v", tt.rule, got, tt.want, r.Problems)
			}
		})
	}
}

func TestIndividualRules(t *testing.T) {
	a := individualApp(t, "19900101123", province.Beijing, "110108")
	if r := check(t, refTime, a); r.HasErrors() {
		t.Fatalf("individual base has errors: %+v", r.Problems)
	}
	a.Websites[0].Name = "明远科技有限公司"
	a.Subject.CertType = icp.CertPassport
	a.Apps = cleanApp(t).Apps
	r := check(t, refTime, a)
	for _, want := range [][2]string{
		{"websites[0].name", "site_name_individual"},
		{"subject.certType", "individual_foreign"},
		{"apps", "individual_website_and_app"},
		{"subject.certNumber", "individual_certificate"},
	} {
		if !hasRule(r, want[0], want[1]) {
			t.Errorf("missing %s at %s; got %+v", want[1], want[0], r.Problems)
		}
	}
}

// TestFieldTagMessages: tag failures carry the field's labels, alternatives included.
func TestFieldTagMessages(t *testing.T) {
	app := cleanApp(t)
	app.Subject.Principal.OfficePhone = "12"
	app.Apps[0].Platforms[0].Fingerprint = "abc"
	app.Subject.Name = ""
	r := check(t, refTime, app)
	want := map[string][2]string{
		"subject.principal.officePhone":    {"cn_landline|cn_mobile", "主体负责人办公电话不是有效的固定电话或手机号码"},
		"apps[0].platforms[0].fingerprint": {"len=32|len=40", "APP签名MD5/SHA-1的长度必须是32或40个字符（MD5或SHA-1）"},
		"subject.name":                     {"required", "主办单位名称为必填项"},
	}
	for path, w := range want {
		found := false
		for _, p := range r.Problems {
			if p.Path == path && p.Rule == w[0] {
				found = true
				if p.MessageZH != w[1] || p.Message != p.MessageZH || p.MessageEN == "" {
					t.Errorf("%s: %q / %q", path, p.MessageZH, p.MessageEN)
				}
			}
		}
		if !found {
			t.Errorf("%s: no %s problem in %+v", path, w[0], r.Problems)
		}
	}
}
