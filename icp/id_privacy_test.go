package icp_test

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/beian-go/beian/icp"
)

// idPersonal lists one value of each personal identifier type, with the
// full value, fragments that must never be shown, and the masked form.
func idPersonal() []struct {
	name    string
	v       any
	full    string
	secrets []string
	masked  string
} {
	return []struct {
		name    string
		v       any
		full    string
		secrets []string
		masked  string
	}{
		{"ResidentID", icp.MustParseResidentID("11010519491231002X"), "11010519491231002X",
			[]string{"19491231", "0519491231"}, "110105********002X"},
		{"Mobile", icp.MustParseMobile("13812345678"), "13812345678", []string{"3812345"}, "138****5678"},
		{"Landline", icp.MustParseLandline("0755-22345678-123"), "0755-22345678-123", []string{"22345678"}, "0755-22****78-123"},
		{"Email", icp.MustParseEmail("alice.wang@example.com"), "alice.wang@example.com", []string{"alice", "wang@"}, "a***@example.com"},
	}
}

// TestPersonalDataMasked prints each personal type with every common verb,
// inside a struct, and through slog's JSON and text handlers, and checks
// that only the masked form appears.
func TestPersonalDataMasked(t *testing.T) {
	for _, p := range idPersonal() {
		t.Run(p.name, func(t *testing.T) {
			check := func(how, out string) {
				t.Helper()
				for _, s := range append([]string{p.full, hex.EncodeToString([]byte(p.full))}, p.secrets...) {
					if strings.Contains(out, s) {
						t.Errorf("%s shows %q: %s", how, s, out)
					}
				}
			}
			for _, verb := range []string{"%v", "%+v", "%s", "%#v", "%q", "%x", "%X", "%20s", "%-20v", "%d"} {
				out := fmt.Sprintf(verb, p.v)
				check(verb, out)
				if !strings.Contains(out, p.masked) && verb != "%x" && verb != "%X" {
					t.Errorf("%s = %q, does not show the masked form %q", verb, out, p.masked)
				}
			}
			if got, want := fmt.Sprintf("%#v", p.v), fmt.Sprintf("icp.%s(%q)", p.name, p.masked); got != want {
				t.Errorf("%%#v = %s, want %s", got, want)
			}
			if got := fmt.Sprint(p.v); got != p.masked {
				t.Errorf("String() = %q, want %q", got, p.masked)
			}
			// Exported fields of a caller's struct go through the same methods.
			type person struct {
				Name string
				ID   any
			}
			for _, verb := range []string{"%v", "%+v", "%#v"} {
				check("struct "+verb, fmt.Sprintf(verb, person{"测试", p.v}))
			}
			// slog, both handlers, attribute and group.
			var buf bytes.Buffer
			for _, h := range []slog.Handler{slog.NewJSONHandler(&buf, nil), slog.NewTextHandler(&buf, nil)} {
				buf.Reset()
				l := slog.New(h)
				l.Info("filing", "id", p.v)
				l.Info("filing", slog.Group("person", slog.Any("id", p.v)))
				l.With("id", p.v).Info("with")
				out := buf.String()
				check(fmt.Sprintf("slog %T", h), out)
				if strings.Count(out, p.masked) != 3 {
					t.Errorf("slog %T: masked form missing: %s", h, out)
				}
			}
		})
	}
}

// TestErrorsDoNotLeak: errors for personal identifiers never contain the
// input in full, whichever check fails.
func TestErrorsDoNotLeak(t *testing.T) {
	tests := []struct {
		in    string
		parse func(string) error
	}{
		{"11010519491231002Y", func(s string) error { _, err := icp.ParseResidentID(s); return err }},       // wrong check
		{"11010519491331002X", func(s string) error { _, err := icp.ParseResidentID(s); return err }},       // bad date
		{"11010519491231002X ", func(s string) error { _, err := icp.ParseResidentID(s); return err }},      // bad length
		{"1101051949123100", func(s string) error { _, err := icp.ParseResidentID(s); return err }},         // short
		{"110105491331002", func(s string) error { _, err := icp.ConvertLegacyResidentID(s); return err }},  // legacy, bad date
		{"12012345678", func(s string) error { _, err := icp.ParseMobile(s); return err }},                  // range
		{"138123456789", func(s string) error { _, err := icp.ParseMobile(s); return err }},                 // length
		{"0755-02345678", func(s string) error { _, err := icp.ParseLandline(s); return err }},              // subscriber number
		{"alice..wang@example.com", func(s string) error { _, err := icp.ParseEmail(s); return err }},       // local part
		{"alice.wang@example.invalidtld", func(s string) error { _, err := icp.ParseEmail(s); return err }}, // domain
		{"11010519491231002X", func(s string) error {
			return icp.MustParseResidentID(s).CheckAt(time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC))
		}}, // future date
	}
	for _, tt := range tests {
		err := tt.parse(tt.in)
		if err == nil {
			t.Errorf("%q: no error", tt.in)
			continue
		}
		if msg := err.Error(); strings.Contains(msg, tt.in) || strings.Contains(fmt.Sprintf("%+v", err), tt.in) {
			t.Errorf("error shows the input: %s", msg)
		}
	}
}
