package display

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// frame is one open element during the walk. Frames form a chain through
// parent; a number found in the text keeps pointers to the frames around
// it, so they stay alive only as long as something was found inside them.
type frame struct {
	parent    *frame
	depth     int // number of ancestors
	atom      atom.Atom
	name      string // tag name, lower case
	id, class string
	href      string // for <a href>
	link      *Link  // ParseLink(href), once a number needs it
	anchor    *frame // nearest <a href> at or above this frame, or nil
	footer    bool   // this element or an ancestor is footer-like
	hidden    bool   // this element or an ancestor is invisible
	foreign   bool   // inside <svg> or <math>, where <x/> closes itself
	imgInside bool   // an <img> somewhere inside (tracked for anchors)
	imgChild  bool   // an <img> as a direct child
}

// newFrame builds the frame of a start tag from its attributes; parent may
// be nil.
func newFrame(parent *frame, a atom.Atom, name []byte, attrs []attribute) *frame {
	f := &frame{parent: parent, atom: a}
	if a != 0 {
		f.name = a.String()
	} else {
		f.name = string(name)
	}
	if parent != nil {
		f.depth = parent.depth + 1
		f.anchor, f.footer, f.hidden, f.foreign = parent.anchor, parent.footer, parent.hidden, parent.foreign
	}
	switch a {
	case atom.Svg, atom.Math:
		f.foreign = true
	case atom.Footer:
		f.footer = true
	case atom.Head, atom.Script, atom.Style, atom.Template, atom.Noscript,
		atom.Iframe, atom.Object, atom.Noembed, atom.Noframes, atom.Title:
		f.hidden = true
	}
	for _, at := range attrs {
		switch string(at.key) {
		case "id":
			f.id = strings.TrimSpace(string(at.val))
			f.footer = f.footer || footerWord(at.val)
		case "class":
			f.class = string(at.val)
			f.footer = f.footer || footerWord(at.val)
		case "role":
			f.footer = f.footer || equalFold(at.val, "contentinfo")
		case "hidden":
			f.hidden = true
		case "style":
			f.hidden = f.hidden || hiddenStyle(at.val)
		case "href":
			if a == atom.A {
				f.href = string(at.val)
				f.anchor = f
			}
		}
	}
	return f
}

// parsedLink returns ParseLink(f.href), parsing it only the first time:
// every number and every text run inside the link asks for it.
func (f *frame) parsedLink() Link {
	if f.link == nil {
		l := ParseLink(f.href)
		f.link = &l
	}
	return *f.link
}

// attribute is a tag attribute as the tokenizer returns it; the slices are
// only valid until the next token.
type attribute struct{ key, val []byte }

// footerKeywords mark an element as the page footer when they occur in its
// id or class, compared case-insensitively.
var footerKeywords = [...]string{"foot", "copyright", "beian", "icp"}

func footerWord(v []byte) bool {
	for _, k := range footerKeywords {
		if containsFold(v, k) {
			return true
		}
	}
	return false
}

// hiddenStyle spots inline display:none and visibility:hidden.
func hiddenStyle(style []byte) bool {
	var b [64]byte
	compact := b[:0]
	for _, c := range style {
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

// containsFold reports whether s contains the lower-case ASCII word sub,
// ignoring ASCII case in s.
func containsFold(s []byte, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if equalFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// equalFold compares s with the lower-case ASCII word w, ignoring ASCII case.
func equalFold(s []byte, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := range len(s) {
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

// maxPathElements bounds how many elements a path names; deeper paths keep
// the outermost and innermost ones with "…" between.
const maxPathElements = 16

// path describes where f sits: tag names from <html> down, each with #id
// and .class when present, joined by ">".
func (f *frame) path() string {
	var chain []*frame
	for x := f; x != nil; x = x.parent {
		chain = append(chain, x)
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
		chain[i].label(&b)
	}
	return b.String()
}

// maxLabelPart bounds the bytes a path keeps of one tag name, id or class,
// and maxLabelClasses the classes it names per element; the rest is cut
// with "…". Every number's path repeats its ancestors' labels, so without
// these bounds a long attribute value would be copied into the report once
// per number.
const (
	maxLabelPart    = 64
	maxLabelClasses = 8
)

// label writes tag#id.class1.class2 for one element.
func (f *frame) label(b *strings.Builder) {
	writeCut(b, f.name)
	if f.id != "" {
		b.WriteByte('#')
		writeCut(b, f.id)
	}
	n := 0
	for c := range strings.FieldsSeq(f.class) {
		b.WriteByte('.')
		if n == maxLabelClasses {
			b.WriteString("…")
			break
		}
		writeCut(b, c)
		n++
	}
}

// writeCut writes s, cut at a character boundary after at most
// maxLabelPart bytes and marked with "…" when it is longer.
func writeCut(b *strings.Builder, s string) {
	if len(s) <= maxLabelPart {
		b.WriteString(s)
		return
	}
	i := maxLabelPart
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	b.WriteString(s[:i])
	b.WriteString("…")
}

// commonAncestor returns the innermost frame containing both a and b; a
// nil argument yields the other one.
func commonAncestor(a, b *frame) *frame {
	if a == nil {
		return b
	}
	if b == nil {
		return a
	}
	for a.depth > b.depth {
		a = a.parent
	}
	for b.depth > a.depth {
		b = b.parent
	}
	for a != b {
		a, b = a.parent, b.parent
	}
	return a
}
