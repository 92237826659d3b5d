package icp_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/beian-go/beian/icp"
)

// FuzzMask checks the masks of the string-based personal types on any
// input: the rune count is kept, '*' hides at least a third of a number
// (at least one rune of a name with two or more), nothing of the input is
// shown beyond what the mask keeps, and every fmt verb prints the mask.
func FuzzMask(f *testing.F) {
	for _, s := range []string{"张三", "欧阳小明", "John Smith", "11010519491231002X", "E12345678", "13800000001", "010-62000001", "", "a", "ab"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "?")
		}
		n := utf8.RuneCountInString(s)
		for _, tc := range []struct {
			what      string
			masked    string
			minHidden int
		}{
			{"Name", icp.Name(s).String(), min(n, max(1, n-2))},
			{"CertNumber", icp.CertNumber(s).String(), (n + 2) / 3},
			{"Phone", icp.Phone(s).String(), (n + 2) / 3},
		} {
			if utf8.RuneCountInString(tc.masked) != n {
				t.Fatalf("%s(%q) mask %q changes the length", tc.what, s, tc.masked)
			}
			hidden := 0
			mr := []rune(tc.masked)
			for i, r := range []rune(s) {
				if mr[i] == '*' {
					hidden++
				} else if mr[i] != r {
					t.Fatalf("%s(%q) mask %q alters a kept rune", tc.what, s, tc.masked)
				}
			}
			if n > 0 && hidden < tc.minHidden && strings.Count(s, "*") < n {
				t.Fatalf("%s(%q) mask %q hides %d runes, want ≥ %d", tc.what, s, tc.masked, hidden, tc.minHidden)
			}
		}
		for _, verb := range []string{"%v", "%+v", "%s"} {
			if got := fmt.Sprintf(verb, icp.Name(s)); got != icp.Name(s).String() {
				t.Fatalf("%s of Name(%q) = %q", verb, s, got)
			}
		}
	})
}
