package display

import (
	"fmt"
	"html"
	"html/template"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/beian-go/beian/number"
	"github.com/beian-go/beian/province"
)

// ShownNumber returns the number a website's footer shows, given the
// service number filed for its domain.
//
// This is a rule, not a guess: Guangdong (粤) sites show the subject number
// (粤ICP备12345678号, without "-n"); every other province shows the service
// number of the domain (京ICP备12345678号-1). The sources disagree (some
// hosts say to show only the subject number everywhere, and Beijing is said
// to insist on the service number); the default follows the majority and
// keeps the service number. Numbers that are not website service numbers
// (APP, mini-program and quick-app numbers, subject numbers, public-security
// numbers, the zero Number) are returned unchanged: an APP shows its own
// number.
//
// Which provinces show the subject number is data: the rules of kind
// province.RuleShowSubjectNumber that are applied by default and have no end
// date (today only Guangdong's).
func ShownNumber(service number.Number) number.Number {
	if service.Service() == number.ServiceWebsite && showsSubjectNumber(service.Province()) {
		return service.Subject()
	}
	return service
}

// showsSubjectNumber reports whether websites filed in c show the subject
// number in their footer, according to the province rule table.
func showsSubjectNumber(c province.Code) bool {
	for r := range province.Rules() {
		if r.Province == c && r.Kind == province.RuleShowSubjectNumber && r.Default && r.Until.IsZero() {
			return true
		}
	}
	return false
}

// Render returns the HTML link for one number: an ICP filing, ICP licence
// or telecom licence number links to the MIIT filing system
// https://beian.miit.gov.cn/, a public-security number to its query page on
// https://beian.mps.gov.cn/ with its code. The zero or an invalid Number
// fails with [ErrInvalidFooter].
func Render(n number.Number) (template.HTML, error) {
	if !n.IsValid() {
		return "", fmt.Errorf("display: %w: invalid number", ErrInvalidFooter)
	}
	var b strings.Builder
	writeLink(&b, n, "")
	return template.HTML(b.String()), nil
}

// Footer is the filing information a site prints at the bottom of its home
// page (or an APP on its About or Settings page). The zero Footer renders
// nothing and fails; set at least one number.
type Footer struct {
	// ICP is the ICP filing number, ICP operating licence or value-added
	// telecom licence number to show; use [ShownNumber] to pick it from
	// the domain's service number. The zero Number leaves it out.
	ICP number.Number
	// PublicSecurity is the public-security filing number; the zero
	// Number leaves it out (nothing like "公网安备 号" is printed).
	PublicSecurity number.Number
	// Company is the operator's name, printed in the copyright line; ""
	// leaves it out. It is escaped, never interpreted as HTML; runs of
	// white space become one space; invalid UTF-8 and control characters
	// are rejected.
	Company string
	// Year is the copyright year (1990–9999); 0 leaves it out.
	Year int
	// BadgeSrc is the URL of the police badge image shown before the
	// public-security number (a copy of the icon from the platform, on the
	// site's own server); "" leaves it out. Only http, https and relative
	// URLs are accepted.
	BadgeSrc string
}

func (f Footer) check() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("display: %w: "+format, append([]any{ErrInvalidFooter}, args...)...)
	}
	if f.ICP == (number.Number{}) && f.PublicSecurity == (number.Number{}) {
		return bad("no number to show")
	}
	if f.ICP != (number.Number{}) {
		switch k := f.ICP.Kind(); {
		case !f.ICP.IsValid():
			return bad("invalid ICP number")
		case k != number.KindICPFiling && k != number.KindICPLicence && k != number.KindTelecomLicence:
			return bad("ICP field holds a %v number", k)
		}
	}
	if f.PublicSecurity != (number.Number{}) && (!f.PublicSecurity.IsValid() || f.PublicSecurity.Kind() != number.KindPublicSecurity) {
		return bad("PublicSecurity field holds a %v number", f.PublicSecurity.Kind())
	}
	if !printable(f.Company) {
		return bad("company name is not valid UTF-8 or holds control characters")
	}
	if !printable(f.BadgeSrc) {
		return bad("badge URL is not valid UTF-8 or holds control characters")
	}
	if f.Year != 0 && (f.Year < 1990 || f.Year > 9999) {
		return bad("year %d out of range", f.Year)
	}
	if f.BadgeSrc != "" {
		u, err := url.Parse(f.BadgeSrc)
		if err != nil || (u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https") {
			return bad("badge URL must be http, https or relative")
		}
	}
	return nil
}

// printable reports valid UTF-8 without control characters other than
// white space (which is collapsed when printed).
func printable(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if (r < 0x20 && r != '\t' && r != '\n' && r != '\r') || (0x7F <= r && r < 0xA0) {
			return false
		}
	}
	return true
}

// copyright returns "© 2026 示例科技有限公司 版权所有", the parts present, or "".
func (f Footer) copyright() string {
	company := strings.Join(strings.Fields(f.Company), " ")
	var parts []string
	if f.Year != 0 {
		parts = append(parts, "© "+strconv.Itoa(f.Year))
	}
	if company != "" {
		parts = append(parts, company, "版权所有")
	}
	return strings.Join(parts, " ")
}

// HTML returns the footer as one centred block: the copyright line (when
// Company or Year is set), the ICP number linked to the MIIT filing system
// and the public-security number linked to its platform with its code,
// each on its own line. Text is escaped, so the result is safe to insert
// into an html/template. An invalid Footer fails with [ErrInvalidFooter].
func (f Footer) HTML() (template.HTML, error) {
	if err := f.check(); err != nil {
		return "", err
	}
	var b strings.Builder
	b.WriteString(`<div class="beian" style="text-align:center">`)
	if c := f.copyright(); c != "" {
		b.WriteString("\n<span>")
		b.WriteString(html.EscapeString(c))
		b.WriteString("</span>")
	}
	if f.ICP.IsValid() {
		b.WriteString("\n")
		writeLink(&b, f.ICP, "")
	}
	if f.PublicSecurity.IsValid() {
		b.WriteString("\n")
		writeLink(&b, f.PublicSecurity, f.BadgeSrc)
	}
	b.WriteString("\n</div>")
	return template.HTML(b.String()), nil
}

// Text returns the footer as plain lines for an APP's About or Settings
// page: the copyright line, then "ICP备案号：…" (APP备案号, 小程序备案号 or
// 快应用备案号 for those services; 经营许可证编号 for licences) and
// "公安备案号：…". The APP should open [number.MIITURL] (or the
// public-security query page) when the line is tapped. An invalid Footer
// fails with [ErrInvalidFooter].
func (f Footer) Text() (string, error) {
	if err := f.check(); err != nil {
		return "", err
	}
	var lines []string
	if c := f.copyright(); c != "" {
		lines = append(lines, c)
	}
	if f.ICP.IsValid() {
		lines = append(lines, icpLabel(f.ICP)+"："+f.ICP.String())
	}
	if f.PublicSecurity.IsValid() {
		lines = append(lines, "公安备案号："+f.PublicSecurity.String())
	}
	return strings.Join(lines, "\n"), nil
}

// icpLabel names an ICP-kind number for the plain-text form.
func icpLabel(n number.Number) string {
	if n.Kind() != number.KindICPFiling {
		return "经营许可证编号"
	}
	switch n.Service() {
	case number.ServiceApp:
		return "APP备案号"
	case number.ServiceMiniProgram:
		return "小程序备案号"
	case number.ServiceQuickApp:
		return "快应用备案号"
	default:
		return "ICP备案号"
	}
}

// writeLink writes <a href=…>number</a>, with the badge image first when
// badge is set.
func writeLink(b *strings.Builder, n number.Number, badge string) {
	b.WriteString(`<a href="`)
	b.WriteString(html.EscapeString(n.QueryURL()))
	b.WriteString(`" target="_blank" rel="noreferrer">`)
	if badge != "" {
		b.WriteString(`<img src="`)
		b.WriteString(html.EscapeString(badge))
		b.WriteString(`" alt="" style="width:14px;height:14px;vertical-align:middle">`)
	}
	b.WriteString(html.EscapeString(n.String()))
	b.WriteString("</a>")
}
