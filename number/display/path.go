package display

import (
	"strings"

	"golang.org/x/net/html"
)

// maxPathElements bounds how many elements a path names; deeper paths keep
// the outermost and innermost ones with "…" between.
const maxPathElements = 16

// path describes where element n sits: tag names from <html> down, each
// with #id and .class when present, joined by ">".
func path(n *html.Node) string {
	var chain []*html.Node
	for x := n; x != nil; x = x.Parent {
		if x.Type == html.ElementNode {
			chain = append(chain, x)
		}
	}
	var b strings.Builder
	for i := len(chain) - 1; i >= 0; i-- {
		if depth := len(chain) - 1 - i; len(chain) > maxPathElements && depth == maxPathElements/2 {
			b.WriteString(">…")
			i = maxPathElements / 2 // the loop steps to the innermost half
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('>')
		}
		label(&b, chain[i])
	}
	return b.String()
}

// label writes tag#id.class1.class2 for one element.
func label(b *strings.Builder, n *html.Node) {
	b.WriteString(n.Data)
	if id, ok := attr(n, "id"); ok && strings.TrimSpace(id) != "" {
		b.WriteByte('#')
		b.WriteString(strings.TrimSpace(id))
	}
	if class, ok := attr(n, "class"); ok {
		for _, c := range strings.Fields(class) {
			b.WriteByte('.')
			b.WriteString(c)
		}
	}
}

// isSpace reports text made only of HTML white space.
func isSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\r', '\f':
		default:
			return false
		}
	}
	return true
}
