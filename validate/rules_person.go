package validate

import (
	"strconv"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/province"
)

// personRef is one responsible person with the JSON path of its object.
type personRef struct {
	path string
	p    *icp.Person
}

// personRules checks every responsible person: the certificate type, its validity at the
// reference date, and the contact rules of domain.md §5.4.
func (c *checker) personRules() {
	var persons []personRef
	for path, p := range c.app.Persons() {
		persons = append(persons, personRef{path, p})
	}
	for _, pr := range persons {
		c.personCertificate(pr)
		p := pr.p
		if p.Mobile.IsValid() && p.Mobile == p.EmergencyPhone {
			c.rule(pr.path+".emergencyPhone", ruleMobileEmergency)
		}
	}
	c.sharedContacts(persons)
	c.officePhone()
}

// personCertificate checks the certificate type and validity dates of one person.
func (c *checker) personCertificate(pr personRef) {
	p := pr.p
	if p.CertType.IsValid() && !p.CertType.IsPersonal() {
		c.rule(pr.path+".certType", rulePersonCertType, arg{p.CertType.Label(), p.CertType.String()})
	}
	if !p.LongTerm && !p.ValidFrom.IsZero() && !p.ValidTo.IsZero() && p.ValidTo.Before(p.ValidFrom) {
		c.rule(pr.path+".validTo", ruleCertValidity)
		return
	}
	if !c.hasRef {
		return
	}
	if id, ok := p.ResidentID(); ok && id.CheckAt(c.v.cfg.at.In(chinaTime)) != nil {
		c.rule(pr.path+".certNumber", ruleBirthDateFuture)
	}
	if p.ValidFrom.After(c.ref) {
		c.rule(pr.path+".validFrom", ruleCertNotYetValid)
	}
	if p.LongTerm || p.ValidTo.IsZero() {
		return
	}
	switch window := c.v.cfg.windowMonths; {
	case p.ValidTo.Before(c.ref):
		c.rule(pr.path+".validTo", ruleCertExpired)
	case window > 0 && p.ValidTo.Before(c.ref.AddDate(0, window, 0)):
		c.rule(pr.path+".validTo", ruleCertExpiring, same(strconv.Itoa(window)))
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
				c.rule(a.path+".mobile", ruleContactShared, labelArg(b.path+".mobile"))
			}
			if a.p.Email.IsValid() && a.p.Email == b.p.Email {
				c.rule(a.path+".email", ruleContactShared, labelArg(b.path+".email"))
			}
		}
		for _, b := range persons {
			if b.p == a.p || samePerson(a.p, b.p) {
				continue
			}
			if a.p.EmergencyPhone.IsValid() && a.p.EmergencyPhone == b.p.Mobile {
				c.rule(a.path+".emergencyPhone", ruleEmergencyIsOther, labelArg(b.path+".mobile"))
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
