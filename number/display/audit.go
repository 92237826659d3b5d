package display

import (
	"fmt"

	"github.com/beian-go/beian/number"
)

// footerTailPercent: a number whose text reaches into the last
// footerTailPercent percent of a page's visible text counts as being at the
// bottom of the page.
const footerTailPercent = 30

// Audit reads an HTML page and reports which filing and licence numbers it
// shows and whether it shows them the way the display rules require.
//
// The page is read with the golang.org/x/net/html tokenizer, never with
// regular expressions over markup. Open elements are tracked the way a
// browser's tree builder does for everything that matters here: implied
// end tags (a block closes an open <p>; <li>, <dt>/<dd>, <option>, <tr>,
// <td>/<th> and <a> close the previous one), missing <html>, <head> and
// <body>, void elements, self-closing tags inside <svg> and <math>, stray end
// tags ignored. No document tree is built (see Limits).
//
// Text inside script, style, template, noscript, iframe, object, title, and
// elements marked hidden or styled display:none / visibility:hidden is not
// visible and is ignored. Text of inline elements is joined (so
// 京ICP备<span>1234</span>5678号 is one number), block elements (div, p, li,
// td, br, footer, …) separate it, and white space is collapsed as a browser
// does. The joined text is scanned with [number.AppendAll], which also reads
// numbers written with spaces, full-width digits and the like and reports
// what it fixed; such numbers get "icp.noncanonical" or "ps.noncanonical",
// except for a label before the number and the space after 公网安备, which
// the public-security platform's own snippet has. Image alt texts are
// scanned too; numbers found only there are reported as "icp.image-only" /
// "ps.image-only".
//
// For every distinct number the best of its occurrences is judged: an ICP
// filing number must be inside a link to the MIIT filing system
// (beian.miit.gov.cn; historical hosts are accepted with
// "icp.outdated-link"); a licence number needs such a link only when the page
// shows no filing number; a public-security number must link to its platform
// with the same code, with the police badge image inside the link or beside
// it. A number is at the bottom of the page when it is inside a <footer>, an
// element with role="contentinfo", an element whose id or class contains
// "foot", "copyright", "beian" or "icp", or when its text reaches into the
// last 30% of the page's visible text. [ExpectICP], [ExpectPublicSecurity]
// and [RequirePublicSecurity] add checks that the right number is shown.
//
// Limits: pages larger than [DefaultMaxBytes] (or the [MaxBytes] option)
// fail with [ErrTooLarge] before any parsing; pages with binary control
// bytes in their first 1024 bytes, or making up more than 1/64 of the page,
// fail with [ErrNotHTML]; pages with more than 512 elements open at once
// (after implied end tags) fail with [ErrTooDeep]. All three come as a
// [*PageError]. Time and allocation grow linearly with the page size (about
// 3 bytes allocated per page byte for ordinary pages, at most about 40 for
// pages made only of tags), and the memory held at any moment is bounded by
// the page, its longest run of inline text, 512 open elements and the
// report, which lists at most [MaxShown] numbers. Unlike a document tree,
// nothing here multiplies: markup that makes tree builders clone formatting
// elements over and over costs no more than other markup. Pages that are not
// UTF-8 are decoded by their declared charset ([ContentType], byte-order
// mark or <meta charset>), and as GB18030 when they declare none (or a
// <meta> declares UTF-8 or ISO-8859-1 over bytes that are neither).
//
// Audit sees the HTML as served: a footer that scripts add later (single-page
// apps) is not there, and numbers that only appear through script links
// (href="javascript:…") are reported as not linked to the filing system.
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
	var w walker
	if err := w.walk(src); err != nil {
		return Report{}, &PageError{Err: ErrTooDeep, Size: len(page), Offset: -1, Detail: fmt.Sprintf("more than %d open elements", maxDepth)}
	}
	return judge(w.shown(), w.full, &cfg), nil
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
