// Package display renders the filing numbers a Chinese website must show
// and audits pages for them.
//
// The rules (33号令 Art. 13 and the providers' checks): a website shows its
// ICP filing number at the bottom centre of its home page, linked to the
// MIIT filing system https://beian.miit.gov.cn/; the public-security filing
// number (公网安备) links to its own platform with its code; an APP shows
// its number on an About or Settings page. Providers reject new filings
// while already-approved sites lack the number, and inspectors fine for it.
//
// # Rendering
//
// [Footer] holds what a site prints — the ICP number, the public-security
// number, an optional company name and copyright year — and renders it as
// escaped HTML ([Footer.HTML], usable directly in html/template) or as plain
// text for an APP ([Footer.Text]). [Render] links a single number.
// [ShownNumber] picks which number a website shows: Guangdong shows the
// subject number, other provinces the service number of the domain.
//
// # Auditing
//
// [Audit] reads a page with the golang.org/x/net/html tokenizer, joins its
// visible text as a browser lays it out, finds every number with
// [number.AppendAll] and returns a [Report]: each number shown ([Shown]:
// kind, canonical form, the text as written, where it is, the link around
// it) and the findings ([Finding]), each with a stable code, a [Severity]
// and English and Chinese messages. It builds no document tree, so memory
// stays bounded whatever the markup.
// [Report.Compliant] is true when no finding is an error. [ParseLink]
// classifies a single href the way Audit does.
//
// Audit bounds its work: see its documentation for the size, encoding and
// nesting limits. Everything in the package is safe for concurrent use; no
// function does I/O or reads the clock.
package display
