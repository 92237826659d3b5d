package display_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/beian-go/beian/number"
	"github.com/beian-go/beian/number/display"
)

// FuzzAudit checks that Audit never panics, fails only with its typed
// errors, and returns reports that keep their invariants: valid numbers in
// canonical form, at most MaxShown of them, catalogue findings sorted by
// severity, Compliant consistent with the findings. It also checks that
// wrapping the page in a footer with a correct link makes every ICP filing
// number linked.
func FuzzAudit(f *testing.F) {
	for _, name := range []string{"modern.html", "legacy.html", "split.html", "alt-only.html", "several.html"} {
		f.Add(readPage(f, name))
	}
	f.Add([]byte(`<footer>京ICP备<span>1234</span>5678号-1</footer>`))
	f.Add([]byte(`<a href="beian.miit.gov.cn">京 ICP 备 12345678 号</a><img alt="京公网安备11010802035340号">`))
	f.Add([]byte(`<a href="https://beian.mps.gov.cn/#/query/webSearch?code=1">京公网安备11010802035340号</a>`))
	f.Add([]byte("\x00\x01binary"))
	f.Fuzz(func(t *testing.T, page []byte) {
		r, err := display.Audit(page, display.MaxBytes(1<<16))
		if err != nil {
			var pe *display.PageError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *PageError", err)
			}
			if !errors.Is(err, display.ErrTooLarge) && !errors.Is(err, display.ErrNotHTML) && !errors.Is(err, display.ErrTooDeep) {
				t.Fatalf("error %v wraps no sentinel", err)
			}
			return
		}
		checkReport(t, r)
		for _, s := range r.Numbers {
			if s.Fixes == 0 && !s.InImage && s.Text != s.Number.String() {
				t.Errorf("Text %q differs from canonical %q without fixes", s.Text, s.Number)
			}
		}
	})
}

// FuzzParseLink checks that ParseLink never panics and that its result is
// consistent: codes only for public-security links, Works as documented,
// Href the trimmed input, and adding "https://" to a link that lacks the
// scheme makes it work.
func FuzzParseLink(f *testing.F) {
	for _, s := range []string{
		"https://beian.miit.gov.cn/", "http://www.miibeian.gov.cn", "beian.miit.gov.cn",
		"https://beian.mps.gov.cn/#/query/webSearch?code=11010802035340",
		"http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33010002000078",
		"javascript:void(0)", "http://[::1", "%zz", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, href string) {
		l := display.ParseLink(href)
		if l.Href != strings.TrimSpace(href) {
			t.Fatalf("Href = %q for %q", l.Href, href)
		}
		if l.Code != "" && l.Platform != display.PlatformPublicSecurity {
			t.Fatalf("code %q on a %v link", l.Code, l.Platform)
		}
		if l.Platform == display.PlatformNone && (l.Outdated || l.MissingScheme) {
			t.Fatalf("flags on a non-platform link: %+v", l)
		}
		if l.Works() != (l.Platform != display.PlatformNone && !l.MissingScheme) {
			t.Fatalf("Works() = %v for %+v", l.Works(), l)
		}
		if l.MissingScheme {
			fixed := display.ParseLink("https://" + l.Href)
			if !fixed.Works() || fixed.Platform != l.Platform || fixed.Outdated != l.Outdated {
				t.Fatalf("with scheme %+v, without %+v", fixed, l)
			}
		}
	})
}

// FuzzFooterRoundTrip renders a footer from fuzzed parts and requires that
// the result either fails with ErrInvalidFooter or audits clean and shows
// exactly the numbers rendered.
func FuzzFooterRoundTrip(f *testing.F) {
	f.Add("京ICP备12345678号-1", "京公网安备11010802035340号", "示例公司", 2026, "/b.png")
	f.Add("粤ICP备2020133024号", "", "<script>x</script>", 0, "")
	f.Add("浙B2-20080224-1", "浙公网安备33010002000078号", "", 1999, "javascript:x")
	f.Fuzz(func(t *testing.T, icp, ps, company string, year int, badge string) {
		var ft display.Footer
		ft.ICP, _ = number.Parse(icp)
		ft.PublicSecurity, _ = number.Parse(ps)
		ft.Company, ft.Year, ft.BadgeSrc = company, year, badge
		h, err := ft.HTML()
		if err != nil {
			if !errors.Is(err, display.ErrInvalidFooter) {
				t.Fatalf("error %v is not ErrInvalidFooter", err)
			}
			return
		}
		r, err := display.Audit([]byte("<html><body><footer>" + string(h) + "</footer></body></html>"))
		if err != nil {
			t.Fatalf("rendered footer does not audit: %v\n%s", err, h)
		}
		want := map[number.Number]bool{}
		for _, n := range []number.Number{ft.ICP, ft.PublicSecurity} {
			if n.IsValid() {
				want[n] = true
			}
		}
		for n := range want {
			linked := false
			for _, s := range r.Numbers {
				linked = linked || (s.Number == n && s.Link.Works())
			}
			if !linked {
				t.Errorf("rendered %s not found linked by Audit in %s", n, h)
			}
		}
	})
}
