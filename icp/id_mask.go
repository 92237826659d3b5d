package icp

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// idMask keeps the first head and the last tail runes of s and replaces every
// rune between them with '*'. When s is too short to hide at least minHidden
// runes that way, it keeps only a quarter of the runes at each end instead,
// so a short or truncated input is never shown nearly whole.
func idMask(s string, head, tail, minHidden int) string {
	n := utf8.RuneCountInString(s)
	if n-head-tail < minHidden {
		head, tail = n/4, n/4
	}
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

// idFormatMasked implements fmt.Formatter for the personal identifier types:
// every verb sees only the masked form. %#v prints a Go-syntax-like
// icp.Type("masked") and the other verbs format the masked string as a
// string would be, so %q, %10s and %x all work on the masked text.
func idFormatMasked(f fmt.State, verb rune, typeName, masked string) {
	if verb == 'v' && f.Flag('#') {
		fmt.Fprintf(f, "icp.%s(%q)", typeName, masked)
		return
	}
	if verb == 'v' {
		verb = 's'
	}
	fmt.Fprintf(f, fmt.FormatString(f, verb), masked)
}
