package display

import (
	"bytes"
	"slices"

	"github.com/beian-go/beian/number"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// footerTailPercent: a number whose text reaches into the last
// footerTailPercent percent of a page's visible text counts as being at the
// bottom of the page.
const footerTailPercent = 30

// Audit reads an HTML page and reports which filing and licence numbers it
// shows and whether it shows them the way the display rules require.
//
// The page is parsed with golang.org/x/net/html, as a browser would. Text
// inside script, style, template, noscript, iframe, object, the head, and
// elements marked hidden or styled display:none / visibility:hidden is not
// visible and is ignored. Text of inline elements is joined (so
// 京ICP备<span>1234</span>5678号 is one number), block elements (div, p, li,
// td, br, footer, …) separate it, and white space is collapsed as a browser
// does. The joined text is scanned with [number.FindAll], which also reads
// numbers written with spaces, full-width digits and the like and reports
// what it fixed ("icp.noncanonical", "ps.noncanonical"). Image alt texts are
// scanned too; numbers found only there are reported as "icp.image-only" /
// "ps.image-only".
//
// For every distinct number the best of its occurrences is judged: an ICP
// filing number must be inside a link to the MIIT filing system
// (beian.miit.gov.cn; historical hosts are accepted with
// "icp.outdated-link"); a licence number needs such a link only when the page
// shows no filing number; a public-security number must link to its platform
// with the same 14-digit code. A number is at the bottom of the page when it
// is inside a <footer>, an element with role="contentinfo", an element whose
// id or class contains "foot", "copyright", "beian" or "icp", or when its text
// reaches into the last 30% of the page's visible text. [ExpectICP],
// [ExpectPublicSecurity] and [RequirePublicSecurity] add checks that the
// right number is shown.
//
// Limits: pages larger than [DefaultMaxBytes] (or the [MaxBytes] option)
// fail with [ErrTooLarge] before any parsing; pages with binary control
// bytes in their first 1024 bytes, or making up more than 1/64 of the page,
// fail with [ErrNotHTML]; pages nested deeper than 512 elements fail with
// [ErrTooDeep]. All three come as a [*PageError]. Work and memory grow
// linearly with the page size (the parsed tree takes a small multiple of
// it); the report lists at most [MaxShown] numbers. Pages that are not UTF-8
// are decoded by their declared charset ([ContentType], byte-order mark or
// <meta charset>), and as GB18030 when they declare none.
//
// Option errors fail with [ErrInvalidOption]. Audit never panics on any
// input and is safe for concurrent use.
func Audit(page []byte, opts ...Option) (Report, error) {
	cfg := newConfig(opts)
	if cfg.err != nil {
		return Report{}, cfg.err
	}
	if len(page) > cfg.maxBytes {
		return Report{}, &PageError{Err: ErrTooLarge, Size: len(page), Offset: cfg.maxBytes}
	}
	if off := checkBinary(page); off >= 0 {
		return Report{}, &PageError{Err: ErrNotHTML, Size: len(page), Offset: off, Detail: "binary control byte"}
	}
	src, err := toUTF8(page, cfg.contentType)
	if err != nil {
		return Report{}, &PageError{Err: ErrNotHTML, Size: len(page), Offset: -1, Detail: err.Error()}
	}
	doc, err := html.Parse(bytes.NewReader(src))
	if err != nil {
		return Report{}, &PageError{Err: ErrTooDeep, Size: len(page), Offset: -1, Detail: err.Error()}
	}
	var v visibleText
	v.walk(doc, context{})
	v.breakSegment()
	shown, truncated := v.numbers()
	return judge(shown, truncated, &cfg), nil
}

// numbers scans the visible text and the alt texts.
func (v *visibleText) numbers() (out []Shown, truncated bool) {
	total := len(v.buf)
	tail := total - total*footerTailPercent/100
	var matches []number.Match
	for i, start := range v.segs {
		end := total
		if i+1 < len(v.segs) {
			end = v.segs[i+1]
		}
		if start >= end {
			continue
		}
		matches = number.AppendAll(matches[:0], v.buf[start:end])
		for _, m := range matches {
			if !m.Number.IsValid() {
				continue
			}
			if len(out) == MaxShown {
				return out, true
			}
			out = append(out, v.shownAt(start+m.Start, start+m.End, m, tail))
		}
	}
	for _, a := range v.alts {
		matches = number.AppendAll(matches[:0], []byte(a.text))
		for _, m := range matches {
			if !m.Number.IsValid() {
				continue
			}
			if len(out) == MaxShown {
				return out, true
			}
			s := Shown{
				Number:   m.Number,
				Kind:     m.Number.Kind(),
				Text:     a.text[m.Start:m.End],
				Fixes:    m.Fixes,
				Path:     path(a.node),
				InFooter: a.inFooter || a.pos >= tail,
				InImage:  true,
			}
			if a.anchor != nil {
				s.Link = linkOf(a.anchor)
				s.Badge = true
			}
			out = append(out, s)
		}
	}
	return out, false
}

// shownAt describes the number at buf[start:end].
func (v *visibleText) shownAt(start, end int, m number.Match, tail int) Shown {
	s := Shown{
		Number:   m.Number,
		Kind:     m.Number.Kind(),
		Text:     string(v.buf[start:end]),
		Fixes:    m.Fixes,
		InFooter: end > tail,
	}
	first, _ := slices.BinarySearchFunc(v.spans, start+1, func(sp span, off int) int { return sp.start - off })
	first = max(first-1, 0)
	var holder *html.Node
	var anchor *html.Node
	bestScore := -1
	for j := first; j < len(v.spans) && v.spans[j].start < end; j++ {
		sp := v.spans[j]
		s.InFooter = s.InFooter || sp.inFooter
		holder = commonAncestor(holder, sp.node.Parent)
		if sp.anchor != nil {
			if sc := anchorScore(sp.anchor, m.Number); sc > bestScore {
				anchor, bestScore = sp.anchor, sc
			}
		}
	}
	s.Path = path(holder)
	if anchor != nil {
		s.Link = linkOf(anchor)
		s.Badge = badgeNear(anchor)
	} else if holder != nil {
		s.Badge = badgeNear(holder)
	}
	return s
}

func linkOf(a *html.Node) Link {
	href, _ := attr(a, "href")
	return ParseLink(href)
}

// anchorScore ranks the links around parts of one number, so that a
// number partly inside a filing link is judged by that link.
func anchorScore(a *html.Node, n number.Number) int {
	l := linkOf(a)
	return linkScore(l, n)
}

// linkScore ranks a link for a number: higher is closer to what the rules
// ask for.
func linkScore(l Link, n number.Number) int {
	want := PlatformMIIT
	if n.Kind() == number.KindPublicSecurity {
		want = PlatformPublicSecurity
	}
	switch {
	case l.Href == "" && l.Platform == PlatformNone:
		return 0
	case l.Platform != want:
		return 1
	case l.MissingScheme:
		return 2
	}
	score := 4
	if !l.Outdated {
		score++
	}
	if want == PlatformPublicSecurity && l.Code == n.Serial() {
		score += 2
	}
	return score
}

// badgeNear reports an <img> inside n (looking at no more than a few
// hundred nodes, so the cost stays bounded) or directly beside it.
func badgeNear(n *html.Node) bool {
	budget := 256
	for d := range n.Descendants() {
		if budget--; budget < 0 {
			break
		}
		if d.Type == html.ElementNode && d.DataAtom == atom.Img {
			return true
		}
	}
	prev := n.PrevSibling
	for prev != nil && prev.Type == html.TextNode && isSpace(prev.Data) {
		prev = prev.PrevSibling
	}
	next := n.NextSibling
	for next != nil && next.Type == html.TextNode && isSpace(next.Data) {
		next = next.NextSibling
	}
	return isImage(prev) || isImage(next)
}

func isImage(n *html.Node) bool {
	return n != nil && n.Type == html.ElementNode && n.DataAtom == atom.Img
}

// commonAncestor returns the innermost element containing both a and b;
// a nil argument yields the other one.
func commonAncestor(a, b *html.Node) *html.Node {
	if a == nil {
		return b
	}
	if b == nil {
		return a
	}
	for x := a; x != nil; x = x.Parent {
		for y := b; y != nil; y = y.Parent {
			if x == y {
				return x
			}
		}
	}
	return nil
}
