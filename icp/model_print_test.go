package icp_test

import (
	"bytes"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"github.com/beian-go/beian/icp"
)

// personalSecrets collects every personal value of an application in full:
// names, certificate numbers of persons, phones and emails.
func personalSecrets(app *icp.Application) []string {
	var out []string
	for _, p := range app.Persons() {
		out = append(out, p.Name.Reveal(), p.CertNumber.Reveal(), p.Mobile.Reveal(),
			p.EmergencyPhone.Reveal(), p.Email.Reveal())
		if p.OfficePhone != "" {
			out = append(out, p.OfficePhone.Reveal())
		}
	}
	if app.Subject.IsIndividual() {
		out = append(out, app.Subject.Name, app.Subject.CertNumber.Reveal(), app.Subject.MailingAddress)
	}
	return out
}

// TestApplicationNeverLeaks prints and logs whole applications every way a
// program might and checks that no personal value appears in full.
func TestApplicationNeverLeaks(t *testing.T) {
	for _, name := range []string{"sample-application.json", "sample-application-mistakes.json"} {
		app := loadApplication(t, name)
		secrets := personalSecrets(&app)
		if len(secrets) < 10 {
			t.Fatalf("%s: only %d secrets collected", name, len(secrets))
		}
		outputs := map[string]string{}
		for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x"} {
			outputs["app "+verb] = fmt.Sprintf(verb, app)
			outputs["&app "+verb] = fmt.Sprintf(verb, &app)
			outputs["subject "+verb] = fmt.Sprintf(verb, app.Subject)
			outputs["principal "+verb] = fmt.Sprintf(verb, app.Subject.Principal)
			outputs["websites "+verb] = fmt.Sprintf(verb, app.Websites)
			outputs["apps "+verb] = fmt.Sprintf(verb, app.Apps)
		}
		outputs["Println"] = fmt.Sprintln(app, app.Subject, app.Subject.Principal)
		for _, h := range []struct {
			name string
			new  func(*bytes.Buffer) slog.Handler
		}{
			{"json", func(b *bytes.Buffer) slog.Handler { return slog.NewJSONHandler(b, nil) }},
			{"text", func(b *bytes.Buffer) slog.Handler { return slog.NewTextHandler(b, nil) }},
		} {
			var buf bytes.Buffer
			log := slog.New(h.new(&buf))
			log.Info("application", "app", app)
			log.Info("pointer", "app", &app)
			log.Info("parts", "subject", app.Subject, "principal", app.Subject.Principal,
				"website", app.Websites[0], "person", app.Websites[0].ResponsiblePerson)
			log.Info("fields", "name", app.Subject.Principal.Name, "cert", app.Subject.Principal.CertNumber,
				"mobile", app.Subject.Principal.Mobile, "email", app.Subject.Principal.Email)
			outputs["slog "+h.name] = buf.String()
		}
		for what, out := range outputs {
			for _, s := range secrets {
				if strings.Contains(out, s) {
					t.Errorf("%s: %s shows %q in full:\n%s", name, what, s, out)
				}
			}
		}
		// The output is still useful: masked forms and non-personal data show.
		json := outputs["slog json"]
		for _, want := range []string{`"name":"李*远"`, `"certNumber":"110108********0316"`, `"mobile":"138****0001"`, "xinghe-example.cn", "organisation-portal"} {
			if name == "sample-application.json" && !strings.Contains(json, want) {
				t.Errorf("slog JSON lacks %s:\n%s", want, json)
			}
		}
	}
}

// TestMaskedTypes pins the masks of the string-based personal types.
func TestMaskedTypes(t *testing.T) {
	tests := []struct {
		got, want string
	}{
		{icp.Name("张三").String(), "张*"},                                       // two characters
		{icp.Name("张小三").String(), "张*三"},                                     // three characters
		{icp.Name("欧阳小明").String(), "欧**明"},                                   // four characters
		{icp.Name("李").String(), "*"},                                         // one character
		{icp.Name("").String(), ""},                                           // empty
		{icp.Name("John Smith").String(), "J********h"},                       // Latin name
		{fmt.Sprintf("%q", icp.Name("张小三")), `"张*三"`},                         // %q sees the mask
		{fmt.Sprintf("%#v", icp.Name("张小三")), `icp.Name("张*三")`},              // %#v too
		{fmt.Sprintf("%5s|", icp.Name("张三")), "   张*|"},                       // width applies to the mask
		{icp.CertNumber("11010519491231002X").String(), "110105********002X"}, // resident ID
		{icp.CertNumber("E12345678").String(), "E1*****78"},                   // short: a quarter each end
		{icp.CertNumber("ab").String(), "**"},                                 // tiny: all hidden
		{fmt.Sprintf("%+v", icp.CertNumber("11010519491231002X")), "110105********002X"},
		{icp.Phone("13800000001").String(), "138****0001"},   // mobile
		{icp.Phone("010-62000001").String(), "010*****0001"}, // landline
		{icp.Phone("").String(), ""},                         // empty
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("case %d: got %q, want %q", i, tt.got, tt.want)
		}
	}
	// The real values survive marshalling.
	for _, v := range []interface{ MarshalText() ([]byte, error) }{
		icp.Name("张小三"), icp.CertNumber("11010519491231002X"), icp.Phone("13800000001"),
	} {
		b, _ := v.MarshalText()
		if strings.Contains(string(b), "*") {
			t.Errorf("MarshalText masked: %s", b)
		}
	}
	if icp.Name("张小三").Reveal() != "张小三" || icp.CertNumber("X1").Reveal() != "X1" || icp.Phone("1").Reveal() != "1" {
		t.Error("Reveal does not return the value")
	}
	var n icp.Name
	if err := n.UnmarshalText([]byte("王五")); err != nil || n.Reveal() != "王五" {
		t.Errorf("UnmarshalText = %q, %v", n.Reveal(), err)
	}
}

// TestSubjectUnitShown checks that a unit's own data stays readable in logs
// while an individual's is masked.
func TestSubjectUnitShown(t *testing.T) {
	unit := loadApplication(t, "sample-application.json").Subject
	s := fmt.Sprint(unit)
	if !strings.Contains(s, unit.Name) || !strings.Contains(s, unit.CertNumber.Reveal()) {
		t.Errorf("unit subject hides its own name or code: %s", s)
	}
	ind := loadApplication(t, "sample-application-mistakes.json").Subject
	s = fmt.Sprintf("%+v", ind)
	if strings.Contains(s, ind.Name) || !strings.Contains(s, "Name:赵*雨") {
		t.Errorf("individual subject: %s", s)
	}
	if got := fmt.Sprintf("%d", ind.Principal); got != "%!d(icp.Person=masked)" {
		t.Errorf("%%d of a Person = %q", got)
	}
}

// TestSubjectInvestorNamingThePrincipal checks a unit whose investor field
// names its legal representative, as companies may fill it: that person is
// the principal, whose name is masked everywhere, so the investor field
// must not show it in full either. A company investor stays readable.
func TestSubjectInvestorNamingThePrincipal(t *testing.T) {
	unit := loadApplication(t, "sample-application.json").Subject
	person := unit
	person.Investor = " " + unit.Principal.Name.Reveal() // stray space as typed
	name := unit.Principal.Name.Reveal()
	var jsonBuf, textBuf bytes.Buffer
	slog.New(slog.NewJSONHandler(&jsonBuf, nil)).Info("s", "subject", person)
	slog.New(slog.NewTextHandler(&textBuf, nil)).Info("s", "subject", person)
	outputs := map[string]string{
		"%v": fmt.Sprintf("%v", person), "%+v": fmt.Sprintf("%+v", person), "%#v": fmt.Sprintf("%#v", person),
		"String": person.String(), "slog json": jsonBuf.String(), "slog text": textBuf.String(),
	}
	for what, out := range outputs {
		if strings.Contains(out, name) {
			t.Errorf("%s shows the principal's name %q through the investor field: %s", what, name, out)
		}
	}
	if s := fmt.Sprintf("%+v", unit); !strings.Contains(s, "Investor:"+unit.Investor) {
		t.Errorf("a company investor is hidden: %s", s)
	}
}

// TestSubjectUnitWithPersonalCertificate checks a unit whose certificate
// fields hold a person's identity number, a typical filing mistake: the
// number is masked as it would be for an individual, while a unit's own
// credit code stays readable (TestSubjectUnitShown).
func TestSubjectUnitWithPersonalCertificate(t *testing.T) {
	unit := loadApplication(t, "sample-application.json").Subject
	id := unit.Principal.CertNumber
	tests := []struct {
		name     string
		certType icp.CertType
	}{
		// The certificate type says it is a person's certificate.
		{"personal type", icp.CertResidentID},
		// The type is a unit's, but the number is a resident ID.
		{"unit type", icp.CertBusinessLicence},
	}
	for _, tt := range tests {
		s := unit
		s.CertType, s.CertNumber = tt.certType, id
		var jsonBuf bytes.Buffer
		slog.New(slog.NewJSONHandler(&jsonBuf, nil)).Info("s", "subject", s)
		for what, out := range map[string]string{
			"%v": fmt.Sprintf("%v", s), "%#v": fmt.Sprintf("%#v", s), "slog json": jsonBuf.String(),
		} {
			if strings.Contains(out, id.Reveal()) {
				t.Errorf("%s: %s shows the identity number in full: %s", tt.name, what, out)
			}
		}
	}
}
