package display

import (
	"github.com/beian-go/beian/number"
	"golang.org/x/net/html/atom"
)

// text appends the collapsed text of a text token to the segment.
func (w *walker) text(s []byte) {
	parent := w.top()
	// Text before the body, or directly inside <head>, starts the body (a
	// browser closes the head for it); only leading white space does not.
	if !w.inBody() && (parent == nil || parent.atom == atom.Html || parent.atom == atom.Head) {
		if isSpace(s) {
			return
		}
		w.ensureBody()
		parent = w.top()
	}
	if parent != nil && parent.hidden {
		return
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
			if sc := linkScore(f.anchor.parsedLink(), m.Number); sc > best {
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
			s.Link = fd.anchor.parsedLink()
			s.Badge = fd.anchor.imgInside || (fd.anchor.parent != nil && fd.anchor.parent.imgChild)
		case fd.holder != nil:
			s.Badge = fd.holder.imgChild || (fd.holder.parent != nil && fd.holder.parent.imgChild)
		}
		out[i] = s
	}
	return out
}
