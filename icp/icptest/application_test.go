package icptest_test

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/icp/icptest"
	"github.com/beian-go/beian/province"
	"github.com/beian-go/beian/validate"
	"github.com/beian-go/beian/validate/validatetest"
)

// natures are the subject natures the application property test covers:
// all of them.
func natures() []icp.Nature {
	var out []icp.Nature
	for n := icp.Nature(1); n.IsValid(); n++ {
		out = append(out, n)
	}
	return out
}

// errorsOf returns the error-severity problems of a report.
func errorsOf(r validate.Report) []validate.Problem {
	var out []validate.Problem
	for _, p := range r.Problems {
		if p.Severity == validate.SeverityError {
			out = append(out, p)
		}
	}
	return out
}

// TestApplicationValid: generated applications pass validate's Check with
// no errors at the reference time, in every province, for every nature,
// with websites and (for units) APPs.
func TestApplicationValid(t *testing.T) {
	v := validate.New(validate.At(icptest.Reference()))
	ctx := context.Background()
	for seed := range uint64(20) {
		g := icptest.New(seed)
		for p := range province.All() {
			for _, n := range natures() {
				opts := []icptest.Option{icptest.InProvince(p), icptest.WithNature(n)}
				if !n.IsIndividual() {
					opts = append(opts, icptest.Apps(1))
				}
				app := g.Application(opts...)
				if errs := errorsOf(v.Check(ctx, app)); len(errs) > 0 {
					t.Fatalf("seed %d, %v, %v: errors %+v", seed, p, n, errs)
				}
				if app.Subject.Province != p || app.Subject.Nature != n {
					t.Fatalf("seed %d: asked %v %v, got %v %v", seed, p, n, app.Subject.Province, app.Subject.Nature)
				}
			}
		}
	}
}

// TestApplicationDefaults pins the documented defaults of the
// package-level builder.
func TestApplicationDefaults(t *testing.T) {
	app := icptest.Application()
	if app.Subject.Nature != icp.NatureEnterprise || app.Subject.Province != province.Beijing ||
		len(app.Websites) != 1 || len(app.Apps) != 0 || app.Subject.CertType != icp.CertBusinessLicence {
		t.Fatalf("defaults: %v in %v, %d websites, %d apps, cert %v", app.Subject.Nature, app.Subject.Province,
			len(app.Websites), len(app.Apps), app.Subject.CertType)
	}
	if cc, err := icp.ParseCreditCode(app.Subject.CertNumber.Reveal()); err != nil || cc.Province() != province.Beijing {
		t.Fatalf("subject credit code %s: %v", app.Subject.CertNumber.Reveal(), err)
	}
	if app.Websites[0].ResponsiblePerson != app.Subject.Principal {
		t.Error("the website's responsible person is not the principal")
	}
	if diff := cmp.Diff(app, icptest.Application(), icptest.CmpOptions()); diff != "" {
		t.Errorf("two calls differ (-first +second):\n%s", diff)
	}
	if app := icptest.Application(icptest.Websites(0), icptest.Apps(2)); len(app.Websites) != 0 || len(app.Apps) != 2 {
		t.Errorf("Websites(0), Apps(2): %d websites, %d apps", len(app.Websites), len(app.Apps))
	}
	if app := icptest.Application(icptest.Websites(3)); len(app.Websites) != 3 {
		t.Errorf("Websites(3): %d websites", len(app.Websites))
	}
}

// TestApplicationEdits: each edit option changes only what the test is
// about, and validate then reports exactly that.
func TestApplicationEdits(t *testing.T) {
	v := validate.New(validate.At(icptest.Reference()))
	tests := []struct {
		name string
		opts []icptest.Option
		want []validate.Problem // errors only, messages ignored
	}{
		// The principal's emergency phone equals the mobile.
		{"emergency phone", []icptest.Option{icptest.WithSubject(func(s *icp.Subject) { s.Principal.EmergencyPhone = s.Principal.Mobile })},
			[]validate.Problem{{Path: "subject.principal.emergencyPhone", Rule: "mobile_equals_emergency", Rectification: string(icp.CodeContactMobileEqualsEmergency)}}},
		// A website home page off its domains.
		{"home url", []icptest.Option{icptest.WithWebsite(func(w *icp.Website) { w.HomeURLs = []string{"https://elsewhere.example.com/"} })},
			[]validate.Problem{{Path: "websites[0].homeUrls[0]", Rule: "home_url_domain", Rectification: string(icp.CodeWebsiteHomeURLInvalid)}}},
		// A principal of 17 filing as an individual.
		{"underage individual", []icptest.Option{icptest.Individual(), icptest.AgedAt(17, icptest.Reference())},
			[]validate.Problem{{Path: "subject.principal", Rule: "minimum_age", Rectification: string(icp.CodePersonUnderage)}}},
	}
	for _, tc := range tests {
		rep := v.Check(context.Background(), icptest.Application(tc.opts...))
		if diff := cmp.Diff(tc.want, errorsOf(rep), validatetest.ReportOptions()); diff != "" {
			t.Errorf("%s: errors (-want +got):\n%s", tc.name, diff)
		}
	}
}

// TestGeneratedParts: Person, Subject, Website and App alone are valid for
// the struct tags.
func TestGeneratedParts(t *testing.T) {
	v := validate.New(validate.At(icptest.Reference()))
	for seed := range uint64(50) {
		g := icptest.New(seed)
		for _, x := range []any{g.Person(), g.Subject(), g.Website(), g.App(), g.Subject(icptest.Individual()), g.Website(icptest.Individual())} {
			if err := v.Struct(x); err != nil {
				t.Fatalf("seed %d: %T: %v", seed, x, err)
			}
		}
	}
}
