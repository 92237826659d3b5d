package number_test

import (
	"errors"
	"testing"

	"github.com/beian-go/beian/number"
)

func addSeeds(f *testing.F) {
	for _, s := range corpus {
		f.Add(s)
	}
}

// checkError checks that a parser error is a *ParseError about s with an
// offset inside it and one of the package's sentinels.
func checkError(t *testing.T, s string, err error) {
	t.Helper()
	var pe *number.ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("error %T (%v) is not a *ParseError", err, err)
	}
	if pe.Input != s || pe.Offset < 0 || pe.Offset > len(s) {
		t.Fatalf("ParseError{Input: %q, Offset: %d} for input %q", pe.Input, pe.Offset, s)
	}
	for _, sentinel := range []error{number.ErrEmpty, number.ErrSyntax, number.ErrUnknownProvince, number.ErrProvinceAlias,
		number.ErrNotMainland, number.ErrSerialLength, number.ErrSequence, number.ErrPlaceholder, number.ErrLicenceClass} {
		if errors.Is(err, sentinel) {
			return
		}
	}
	t.Fatalf("error %v wraps no sentinel", err)
}

// checkCanonical checks the round-trip properties of a valid number.
func checkCanonical(t *testing.T, n number.Number) {
	t.Helper()
	if !n.IsValid() {
		t.Fatal("accepted input gave the zero Number")
	}
	s := n.String()
	back, err := number.Parse(s)
	if err != nil || back != n {
		t.Fatalf("Parse(String() = %q) = %v, %v", s, back, err)
	}
	if back.String() != s {
		t.Fatalf("canonical form is not a fixed point: %q → %q", s, back.String())
	}
	l, fx, err := number.ParseLenient(s)
	if err != nil || l != n || fx != 0 {
		t.Fatalf("ParseLenient(canonical %q) = %v, %v, %v", s, l, fx, err)
	}
	if b, _ := n.AppendText(nil); string(b) != s {
		t.Fatalf("AppendText = %q, String = %q", b, s)
	}
	if sub := n.Subject(); sub.IsService() || sub.Kind() != n.Kind() || sub.Province() != n.Province() || sub.Serial() != n.Serial() {
		t.Fatalf("Subject() of %q = %q", s, sub)
	}
}

func FuzzParse(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		n, err := number.Parse(s)
		if err != nil {
			checkError(t, s, err)
			if n.IsValid() {
				t.Fatal("error with a valid Number")
			}
			return
		}
		// Strict accepts only the canonical form.
		if n.String() != s {
			t.Fatalf("Parse(%q) accepted a non-canonical form of %q", s, n)
		}
		checkCanonical(t, n)
		// Strict-accepted ⇒ lenient-accepted with no fixes.
		l, fx, err := number.ParseLenient(s)
		if err != nil || l != n || fx != 0 {
			t.Fatalf("ParseLenient(%q) = %v, %v, %v", s, l, fx, err)
		}
		// The number is found in text, alone and between words.
		ms := number.FindAll([]byte("版权所有 " + s + " 联系我们"))
		if len(ms) != 1 || ms[0].Number != n {
			t.Fatalf("FindAll around %q = %v", s, ms)
		}
	})
}

func FuzzParseLenient(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		n, fx, err := number.ParseLenient(s)
		if err != nil {
			checkError(t, s, err)
			if _, serr := number.Parse(s); serr == nil {
				t.Fatalf("Parse accepts %q but ParseLenient fails: %v", s, err)
			}
			return
		}
		checkCanonical(t, n)
		// No fixes means the input was canonical.
		if (fx == 0) != (s == n.String()) {
			t.Fatalf("ParseLenient(%q) = %q with fixes %v", s, n, fx)
		}
	})
}

func FuzzFindAll(f *testing.F) {
	addSeeds(f)
	f.Add(footer)
	f.Fuzz(func(t *testing.T, s string) {
		text := []byte(s)
		ms := number.FindAll(text)
		last := 0
		for _, m := range ms {
			if m.Start < last || m.End <= m.Start || m.End > len(text) {
				t.Fatalf("bad span [%d,%d) after %d", m.Start, m.End, last)
			}
			last = m.End
			// Every match's span re-parses to the same number.
			n, fx, err := number.ParseLenient(string(text[m.Start:m.End]))
			if err != nil || n != m.Number || fx != m.Fixes {
				t.Fatalf("span %q: ParseLenient = %v, %v, %v; match %v, %v", text[m.Start:m.End], n, fx, err, m.Number, m.Fixes)
			}
			checkCanonical(t, m.Number)
		}
		// A canonical number on its own is found whole.
		if n, err := number.Parse(s); err == nil && (len(ms) != 1 || ms[0].Number != n || ms[0].Start != 0 || ms[0].End != len(s)) {
			t.Fatalf("FindAll(%q) = %v, want the whole input", s, ms)
		}
	})
}
