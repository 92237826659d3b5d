package icp_test

import (
	"database/sql"
	"database/sql/driver"
	"encoding"
	"encoding/json"
	"errors"
	"testing"

	"github.com/beian-go/beian/icp"
)

// idCodec is what every identifier type implements.
type idCodec interface {
	IsValid() bool
	encoding.TextMarshaler
	encoding.TextAppender
	driver.Valuer
}

// idPtr is the pointer side: decoding.
type idPtr[T any] interface {
	*T
	encoding.TextUnmarshaler
	sql.Scanner
}

// idCheckEncoding checks text, JSON and SQL round trips of v, whose full
// text form is want, and the zero value's behaviour.
func idCheckEncoding[T interface {
	comparable
	idCodec
}, P idPtr[T]](t *testing.T, v T, want string) {
	t.Helper()
	text, err := v.MarshalText()
	if err != nil || string(text) != want {
		t.Errorf("MarshalText() = %q, %v; want %q", text, err, want)
	}
	if app, err := v.AppendText([]byte("x")); err != nil || string(app) != "x"+want {
		t.Errorf("AppendText() = %q, %v", app, err)
	}
	var back T
	if err := P(&back).UnmarshalText(text); err != nil || back != v {
		t.Errorf("UnmarshalText(%q) = %v, %v", text, back, err)
	}
	// JSON goes through the text methods and carries the full value.
	type wrap struct{ V T }
	js, err := json.Marshal(wrap{v})
	if err != nil {
		t.Fatalf("json.Marshal: %v", err)
	}
	wantJS, _ := json.Marshal(map[string]string{"V": want})
	if string(js) != string(wantJS) {
		t.Errorf("json = %s, want %s", js, wantJS)
	}
	var w wrap
	if err := json.Unmarshal(js, &w); err != nil || w.V != v {
		t.Errorf("json.Unmarshal(%s) = %v, %v", js, w.V, err)
	}
	// SQL.
	if val, err := v.Value(); err != nil || val != want {
		t.Errorf("Value() = %v, %v; want %q", val, err, want)
	}
	for _, src := range []any{want, []byte(want)} {
		var s T
		if err := P(&s).Scan(src); err != nil || s != v {
			t.Errorf("Scan(%T) = %v, %v", src, s, err)
		}
	}
	// The zero value: empty text, NULL, and back.
	var zero T
	if zero.IsValid() {
		t.Error("zero value is valid")
	}
	if text, err := zero.MarshalText(); err != nil || len(text) != 0 {
		t.Errorf("zero MarshalText() = %q, %v", text, err)
	}
	if val, err := zero.Value(); err != nil || val != nil {
		t.Errorf("zero Value() = %v, %v; want NULL", val, err)
	}
	for _, src := range []any{nil, "", []byte{}} {
		s := v
		if err := P(&s).Scan(src); err != nil || s != zero {
			t.Errorf("Scan(%#v) = %v, %v; want the zero value", src, s, err)
		}
	}
	u := v
	if err := P(&u).UnmarshalText(nil); err != nil || u != zero {
		t.Errorf("UnmarshalText(\"\") = %v, %v; want the zero value", u, err)
	}
	if err := json.Unmarshal([]byte(`{"V":""}`), &w); err != nil || w.V != zero {
		t.Errorf(`json "" = %v, %v; want the zero value`, w.V, err)
	}
	// Errors.
	s := v
	if err := P(&s).Scan(42); err == nil {
		t.Error("Scan(42) succeeded")
	}
	if err := P(&s).UnmarshalText([]byte("not an identifier")); !idIsSentinelError(err) || s != v {
		t.Errorf("UnmarshalText(garbage) = %v, value changed to %v", err, s)
	}
}

func TestIdentifierEncoding(t *testing.T) {
	t.Run("ResidentID", func(t *testing.T) {
		idCheckEncoding(t, icp.MustParseResidentID("11010519491231002X"), "11010519491231002X")
	})
	t.Run("CreditCode", func(t *testing.T) {
		idCheckEncoding(t, icp.MustParseCreditCode("911101085636549482"), "911101085636549482")
	})
	t.Run("OrgCode", func(t *testing.T) {
		idCheckEncoding(t, icp.MustParseOrgCode("563654948"), "56365494-8")
	})
	t.Run("RegistrationNumber", func(t *testing.T) {
		idCheckEncoding(t, icp.MustParseRegistrationNumber("110108000000008"), "110108000000008")
	})
	t.Run("Mobile", func(t *testing.T) {
		idCheckEncoding(t, icp.MustParseMobile("13812345678"), "13812345678")
	})
	t.Run("Landline", func(t *testing.T) {
		idCheckEncoding(t, icp.MustParseLandline("086-010-82998299-1234"), "010-82998299-1234")
	})
	t.Run("Email", func(t *testing.T) {
		idCheckEncoding(t, icp.MustParseEmail("alice@Example.com"), "alice@example.com")
	})
	t.Run("Domain", func(t *testing.T) {
		idCheckEncoding(t, icp.MustParseDomain("中文.中国"), "xn--fiq228c.xn--fiqs8s")
	})
}

// TestLegacyCreditCodeStaysStrict: a code accepted only by the lenient path
// marshals as issued, and the strict decoders refuse it.
func TestLegacyCreditCodeStaysStrict(t *testing.T) {
	c, _, err := icp.ParseCreditCodeLenient("91350203M0001QAY9B")
	if err != nil {
		t.Fatal(err)
	}
	text, _ := c.MarshalText()
	if string(text) != "91350203M0001QAY9B" {
		t.Errorf("MarshalText() = %q", text)
	}
	var back icp.CreditCode
	if err := back.UnmarshalText(text); !errors.Is(err, icp.ErrCheckDigit) {
		t.Errorf("UnmarshalText of a legacy code: %v, want ErrCheckDigit", err)
	}
	if err := back.Scan(string(text)); !errors.Is(err, icp.ErrCheckDigit) {
		t.Errorf("Scan of a legacy code: %v, want ErrCheckDigit", err)
	}
	again, tol, err := icp.ParseCreditCodeLenient(string(text))
	if err != nil || again != c || !tol.Has(icp.CreditCodeLegacyCheck) {
		t.Errorf("lenient re-parse = %v, %v, %v", again, tol, err)
	}
}

// TestMustParsePanics: the Must functions panic with the typed error.
func TestMustParsePanics(t *testing.T) {
	for name, f := range map[string]func(){
		"ResidentID":         func() { icp.MustParseResidentID("x") },
		"CreditCode":         func() { icp.MustParseCreditCode("x") },
		"OrgCode":            func() { icp.MustParseOrgCode("x") },
		"RegistrationNumber": func() { icp.MustParseRegistrationNumber("x") },
		"Mobile":             func() { icp.MustParseMobile("x") },
		"Landline":           func() { icp.MustParseLandline("x") },
		"Email":              func() { icp.MustParseEmail("x") },
		"Domain":             func() { icp.MustParseDomain("x") },
	} {
		func() {
			defer func() {
				err, _ := recover().(error)
				var e *icp.IDError
				if !errors.As(err, &e) || e.Type != name {
					t.Errorf("MustParse%s panicked with %v", name, err)
				}
			}()
			f()
		}()
	}
}

// TestValidatorValue: the validator sees the full text form, "" when unset.
func TestValidatorValue(t *testing.T) {
	type valuer interface{ ValidatorValue() any }
	tests := []struct {
		v, zero valuer
		want    string
	}{
		{icp.MustParseResidentID("11010519491231002X"), icp.ResidentID{}, "11010519491231002X"},
		{icp.MustParseCreditCode("911101085636549482"), icp.CreditCode{}, "911101085636549482"},
		{icp.MustParseOrgCode("563654948"), icp.OrgCode{}, "56365494-8"},
		{icp.MustParseRegistrationNumber("110108000000008"), icp.RegistrationNumber{}, "110108000000008"},
		{icp.MustParseMobile("13812345678"), icp.Mobile{}, "13812345678"},
		{icp.MustParseLandline("010-82998299"), icp.Landline{}, "010-82998299"},
		{icp.MustParseEmail("alice@example.com"), icp.Email{}, "alice@example.com"},
		{icp.MustParseDomain("Example.com"), icp.Domain{}, "example.com"},
	}
	for _, tt := range tests {
		if got := tt.v.ValidatorValue(); got != tt.want {
			t.Errorf("%T.ValidatorValue() = %v, want %q", tt.v, got, tt.want)
		}
		if got := tt.zero.ValidatorValue(); got != "" {
			t.Errorf("zero %T.ValidatorValue() = %v", tt.zero, got)
		}
	}
}
