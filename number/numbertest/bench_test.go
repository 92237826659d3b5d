package numbertest_test

import (
	"errors"
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

// BenchmarkInvalid measures building a number with a defect;
// BenchmarkInvalidSprintf is the hand-written baseline: format a filing
// number whose serial has seven digits instead of eight.
func BenchmarkInvalid(b *testing.B) {
	g := numbertest.New(1)
	b.ReportAllocs()
	for b.Loop() {
		_ = g.Invalid(number.KindICPFiling, numbertest.DefectSerialLength)
	}
}

var sinkInvalid string

func BenchmarkInvalidSprintf(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 1))
	b.ReportAllocs()
	for b.Loop() {
		sinkInvalid = sprintfShortSerial(r)
	}
}

// sprintfShortSerial formats a filing number with a seven-digit serial.
func sprintfShortSerial(r *rand.Rand) string {
	return fmt.Sprintf("京ICP备%d%06d号", 1+r.IntN(6), r.IntN(1000000))
}

// TestInvalidSprintfComparable keeps the baseline honest: number.Parse
// rejects its numbers with the sentinel of DefectSerialLength, as it does
// the generator's.
func TestInvalidSprintfComparable(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 1))
	g := numbertest.New(1)
	want := numbertest.DefectSerialLength.Err()
	for range 100 {
		for _, s := range []string{sprintfShortSerial(r), g.Invalid(number.KindICPFiling, numbertest.DefectSerialLength)} {
			if _, err := number.Parse(s); !errors.Is(err, want) {
				t.Fatalf("Parse(%q) = %v, want %v", s, err, want)
			}
		}
	}
}
