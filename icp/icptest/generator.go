package icptest

import (
	"math/rand/v2"
	"time"

	"github.com/beian-go/beian/province"
)

// Generator produces synthetic identifiers and applications from a seeded
// pseudo-random source. Create one with [New]; the zero Generator is not
// usable. A Generator is not safe for concurrent use.
type Generator struct {
	r *rand.Rand
}

// New returns a Generator seeded with seed. Generators with the same seed
// produce the same values when called the same way.
func New(seed uint64) *Generator {
	return &Generator{r: rand.New(rand.NewPCG(seed, seed))}
}

// Reference returns the fixed reference time the defaults are built for,
// 2026-06-01 10:00 in China (02:00 UTC): generated people are adults on that
// day, and certificates are valid on it and for long after (see
// [Generator.Person]). Pass it to validate.At in tests that check generated
// applications.
func Reference() time.Time { return time.Date(2026, time.June, 1, 2, 0, 0, 0, time.UTC) }

// Province returns a random mainland province.
func (g *Generator) Province() province.Code { return pick(g, provinces) }

// provinces lists the 31 mainland provinces in code order. Read-only.
var provinces = func() []province.Code {
	var all []province.Code
	for c := range province.All() {
		all = append(all, c)
	}
	return all
}()

// between returns a random integer in [lo, hi].
func (g *Generator) between(lo, hi int) int { return lo + g.r.IntN(hi-lo+1) }

// digits appends n random decimal digits to b.
func (g *Generator) digits(b []byte, n int) []byte {
	for range n {
		b = append(b, byte('0'+g.r.IntN(10)))
	}
	return b
}

// pick returns a random element of s.
func pick[T any](g *Generator, s []T) T { return s[g.r.IntN(len(s))] }

// syntheticArea returns an area code PP99NN in province p.
func (g *Generator) syntheticArea(p province.Code) int {
	return int(p)*10000 + 9900 + g.between(1, 99)
}

// appendInt appends n as exactly width digits.
func appendInt(b []byte, n, width int) []byte {
	for i := width - 1; i >= 0; i-- {
		d := n
		for range i {
			d /= 10
		}
		b = append(b, byte('0'+d%10))
	}
	return b
}
