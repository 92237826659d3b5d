package display

import "github.com/beian-go/beian/number"

// Shown is one place where a page shows a filing or licence number.
type Shown struct {
	// Number is the parsed number, in canonical form through Number.String().
	Number number.Number `json:"number"`
	// Kind is Number.Kind(), repeated for readers of the JSON form.
	Kind number.Kind `json:"kind"`
	// Text is the number as the page writes it, after joining the text of
	// inline elements and collapsing white space as a browser does.
	Text string `json:"text"`
	// Fixes lists what the lenient scanner had to repair to read Text
	// (spaces, full-width digits, a missing 号, …); empty when Text is
	// already the canonical form.
	Fixes number.Fixes `json:"fixes,omitzero"`
	// Path locates the innermost element holding the whole number, as a
	// chain of tag names with #id and .class, for example
	// "html>body>footer.site-footer>p>a". Deep paths keep the outer and
	// inner elements with "…" between them; tag names, ids and classes
	// longer than 64 bytes, and classes after the eighth, are cut with "…".
	Path string `json:"path"`
	// Link describes the nearest enclosing <a href>; the zero Link when
	// the number is not inside a link.
	Link Link `json:"link,omitzero"`
	// Badge reports an <img> inside the same link (the public-security
	// police badge).
	Badge bool `json:"badge,omitempty"`
	// InFooter reports whether the number is in the last part of the page
	// (see [Audit] for the rule).
	InFooter bool `json:"inFooter"`
	// InImage reports a number read from an image's alt text rather than
	// from page text.
	InImage bool `json:"inImage,omitempty"`
}

// Report is the result of [Audit].
type Report struct {
	// Numbers lists every number shown, in document order, at most
	// [MaxShown]. Text is scanned a block at a time, so a number in an
	// image's alt text comes before the text numbers of the block holding
	// the image.
	Numbers []Shown `json:"numbers"`
	// Findings lists the problems and remarks, most severe first.
	Findings []Finding `json:"findings"`
}

// Compliant reports whether no finding has [SeverityError].
func (r Report) Compliant() bool {
	for _, f := range r.Findings {
		if f.Severity >= SeverityError {
			return false
		}
	}
	return true
}

// Has reports whether the report contains a finding with the given code.
func (r Report) Has(code string) bool {
	for _, f := range r.Findings {
		if f.Code == code {
			return true
		}
	}
	return false
}
