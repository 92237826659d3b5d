package numbertest_test

import (
	"testing"

	"github.com/beian-go/beian/number"
	"github.com/beian-go/beian/number/numbertest"
)

// FuzzGenerator checks the kit's two promises for any seed: valid numbers
// round-trip through number.Parse, and invalid ones fail with exactly their
// defect.
func FuzzGenerator(f *testing.F) {
	f.Add(uint64(0), uint8(1), uint8(1))
	f.Add(uint64(42), uint8(4), uint8(7))
	f.Add(uint64(1<<63), uint8(3), uint8(8))
	f.Fuzz(func(t *testing.T, seed uint64, kind, defect uint8) {
		g := numbertest.New(seed)
		k := kinds[int(kind)%len(kinds)]
		n := g.Number(k)
		if got, err := number.Parse(n.String()); err != nil || got != n || n.Kind() != k {
			t.Fatalf("valid %v %q: Parse gives %v, %v", k, n, got, err)
		}
		d := numbertest.Defects()[int(defect)%len(numbertest.Defects())]
		if !d.AppliesTo(k) {
			return
		}
		s := g.Invalid(k, d)
		if _, err := number.Parse(s); !d.Matches(err) {
			t.Fatalf("Invalid(%v, %v) = %q: Parse error %v, want %v", k, d, s, err, d.Err())
		}
	})
}
