package numbertest_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/beian-go/beian/number"
	"github.com/beian-go/beian/number/numbertest"
)

// BenchmarkICPFiling measures the generator; BenchmarkICPFilingSprintf is
// the hand-written baseline: format the text and parse it.
func BenchmarkICPFiling(b *testing.B) {
	g := numbertest.New(1)
	b.ReportAllocs()
	for b.Loop() {
		_ = g.ICPFiling()
	}
}

func BenchmarkICPFilingSprintf(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 1))
	b.ReportAllocs()
	for b.Loop() {
		_, _ = number.Parse(fmt.Sprintf("京ICP备%04d9%05d号", 2020+r.IntN(6), r.IntN(100000)))
	}
}

// BenchmarkInvalid measures building a number with a defect.
func BenchmarkInvalid(b *testing.B) {
	g := numbertest.New(1)
	b.ReportAllocs()
	for b.Loop() {
		_ = g.Invalid(number.KindICPFiling, numbertest.DefectSerialLength)
	}
}
