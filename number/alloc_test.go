package number_test

import (
	"testing"

	"github.com/beian-go/beian/number"
)

func TestZeroAllocs(t *testing.T) {
	n := number.MustParse("粤B2-20090059-1626X")
	buf := make([]byte, 0, 64)
	pg := page(30 << 10)
	empty := noNumbers(64 << 10)
	matches := make([]number.Match, 0, 8)
	tests := []struct {
		name string
		max  float64
		fn   func()
	}{
		// Strict parsing of every kind.
		{"Parse", 0, func() {
			for _, s := range benchInputs {
				if _, err := number.Parse(s); err != nil {
					t.Fatal(err)
				}
			}
		}},
		// Lenient parsing that fixes several things.
		{"ParseLenient", 0, func() {
			if _, _, err := number.ParseLenient("备案号：京 icp 备 １１０１８７６２ 号—11"); err != nil {
				t.Fatal(err)
			}
		}},
		// Formatting into a buffer with room.
		{"AppendText", 0, func() { buf, _ = n.AppendText(buf[:0]) }},
		// String allocates the string itself and nothing else.
		{"String", 1, func() { _ = n.String() }},
		// Scanning text without numbers.
		{"FindAll/none", 0, func() {
			if number.FindAll(empty) != nil {
				t.Fatal("found a number")
			}
		}},
		// Scanning a page into a slice with room.
		{"AppendAll/page", 0, func() { matches = number.AppendAll(matches[:0], pg) }},
		// The first match.
		{"Find/page", 0, func() {
			if _, ok := number.Find(pg); !ok {
				t.Fatal("no match")
			}
		}},
		// Accessors.
		{"accessors", 0, func() {
			_ = n.FirstApprovalYear() + n.Sequence() + n.AreaCode()
			_ = n.Subject()
			_, _ = n.WithService(2, number.ServiceApp)
		}},
	}
	for _, tt := range tests {
		if got := testing.AllocsPerRun(50, tt.fn); got > tt.max {
			t.Errorf("%s: %v allocs per run, want ≤ %v", tt.name, got, tt.max)
		}
	}
}
