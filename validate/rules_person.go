package validate

import (
	"strconv"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/province"
)

// personRef is one responsible person and where it is: the list ("websites", "apps") and
// index of its website or APP, or list "" for the subject's principal. Its path is built only
// when a rule reports it, so that a clean application builds no strings.
type personRef struct {
	list string
	i    int
	p    *icp.Person
}

// at returns the JSON path of the person's field named field, as [icp.Application.Persons]
// names the person.
func (pr personRef) at(field string) string {
	if pr.list == "" {
		return "subject.principal." + field
	}
	return pr.list + "[" + strconv.Itoa(pr.i) + "].responsiblePerson." + field
}

// persons lists the responsible persons in the order of [icp.Application.Persons].
func (c *checker) persons() []personRef {
	out := make([]personRef, 0, 1+len(c.app.Websites)+len(c.app.Apps))
	out = append(out, personRef{p: &c.app.Subject.Principal})
	for i := range c.app.Websites {
		out = append(out, personRef{"websites", i, &c.app.Websites[i].ResponsiblePerson})
	}
	for i := range c.app.Apps {
		out = append(out, personRef{"apps", i, &c.app.Apps[i].ResponsiblePerson})
	}
	return out
}

// personRules checks every responsible person: the certificate type, its validity at the
// reference date, and the contact rules of domain.md §5.4.
func (c *checker) personRules() {
	persons := c.persons()
	for _, pr := range persons {
		c.personCertificate(pr)
		p := pr.p
		if p.Mobile.IsValid() && p.Mobile == p.EmergencyPhone {
			c.rule(pr.at("emergencyPhone"), ruleMobileEmergency)
		}
	}
	c.sharedContacts(persons)
	c.officePhone()
	c.officePhoneNotMobile()
}

// personCertificate checks the certificate type and validity dates of one person.
func (c *checker) personCertificate(pr personRef) {
	p := pr.p
	if p.CertType.IsValid() && !p.CertType.IsPersonal() {
		c.rule(pr.at("certType"), rulePersonCertType, arg{p.CertType.Label(), p.CertType.String()})
	}
	if !p.LongTerm && !p.ValidFrom.IsZero() && !p.ValidTo.IsZero() && p.ValidTo.Before(p.ValidFrom) {
		c.rule(pr.at("validTo"), ruleCertValidity)
		return
	}
	if !c.hasRef {
		return
	}
	if id, ok := p.ResidentID(); ok && id.CheckAt(c.v.cfg.at.In(chinaTime)) != nil {
		c.rule(pr.at("certNumber"), ruleBirthDateFuture)
	}
	if p.ValidFrom.After(c.ref) {
		c.rule(pr.at("validFrom"), ruleCertNotYetValid)
	}
	if p.LongTerm || p.ValidTo.IsZero() {
		return
	}
	switch window := c.v.cfg.windowMonths; {
	case p.ValidTo.Before(c.ref):
		c.rule(pr.at("validTo"), ruleCertExpired)
	case window > 0 && p.ValidTo.Before(c.ref.AddDate(0, window, 0)):
		c.rule(pr.at("validTo"), ruleCertExpiring, same(strconv.Itoa(window)))
	}
}

// samePerson reports whether two person entries describe the same human: the same
// certificate, or, without one, the same name.
func samePerson(a, b *icp.Person) bool {
	if a.CertNumber != "" && b.CertNumber != "" {
		return a.CertType == b.CertType && a.CertNumber == b.CertNumber
	}
	return a.Name == b.Name
}

// sharedContacts applies the rules between persons: different people do not share a
// mobile or an email, and nobody's emergency phone is another person's mobile.
func (c *checker) sharedContacts(persons []personRef) {
	for i, a := range persons {
		for _, b := range persons[:i] {
			if samePerson(a.p, b.p) {
				continue
			}
			if a.p.Mobile.IsValid() && a.p.Mobile == b.p.Mobile {
				c.rule(a.at("mobile"), ruleContactShared, labelArg(b.at("mobile")))
			}
			if a.p.Email.IsValid() && a.p.Email == b.p.Email {
				c.rule(a.at("email"), ruleContactShared, labelArg(b.at("email")))
			}
		}
		for _, b := range persons {
			if b.p == a.p || samePerson(a.p, b.p) {
				continue
			}
			if a.p.EmergencyPhone.IsValid() && a.p.EmergencyPhone == b.p.Mobile {
				c.rule(a.at("emergencyPhone"), ruleEmergencyIsOther, labelArg(b.at("mobile")))
				break
			}
		}
	}
}

// labelArg is the label of another field, as a rule argument.
func labelArg(path string) arg {
	l := labelFor(path)
	return arg(l)
}

// officePhone applies the provincial rule that units give a landline as office phone.
func (c *checker) officePhone() {
	if c.app.Subject.Nature.IsIndividual() || !c.app.Subject.Nature.IsValid() {
		return
	}
	if _, ok := c.ruleIn(province.RuleLandlineRequired, province.SubjectUnit); !ok {
		return
	}
	if !icp.ValidLandline(c.app.Subject.Principal.OfficePhone.Reveal()) {
		c.rule("subject.principal.officePhone", ruleLandlineRequired, provinceArg(c.prov))
	}
}

// officePhoneNotMobile applies the provincial rule that a unit's office phone is not the
// principal's own mobile (Beijing, Liaoning, Jilin).
func (c *checker) officePhoneNotMobile() {
	p := &c.app.Subject.Principal
	if c.app.Subject.Nature.IsIndividual() || !p.Mobile.IsValid() || p.OfficePhone.Reveal() != p.Mobile.Reveal() {
		return
	}
	if _, ok := c.ruleIn(province.RuleOfficePhoneDiffersFromMobile, province.SubjectUnit); ok {
		c.rule("subject.principal.officePhone", ruleOfficePhoneMobile, provinceArg(c.prov))
	}
}
