package icptest_test

import (
	"testing"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/icp/icptest"
)

// FuzzGenerator checks the kit's promises for any seed: generated
// identifiers parse back, and an invalid one of each kind fails its parser
// with exactly the chosen defect.
func FuzzGenerator(f *testing.F) {
	f.Add(uint64(0), uint8(0), uint8(0))
	f.Add(uint64(42), uint8(1), uint8(5))
	f.Add(uint64(1<<63), uint8(4), uint8(3))
	f.Fuzz(func(t *testing.T, seed uint64, which, defect uint8) {
		g := icptest.New(seed)
		id := g.ResidentID()
		if got, err := icp.ParseResidentID(id.Reveal()); err != nil || got != id {
			t.Fatalf("resident ID %s: %v", id.Reveal(), err)
		}
		cc := g.CreditCode()
		if got, err := icp.ParseCreditCode(cc.String()); err != nil || got != cc {
			t.Fatalf("credit code %s: %v", cc, err)
		}
		p := parsers[int(which)%len(parsers)]
		d := p.defects[int(defect)%len(p.defects)]
		s := p.invalid(g, d)
		if err := p.parse(s); !d.Matches(err) {
			t.Fatalf("%s with %v: %q gives %v, want %v", p.name, d, s, err, d.Err())
		}
	})
}
