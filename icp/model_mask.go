package icp

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// modelMaskRunes keeps the first head and the last tail runes of s and writes
// '*' for every rune between them.
func modelMaskRunes(s string, head, tail int) string {
	n := utf8.RuneCountInString(s)
	var b strings.Builder
	b.Grow(len(s))
	i := 0
	for _, r := range s {
		if i < head || i >= n-tail {
			b.WriteRune(r)
		} else {
			b.WriteByte('*')
		}
		i++
	}
	return b.String()
}

// modelMaskName masks a personal name: 张三 → 张*, 张小三 → 张*三, 欧阳小明 → 欧**明.
func modelMaskName(s string) string {
	switch n := utf8.RuneCountInString(s); {
	case n == 0:
		return ""
	case n == 1:
		return "*"
	case n == 2:
		return modelMaskRunes(s, 1, 0)
	default:
		return modelMaskRunes(s, 1, 1)
	}
}

// modelMaskNumber masks a certificate or telephone number: long numbers keep
// head and tail runes, shorter ones a quarter at each end, so that at least
// a third of any number is hidden.
func modelMaskNumber(s string, head, tail int) string {
	n := utf8.RuneCountInString(s)
	if hidden := n - head - tail; hidden <= 0 || hidden*3 < n {
		head, tail = n/4, n/4
	}
	return modelMaskRunes(s, head, tail)
}

// modelMaskText masks free text that may identify a person (an individual's
// address): the first keep runes stay, the rest becomes a fixed "***".
func modelMaskText(s string, keep int) string {
	if s == "" {
		return ""
	}
	i := 0
	for j := range s {
		if i == keep {
			return s[:j] + "***"
		}
		i++
	}
	return modelMaskRunes(s, utf8.RuneCountInString(s)/2, 0)
}

// modelFormatMasked implements fmt.Formatter for the string types that hold
// personal data: every verb sees only the masked text. %#v prints
// icp.Type("masked").
func modelFormatMasked(f fmt.State, verb rune, typeName, masked string) {
	if verb == 'v' && f.Flag('#') {
		fmt.Fprintf(f, "icp.%s(%q)", typeName, masked)
		return
	}
	if verb == 'v' {
		verb = 's'
	}
	fmt.Fprintf(f, fmt.FormatString(f, verb), masked)
}
