package validate

import (
	"strconv"
	"strings"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/province"
)

// nationalMinimumAge is the age below which providers refuse individual filers (domain.md
// §5.4: Huawei's generic rule and most provinces).
const nationalMinimumAge = 18

// subjectRules checks the subject against its certificate, its province and, for
// individuals, against the principal (domain.md §5.1–5.3, §2.3–2.4).
func (c *checker) subjectRules() {
	s := &c.app.Subject
	if s.Nature.IsValid() && s.CertType.IsValid() && !icp.CertTypeAllowed(s.Nature, s.CertType) {
		c.rule("subject.certType", ruleCertTypeNature,
			arg{s.CertType.Label(), s.CertType.String()}, arg{s.Nature.Label(), s.Nature.String()})
	}
	if cc, err := icp.ParseCreditCode(s.CertNumber.Reveal()); err == nil && s.Nature.IsValid() {
		if want, err := icp.ParseNature(cc.Category().SubjectNatureName()); err == nil && want != s.Nature {
			c.rule("subject.nature", ruleCreditCodeNature, arg{want.Label(), want.String()})
		}
		if p := cc.Province(); p.IsValid() && s.Province.IsValid() && p != s.Province {
			c.rule("subject.province", ruleCreditCodeProvince, provinceArg(s.Province), provinceArg(p))
		}
	}
	if s.Province.IsValid() {
		if p, ok := province.ByAreaCode(s.City); s.City != 0 && (!ok || p != s.Province) {
			c.rule("subject.city", ruleCityProvince)
		}
		if p, ok := province.ByAreaCode(s.County); s.County != 0 && (!ok || p != s.Province) {
			c.rule("subject.county", ruleCityProvince)
		}
	}
	if strings.Contains(s.MailingAddress, "信箱") {
		c.rule("subject.mailingAddress", rulePOBox)
	}
	if s.Nature.IsIndividual() {
		c.individualRules()
	} else if s.Nature.IsValid() {
		c.principalAge("subject.principal", s.Principal, province.SubjectUnit)
	}
}

// individualRules applies the rules for individual filers: the subject is the principal,
// no foreigners, the minimum age, and the cross-province rules of the subject's province.
func (c *checker) individualRules() {
	s := &c.app.Subject
	pr := s.Principal
	if pr.Name != "" && s.Name != pr.Name.Reveal() {
		c.rule("subject.name", ruleIndividualName)
	}
	if pr.CertNumber != "" && (s.CertType != pr.CertType || s.CertNumber != pr.CertNumber) {
		c.rule("subject.certNumber", ruleIndividualCert)
	}
	switch s.CertType {
	case icp.CertPassport, icp.CertForeignPermanentResident:
		c.rule("subject.certType", ruleIndividualForeign, arg{s.CertType.Label(), s.CertType.String()})
	}
	c.principalAge("subject.principal", pr, province.SubjectIndividual)

	id, ok := pr.ResidentID()
	if !ok || !s.Province.IsValid() {
		return
	}
	home, ok := province.ByAreaCode(id.AreaCode())
	if !ok || home == s.Province {
		return
	}
	if _, ok := c.ruleIn(province.RuleCrossProvinceRefused, province.SubjectIndividual); ok {
		c.rule("subject.principal.certNumber", ruleCrossProvince, provinceArg(home), provinceArg(s.Province))
	} else if _, ok := c.ruleIn(province.RuleCrossProvinceResidencePermit, province.SubjectIndividual); ok {
		c.rule("subject.principal.certNumber", ruleResidencePermit, provinceArg(home), provinceArg(s.Province))
	}
}

// principalAge checks the principal's age, read from a resident identity number, against
// the national minimum for individuals and the province's minimum-age rules.
func (c *checker) principalAge(path string, pr icp.Person, kind province.Subject) {
	if !c.hasRef {
		return
	}
	id, ok := pr.ResidentID()
	if !ok {
		return
	}
	age := id.AgeAt(c.v.cfg.at.In(chinaTime))
	minAge, who := 0, arg{"服务商", "the provider"}
	if kind == province.SubjectIndividual {
		minAge = nationalMinimumAge
	}
	if r, ok := c.ruleIn(province.RuleMinimumAge, kind); ok {
		minAge, who = r.Param, provinceArg(c.prov)
	}
	switch {
	case age < minAge:
		c.rule(path, ruleMinimumAge, same(strconv.Itoa(minAge)), who)
	case kind == province.SubjectIndividual && age < nationalMinimumAge:
		c.rule(path, ruleAgeProof, provinceArg(c.prov))
	}
}
