package icp

import (
	"fmt"
	"log/slog"
	"strconv"
	"strings"
)

// modelField is one field of a struct printed by modelFormatStruct; value is
// already masked. raw values (nested structs) are never quoted.
type modelField struct {
	name  string
	value string
	raw   bool
}

// modelFormatStruct prints fields the way fmt prints a struct: {a b} for %v
// and %s, {A:a B:b} for %+v, icp.T{A:"a", B:"b"} for %#v. Any other verb
// gives fmt's %!verb(icp.T=…) form.
func modelFormatStruct(f fmt.State, verb rune, typeName string, fields []modelField) {
	var b strings.Builder
	switch {
	case verb == 'v' && f.Flag('#'):
		b.WriteString("icp.")
		b.WriteString(typeName)
		b.WriteByte('{')
		for i, fl := range fields {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(fl.name)
			b.WriteByte(':')
			if fl.raw {
				b.WriteString(fl.value)
			} else {
				b.WriteString(strconv.Quote(fl.value))
			}
		}
		b.WriteByte('}')
	case verb == 'v' || verb == 's':
		plus := f.Flag('+')
		b.WriteByte('{')
		for i, fl := range fields {
			if i > 0 {
				b.WriteByte(' ')
			}
			if plus {
				b.WriteString(fl.name)
				b.WriteByte(':')
			}
			b.WriteString(fl.value)
		}
		b.WriteByte('}')
	default:
		b.WriteString("%!")
		b.WriteRune(verb)
		b.WriteString("(icp.")
		b.WriteString(typeName)
		b.WriteString("=masked)")
	}
	_, _ = f.Write([]byte(b.String()))
}

// modelNested formats a nested value with the verb and flags of f.
func modelNested(f fmt.State, verb rune, v any) string {
	return fmt.Sprintf(fmt.FormatString(f, verb), v)
}

func (p Person) printFields() []modelField {
	return []modelField{
		{name: "Name", value: p.Name.String()},
		{name: "CertType", value: p.CertType.String()},
		{name: "CertNumber", value: p.CertNumber.String()},
		{name: "ValidFrom", value: p.ValidFrom.String()},
		{name: "ValidTo", value: p.ValidTo.String()},
		{name: "LongTerm", value: strconv.FormatBool(p.LongTerm), raw: true},
		{name: "Mobile", value: p.Mobile.String()},
		{name: "EmergencyPhone", value: p.EmergencyPhone.String()},
		{name: "OfficePhone", value: p.OfficePhone.String()},
		{name: "Email", value: p.Email.String()},
	}
}

// Format implements [fmt.Formatter] so that every verb prints p with its
// personal data masked: %v and %s as {张*三 resident-id 110105********002X …},
// %+v with field names, %#v in Go syntax with the masked values.
func (p Person) Format(f fmt.State, verb rune) {
	modelFormatStruct(f, verb, "Person", p.printFields())
}

// String returns p as %v prints it, with personal data masked.
func (p Person) String() string { return fmt.Sprint(p) }

// LogValue implements [slog.LogValuer]: a group of the fields with personal
// data masked, so that neither slog's text nor its JSON handler sees a full
// name, certificate number, phone number or email address.
func (p Person) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("name", p.Name.String()),
		slog.String("certType", p.CertType.String()),
		slog.String("certNumber", p.CertNumber.String()),
		slog.String("validFrom", p.ValidFrom.String()),
		slog.String("validTo", p.ValidTo.String()),
		slog.Bool("longTerm", p.LongTerm),
		slog.String("mobile", p.Mobile.String()),
		slog.String("emergencyPhone", p.EmergencyPhone.String()),
		slog.String("officePhone", p.OfficePhone.String()),
		slog.String("email", p.Email.String()),
	)
}

// subjectView returns the printable values of the fields that identify a
// person when the subject is an individual.
func (s Subject) subjectView() (name, cert, certAddr, mailAddr, investor, remarks string) {
	if s.IsIndividual() || !s.Nature.IsValid() {
		return modelMaskName(s.Name), s.CertNumber.String(), modelMaskText(s.CertAddress, 6),
			modelMaskText(s.MailingAddress, 6), modelMaskName(s.Investor), modelMaskText(s.Remarks, 6)
	}
	investor = s.Investor
	if p := strings.TrimSpace(s.Principal.Name.Reveal()); p != "" && strings.TrimSpace(investor) == p {
		// A company may name its legal representative, the principal, as investor.
		investor = modelMaskName(p)
	}
	cert = s.CertNumber.Reveal()
	if s.CertType.IsPersonal() || ValidResidentID(cert) {
		// A person's certificate filed for a unit by mistake.
		cert = s.CertNumber.String()
	}
	return s.Name, cert, s.CertAddress, s.MailingAddress, investor, s.Remarks
}

// Format implements [fmt.Formatter]. An individual's name, certificate
// number, addresses, investor field and remarks are masked (so is everything
// for a subject whose nature is unset); a unit's are shown, except an
// investor field that names the principal and a certificate number that is
// a person's (a personal certificate type or a resident identity number).
// The principal is always masked.
func (s Subject) Format(f fmt.State, verb rune) {
	name, cert, certAddr, mailAddr, investor, remarks := s.subjectView()
	modelFormatStruct(f, verb, "Subject", []modelField{
		{name: "Nature", value: s.Nature.String()},
		{name: "Name", value: name},
		{name: "CertType", value: s.CertType.String()},
		{name: "CertNumber", value: cert},
		{name: "Province", value: s.Province.String()},
		{name: "City", value: strconv.Itoa(s.City), raw: true},
		{name: "County", value: strconv.Itoa(s.County), raw: true},
		{name: "CertAddress", value: certAddr},
		{name: "MailingAddress", value: mailAddr},
		{name: "Investor", value: investor},
		{name: "Principal", value: modelNested(f, verb, s.Principal), raw: true},
		{name: "Number", value: s.Number},
		{name: "Remarks", value: remarks},
	})
}

// String returns s as %v prints it, with personal data masked.
func (s Subject) String() string { return fmt.Sprint(s) }

// LogValue implements [slog.LogValuer] with the same masking as [Subject.Format].
func (s Subject) LogValue() slog.Value {
	name, cert, certAddr, mailAddr, investor, remarks := s.subjectView()
	return slog.GroupValue(
		slog.String("nature", s.Nature.String()),
		slog.String("name", name),
		slog.String("certType", s.CertType.String()),
		slog.String("certNumber", cert),
		slog.String("province", s.Province.String()),
		slog.Int("city", s.City),
		slog.Int("county", s.County),
		slog.String("certAddress", certAddr),
		slog.String("mailingAddress", mailAddr),
		slog.String("investor", investor),
		slog.Attr{Key: "principal", Value: s.Principal.LogValue()},
		slog.String("number", s.Number),
		slog.String("remarks", remarks),
	)
}

// modelJoin joins the String forms of vs with commas.
func modelJoin[T fmt.Stringer](vs []T) string {
	var b strings.Builder
	for i, v := range vs {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(v.String())
	}
	return b.String()
}

// String returns "category:number[:validTo]".
func (it PreApprovalItem) String() string {
	s := it.Category.String() + ":" + it.Number
	if !it.ValidTo.IsZero() {
		s += ":" + it.ValidTo.String()
	}
	return s
}

// LogValue implements [slog.LogValuer]: a group of the fields, the
// responsible person masked. Lists are written comma-separated.
func (w Website) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("name", w.Name),
		slog.String("domains", modelJoin(w.Domains)),
		slog.String("homeUrls", strings.Join(w.HomeURLs, ",")),
		slog.String("serviceContent", w.ServiceContent.String()),
		slog.String("preApprovals", modelJoin(w.PreApprovals)),
		slog.String("accessMethod", w.AccessMethod.String()),
		slog.String("serverLocation", w.ServerLocation.String()),
		slog.String("ipRanges", modelJoin(w.IPRanges)),
		slog.String("languages", modelJoin(w.Languages)),
		slog.Attr{Key: "responsiblePerson", Value: w.ResponsiblePerson.LogValue()},
		slog.String("number", w.Number),
		slog.String("remarks", w.Remarks),
	)
}

// String returns "platform:packageName".
func (p AppPlatform) String() string { return p.Platform.String() + ":" + p.PackageName }

// LogValue implements [slog.LogValuer]: a group of the fields, the
// responsible person masked. Platforms are written as platform:package.
func (a App) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("name", a.Name),
		slog.String("platforms", modelJoin(a.Platforms)),
		slog.String("domains", modelJoin(a.Domains)),
		slog.String("serviceContent", a.ServiceContent.String()),
		slog.String("preApprovals", modelJoin(a.PreApprovals)),
		slog.String("accessMethod", a.AccessMethod.String()),
		slog.String("serverLocation", a.ServerLocation.String()),
		slog.String("ipRanges", modelJoin(a.IPRanges)),
		slog.Attr{Key: "responsiblePerson", Value: a.ResponsiblePerson.LogValue()},
		slog.String("number", a.Number),
		slog.String("remarks", a.Remarks),
	)
}

// LogValue implements [slog.LogValuer]: the subject, then groups "websites"
// and "apps" keyed by index, all with personal data masked.
func (a Application) LogValue() slog.Value {
	sites := make([]slog.Attr, len(a.Websites))
	for i, w := range a.Websites {
		sites[i] = slog.Attr{Key: strconv.Itoa(i), Value: w.LogValue()}
	}
	apps := make([]slog.Attr, len(a.Apps))
	for i, ap := range a.Apps {
		apps[i] = slog.Attr{Key: strconv.Itoa(i), Value: ap.LogValue()}
	}
	return slog.GroupValue(
		slog.Attr{Key: "subject", Value: a.Subject.LogValue()},
		slog.Attr{Key: "websites", Value: slog.GroupValue(sites...)},
		slog.Attr{Key: "apps", Value: slog.GroupValue(apps...)},
	)
}
