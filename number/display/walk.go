package display

import (
	"bytes"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// visibleText is the text of a parsed page as a reader sees it, built by
// walk: whitespace runs collapsed to one space, text of inline elements
// joined, block elements breaking it into segments that are scanned
// separately, invisible subtrees left out.
type visibleText struct {
	buf   []byte    // all visible text, segment after segment
	segs  []int     // start offset in buf of each segment; a segment ends where the next starts
	spans []span    // where each text node's contribution starts in buf, in order
	alts  []altText // image alternative texts, each scanned on its own
	space bool      // the last byte written was a collapsed space (or a segment start)
}

// span ties a stretch of buf to the text node it came from.
type span struct {
	start    int
	node     *html.Node // a text node
	anchor   *html.Node // nearest enclosing <a href>, nil if none
	inFooter bool
}

// altText is the alt attribute of an <img>.
type altText struct {
	text     string
	node     *html.Node // the img element
	anchor   *html.Node
	inFooter bool
	pos      int // len(buf) when the image was met: its place in reading order
}

// context is what a node inherits from its ancestors during the walk.
type context struct {
	anchor   *html.Node
	inFooter bool
}

func (v *visibleText) walk(n *html.Node, ctx context) {
	switch n.Type {
	case html.TextNode:
		v.text(n, ctx)
		return
	case html.ElementNode:
		if invisible(n) {
			return
		}
		if n.DataAtom == atom.A && hasAttr(n, "href") {
			ctx.anchor = n
		}
		if !ctx.inFooter && footerLike(n) {
			ctx.inFooter = true
		}
		if n.DataAtom == atom.Img {
			if alt, ok := attr(n, "alt"); ok && alt != "" {
				v.alts = append(v.alts, altText{text: alt, node: n, anchor: ctx.anchor, inFooter: ctx.inFooter, pos: len(v.buf)})
			}
		}
		if isBlock(n) {
			v.breakSegment()
			defer v.breakSegment()
		}
	case html.DocumentNode:
	default: // comments, doctypes, raw nodes
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		v.walk(c, ctx)
	}
}

// text appends the collapsed text of a text node.
func (v *visibleText) text(n *html.Node, ctx context) {
	s := n.Data
	if s == "" {
		return
	}
	v.spans = append(v.spans, span{start: len(v.buf), node: n, anchor: ctx.anchor, inFooter: ctx.inFooter})
	if len(v.segs) == 0 {
		v.segs = append(v.segs, 0)
		v.space = true
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f':
			if !v.space {
				v.buf = append(v.buf, ' ')
				v.space = true
			}
		case c == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0: // U+00A0 NO-BREAK SPACE shows as a space
			i++
			if !v.space {
				v.buf = append(v.buf, ' ')
				v.space = true
			}
		default:
			v.buf = append(v.buf, c)
			v.space = false
		}
	}
}

// breakSegment ends the current segment, if it has any text.
func (v *visibleText) breakSegment() {
	if len(v.segs) > 0 && v.segs[len(v.segs)-1] == len(v.buf) {
		return
	}
	v.segs = append(v.segs, len(v.buf))
	v.space = true
}

// invisible reports subtrees whose text a reader never sees.
func invisible(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Head, atom.Script, atom.Style, atom.Template, atom.Noscript,
		atom.Iframe, atom.Object, atom.Noembed, atom.Noframes, atom.Title:
		return true
	}
	if hasAttr(n, "hidden") {
		return true
	}
	if style, ok := attr(n, "style"); ok {
		return hiddenStyle(style)
	}
	return false
}

// hiddenStyle spots inline display:none and visibility:hidden.
func hiddenStyle(style string) bool {
	var b [64]byte
	compact := b[:0]
	for i := 0; i < len(style); i++ {
		c := style[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' {
			continue
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		compact = append(compact, c)
	}
	return bytes.Contains(compact, []byte("display:none")) || bytes.Contains(compact, []byte("visibility:hidden"))
}

// footerKeywords mark an element as the page footer when they occur in its
// id or class, compared case-insensitively.
var footerKeywords = [...]string{"foot", "copyright", "beian", "icp"}

// footerLike reports an element that is the page footer: <footer>,
// role="contentinfo", or an id/class containing one of footerKeywords.
func footerLike(n *html.Node) bool {
	if n.DataAtom == atom.Footer {
		return true
	}
	for _, a := range n.Attr {
		if a.Namespace != "" {
			continue
		}
		switch a.Key {
		case "role":
			if equalFold(a.Val, "contentinfo") {
				return true
			}
		case "id", "class":
			for _, k := range footerKeywords {
				if containsFold(a.Val, k) {
					return true
				}
			}
		}
	}
	return false
}

// isBlock reports elements a browser lays out on their own line, so text
// on either side of them does not run together.
func isBlock(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Body,
		atom.Br, atom.Caption, atom.Center, atom.Dd, atom.Details, atom.Dialog,
		atom.Dir, atom.Div, atom.Dl, atom.Dt, atom.Fieldset, atom.Figcaption,
		atom.Figure, atom.Footer, atom.Form, atom.H1, atom.H2, atom.H3, atom.H4,
		atom.H5, atom.H6, atom.Header, atom.Hgroup, atom.Hr, atom.Html,
		atom.Legend, atom.Li, atom.Main, atom.Menu, atom.Nav, atom.Ol,
		atom.Option, atom.P, atom.Pre, atom.Section, atom.Select, atom.Summary,
		atom.Table, atom.Tbody, atom.Td, atom.Textarea, atom.Tfoot, atom.Th,
		atom.Thead, atom.Tr, atom.Ul:
		return true
	}
	return false
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func hasAttr(n *html.Node, key string) bool {
	_, ok := attr(n, key)
	return ok
}

// containsFold reports whether s contains the lower-case ASCII word sub,
// ignoring ASCII case in s.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if equalFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// equalFold compares s with the lower-case ASCII word w, ignoring ASCII case.
func equalFold(s, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}
