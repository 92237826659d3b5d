package display

import (
	"bytes"
	"io"

	"github.com/beian-go/beian/number"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxDepth is the most open elements the walk keeps, as in the
// golang.org/x/net/html tree builder; deeper pages fail with ErrTooDeep.
const maxDepth = 512

// walker reads a page token by token and collects the numbers in its
// visible text. Text of inline elements is joined into one segment, block
// elements end a segment, white space collapses as a browser does, and each
// segment is scanned as soon as it ends. Memory stays bounded by the
// largest segment plus the open elements, whatever the page holds.
type walker struct {
	stack   []*frame
	seg     []byte         // text of the current segment
	spans   []span         // where each text token starts in seg
	space   bool           // seg ends with a collapsed space, or is empty
	offset  int            // text length of all finished segments
	found   []found        // numbers found so far
	full    bool           // MaxShown reached: later numbers are dropped
	matches []number.Match // scratch for number.AppendAll
	attrs   []attribute    // scratch for the current tag's attributes
}

// span ties a stretch of seg to the element holding the text.
type span struct {
	start int
	f     *frame
}

// found is a number with what is needed to judge it once the walk ends.
type found struct {
	Shown
	holder *frame // innermost element holding the whole number
	anchor *frame // the <a href> it is judged by, or nil
	end    int    // text offset of its end, for the last-part-of-page rule
}

// walk reads the whole page.
func (w *walker) walk(src []byte) error {
	z := html.NewTokenizer(bytes.NewReader(src))
	w.space = true
	for {
		switch z.Next() {
		case html.ErrorToken:
			w.breakSegment()
			if err := z.Err(); err != io.EOF {
				return err
			}
			return nil
		case html.TextToken:
			w.text(z.Text())
		case html.StartTagToken:
			if err := w.start(z, false); err != nil {
				return err
			}
		case html.SelfClosingTagToken:
			if err := w.start(z, true); err != nil {
				return err
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			w.end(atom.Lookup(name), name)
		}
	}
}

func (w *walker) top() *frame {
	if len(w.stack) == 0 {
		return nil
	}
	return w.stack[len(w.stack)-1]
}

// start handles a start tag.
func (w *walker) start(z *html.Tokenizer, selfClosing bool) error {
	name, more := z.TagName()
	a := atom.Lookup(name)
	w.attrs = w.attrs[:0]
	for more {
		var k, v []byte
		k, v, more = z.TagAttr()
		w.attrs = append(w.attrs, attribute{k, v})
	}
	switch a {
	case atom.Html:
		if len(w.stack) == 0 {
			w.push(newFrame(nil, a, name, w.attrs))
		}
		return nil
	case atom.Body:
		w.ensureBody()
		return nil
	case atom.Head:
		if len(w.stack) <= 1 {
			w.ensureHTML()
			w.push(newFrame(w.top(), a, name, w.attrs))
		}
		return nil
	}
	if !inHead(a) || w.inBody() {
		w.ensureBody()
	}
	w.closeImplied(a)
	if a == atom.Tr && w.top() != nil && w.top().atom == atom.Table {
		w.push(newFrame(w.top(), atom.Tbody, nil, nil)) // as the tree builder inserts it
	}
	parent := w.top()
	if a == atom.Img || a == atom.Image {
		w.image(parent, a, name)
		return nil
	}
	if isVoid(a) || (selfClosing && (a == atom.Svg || a == atom.Math || (parent != nil && parent.foreign))) {
		if a == atom.Br || a == atom.Hr {
			w.breakSegment()
		}
		return nil
	}
	if len(w.stack) >= maxDepth {
		return ErrTooDeep
	}
	f := newFrame(parent, a, name, w.attrs)
	if isBlock(a) {
		w.breakSegment()
	}
	w.push(f)
	return nil
}

// image records an <img>: a possible police badge, and alt text to scan.
func (w *walker) image(parent *frame, a atom.Atom, name []byte) {
	if parent == nil || parent.hidden {
		return
	}
	parent.imgChild = true
	if parent.anchor != nil {
		parent.anchor.imgInside = true
	}
	for _, at := range w.attrs {
		if string(at.key) != "alt" || len(at.val) == 0 {
			continue
		}
		img := newFrame(parent, a, name, w.attrs)
		if img.hidden {
			return
		}
		w.matches = number.AppendAll(w.matches[:0], at.val)
		for _, m := range w.matches {
			w.add(found{
				Shown: Shown{
					Number:  m.Number,
					Kind:    m.Number.Kind(),
					Text:    string(at.val[m.Start:m.End]),
					Fixes:   m.Fixes,
					InImage: true,
				},
				holder: img,
				anchor: img.anchor,
				end:    w.offset + len(w.seg),
			})
		}
	}
}

// end handles an end tag: it closes the innermost open element of that
// name and everything opened inside it; stray end tags are ignored, as
// browsers do (except </p> and </br>, which browsers treat as a break).
func (w *walker) end(a atom.Atom, name []byte) {
	switch a {
	case atom.Html, atom.Body:
		return // content after </body> still belongs to the body
	case atom.Br, atom.P:
		w.breakSegment()
	}
	for i := len(w.stack) - 1; i >= 0; i-- {
		f := w.stack[i]
		if (a != 0 && f.atom == a) || (a == 0 && f.atom == 0 && f.name == string(name)) {
			w.popTo(i)
			return
		}
		if a == atom.Head {
			return // </head> only closes an open head
		}
	}
}

// closeImplied closes what a start tag implicitly ends: an open <p> before
// a block, the previous <li>, <dt>/<dd>, <option>, <tr>, cell, or <a>.
func (w *walker) closeImplied(a atom.Atom) {
	var targets []atom.Atom
	var stops []atom.Atom
	switch {
	case a == atom.Li:
		targets, stops = []atom.Atom{atom.Li}, listScope
	case a == atom.Dt || a == atom.Dd:
		targets, stops = []atom.Atom{atom.Dt, atom.Dd}, listScope
	case a == atom.Option:
		targets, stops = []atom.Atom{atom.Option}, []atom.Atom{atom.Select, atom.Datalist}
	case a == atom.Tr:
		targets, stops = []atom.Atom{atom.Tr}, []atom.Atom{atom.Table}
	case a == atom.Td || a == atom.Th:
		targets, stops = []atom.Atom{atom.Td, atom.Th}, []atom.Atom{atom.Tr, atom.Table}
	case a == atom.A:
		targets, stops = []atom.Atom{atom.A}, cellScope
	}
	if targets != nil {
		if i := w.find(targets, stops); i >= 0 {
			w.popTo(i)
		}
	}
	if closesP(a) {
		if i := w.find([]atom.Atom{atom.P}, buttonScope); i >= 0 {
			w.popTo(i)
		}
	}
}

var (
	cellScope   = []atom.Atom{atom.Html, atom.Table, atom.Td, atom.Th, atom.Caption, atom.Template}
	buttonScope = []atom.Atom{atom.Html, atom.Table, atom.Td, atom.Th, atom.Caption, atom.Template,
		atom.Applet, atom.Marquee, atom.Object, atom.Button, atom.Svg, atom.Math}
	listScope = []atom.Atom{atom.Html, atom.Table, atom.Td, atom.Th, atom.Ul, atom.Ol, atom.Dl, atom.Template}
)

// find returns the index of the innermost open element in targets,
// searching outwards until an element in stops, or -1.
func (w *walker) find(targets, stops []atom.Atom) int {
	for i := len(w.stack) - 1; i >= 0; i-- {
		a := w.stack[i].atom
		for _, t := range targets {
			if a == t {
				return i
			}
		}
		for _, s := range stops {
			if a == s {
				return -1
			}
		}
	}
	return -1
}

func (w *walker) push(f *frame) { w.stack = append(w.stack, f) }

// popTo closes the element at index i and everything inside it.
func (w *walker) popTo(i int) {
	for j := len(w.stack) - 1; j >= i; j-- {
		if isBlock(w.stack[j].atom) {
			w.breakSegment()
		}
		w.stack[j] = nil
	}
	w.stack = w.stack[:i]
}

func (w *walker) ensureHTML() {
	if len(w.stack) == 0 {
		w.push(newFrame(nil, atom.Html, nil, nil))
	}
}

func (w *walker) inBody() bool {
	return len(w.stack) >= 2 && w.stack[1].atom == atom.Body
}

// ensureBody opens <html> and <body> when the page left them out, and
// closes <head>, as the HTML tree builder does when content starts.
func (w *walker) ensureBody() {
	w.ensureHTML()
	if w.inBody() {
		return
	}
	if len(w.stack) >= 2 && w.stack[1].atom == atom.Head {
		w.popTo(1)
	}
	w.push(newFrame(w.stack[0], atom.Body, nil, nil))
}

// text appends the collapsed text of a text token to the segment.
func (w *walker) text(s []byte) {
	parent := w.top()
	if parent != nil && parent.hidden {
		return
	}
	if !w.inBody() {
		if isSpace(s) {
			return
		}
		w.ensureBody()
		parent = w.top()
	}
	w.spans = append(w.spans, span{start: len(w.seg), f: parent})
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f':
		case c == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0: // U+00A0 NO-BREAK SPACE shows as a space
			i++
		default:
			w.seg = append(w.seg, c)
			w.space = false
			continue
		}
		if !w.space {
			w.seg = append(w.seg, ' ')
			w.space = true
		}
	}
}

// breakSegment scans the current segment and starts a new one.
func (w *walker) breakSegment() {
	if len(w.seg) > 0 {
		w.matches = number.AppendAll(w.matches[:0], w.seg)
		for _, m := range w.matches {
			w.add(w.foundAt(m))
		}
		w.offset += len(w.seg)
	}
	w.seg = w.seg[:0]
	clear(w.spans)
	w.spans = w.spans[:0]
	w.space = true
}

// foundAt describes the number at seg[m.Start:m.End].
func (w *walker) foundAt(m number.Match) found {
	fd := found{
		Shown: Shown{
			Number: m.Number,
			Kind:   m.Number.Kind(),
			Text:   string(w.seg[m.Start:m.End]),
			Fixes:  m.Fixes,
		},
		end: w.offset + m.End,
	}
	// The last span starting at or before m.Start, then every span that
	// starts before m.End.
	first := 0
	for lo, hi := 0, len(w.spans); lo < hi; {
		mid := int(uint(lo+hi) >> 1)
		if w.spans[mid].start <= m.Start {
			first, lo = mid, mid+1
		} else {
			hi = mid
		}
	}
	best := -1
	for j := first; j < len(w.spans) && w.spans[j].start < m.End; j++ {
		f := w.spans[j].f
		fd.holder = commonAncestor(fd.holder, f)
		if f.anchor != nil {
			if sc := linkScore(ParseLink(f.anchor.href), m.Number); sc > best {
				fd.anchor, best = f.anchor, sc
			}
		}
	}
	return fd
}

// add keeps a found number, up to MaxShown.
func (w *walker) add(fd found) {
	if !fd.Number.IsValid() {
		return
	}
	if len(w.found) == MaxShown {
		w.full = true
		return
	}
	w.found = append(w.found, fd)
}

// shown finishes the numbers once the whole page is read: links, badges,
// paths and the last-part-of-page rule, which needs the total text length.
func (w *walker) shown() []Shown {
	tail := w.offset - w.offset*footerTailPercent/100
	out := make([]Shown, len(w.found))
	for i, fd := range w.found {
		s := fd.Shown
		if fd.holder != nil {
			s.Path = fd.holder.path()
			s.InFooter = fd.holder.footer
		}
		s.InFooter = s.InFooter || fd.end > tail || (s.InImage && fd.end >= tail)
		switch {
		case fd.anchor != nil:
			s.Link = ParseLink(fd.anchor.href)
			s.Badge = fd.anchor.imgInside || (fd.anchor.parent != nil && fd.anchor.parent.imgChild)
		case fd.holder != nil:
			s.Badge = fd.holder.imgChild || (fd.holder.parent != nil && fd.holder.parent.imgChild)
		}
		out[i] = s
	}
	return out
}

// inHead lists the elements that may stay in <head> without starting the body.
func inHead(a atom.Atom) bool {
	switch a {
	case atom.Base, atom.Basefont, atom.Bgsound, atom.Link, atom.Meta, atom.Title,
		atom.Script, atom.Style, atom.Template, atom.Noscript:
		return true
	}
	return false
}

// isVoid lists the elements that never have content.
func isVoid(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img,
		atom.Input, atom.Keygen, atom.Link, atom.Meta, atom.Param, atom.Source,
		atom.Track, atom.Wbr, atom.Basefont, atom.Bgsound, atom.Frame, atom.Image:
		return true
	}
	return false
}

// isBlock reports elements a browser lays out on their own line, so text
// on either side of them does not run together.
func isBlock(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Body,
		atom.Br, atom.Caption, atom.Center, atom.Dd, atom.Details, atom.Dialog,
		atom.Dir, atom.Div, atom.Dl, atom.Dt, atom.Fieldset, atom.Figcaption,
		atom.Figure, atom.Footer, atom.Form, atom.H1, atom.H2, atom.H3, atom.H4,
		atom.H5, atom.H6, atom.Header, atom.Hgroup, atom.Hr, atom.Html,
		atom.Legend, atom.Li, atom.Main, atom.Menu, atom.Nav, atom.Ol,
		atom.Option, atom.P, atom.Pre, atom.Section, atom.Select, atom.Summary,
		atom.Table, atom.Tbody, atom.Td, atom.Textarea, atom.Tfoot, atom.Th,
		atom.Thead, atom.Tr, atom.Ul, atom.Listing, atom.Xmp, atom.Plaintext:
		return true
	}
	return false
}

// closesP lists the start tags that close an open <p>.
func closesP(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Center,
		atom.Details, atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Fieldset,
		atom.Figcaption, atom.Figure, atom.Footer, atom.Header, atom.Hgroup,
		atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.P, atom.Section,
		atom.Summary, atom.Ul, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5,
		atom.H6, atom.Pre, atom.Listing, atom.Form, atom.Li, atom.Dd, atom.Dt,
		atom.Plaintext, atom.Table, atom.Hr, atom.Xmp:
		return true
	}
	return false
}

// isSpace reports text made only of HTML white space.
func isSpace(s []byte) bool {
	for _, c := range s {
		switch c {
		case ' ', '\t', '\n', '\r', '\f':
		default:
			return false
		}
	}
	return true
}
