package validate_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/go-playground/validator/v10"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/validate"
)

func TestSeverityText(t *testing.T) {
	for _, s := range []validate.Severity{validate.SeverityError, validate.SeverityWarning} {
		b, err := s.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back validate.Severity
		if err := back.UnmarshalText(b); err != nil || back != s || s.Label() == "" {
			t.Errorf("%v: round trip %v, %v, label %q", s, back, err, s.Label())
		}
	}
	var s validate.Severity
	if err := s.UnmarshalText([]byte("fatal")); !errors.Is(err, validate.ErrUnknownSeverity) {
		t.Errorf("unknown severity: %v", err)
	}
	if _, err := validate.Severity(7).MarshalText(); err == nil || validate.Severity(7).Label() != "" {
		t.Error("Severity(7) encoded")
	}
}

func TestParseLanguage(t *testing.T) {
	tests := []struct {
		in   string
		want validate.Language
		ok   bool
	}{
		{"zh", validate.Chinese, true},    // plain
		{"zh-CN", validate.Chinese, true}, // tag
		{"EN_us", validate.English, true}, // case and underscore
		{"fr", 0, false},                  // unsupported
		{"", 0, false},                    // empty
	}
	for _, tt := range tests {
		got, err := validate.ParseLanguage(tt.in)
		if (err == nil) != tt.ok || (tt.ok && got != tt.want) {
			t.Errorf("ParseLanguage(%q) = %v, %v", tt.in, got, err)
		}
		if tt.ok && got.String() != tt.in[:2] && !strings.EqualFold(got.String(), tt.in[:2]) {
			t.Errorf("%q: String %q", tt.in, got.String())
		}
	}
}

func TestValidatorAccessors(t *testing.T) {
	v := validate.New(validate.At(refTime), validate.WithLanguage(validate.English))
	if !v.Reference().Equal(refTime) || v.Language() != validate.English {
		t.Errorf("accessors: %v %v", v.Reference(), v.Language())
	}
	if v.Translator(validate.Chinese).Locale() != "zh" || v.Translator(validate.English).Locale() != "en" {
		t.Error("translators")
	}
	err := v.Struct(icp.Person{})
	var ves validator.ValidationErrors
	if !errors.As(err, &ves) || ves[0].Namespace() != "Person.name" {
		t.Errorf("Struct: %v", err)
	}
	if msg := ves[0].Translate(v.Translator(validate.Chinese)); !strings.Contains(msg, "name") {
		t.Errorf("translation %q", msg)
	}
}

func TestCertificateWindow(t *testing.T) {
	app := cleanApp(t)
	app.Subject.Principal.ValidTo = icp.MustParseDate("2026-06-30") // five months after refTime
	tests := []struct {
		months int
		want   bool
	}{
		{3, false}, // default window: fine
		{6, true},  // a provider asking for six months refuses it
		{-1, false},
	}
	for _, tt := range tests {
		r := validate.New(validate.At(refTime), validate.WithCertificateWindow(tt.months)).Check(context.Background(), app)
		if got := hasRule(r, "subject.principal.validTo", "cert_expiring"); got != tt.want {
			t.Errorf("window %d: %v, want %v", tt.months, got, tt.want)
		}
	}
}

func TestListings(t *testing.T) {
	tags, codes := validate.Tags(), validate.RuleCodes()
	if !slices.IsSorted(tags) || !slices.IsSorted(codes) || !slices.Contains(tags, "cn_mobile") || !slices.Contains(codes, "mobile_equals_emergency") {
		t.Errorf("tags %v codes %v", tags, codes)
	}
	for _, tag := range tags {
		if slices.Contains(codes, tag) {
			t.Errorf("%q is both a tag and a rule code", tag)
		}
	}
}

func TestInputErrorText(t *testing.T) {
	_, _, err := validate.New().CheckJSON(context.Background(), []byte("{\n  x"))
	if err == nil || !strings.HasPrefix(err.Error(), "validate: line 2, column 3: malformed JSON") {
		t.Errorf("error %q", err)
	}
}
