package icptest

import (
	"math/rand/v2"
	"strconv"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/province"
)

// Generator produces synthetic values from a seeded random source.
type Generator struct {
	r *rand.Rand
}

// New returns a Generator seeded with seed.
func New(seed uint64) *Generator {
	return &Generator{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
}

// Province returns a random mainland province.
func (g *Generator) Province() province.Code {
	var all []province.Code
	for c := range province.All() {
		all = append(all, c)
	}
	return all[g.r.IntN(len(all))]
}

func (g *Generator) province(cfg config) province.Code {
	if cfg.province.IsValid() {
		return cfg.province
	}
	return g.Province()
}

// digits appends n random decimal digits to b.
func (g *Generator) digits(b []byte, n int) []byte {
	for range n {
		b = append(b, byte('0'+g.r.IntN(10)))
	}
	return b
}

func (g *Generator) between(lo, hi int) int { return lo + g.r.IntN(hi-lo+1) }

func pick[T any](g *Generator, s []T) T { return s[g.r.IntN(len(s))] }

// itoa is strconv.Itoa, short.
func itoa(n int) string { return strconv.Itoa(n) }

// areaOf returns a six-digit area code inside province c: the capital
// city's 01 and a district in 01–09.
func (g *Generator) areaOf(c province.Code) (city, county int) {
	city = c.AreaCode() + 100
	return city, city + g.between(1, 9)
}

// birthFor returns the configured birth date, or one 20–60 years before the
// reference day.
func (g *Generator) birthFor(cfg config) icp.Date {
	if !cfg.birth.IsZero() {
		return cfg.birth
	}
	return cfg.ref.AddDate(-g.between(20, 60), -g.between(0, 11), -g.between(0, 27))
}
