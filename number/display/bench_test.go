package display_test

import (
	"bytes"
	"fmt"
	"html/template"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/beian-go/beian/number"
	"github.com/beian-go/beian/number/display"
	"golang.org/x/net/html"
)

// portalPage builds a realistic news-portal home page of about size bytes:
// a head with CSS and inline script, navigation, a long list of news items,
// a sidebar, and a footer with both numbers linked.
func portalPage(size int) []byte {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>示例新闻网 - 首页</title>`)
	b.WriteString("<style>")
	for i := range 60 {
		fmt.Fprintf(&b, ".c%d{margin:0 %dpx;padding:4px;color:#333;font-size:14px}\n", i, i)
	}
	b.WriteString("</style><script>")
	for i := range 80 {
		fmt.Fprintf(&b, "function f%d(a){return document.querySelectorAll('.item-%d').length+a;}\n", i, i)
	}
	b.WriteString(`</script></head><body><header class="top"><a class="logo" href="/">示例新闻网</a><nav><ul>`)
	for i := range 40 {
		fmt.Fprintf(&b, `<li><a href="/channel/%d/">频道%d</a></li>`, i, i)
	}
	b.WriteString(`</ul></nav></header><div class="container"><div class="main"><ul class="news">`)
	footer := `<footer class="site-footer"><p>© 2026 示例新闻网 版权所有 违法和不良信息举报电话：010-00000000</p><p>` +
		`<a href="https://beian.miit.gov.cn/" target="_blank">京ICP备12345678号-1</a> ` +
		`<a href="https://beian.mps.gov.cn/#/query/webSearch?code=11010802035340" target="_blank"><img src="/img/ga.png" alt="">京公网安备11010802035340号</a> ` +
		`<span>京网文（2016）6588-901号</span></p></footer></body></html>`
	sidebar := `</ul></div><aside class="side"><h3>热门</h3><ol><li><a href="/hot/1">热点一</a></li><li><a href="/hot/2">热点二</a></li></ol></aside></div>`
	for i := 0; b.Len() < size-len(footer)-len(sidebar)-400; i++ {
		fmt.Fprintf(&b, `<li class="item item-%d"><a href="/news/2026/11/%06d.html" title="新闻标题%d">第%d条新闻：城市交通与公共服务持续改善</a>`+
			`<span class="date">2026-11-%02d</span><p class="summary">本报讯 记者从有关部门获悉，今年以来各项工作稳步推进，群众满意度明显提升。<b>详情</b></p></li>`,
			i%60, i, i, i, 1+i%28)
	}
	b.WriteString(sidebar)
	b.WriteString(footer)
	return []byte(b.String())
}

// naiveICP is what a hand-rolled checker does: a regexp over the raw
// markup, no parsing, no links, no split text.
var naiveICP = regexp.MustCompile(`[\p{Han}]ICP[备证]\d{6,10}号(?:-\d+[AXK]?)?|[\p{Han}]公网安备\s*\d{12,14}号`)

func TestPortalPage(t *testing.T) {
	page := portalPage(100 << 10)
	if len(page) < 95<<10 || len(page) > 105<<10 {
		t.Fatalf("page is %d bytes, want about 100 KiB", len(page))
	}
	r, err := display.Audit(page)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Numbers) != 2 || len(r.Findings) != 0 {
		t.Fatalf("portal page: %+v", r)
	}
	// The baseline finds the same two numbers, but knows nothing of links.
	if got := naiveICP.FindAll(page, -1); len(got) != 2 {
		t.Fatalf("regexp baseline found %q", got)
	}
}

// BenchmarkAudit compares Audit on a 100 KiB page with two baselines in the
// same run: parsing the page alone, and a regexp over the raw bytes.
func BenchmarkAudit(b *testing.B) {
	page := portalPage(100 << 10)
	b.Run("Audit", func(b *testing.B) {
		b.SetBytes(int64(len(page)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := display.Audit(page); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("baseline=html.Parse", func(b *testing.B) {
		b.SetBytes(int64(len(page)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := html.Parse(bytes.NewReader(page)); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("baseline=regexp-raw", func(b *testing.B) {
		b.SetBytes(int64(len(page)))
		b.ReportAllocs()
		for b.Loop() {
			if len(naiveICP.FindAllIndex(page, -1)) != 2 {
				b.Fatal("regexp baseline lost a number")
			}
		}
	})
	b.Run("baseline=FindAll-raw", func(b *testing.B) {
		b.SetBytes(int64(len(page)))
		b.ReportAllocs()
		for b.Loop() {
			if len(number.FindAll(page)) != 2 {
				b.Fatal("FindAll baseline lost a number")
			}
		}
	})
}

// benchHrefs are footer links as sites write them: the current MIIT and
// public-security pages, one with an upper-case host.
var benchHrefs = []string{
	"https://beian.mps.gov.cn/#/query/webSearch?code=11010802035340",
	"https://beian.miit.gov.cn/",
	"https://BEIAN.MIIT.GOV.CN/#/Integrated/index",
	"http://beian.miit.gov.cn",
}

// filingHosts is what the link baseline compares the host against.
var filingHosts = []string{"beian.miit.gov.cn", "beian.mps.gov.cn"}

// urlParseWorks is the plain baseline for ParseLink: net/url.Parse and a
// case-insensitive host compare, nothing else (no historical hosts, no
// missing-scheme check, no record code).
func urlParseWorks(href string) bool {
	u, err := url.Parse(href)
	if err != nil {
		return false
	}
	for _, h := range filingHosts {
		if strings.EqualFold(u.Host, h) {
			return true
		}
	}
	return false
}

// BenchmarkParseLink classifies every href once per operation, beside
// net/url.Parse with a host compare.
func BenchmarkParseLink(b *testing.B) {
	b.Run("ParseLink", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, href := range benchHrefs {
				if !display.ParseLink(href).Works() {
					b.Fatalf("%q not recognised", href)
				}
			}
		}
	})
	b.Run("baseline=url.Parse", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, href := range benchHrefs {
				if !urlParseWorks(href) {
					b.Fatalf("baseline does not recognise %q", href)
				}
			}
		}
	})
}

// footerTemplate is the baseline for Footer.HTML: the same markup as an
// html/template over the Footer fields.
var footerTemplate = template.Must(template.New("footer").Parse(`<div class="beian" style="text-align:center">
<span>© {{.Year}} {{.Company}} 版权所有</span>
<a href="{{.ICP.QueryURL}}" target="_blank" rel="noreferrer">{{.ICP}}</a>
<a href="{{.PublicSecurity.QueryURL}}" target="_blank" rel="noreferrer"><img src="{{.BadgeSrc}}" alt="" style="width:14px;height:14px;vertical-align:middle">{{.PublicSecurity}}</a>
</div>`))

// BenchmarkFooterHTML renders a full footer, beside executing an
// html/template with the same markup.
func BenchmarkFooterHTML(b *testing.B) {
	f := display.Footer{
		ICP:            number.MustParse("京ICP备12345678号-1"),
		PublicSecurity: number.MustParse("京公网安备11010802035340号"),
		Company:        "北京示例科技有限公司", Year: 2026, BadgeSrc: "/b.png",
	}
	b.Run("HTML", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := f.HTML(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("baseline=html-template", func(b *testing.B) {
		want, err := f.HTML()
		if err != nil {
			b.Fatal(err)
		}
		var got strings.Builder
		if err := footerTemplate.Execute(&got, f); err != nil {
			b.Fatal(err)
		}
		if got.String() != string(want) {
			b.Fatalf("template renders\n%s\nFooter.HTML renders\n%s", got.String(), want)
		}
		b.ReportAllocs()
		for b.Loop() {
			var sb strings.Builder
			if err := footerTemplate.Execute(&sb, f); err != nil {
				b.Fatal(err)
			}
		}
	})
}
