package province_test

import (
	"errors"
	"testing"

	"github.com/beian-go/beian/province"
)

// FuzzLookup checks that Lookup never panics, that every failure is a typed LookupError, and
// that every province it returns resolves again from its own canonical name and character.
func FuzzLookup(f *testing.F) {
	for _, s := range []string{"京", "北京市", "BEIJING", "110105", "川", "香港", "", "Inner Mongolia", "99"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := province.Lookup(s)
		if err != nil {
			var le *province.LookupError
			if !errors.As(err, &le) || le.Input != s {
				t.Fatalf("Lookup(%q) error %v is not a LookupError for the input", s, err)
			}
			if c != 0 {
				t.Fatalf("Lookup(%q) returned %v with an error", s, c)
			}
			return
		}
		if !c.IsValid() {
			t.Fatalf("Lookup(%q) returned invalid code %d", s, c)
		}
		for _, again := range []string{c.String(), string(c.ICPChar()), c.FullName()} {
			if got, err := province.Lookup(again); err != nil || got != c {
				t.Fatalf("Lookup(%q) = %v, %v; want %v", again, got, err, c)
			}
		}
	})
}
