package icptest_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/icp/icptest"
)

// BenchmarkResidentID measures the generator; BenchmarkResidentIDSprintfRetry
// is the hand-written way it replaces: format a candidate with a random
// check character and retry until the parser accepts it.
func BenchmarkResidentID(b *testing.B) {
	g := icptest.New(1)
	b.ReportAllocs()
	for b.Loop() {
		_ = g.ResidentID()
	}
}

func BenchmarkResidentIDSprintfRetry(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 1))
	b.ReportAllocs()
	for b.Loop() {
		for {
			s := fmt.Sprintf("1199%02d%04d%02d%02d%03d%c", r.IntN(99)+1, 1966+r.IntN(35), r.IntN(12)+1, r.IntN(28)+1,
				r.IntN(1000), "0123456789X"[r.IntN(11)])
			if _, err := icp.ParseResidentID(s); err == nil {
				break
			}
		}
	}
}

// BenchmarkApplication measures building a whole application.
func BenchmarkApplication(b *testing.B) {
	g := icptest.New(1)
	b.ReportAllocs()
	for b.Loop() {
		_ = g.Application()
	}
}
