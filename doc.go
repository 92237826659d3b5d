// Package beian gets China's ICP filing (备案) rules right, once, for every Go program that needs
// them.
//
// Cloud providers' filing portals, domain registrars, site builders and CMSs that print the footer
// number, compliance scanners that crawl sites, and the tests of all of them each re-type the same
// regular expressions, province tables and status codes. This module holds them as typed values
// with exact parsers, generated tables, a transition table for filing orders and a pre-check that
// lists every problem a provider's first review would find.
//
// This root package holds no code. The work is done by its sub-packages, whose imports only
// point downwards:
//
//	province          the 31 mainland provinces: codes, names, ICP characters, regions, 管局, dated rules
//	number            ICP filing, licence and public-security numbers: parse, format, find in text
//	number/display    render the compliant footer snippet; audit a page's HTML for it
//	icp               the filing application, its identifiers (resident ID, USCC, mobile, domain …)
//	                  and the rectification-notice catalogue
//	order             filing types, order statuses and events, the one table of legal transitions
//	validate          go-playground/validator wiring and the pre-check engine, zh and en messages
//	number/numbertest, icp/icptest   synthetic values and builders for downstream tests
//
// Quick start:
//
//	c, err := province.Lookup("川")             // province.Sichuan, written 蜀 in ICP numbers
//	n, err := number.Parse("京ICP备11041704号-1") // n.Province() == province.Beijing
//	subject := n.Subject()                        // 京ICP备11041704号
//	report := validate.New(validate.At(day)).Check(ctx, app) // every problem of an application
//
// No package keeps mutable global state, performs I/O or reads the clock: rules that depend on the
// date take the reference time as an argument, and everything is safe for concurrent use.
package beian
