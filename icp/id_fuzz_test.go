package icp_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/beian-go/beian/icp"
)

// idValue is what the fuzz properties need from an identifier.
type idValue interface {
	comparable
	IsValid() bool
	String() string
	MarshalText() ([]byte, error)
	AppendText([]byte) ([]byte, error)
}

// idFuzzProps checks the properties every parser keeps for input s:
//   - it does not panic, and agrees with its Valid function;
//   - failures are *icp.IDError values wrapping exactly one sentinel, and
//     for personal types the message does not contain the input (unless
//     the input is already masked);
//   - successes are valid values whose text form parses back to the same
//     value and is a fixed point of parse-then-format, and UnmarshalText
//     agrees; String is the text form for public types and differs from it
//     (masked) for personal ones.
func idFuzzProps[T idValue](t *testing.T, s string, parse func(string) (T, error), valid func(string) bool,
	unmarshal func(*T, []byte) error, personal bool) (T, bool) {
	t.Helper()
	v, err := parse(s)
	if valid != nil && valid(s) != (err == nil) {
		t.Fatalf("%q: Valid = %v, Parse error = %v", s, valid(s), err)
	}
	var zero T
	if err != nil {
		if !idIsSentinelError(err) {
			t.Fatalf("%q: error %#v is not a typed IDError", s, err)
		}
		if v != zero {
			t.Fatalf("%q: failed parse returned a non-zero value", s)
		}
		if personal && len(s) >= 8 && !strings.HasPrefix(s, "@") && !strings.Contains(s, "*") && strings.Contains(err.Error(), s) {
			t.Fatalf("%q: error shows the input: %v", s, err)
		}
		return zero, false
	}
	if !v.IsValid() {
		t.Fatalf("%q: parsed value is not valid", s)
	}
	text, err := v.MarshalText()
	if err != nil {
		t.Fatalf("%q: MarshalText: %v", s, err)
	}
	if app, _ := v.AppendText(nil); !bytes.Equal(app, text) {
		t.Fatalf("%q: AppendText %q != MarshalText %q", s, app, text)
	}
	v2, err := parse(string(text))
	if err != nil || v2 != v {
		t.Fatalf("%q: canonical %q parses to %v, %v", s, text, v2, err)
	}
	if text2, _ := v2.MarshalText(); !bytes.Equal(text2, text) {
		t.Fatalf("%q: canonical form is not a fixed point: %q → %q", s, text, text2)
	}
	var u T
	if err := unmarshal(&u, text); err != nil || u != v {
		t.Fatalf("%q: UnmarshalText(%q) = %v, %v", s, text, u, err)
	}
	if personal == (v.String() == string(text)) {
		t.Fatalf("%q: String() = %q, text %q, personal %v", s, v.String(), text, personal)
	}
	return v, true
}

func FuzzIDResidentID(f *testing.F) {
	for _, s := range []string{"11010519491231002X", "11010519491231002x", "440524188001010014", "11010519491231002Y",
		"110105491231002", "", "11010519490229002X", "71010519491231002X", "１1010519491231002X"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, ok := idFuzzProps(t, s, icp.ParseResidentID, icp.ValidResidentID, (*icp.ResidentID).UnmarshalText, true)
		if !ok {
			return
		}
		if !strings.EqualFold(id.Reveal(), s) || id.AgeAt(id.BirthDate()) != 0 || !id.Sex().IsValid() || id.Province() == 0 {
			t.Fatalf("%q: inconsistent parts %q %v %v", s, id.Reveal(), id.Sex(), id.Province())
		}
		if _, err := icp.ParseResidentIDAt(s, id.BirthDate()); err != nil {
			t.Fatalf("%q: rejected on its own birth date: %v", s, err)
		}
		if _, err := icp.ParseResidentIDAt(s, id.BirthDate().AddDate(0, 0, -1)); !errors.Is(err, icp.ErrFutureDate) {
			t.Fatalf("%q: the day before birth gives %v", s, err)
		}
	})
}

func FuzzIDLegacyResidentID(f *testing.F) {
	for _, s := range []string{"110105491231002", "440524800101001", "110105491331002", "", "1101054912310021"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, err := icp.ConvertLegacyResidentID(s)
		if err != nil {
			if !idIsSentinelError(err) || id.IsValid() {
				t.Fatalf("%q: %#v", s, err)
			}
			if len(s) >= 8 && !strings.Contains(s, "*") && strings.Contains(err.Error(), s) {
				t.Fatalf("%q: error shows the input: %v", s, err)
			}
			return
		}
		r := id.Reveal()
		if len(s) != 15 || r[:6] != s[:6] || r[6:8] != "19" || r[8:17] != s[6:] {
			t.Fatalf("%q converts to %q", s, r)
		}
		if back, err := icp.ParseResidentID(r); err != nil || back != id {
			t.Fatalf("%q: converted %q does not parse: %v", s, r, err)
		}
	})
}

func FuzzIDCreditCode(f *testing.F) {
	for _, s := range append([]string{"91350203M0001QAY9B", " 91350200ma31e12pxf\u3000", "", "911101085636549472",
		"9111010856365494I2", "11010519491231002X"}, idValidCreditCodes...) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		strict, strictOK := idFuzzProps(t, s, icp.ParseCreditCode, icp.ValidCreditCode, (*icp.CreditCode).UnmarshalText, false)
		c, tol, err := icp.ParseCreditCodeLenient(s)
		if err != nil {
			if strictOK || !idIsSentinelError(err) {
				t.Fatalf("%q: lenient error %v, strict ok %v", s, err, strictOK)
			}
			return
		}
		if strictOK && (c != strict || tol != 0) {
			t.Fatalf("%q: lenient %v %v differs from strict %v", s, c, tol, strict)
		}
		if c.Legacy() != tol.Has(icp.CreditCodeLegacyCheck) || c.OrgCode().String() == "" {
			t.Fatalf("%q: legacy %v, tolerated %v", s, c.Legacy(), tol)
		}
		again, tol2, err := icp.ParseCreditCodeLenient(c.String())
		if err != nil || again != c || tol2&^icp.CreditCodeLegacyCheck != 0 {
			t.Fatalf("%q: lenient result %v does not re-parse: %v %v", s, c, tol2, err)
		}
		if !c.Legacy() {
			if back, err := icp.ParseCreditCode(c.String()); err != nil || back != c {
				t.Fatalf("%q: %v does not parse strictly: %v", s, c, err)
			}
		}
		if !c.Category().IsValid() || c.Category().Authority() != c.Authority() {
			t.Fatalf("%q: category %v of %v", s, c.Category(), c.Authority())
		}
	})
}

func FuzzIDOrgCode(f *testing.F) {
	for _, s := range []string{"56365494-8", "563654948", "MA31E12P-X", "45676311-0", "56365494_8", "", "ma31e12p-x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		idFuzzProps(t, s, icp.ParseOrgCode, icp.ValidOrgCode, (*icp.OrgCode).UnmarshalText, false)
	})
}

func FuzzIDRegistrationNumber(f *testing.F) {
	for _, s := range []string{"110108000000008", "440300000000009", "110108000000007", "", "71010800000000X"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		idFuzzProps(t, s, icp.ParseRegistrationNumber, icp.ValidRegistrationNumber, (*icp.RegistrationNumber).UnmarshalText, false)
	})
}

func FuzzIDMobile(f *testing.F) {
	for _, s := range []string{"13812345678", "17051234567", "13491234567", "12012345678", "", "+8613812345678"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, ok := idFuzzProps(t, s, icp.ParseMobile, icp.ValidMobile, (*icp.Mobile).UnmarshalText, true)
		if ok && (!icp.ValidMobileLoose(s) || !m.Carrier().IsValid()) {
			t.Fatalf("%q: strict ok but loose %v, carrier %v", s, icp.ValidMobileLoose(s), m.Carrier())
		}
	})
}

func FuzzIDLandline(f *testing.F) {
	for _, s := range []string{"010-82998299", "0755-22345678-123", "086-010-82998299-1234", "0571-8765432", "",
		"01082998299", "010-82998299-", "086-0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		l, ok := idFuzzProps(t, s, icp.ParseLandline, icp.ValidLandline, (*icp.Landline).UnmarshalText, true)
		if ok {
			want := l.AreaCode() + "-"
			if !strings.HasPrefix(l.Reveal(), want) || !strings.HasSuffix(l.Reveal(), l.Extension()) {
				t.Fatalf("%q: parts %q %q of %q", s, l.AreaCode(), l.Extension(), l.Reveal())
			}
		}
	})
}

func FuzzIDEmail(f *testing.F) {
	for _, s := range []string{"alice@example.com", "User_1@Example.COM", "x1@中文.中国", "a..b@example.com", "", "@", "a@b@c.com"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e, ok := idFuzzProps(t, s, icp.ParseEmail, icp.ValidEmail, (*icp.Email).UnmarshalText, true)
		if ok && (len(e.Reveal()) > 128 || !e.Domain().IsValid()) {
			t.Fatalf("%q: %q domain %v", s, e.Reveal(), e.Domain())
		}
	})
}

func FuzzIDDomain(f *testing.F) {
	for _, s := range []string{"example.com", "EXAMPLE.Com.CN", "中文.中国", "xn--fiq228c.xn--fiqs8s", "www.a.b.example.gov.cn",
		"-a.com", "a-.com", "ab--cd.com", "a..com", "a.com.", "☃.com", "com.cn", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := idFuzzProps(t, s, icp.ParseDomain, icp.ValidDomain, (*icp.Domain).UnmarshalText, false)
		if !ok {
			return
		}
		if len(d.String()) > 253 || d.Level() < 2 || d.String() != strings.ToLower(d.String()) {
			t.Fatalf("%q: %q", s, d)
		}
		if u, err := icp.ParseDomain(d.Unicode()); err != nil || u != d {
			t.Fatalf("%q: Unicode form %q gives %v, %v", s, d.Unicode(), u, err)
		}
		r, err := d.Registrable()
		switch {
		case err != nil:
			if !errors.Is(err, icp.ErrPublicSuffix) || d.IsRegistrable() {
				t.Fatalf("%q: Registrable: %v", s, err)
			}
		case !r.IsRegistrable() || !strings.HasSuffix(d.String(), r.String()) || r.TLD() != d.TLD():
			t.Fatalf("%q: registrable %v", s, r)
		}
	})
}
