package display_test

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/beian-go/beian/number"
	"github.com/beian-go/beian/number/display"
	"github.com/google/go-cmp/cmp"
)

// readPage loads a page from testdata/pages.
func readPage(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "pages", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// footerPage wraps body markup in a minimal document.
func footerPage(body string) []byte {
	return []byte("<!DOCTYPE html><html><head><meta charset=utf-8><title>t</title></head><body>" + body + "</body></html>")
}

const (
	miitLink = `<a href="https://beian.miit.gov.cn/" target="_blank">`
	psLink   = `<a href="https://beian.mps.gov.cn/#/query/webSearch?code=11010802035340"><img src="/b.png" alt="">`
)

// longText is enough visible text to push what precedes it out of the
// last 30% of a page.
var longText = "<main>" + strings.Repeat("<p>这是一段正文内容，用来撑开页面的长度。</p>", 40) + "</main>"

func TestAudit(t *testing.T) {
	icp := number.MustParse("京ICP备12345678号-1")
	ps := number.MustParse("京公网安备11010802035340号")
	tests := []struct {
		name      string
		page      []byte
		opts      []display.Option
		numbers   []string // canonical forms, in report order
		codes     []string // finding codes, sorted
		compliant bool
	}{
		// A modern footer: both numbers linked, badge, inside <footer>.
		{"modern", readPage(t, "modern.html"), nil,
			[]string{"京ICP备12345678号-1", "京公网安备11010802035340号"}, nil, true},
		// The same page, with the numbers the site is filed under.
		{"modern expected", readPage(t, "modern.html"),
			[]display.Option{display.ExpectICP(icp), display.ExpectPublicSecurity(ps)},
			[]string{"京ICP备12345678号-1", "京公网安备11010802035340号"}, nil, true},
		// The site is filed under another number than the one it shows.
		{"modern wrong number", readPage(t, "modern.html"),
			[]display.Option{display.ExpectICP(number.MustParse("京ICP备87654321号-1"))},
			[]string{"京ICP备12345678号-1", "京公网安备11010802035340号"}, []string{"icp.unexpected-number"}, false},
		// The public-security number expected differs from the one shown.
		{"modern wrong ps number", readPage(t, "modern.html"),
			[]display.Option{display.ExpectPublicSecurity(number.MustParse("京公网安备11010802035341号"))},
			[]string{"京ICP备12345678号-1", "京公网安备11010802035340号"}, []string{"ps.unexpected-number"}, false},
		// A 2008 table layout linking to miibeian.gov.cn, the footer found by position.
		{"legacy miibeian", readPage(t, "legacy.html"), nil,
			[]string{"京ICP备05066828号"}, []string{"icp.outdated-link"}, true},
		// The number split over three spans inside the link.
		{"split by spans", readPage(t, "split.html"), nil,
			[]string{"浙ICP备2020036024号-1"}, nil, true},
		// The number only in an image's alt text.
		{"image alt only", readPage(t, "alt-only.html"), nil,
			[]string{"沪ICP备2026040883号-1"}, []string{"icp.image-only"}, true},
		// A licence, a filing number and an old-style public-security link
		// written with a space after 公网安备, as the platform's snippet has it.
		{"several numbers", readPage(t, "several.html"), nil,
			[]string{"浙B2-20080224-1", "浙ICP备2020036024号-1", "浙公网安备33010002000078号"},
			[]string{"ps.outdated-link"}, true},
		// A public-security number with full-width digits.
		{"ps full-width", footerPage(`<footer>` + miitLink + `京ICP备12345678号-1</a> ` + psLink + `京公网安备１１０１０８０２０３５３４０号</a></footer>`), nil,
			[]string{"京ICP备12345678号-1", "京公网安备11010802035340号"}, []string{"ps.noncanonical"}, true},
		// The number as plain text.
		{"not linked", footerPage(`<footer><p>京ICP备12345678号-1</p></footer>`), nil,
			[]string{"京ICP备12345678号-1"}, []string{"icp.not-linked"}, false},
		// The number linked to the company's own page.
		{"wrong link", footerPage(`<footer><a href="/about">京ICP备12345678号-1</a></footer>`), nil,
			[]string{"京ICP备12345678号-1"}, []string{"icp.wrong-link"}, false},
		// The ICP number linked to the public-security platform.
		{"icp to mps", footerPage(`<footer><a href="https://beian.mps.gov.cn/">京ICP备12345678号-1</a></footer>`), nil,
			[]string{"京ICP备12345678号-1"}, []string{"icp.wrong-link"}, false},
		// The link without a scheme resolves to a path on the site.
		{"broken link", footerPage(`<footer><a href="beian.miit.gov.cn">京ICP备12345678号-1</a></footer>`), nil,
			[]string{"京ICP备12345678号-1"}, []string{"icp.broken-link"}, false},
		// The 2019–2020 host.
		{"www.beian.miit.gov.cn", footerPage(`<footer><a href="http://www.beian.miit.gov.cn">京ICP备12345678号-1</a></footer>`), nil,
			[]string{"京ICP备12345678号-1"}, []string{"icp.outdated-link"}, true},
		// http:// to the current host is fine.
		{"current host over http", footerPage(`<footer><a href="http://BEIAN.MIIT.GOV.CN">京ICP备12345678号-1</a></footer>`), nil,
			[]string{"京ICP备12345678号-1"}, nil, true},
		// No number anywhere.
		{"no number", footerPage(`<p>欢迎访问</p>`), nil, nil, []string{"icp.missing"}, false},
		// A number only inside a script is not shown.
		{"number in script", footerPage(`<script>var icp = "京ICP备12345678号-1";</script><p>hi</p>`), nil,
			nil, []string{"icp.missing"}, false},
		// A hidden footer is not shown.
		{"hidden footer", footerPage(`<footer style="DISPLAY: none">` + miitLink + `京ICP备12345678号-1</a></footer>`), nil,
			nil, []string{"icp.missing"}, false},
		// The hidden attribute.
		{"hidden attribute", footerPage(`<div hidden>` + miitLink + `京ICP备12345678号-1</a></div>`), nil,
			nil, []string{"icp.missing"}, false},
		// A number in a comment is not shown.
		{"number in comment", footerPage(`<!-- 京ICP备12345678号-1 --><p>hi</p>`), nil,
			nil, []string{"icp.missing"}, false},
		// Block elements separate text: the halves are not one number.
		{"split by block", footerPage(`<footer>京ICP备<div>12345678号-1</div></footer>`), nil,
			nil, []string{"icp.missing"}, false},
		// Half the number outside the link still counts as linked.
		{"half linked", footerPage(`<footer>京ICP备` + miitLink + `12345678号-1</a></footer>`), nil,
			[]string{"京ICP备12345678号-1"}, nil, true},
		// Spaces inside the number.
		{"spaces", footerPage(`<footer>` + miitLink + `京ICP备 12345678 号-1</a></footer>`), nil,
			[]string{"京ICP备12345678号-1"}, []string{"icp.noncanonical"}, true},
		// A no-break space inside the number.
		{"nbsp", footerPage(`<footer>` + miitLink + `京ICP备&nbsp;12345678号-1</a></footer>`), nil,
			[]string{"京ICP备12345678号-1"}, []string{"icp.noncanonical"}, true},
		// A label before the number is not a defect of the number.
		{"label", footerPage(`<footer>` + miitLink + `备案号：京ICP备12345678号-1</a></footer>`), nil,
			[]string{"京ICP备12345678号-1"}, nil, true},
		// Only in the header of a long page.
		{"header only", footerPage(`<header>` + miitLink + `京ICP备12345678号-1</a></header>` + longText), nil,
			[]string{"京ICP备12345678号-1"}, []string{"icp.not-in-footer"}, true},
		// Twice: unlinked at the top, linked at the bottom; the best occurrence counts.
		{"duplicate", footerPage(`<header>京ICP备12345678号-1</header>` + longText + `<footer>` + miitLink + `京ICP备12345678号-1</a></footer>`), nil,
			[]string{"京ICP备12345678号-1", "京ICP备12345678号-1"}, nil, true},
		// A licence holder linking its licence number.
		{"licence linked", footerPage(`<footer>` + miitLink + `京ICP证030173号</a></footer>`), nil,
			[]string{"京ICP证030173号"}, nil, true},
		// A licence without link and no filing number.
		{"licence not linked", footerPage(`<footer><span>京ICP证030173号</span></footer>`), nil,
			[]string{"京ICP证030173号"}, []string{"icp.licence-not-linked"}, true},
		// The public-security number as plain text without badge.
		{"ps not linked", footerPage(`<footer>` + miitLink + `京ICP备12345678号-1</a> <span>京公网安备11010802035340号</span></footer>`), nil,
			[]string{"京ICP备12345678号-1", "京公网安备11010802035340号"}, []string{"ps.no-badge", "ps.not-linked"}, false},
		// The public-security link queries another code.
		{"ps code mismatch", footerPage(`<footer>` + miitLink + `京ICP备12345678号-1</a> <a href="https://beian.mps.gov.cn/#/query/webSearch?code=11010802035341"><img src="/b.png" alt="">京公网安备11010802035340号</a></footer>`), nil,
			[]string{"京ICP备12345678号-1", "京公网安备11010802035340号"}, []string{"ps.code-mismatch"}, false},
		// The public-security link without a code, and without badge.
		{"ps code missing", footerPage(`<footer>` + miitLink + `京ICP备12345678号-1</a> <a href="https://beian.mps.gov.cn/">京公网安备11010802035340号</a></footer>`), nil,
			[]string{"京ICP备12345678号-1", "京公网安备11010802035340号"}, []string{"ps.code-missing", "ps.no-badge"}, false},
		// The public-security number linked to the MIIT system.
		{"ps wrong link", footerPage(`<footer>` + miitLink + `京ICP备12345678号-1</a> ` + miitLink + `京公网安备11010802035340号</a></footer>`), nil,
			[]string{"京ICP备12345678号-1", "京公网安备11010802035340号"}, []string{"ps.no-badge", "ps.wrong-link"}, false},
		// The badge image beside the link rather than inside it.
		{"ps badge beside", footerPage(`<footer>` + miitLink + `京ICP备12345678号-1</a> <img src="/b.png"> <a href="https://beian.mps.gov.cn/#/query/webSearch?code=11010802035340">京公网安备11010802035340号</a></footer>`), nil,
			[]string{"京ICP备12345678号-1", "京公网安备11010802035340号"}, nil, true},
		// The prefix character names another province than the area code (such numbers exist).
		{"ps prefix mismatch", footerPage(`<footer>` + miitLink + `京ICP备12345678号-1</a> <a href="https://beian.mps.gov.cn/#/query/webSearch?code=33010802007421"><img src="/b.png" alt="">黔公网安备33010802007421号</a></footer>`), nil,
			[]string{"京ICP备12345678号-1", "黔公网安备33010802007421号"}, []string{"ps.prefix-mismatch"}, true},
		// Sichuan's two prefix characters are both right.
		{"ps sichuan", footerPage(`<footer>` + miitLink + `蜀ICP备2026033844号-1</a> <a href="https://beian.mps.gov.cn/#/query/webSearch?code=51078202110037"><img src="/b.png" alt="">川公网安备51078202110037号</a></footer>`), nil,
			[]string{"蜀ICP备2026033844号-1", "川公网安备51078202110037号"}, nil, true},
		// The caller requires a public-security number and there is none.
		{"ps required", footerPage(`<footer>` + miitLink + `京ICP备12345678号-1</a></footer>`), []display.Option{display.RequirePublicSecurity()},
			[]string{"京ICP备12345678号-1"}, []string{"ps.missing"}, false},
		// Outside Guangdong the subject number is shown where the service number is expected.
		{"subject instead of service", footerPage(`<footer>` + miitLink + `京ICP备12345678号</a></footer>`),
			[]display.Option{display.ExpectICP(icp)},
			[]string{"京ICP备12345678号"}, []string{"icp.subject-instead-of-service"}, true},
		// Guangdong shows the subject number.
		{"guangdong subject", footerPage(`<footer>` + miitLink + `粤ICP备2020133024号</a></footer>`),
			[]display.Option{display.ExpectICP(number.MustParse("粤ICP备2020133024号-3"))},
			[]string{"粤ICP备2020133024号"}, nil, true},
		// Guangdong showing the service number.
		{"guangdong service", footerPage(`<footer>` + miitLink + `粤ICP备2020133024号-3</a></footer>`),
			[]display.Option{display.ExpectICP(number.MustParse("粤ICP备2020133024号-3"))},
			[]string{"粤ICP备2020133024号-3"}, []string{"icp.service-instead-of-subject"}, true},
		// Another site of the same subject.
		{"other service", footerPage(`<footer>` + miitLink + `京ICP备12345678号-2</a></footer>`),
			[]display.Option{display.ExpectICP(icp)},
			[]string{"京ICP备12345678号-2"}, []string{"icp.unexpected-number"}, false},
		// The caller names only the subject; a service number of it fits.
		{"expect subject", footerPage(`<footer>` + miitLink + `京ICP备12345678号-2</a></footer>`),
			[]display.Option{display.ExpectICP(number.MustParse("京ICP备12345678号"))},
			[]string{"京ICP备12345678号-2"}, nil, true},
		// Plain text that is not HTML at all is read as a page of text.
		{"plain text", []byte("京ICP备12345678号-1"), nil,
			[]string{"京ICP备12345678号-1"}, []string{"icp.not-linked"}, false},
		// Empty input.
		{"empty", nil, nil, nil, []string{"icp.missing"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := display.Audit(tt.page, tt.opts...)
			if err != nil {
				t.Fatalf("Audit: %v", err)
			}
			var numbers []string
			for _, s := range r.Numbers {
				numbers = append(numbers, s.Number.String())
			}
			if diff := cmp.Diff(tt.numbers, numbers); diff != "" {
				t.Errorf("numbers (-want +got):\n%s", diff)
			}
			var codes []string
			for _, f := range r.Findings {
				codes = append(codes, f.Code)
			}
			slices.Sort(codes)
			if diff := cmp.Diff(tt.codes, codes); diff != "" {
				t.Errorf("finding codes (-want +got):\n%s", diff)
			}
			if got := r.Compliant(); got != tt.compliant {
				t.Errorf("Compliant() = %v, want %v; findings %v", got, tt.compliant, codes)
			}
			checkReport(t, r)
		})
	}
}

// checkReport asserts what holds for every report.
func checkReport(t testing.TB, r display.Report) {
	t.Helper()
	if len(r.Numbers) > display.MaxShown {
		t.Errorf("%d numbers, more than MaxShown", len(r.Numbers))
	}
	for _, s := range r.Numbers {
		if !s.Number.IsValid() {
			t.Errorf("invalid number in report: %+v", s)
		}
		if back, err := number.Parse(s.Number.String()); err != nil || back != s.Number {
			t.Errorf("canonical form %q does not parse back: %v", s.Number, err)
		}
		if s.Kind != s.Number.Kind() {
			t.Errorf("Kind %q, number kind %v", s.Kind, s.Number.Kind())
		}
		if s.Path == "" {
			t.Errorf("empty path for %s", s.Number)
		}
	}
	errs := false
	for i, f := range r.Findings {
		sev, en, zh, ok := display.Describe(f.Code)
		if !ok || sev != f.Severity || en != f.Message || zh != f.MessageZH {
			t.Errorf("finding %+v does not match the catalogue", f)
		}
		if i > 0 && r.Findings[i-1].Severity < f.Severity {
			t.Errorf("findings not sorted by severity: %v before %v", r.Findings[i-1].Severity, f.Severity)
		}
		errs = errs || f.Severity == display.SeverityError
	}
	if r.Compliant() == errs {
		t.Errorf("Compliant() = %v with error findings = %v", r.Compliant(), errs)
	}
}

func TestAuditShownDetails(t *testing.T) {
	r, err := display.Audit(readPage(t, "modern.html"))
	if err != nil {
		t.Fatal(err)
	}
	want := []display.Shown{
		{
			Number:   number.MustParse("京ICP备12345678号-1"),
			Kind:     number.KindICPFiling,
			Text:     "京ICP备12345678号-1",
			Path:     "html>body>footer.site-footer>p>a",
			Link:     display.Link{Href: "https://beian.miit.gov.cn/", Platform: display.PlatformMIIT},
			InFooter: true,
		},
		{
			Number: number.MustParse("京公网安备11010802035340号"),
			Kind:   number.KindPublicSecurity,
			Text:   "京公网安备11010802035340号",
			Path:   "html>body>footer.site-footer>p>a",
			Link: display.Link{Href: "https://beian.mps.gov.cn/#/query/webSearch?code=11010802035340",
				Platform: display.PlatformPublicSecurity, Code: "11010802035340"},
			Badge:    true,
			InFooter: true,
		},
	}
	if diff := cmp.Diff(want, r.Numbers, cmp.Comparer(func(a, b number.Number) bool { return a == b })); diff != "" {
		t.Errorf("Numbers (-want +got):\n%s", diff)
	}
}

func TestAuditSplitText(t *testing.T) {
	r, err := display.Audit(readPage(t, "split.html"))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Numbers) != 1 {
		t.Fatalf("got %d numbers, want 1", len(r.Numbers))
	}
	s := r.Numbers[0]
	// The innermost element holding all three spans is the link.
	if want := "html>body>div#footer>div.beian>a"; s.Path != want {
		t.Errorf("Path = %q, want %q", s.Path, want)
	}
	if s.Text != "浙ICP备2020036024号-1" || s.Fixes != 0 {
		t.Errorf("Text = %q, Fixes = %v", s.Text, s.Fixes)
	}
	if !s.Link.Works() || s.Link.Platform != display.PlatformMIIT || s.Link.Outdated {
		t.Errorf("Link = %+v", s.Link)
	}
}

func TestAuditImageAlt(t *testing.T) {
	r, err := display.Audit(readPage(t, "alt-only.html"))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Numbers) != 1 || !r.Numbers[0].InImage || r.Numbers[0].Path != "html>body>div.bottom>a>img" {
		t.Fatalf("Numbers = %+v", r.Numbers)
	}
}

func TestAuditInvalidOptions(t *testing.T) {
	icp := number.MustParse("京ICP备12345678号-1")
	ps := number.MustParse("京公网安备11010802035340号")
	tests := []struct {
		name string
		opt  display.Option
	}{
		// A public-security number where the ICP number goes.
		{"ExpectICP with ps", display.ExpectICP(ps)},
		// The zero Number.
		{"ExpectICP zero", display.ExpectICP(number.Number{})},
		// An ICP number where the public-security number goes.
		{"ExpectPublicSecurity with icp", display.ExpectPublicSecurity(icp)},
		// No room at all.
		{"MaxBytes zero", display.MaxBytes(0)},
		// Negative.
		{"MaxBytes negative", display.MaxBytes(-5)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := display.Audit(readPage(t, "modern.html"), tt.opt)
			if !errors.Is(err, display.ErrInvalidOption) {
				t.Fatalf("err = %v, want ErrInvalidOption", err)
			}
		})
	}
}

func TestAuditPaths(t *testing.T) {
	const n = "京ICP备12345678号-1"
	tests := []struct {
		name, page, want string
	}{
		// No html, head or body tags: the browser adds them.
		{"implied body", `<title>t</title><footer><p>` + n, "html>body>footer>p"},
		// A paragraph closes the open one.
		{"implied p end", `<p>a<p><a href="https://beian.miit.gov.cn/">` + n + `</a>`, "html>body>p>a"},
		// A list item closes the previous one.
		{"implied li end", `<ul><li>x<li><span>` + n + `</span></ul>`, "html>body>ul>li>span"},
		// Rows get their tbody; a cell closes the previous one.
		{"table", `<table><tr><td>x<td class="beian">` + n + `</table>`, "html>body>table>tbody>tr>td.beian"},
		// Self-closing SVG children do not stay open.
		{"svg", `<div id="f"><svg><path d="M0"/><circle r="1"/></svg><span>` + n + `</span></div>`, "html>body>div#f>span"},
		// A self-closing svg does not stay open either.
		{"svg self-closing", `<div><svg/><span>` + n + `</span></div>`, "html>body>div>span"},
		// A stray end tag changes nothing.
		{"stray end tag", `<div class="a"></section></span><b>` + n + `</b></div>`, "html>body>div.a>b"},
		// Content after </body> still belongs to the body.
		{"after body", `<html><body><p>x</p></body></html><footer>` + n + `</footer>`, "html>body>footer"},
		// Long paths keep their ends.
		{"deep", strings.Repeat("<span>", 20) + n, "html>body>span>span>span>span>span>span>…>span>span>span>span>span>span>span>span"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := display.Audit([]byte(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Numbers) != 1 {
				t.Fatalf("%d numbers, want 1", len(r.Numbers))
			}
			if got := r.Numbers[0].Path; got != tt.want {
				t.Errorf("Path = %q, want %q", got, tt.want)
			}
		})
	}
	// Text in the head is not shown.
	r, err := display.Audit([]byte(`<head><title>` + n + `</title></head><body><p>hi</p></body>`))
	if err != nil || len(r.Numbers) != 0 {
		t.Errorf("title text audited as shown: %+v, %v", r.Numbers, err)
	}
}

// TestAuditTextInHead checks text written inside an unclosed <head>: a
// browser closes the head and shows the text in the body, while text of
// <title> and <script> stays invisible.
func TestAuditTextInHead(t *testing.T) {
	tests := []struct {
		name string
		page string
		want []string // canonical numbers shown
	}{
		// Text right after a <meta> in a head that is never closed.
		{"after meta", `<html><head><meta charset=utf-8>京ICP备12345678号-1`, []string{"京ICP备12345678号-1"}},
		// After a title: the title's number is not shown, the text's is.
		{"after title", `<html><head><title>京ICP备87654321号</title>京ICP备12345678号-1`, []string{"京ICP备12345678号-1"}},
		// Leading white space in the head is not content.
		{"space then link", "<head>\n <meta charset=utf-8>\n<a href=\"https://beian.miit.gov.cn/\">京ICP备12345678号-1</a>", []string{"京ICP备12345678号-1"}},
		// A script in the head stays hidden.
		{"script", `<head><script>var s = "京ICP备87654321号"</script>`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := display.Audit([]byte(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range r.Numbers {
				got = append(got, s.Number.String())
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("numbers %q, want %q", got, tt.want)
			}
			checkReport(t, r)
		})
	}
}
