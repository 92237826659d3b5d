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
