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
//
// It indexes the contacts instead of comparing every pair, so that an application with
// thousands of websites is checked in linear time. For each value the index keeps two
// holders: the first one, and the first after it who is a different person; one of the two
// is a different person from whoever comes next, unless that one is the same person as both.
func (c *checker) sharedContacts(persons []personRef) {
	mobiles := contactIndex[icp.Mobile]{}
	emails := contactIndex[icp.Email]{}
	for i, a := range persons {
		// A shared contact is reported once, naming the earlier holder whose role (subject
		// principal, website principal, APP principal) has the first label in English, as a
		// report sorted by message would keep it.
		if a.p.Mobile.IsValid() {
			if b, ok := mobiles.otherHolder(persons, a, a.p.Mobile); ok {
				c.rule(a.at("mobile"), ruleContactShared, labelArg(b.at("mobile")))
			}
		}
		if a.p.Email.IsValid() {
			if b, ok := emails.otherHolder(persons, a, a.p.Email); ok {
				c.rule(a.at("email"), ruleContactShared, labelArg(b.at("email")))
			}
		}
		mobiles.add(persons, a.p.Mobile, i)
		emails.add(persons, a.p.Email, i)
	}
	// Nobody's emergency phone is the mobile of another person, earlier or later: name the
	// first such person.
	for _, a := range persons {
		if !a.p.EmergencyPhone.IsValid() {
			continue
		}
		if b, ok := mobiles.firstOther(persons, a, a.p.EmergencyPhone); ok {
			c.rule(a.at("emergencyPhone"), ruleEmergencyIsOther, labelArg(b.at("mobile")))
		}
	}
}

// roleOrder lists the person roles by the English label of their contact fields: "APP
// principal's …", "Subject principal's …", "Website principal's …".
var roleOrder = [...]string{"apps", "", "websites"}

// holders are the first holder of a contact value and the first later holder who is a
// different person from it (-1 while there is none), as indexes into the person list.
type holders struct{ first, other int }

// contactIndex maps a contact value to its holders, overall (role "all") and per role.
type contactIndex[K comparable] map[contactKey[K]]holders

type contactKey[K comparable] struct {
	value K
	role  string
}

const allRoles = "\x00all"

// add records persons[i] as a holder of v.
func (ix contactIndex[K]) add(persons []personRef, v K, i int) {
	var zero K
	if v == zero {
		return
	}
	for _, role := range [...]string{persons[i].list, allRoles} {
		k := contactKey[K]{v, role}
		h, ok := ix[k]
		switch {
		case !ok:
			ix[k] = holders{i, -1}
		case h.other < 0 && !samePerson(persons[h.first].p, persons[i].p):
			ix[k] = holders{h.first, i}
		}
	}
}

// pick returns the holder among h that is not a and not the same person as a.
func (h holders) pick(persons []personRef, a personRef) (personRef, bool) {
	for _, j := range [...]int{h.first, h.other} {
		if j >= 0 && persons[j].p != a.p && !samePerson(persons[j].p, a.p) {
			return persons[j], true
		}
	}
	return personRef{}, false
}

// otherHolder returns a holder of a's value v who is a different person, from the first
// role in roleOrder that has one. Called before a is added, it finds earlier holders only.
func (ix contactIndex[K]) otherHolder(persons []personRef, a personRef, v K) (personRef, bool) {
	for _, role := range roleOrder {
		if h, ok := ix[contactKey[K]{v, role}]; ok {
			if b, ok := h.pick(persons, a); ok {
				return b, true
			}
		}
	}
	return personRef{}, false
}

// firstOther returns the first person, in list order, whose value is v and who is a
// different person from a.
func (ix contactIndex[K]) firstOther(persons []personRef, a personRef, v K) (personRef, bool) {
	if h, ok := ix[contactKey[K]{v, allRoles}]; ok {
		return h.pick(persons, a)
	}
	return personRef{}, false
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
