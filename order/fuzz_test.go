package order_test

import (
	"encoding"
	"errors"
	"fmt"
	"strconv"
	"testing"
	"time"

	"github.com/beian-go/beian/order"
)

// fuzzEnum checks a strict name parser: it never panics; what it accepts is a defined value
// whose String is exactly the input (the canonical form is a fixed point) and which
// UnmarshalText decodes the same way; what it refuses is a *ParseError quoting the input.
func fuzzEnum[T interface {
	comparable
	fmt.Stringer
	IsValid() bool
}](t *testing.T, s string, parse func(string) (T, error), unmarshal func(string) (T, error)) {
	v, err := parse(s)
	if err != nil {
		var pe *order.ParseError
		if !errors.As(err, &pe) || !errors.Is(err, order.ErrUnknownName) || pe.Input != s {
			t.Fatalf("parse(%q) error %v is not a *ParseError for the input", s, err)
		}
		if u, uerr := unmarshal(s); s != "" && (uerr == nil || u != *new(T)) {
			t.Fatalf("UnmarshalText(%q) = %v, %v; parse refused it", s, u, uerr)
		}
		return
	}
	if !v.IsValid() || v.String() != s {
		t.Fatalf("parse(%q) = %v (valid %v); want the input back", s, v, v.IsValid())
	}
	if again, err := parse(v.String()); err != nil || again != v {
		t.Fatalf("parse(String()) = %v, %v; want %v", again, err, v)
	}
	if u, err := unmarshal(s); err != nil || u != v {
		t.Fatalf("UnmarshalText(%q) = %v, %v; want %v", s, u, err, v)
	}
}

func unmarshalVia[T any, P interface {
	*T
	encoding.TextUnmarshaler
}](s string) (T, error) {
	var v T
	err := P(&v).UnmarshalText([]byte(s))
	return v, err
}

func FuzzParseType(f *testing.F) {
	for ty := range order.Types() {
		f.Add(ty.String())
		f.Add(ty.Label())
	}
	f.Add("First-Filing")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) { fuzzEnum(t, s, order.ParseType, unmarshalVia[order.Type]) })
}

func FuzzParseStatus(f *testing.F) {
	for s := range order.Statuses() {
		f.Add(s.String())
		f.Add(s.Label())
	}
	f.Add("draft ")
	f.Add("Status(3)")
	f.Fuzz(func(t *testing.T, s string) { fuzzEnum(t, s, order.ParseStatus, unmarshalVia[order.Status]) })
}

func FuzzParseEvent(f *testing.F) {
	for e := range order.Events() {
		f.Add(e.String())
		f.Add(e.Label())
	}
	f.Add("sms_verified")
	f.Fuzz(func(t *testing.T, s string) { fuzzEnum(t, s, order.ParseEvent, unmarshalVia[order.Event]) })
}

func FuzzParseProvider(f *testing.F) {
	for p := range order.Providers() {
		f.Add(p.String())
		f.Add(p.Label())
	}
	f.Add("HUAWEI")
	f.Fuzz(func(t *testing.T, s string) { fuzzEnum(t, s, order.ParseProvider, unmarshalVia[order.Provider]) })
}

// FuzzParseProviderStatus checks the console-label parser: no panic; accepted labels give a
// defined status, and the Huawei label of that status reads back to it; refusals are typed.
func FuzzParseProviderStatus(f *testing.F) {
	for p := range order.Providers() {
		for s := range order.Statuses() {
			f.Add(uint8(p), order.HuaweiLabel(s))
		}
		f.Add(uint8(p), "6")
	}
	f.Add(uint8(order.WeChat), "1025")
	f.Add(uint8(order.MIIT), "1001")
	f.Add(uint8(0), "已备案")
	f.Fuzz(func(t *testing.T, p uint8, label string) {
		s, err := order.ParseProviderStatus(order.Provider(p), label)
		if err != nil {
			var pe *order.ParseError
			var ve *order.ValueError
			switch {
			case !order.Provider(p).IsValid():
				if !errors.As(err, &ve) {
					t.Fatalf("provider %d: error %v is not a *ValueError", p, err)
				}
			case !errors.As(err, &pe) || !errors.Is(err, order.ErrUnknownName) || pe.Input != label:
				t.Fatalf("ParseProviderStatus(%d, %q) error %v is not a *ParseError", p, label, err)
			}
			return
		}
		if !s.IsValid() {
			t.Fatalf("ParseProviderStatus(%d, %q) = %v, undefined", p, label, s)
		}
		if back, err := order.ParseProviderStatus(order.Huawei, order.HuaweiLabel(s)); s != order.SMSVerification && (err != nil || back != s) {
			t.Fatalf("Huawei label of %v reads back as %v, %v", s, back, err)
		}
		if order.Provider(p) == order.WeChat {
			if code, err := strconv.Atoi(label); err == nil {
				if ws, err := order.WeChatStatus(code, 0); err != nil || ws != s {
					t.Fatalf("WeChat code %q: label parse %v, WeChatStatus %v, %v", label, s, ws, err)
				}
			}
		}
	})
}

// FuzzWeChatStatus checks the code pair mapping: no panic, defined statuses, typed errors.
func FuzzWeChatStatus(f *testing.F) {
	for _, c := range [][2]int{{1024, 0}, {2, 0}, {3, 0}, {4, 1}, {4, 2}, {4, 3}, {5, 0}, {6, 0}, {9, 0}, {-1, -1}} {
		f.Add(c[0], c[1])
	}
	f.Fuzz(func(t *testing.T, status, sms int) {
		s, err := order.WeChatStatus(status, sms)
		if err != nil {
			var pe *order.ParseError
			if !errors.As(err, &pe) || !errors.Is(err, order.ErrUnknownName) {
				t.Fatalf("WeChatStatus(%d, %d) error %v is not a *ParseError", status, sms, err)
			}
			return
		}
		if !s.IsValid() {
			t.Fatalf("WeChatStatus(%d, %d) = %v, undefined", status, sms, s)
		}
	})
}

// FuzzApply reads a filing type and a sequence of (event, minutes) byte pairs from the input,
// applies them, and checks the history invariants, that failed applies change nothing, and
// that the history restores to the same order.
func FuzzApply(f *testing.F) {
	f.Add(uint8(order.FirstFiling), []byte{1, 10, 4, 200, 7, 100, 8, 5, 10, 250})
	f.Add(uint8(order.CancelAccess), []byte{1, 1, 5, 1, 12, 1})
	f.Add(uint8(order.Claim), []byte{1, 0, 4, 0, 12, 0})
	f.Add(uint8(0), []byte{1, 1})
	f.Fuzz(func(t *testing.T, ty uint8, program []byte) {
		o, err := order.New("fuzz", order.Type(ty), t0)
		if err != nil {
			if order.Type(ty).IsValid() || !errors.Is(err, order.ErrInvalidValue) {
				t.Fatalf("New(type %d): %v", ty, err)
			}
			return
		}
		now := t0
		for i := 0; i+1 < len(program); i += 2 {
			e := order.Event(program[i] % 16)
			at := now.Add(time.Duration(int(program[i+1])-32) * time.Minute)
			before := snap(o)
			if err := o.Apply(e, at); err != nil {
				if !errors.Is(err, order.ErrIllegalTransition) && !errors.Is(err, order.ErrTimeWentBack) {
					t.Fatalf("Apply(%v): untyped error %v", e, err)
				}
				if after := snap(o); after.Status != before.Status || !after.Updated.Equal(before.Updated) || len(after.History) != len(before.History) {
					t.Fatalf("failed Apply(%v) changed the order", e)
				}
				continue
			}
			now = at
		}
		checkHistory(t, o)
		back, err := order.Restore(o.ID(), o.Type(), o.Created(), o.History())
		if err != nil || back.Status() != o.Status() || len(back.History()) != len(o.History()) {
			t.Fatalf("Restore: %v, %v", back, err)
		}
	})
}
