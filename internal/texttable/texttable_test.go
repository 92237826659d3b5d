package texttable_test

import (
	"strings"
	"testing"

	"github.com/beian-go/beian/internal/texttable"
)

// TestWidth checks display widths of mixed text.
func TestWidth(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", 0},
		{"abc", 3},
		{"北京市", 6},
		{"京ICP备1号", 10},
		{"１２", 4}, // full-width digits take two columns
	}
	for _, tt := range tests {
		if got := texttable.Width(tt.in); got != tt.want {
			t.Errorf("Width(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

// TestTableAligns checks that the second column starts at the same display column in every row.
func TestTableAligns(t *testing.T) {
	var tb texttable.Table
	tb.Row("CODE", "NAME", "X")
	tb.Row("11", "北京市", "y")
	tb.Row("15", "内蒙古自治区", "z")
	var b strings.Builder
	if _, err := tb.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("lines = %q", lines)
	}
	col := -1
	for _, l := range lines {
		last := strings.LastIndexByte(l, ' ')
		w := texttable.Width(l[:last+1])
		if col >= 0 && w != col {
			t.Errorf("last column starts at %d, want %d: %q", w, col, l)
		}
		col = w
		if strings.HasSuffix(l, " ") {
			t.Errorf("trailing space in %q", l)
		}
	}
}
