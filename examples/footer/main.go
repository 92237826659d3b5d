// Command footer audits an HTML page for the filing numbers it must show:
// the ICP number linked to the MIIT filing system, the public-security
// number linked to its platform, both at the bottom of the page.
//
// Usage:
//
//	go run ./examples/footer                      # audit the embedded sample page
//	go run ./examples/footer page.html            # audit a file ("-" reads stdin)
//	go run ./examples/footer -json page.html      # the report as JSON
//	go run ./examples/footer -expect 京ICP备12345678号-1 -expect-ps 京公网安备11010802035340号 page.html
//
// The exit status is 0 when the page is compliant (no finding of severity
// error), 1 when it is not, and 2 when the page cannot be read or audited.
package main

import (
	_ "embed"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/beian-go/beian/number"
	"github.com/beian-go/beian/number/display"
)

// samplePage is a compliant home page, audited when no file is given.
//
//go:embed sample.html
var samplePage []byte

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("footer", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the report as JSON")
	expect := fs.String("expect", "", "ICP `number` the site is filed under (its domain's service number)")
	expectPS := fs.String("expect-ps", "", "public-security `number` the site is filed under")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	var opts []display.Option
	var expected []number.Number
	for _, e := range []struct {
		text string
		opt  func(number.Number) display.Option
	}{{*expect, display.ExpectICP}, {*expectPS, display.ExpectPublicSecurity}} {
		if e.text == "" {
			continue
		}
		n, err := number.Parse(e.text)
		if err != nil {
			fmt.Fprintln(stderr, "footer:", err)
			return 2
		}
		opts = append(opts, e.opt(n))
		expected = append(expected, n)
	}

	name, page := "embedded sample page", samplePage
	switch fs.NArg() {
	case 0:
	case 1:
		var err error
		name = fs.Arg(0)
		if page, err = readPage(name); err != nil {
			fmt.Fprintln(stderr, "footer:", err)
			return 2
		}
	default:
		fmt.Fprintln(stderr, "footer: give at most one HTML file")
		return 2
	}

	report, err := display.Audit(page, opts...)
	if err != nil {
		fmt.Fprintf(stderr, "footer: %s: %v\n", name, err)
		return 2
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(struct {
			Page      string `json:"page"`
			Compliant bool   `json:"compliant"`
			display.Report
		}{name, report.Compliant(), report}); err != nil {
			fmt.Fprintln(stderr, "footer:", err)
			return 2
		}
	} else {
		printReport(stdout, name, report)
		if !report.Compliant() {
			printSuggestion(stdout, report, expected)
		}
	}
	if !report.Compliant() {
		return 1
	}
	return 0
}

// readPage reads a file, or stdin for "-", stopping one byte past the
// audit's size limit so that an oversized page is reported, not loaded.
func readPage(name string) ([]byte, error) {
	var r io.Reader = os.Stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	return io.ReadAll(io.LimitReader(r, display.DefaultMaxBytes+1))
}

func printReport(w io.Writer, name string, r display.Report) {
	fmt.Fprintf(w, "page: %s\n", name)
	fmt.Fprintf(w, "numbers shown: %d\n", len(r.Numbers))
	for _, s := range r.Numbers {
		where := "not at the bottom"
		if s.InFooter {
			where = "at the bottom"
		}
		fmt.Fprintf(w, "  %s (%s), %s, in %s\n", s.Number, s.Kind, where, safe(s.Path))
		switch {
		case s.Link.Href == "":
			fmt.Fprintf(w, "    no link\n")
		default:
			fmt.Fprintf(w, "    link %s (%s)\n", safe(s.Link.Href), s.Link.Platform)
		}
		if s.Text != s.Number.String() {
			fmt.Fprintf(w, "    written as %q\n", s.Text)
		}
	}
	fmt.Fprintf(w, "findings: %d\n", len(r.Findings))
	for _, f := range r.Findings {
		fmt.Fprintf(w, "  %-7s %s", f.Severity, f.Code)
		if f.Number.IsValid() {
			fmt.Fprintf(w, " %s", f.Number)
		}
		fmt.Fprintf(w, "\n    %s\n    %s\n", f.Message, f.MessageZH)
	}
	if r.Compliant() {
		fmt.Fprintln(w, "compliant: yes")
	} else {
		fmt.Fprintln(w, "compliant: no")
	}
}

// safe returns page text for the terminal: unchanged when it is valid
// UTF-8 without control or format characters (bidi overrides), otherwise
// quoted with Go escapes, so that a page cannot send escape sequences to
// the reader's terminal.
func safe(s string) string {
	hidden := func(r rune) bool { return unicode.IsControl(r) || unicode.Is(unicode.Cf, r) }
	if !utf8.ValidString(s) || strings.IndexFunc(s, hidden) >= 0 {
		return strconv.Quote(s)
	}
	return s
}

// printSuggestion prints the footer markup that would fix the page: the
// expected numbers when given, otherwise the ones the page shows.
func printSuggestion(w io.Writer, r display.Report, expected []number.Number) {
	var f display.Footer
	for _, n := range expected {
		if n.Kind() == number.KindPublicSecurity {
			f.PublicSecurity = n
		} else {
			f.ICP = display.ShownNumber(n)
		}
	}
	for _, s := range r.Numbers {
		switch k := s.Number.Kind(); {
		case k == number.KindPublicSecurity && !f.PublicSecurity.IsValid():
			f.PublicSecurity = s.Number
		case k == number.KindICPFiling && !f.ICP.IsValid():
			f.ICP = s.Number
		}
	}
	h, err := f.HTML()
	if err != nil {
		return // nothing known to suggest
	}
	fmt.Fprintf(w, "suggested footer:\n%s\n", h)
}
