package order_test

import (
	"database/sql"
	"database/sql/driver"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"regexp"
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/beian-go/beian/order"
)

// enumValue is what every stored enum of the package offers.
type enumValue interface {
	comparable
	fmt.Stringer
	encoding.TextMarshaler
	driver.Valuer
	IsValid() bool
	Label() string
}

// enumPtr is the pointer side of an enum: decoding.
type enumPtr[T any] interface {
	*T
	encoding.TextUnmarshaler
	sql.Scanner
}

var asciiName = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)

// checkEnum runs the naming, parsing and encoding checks shared by every stored enum, for
// every value from 1 to end-1, plus the zero value and one undefined value.
func checkEnum[T enumValue, P enumPtr[T]](t *testing.T, goName string, end int, conv func(int) T, parse func(string) (T, error)) {
	t.Helper()
	seenName := map[string]int{}
	seenLabel := map[string]int{}
	for i := 1; i < end; i++ {
		v := conv(i)
		name, label := v.String(), v.Label()
		if !v.IsValid() {
			t.Errorf("%s(%d).IsValid() = false", goName, i)
		}
		// Every constant has a stable ASCII name, unique within the enum.
		if !asciiName.MatchString(name) {
			t.Errorf("%s(%d) name %q is not a lowercase hyphenated ASCII name", goName, i, name)
		}
		if j, dup := seenName[name]; dup {
			t.Errorf("%s(%d) and %s(%d) share the name %q", goName, i, goName, j, name)
		}
		seenName[name] = i
		// Every constant has a Chinese label, unique within the enum.
		if !hasHan(label) {
			t.Errorf("%s(%d) label %q has no Chinese characters", goName, i, label)
		}
		if j, dup := seenLabel[label]; dup {
			t.Errorf("%s(%d) and %s(%d) share the label %q", goName, i, goName, j, label)
		}
		seenLabel[label] = i
		// Parse is the inverse of String.
		if got, err := parse(name); err != nil || got != v {
			t.Errorf("Parse%s(%q) = %v, %v; want %v", goName, name, got, err, v)
		}
		// Text round trip.
		text, err := v.MarshalText()
		if err != nil || string(text) != name {
			t.Errorf("%s(%d).MarshalText() = %q, %v; want %q", goName, i, text, err, name)
		}
		var back T
		if err := P(&back).UnmarshalText(text); err != nil || back != v {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", text, back, err, v)
		}
		// SQL round trip through both source types a driver may hand back.
		dv, err := v.Value()
		if err != nil || dv != name {
			t.Errorf("%s(%d).Value() = %v, %v; want %q", goName, i, dv, err, name)
		}
		for _, src := range []any{name, []byte(name)} {
			var scanned T
			if err := P(&scanned).Scan(src); err != nil || scanned != v {
				t.Errorf("Scan(%#v) = %v, %v; want %v", src, scanned, err, v)
			}
		}
		// JSON stores the name.
		js, err := json.Marshal(map[string]T{"v": v})
		if want := `{"v":"` + name + `"}`; err != nil || string(js) != want {
			t.Errorf("json.Marshal(%v) = %s, %v; want %s", v, js, err, want)
		}
	}

	var zero T
	// The zero value is not valid, encodes as empty text and as SQL NULL, and decodes back.
	if zero.IsValid() {
		t.Errorf("zero %s is valid", goName)
	}
	if text, err := zero.MarshalText(); err != nil || len(text) != 0 {
		t.Errorf("zero %s MarshalText() = %q, %v; want empty", goName, text, err)
	}
	if dv, err := zero.Value(); err != nil || dv != nil {
		t.Errorf("zero %s Value() = %v, %v; want nil", goName, dv, err)
	}
	one := conv(1)
	for _, src := range []any{nil, "", []byte{}} {
		got := one
		if err := P(&got).Scan(src); err != nil || got != zero {
			t.Errorf("Scan(%#v) = %v, %v; want the zero value", src, got, err)
		}
	}
	got := one
	if err := P(&got).UnmarshalText(nil); err != nil || got != zero {
		t.Errorf("UnmarshalText(empty) = %v, %v; want the zero value", got, err)
	}
	// Parse does not accept the empty string: it names nothing.
	if _, err := parse(""); !errors.Is(err, order.ErrUnknownName) {
		t.Errorf("Parse%s(\"\") error = %v; want ErrUnknownName", goName, err)
	}

	// An undefined value prints as Go syntax, has no label and does not encode.
	bad := conv(end)
	if bad.IsValid() || bad.String() != fmt.Sprintf("%s(%d)", goName, end) || bad.Label() != "" {
		t.Errorf("undefined %s: IsValid %v, String %q, Label %q", goName, bad.IsValid(), bad.String(), bad.Label())
	}
	var ve *order.ValueError
	if _, err := bad.MarshalText(); !errors.As(err, &ve) || !errors.Is(err, order.ErrInvalidValue) {
		t.Errorf("undefined %s MarshalText error = %v; want *ValueError", goName, err)
	}
	if _, err := bad.Value(); !errors.Is(err, order.ErrInvalidValue) {
		t.Errorf("undefined %s Value error = %v; want ErrInvalidValue", goName, err)
	}

	// Decoding failures are typed and leave the receiver unchanged.
	var pe *order.ParseError
	got = one
	if err := P(&got).UnmarshalText([]byte("Not-A-Name")); !errors.As(err, &pe) || !errors.Is(err, order.ErrUnknownName) || got != one {
		t.Errorf("UnmarshalText(unknown) = %v, %v; want *ParseError and no change", got, err)
	}
	if err := P(&got).Scan(42); !errors.Is(err, order.ErrScanType) || got != one {
		t.Errorf("Scan(42) = %v, %v; want ErrScanType and no change", got, err)
	}
	// Chinese labels are display text, not the stored form.
	if _, err := parse(one.Label()); !errors.Is(err, order.ErrUnknownName) {
		t.Errorf("Parse%s(%q) error = %v; want ErrUnknownName", goName, one.Label(), err)
	}
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

func TestTypeNames(t *testing.T) {
	checkEnum[order.Type](t, "Type", int(order.TypeEnd), func(i int) order.Type { return order.Type(i) }, order.ParseType)
}

func TestStatusNames(t *testing.T) {
	checkEnum[order.Status](t, "Status", int(order.StatusEnd), func(i int) order.Status { return order.Status(i) }, order.ParseStatus)
}

func TestEventNames(t *testing.T) {
	checkEnum[order.Event](t, "Event", int(order.EventEnd), func(i int) order.Event { return order.Event(i) }, order.ParseEvent)
}

func TestProviderNames(t *testing.T) {
	checkEnum[order.Provider](t, "Provider", int(order.ProviderEnd), func(i int) order.Provider { return order.Provider(i) }, order.ParseProvider)
}

func TestEditabilityNames(t *testing.T) {
	for i := range int(order.EditabilityEnd) + 1 {
		e := order.Editability(i)
		valid := i >= 1 && i < int(order.EditabilityEnd)
		if e.IsValid() != valid {
			t.Errorf("Editability(%d).IsValid() = %v; want %v", i, e.IsValid(), valid)
		}
		if valid && (!asciiName.MatchString(e.String()) || !hasHan(e.Label())) {
			t.Errorf("Editability(%d) = %q / %q; want an ASCII name and a Chinese label", i, e.String(), e.Label())
		}
		if !valid && (e.Label() != "" || e.String() != fmt.Sprintf("Editability(%d)", i)) {
			t.Errorf("undefined Editability(%d) = %q / %q", i, e.String(), e.Label())
		}
	}
}

// TestIterators checks that the listing functions yield exactly the defined values, in order,
// and stop when asked.
func TestIterators(t *testing.T) {
	tests := []struct {
		name string
		got  []int
		end  int
	}{
		// Types: FirstFiling … Claim.
		{"Types", ints(order.Types()), int(order.TypeEnd)},
		// Statuses: Draft … Expired.
		{"Statuses", ints(order.Statuses()), int(order.StatusEnd)},
		// Events: Submit … Expire.
		{"Events", ints(order.Events()), int(order.EventEnd)},
		// Providers: Huawei … MIIT.
		{"Providers", ints(order.Providers()), int(order.ProviderEnd)},
		// AllTypes lists the same types as Types.
		{"AllTypes.All", ints(order.AllTypes.All()), int(order.TypeEnd)},
	}
	for _, tc := range tests {
		var want []int
		for i := 1; i < tc.end; i++ {
			want = append(want, i)
		}
		if !slices.Equal(tc.got, want) {
			t.Errorf("%s yielded %v; want %v", tc.name, tc.got, want)
		}
	}
	n := 0
	for range order.Statuses() {
		n++
		break
	}
	if n != 1 {
		t.Errorf("break after the first status ran %d iterations", n)
	}
}

func ints[T ~uint8](seq iter.Seq[T]) []int {
	var out []int
	for v := range seq {
		out = append(out, int(v))
	}
	return out
}

// TestLabelsAreTrimmed guards against stray spaces in the name tables.
func TestLabelsAreTrimmed(t *testing.T) {
	check := func(kind, s string) {
		if s == "" || !utf8.ValidString(s) || unicode.IsSpace([]rune(s)[0]) || unicode.IsSpace([]rune(s)[len([]rune(s))-1]) {
			t.Errorf("%s label %q is empty or untrimmed", kind, s)
		}
	}
	for v := range order.Types() {
		check("type", v.Label())
	}
	for v := range order.Statuses() {
		check("status", v.Label())
	}
	for v := range order.Events() {
		check("event", v.Label())
	}
	for v := range order.Providers() {
		check("provider", v.Label())
	}
}
