package numbertest

import (
	"math/rand/v2"

	"github.com/beian-go/beian/province"
)

// Generator produces synthetic valid and invalid numbers from a seeded
// pseudo-random source. Create one with [New]; the zero Generator is not
// usable. A Generator is not safe for concurrent use.
type Generator struct {
	r *rand.Rand
}

// New returns a Generator seeded with seed. Generators with the same seed
// produce the same sequence of values.
func New(seed uint64) *Generator {
	return &Generator{r: rand.New(rand.NewPCG(seed, seed))}
}

// Province returns a random mainland province.
func (g *Generator) Province() province.Code {
	return provinces[g.r.IntN(len(provinces))]
}

// provinces lists the 31 mainland provinces in code order. Read-only.
var provinces = func() []province.Code {
	var all []province.Code
	for c := range province.All() {
		all = append(all, c)
	}
	return all
}()

// digits appends n random decimal digits to b.
func (g *Generator) digits(b []byte, n int) []byte {
	for range n {
		b = append(b, byte('0'+g.r.IntN(10)))
	}
	return b
}

// between returns a random integer in [lo, hi].
func (g *Generator) between(lo, hi int) int { return lo + g.r.IntN(hi-lo+1) }

// pick returns a random element of s.
func pick[T any](g *Generator, s []T) T { return s[g.r.IntN(len(s))] }
