package display_test

import (
	"bytes"
	"errors"
	"html/template"
	"strings"
	"testing"

	"github.com/beian-go/beian/number"
	"github.com/beian-go/beian/number/display"
)

func TestShownNumber(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		// Guangdong website: the subject number.
		{"粤ICP备2020133024号-3", "粤ICP备2020133024号"},
		// Guangdong, 8-digit serial.
		{"粤ICP备05008878号-1", "粤ICP备05008878号"},
		// Beijing website: the service number.
		{"京ICP备12345678号-1", "京ICP备12345678号-1"},
		// A subject number stays.
		{"粤ICP备2020133024号", "粤ICP备2020133024号"},
		// An APP shows its own number, also in Guangdong.
		{"粤ICP备2020133024号-2A", "粤ICP备2020133024号-2A"},
		// A mini-program elsewhere.
		{"苏ICP备2026036865号-1X", "苏ICP备2026036865号-1X"},
		// Public-security numbers are not ICP service numbers.
		{"粤公网安备44140202000117号", "粤公网安备44140202000117号"},
	}
	for _, tt := range tests {
		if got := display.ShownNumber(number.MustParse(tt.in)); got.String() != tt.want {
			t.Errorf("ShownNumber(%s) = %s, want %s", tt.in, got, tt.want)
		}
	}
	if got := display.ShownNumber(number.Number{}); got != (number.Number{}) {
		t.Errorf("ShownNumber(zero) = %v", got)
	}
}

func TestRender(t *testing.T) {
	tests := []struct {
		in   string
		want template.HTML
	}{
		// An ICP filing number links to the MIIT system.
		{"京ICP备12345678号-1", `<a href="https://beian.miit.gov.cn/" target="_blank" rel="noreferrer">京ICP备12345678号-1</a>`},
		// So does a telecom licence.
		{"浙B2-20080224", `<a href="https://beian.miit.gov.cn/" target="_blank" rel="noreferrer">浙B2-20080224</a>`},
		// A public-security number links to its query page with its code.
		{"京公网安备11010802035340号", `<a href="https://beian.mps.gov.cn/#/query/webSearch?code=11010802035340" target="_blank" rel="noreferrer">京公网安备11010802035340号</a>`},
	}
	for _, tt := range tests {
		got, err := display.Render(number.MustParse(tt.in))
		if err != nil || got != tt.want {
			t.Errorf("Render(%s) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
	if _, err := display.Render(number.Number{}); !errors.Is(err, display.ErrInvalidFooter) {
		t.Errorf("Render(zero) error = %v, want ErrInvalidFooter", err)
	}
}

func TestFooterHTML(t *testing.T) {
	icp := number.MustParse("京ICP备12345678号-1")
	ps := number.MustParse("京公网安备11010802035340号")
	tests := []struct {
		name string
		f    display.Footer
		want string
	}{
		// Everything.
		{"full", display.Footer{ICP: icp, PublicSecurity: ps, Company: "北京示例科技有限公司", Year: 2026, BadgeSrc: "/img/badge.png"},
			`<div class="beian" style="text-align:center">` + "\n" +
				`<span>© 2026 北京示例科技有限公司 版权所有</span>` + "\n" +
				`<a href="https://beian.miit.gov.cn/" target="_blank" rel="noreferrer">京ICP备12345678号-1</a>` + "\n" +
				`<a href="https://beian.mps.gov.cn/#/query/webSearch?code=11010802035340" target="_blank" rel="noreferrer"><img src="/img/badge.png" alt="" style="width:14px;height:14px;vertical-align:middle">京公网安备11010802035340号</a>` + "\n" +
				`</div>`},
		// Only the ICP number: nothing is printed for the missing public-security number.
		{"icp only", display.Footer{ICP: icp},
			`<div class="beian" style="text-align:center">` + "\n" +
				`<a href="https://beian.miit.gov.cn/" target="_blank" rel="noreferrer">京ICP备12345678号-1</a>` + "\n" +
				`</div>`},
		// A company name that tries to inject markup is escaped.
		{"escaped", display.Footer{ICP: icp, Company: `<script>alert("x")</script> & Co`},
			`<div class="beian" style="text-align:center">` + "\n" +
				`<span>&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; Co 版权所有</span>` + "\n" +
				`<a href="https://beian.miit.gov.cn/" target="_blank" rel="noreferrer">京ICP备12345678号-1</a>` + "\n" +
				`</div>`},
		// A badge URL with a quote cannot break out of the attribute.
		{"badge escaped", display.Footer{PublicSecurity: ps, BadgeSrc: `/b.png?a="x"&b=1`},
			`<div class="beian" style="text-align:center">` + "\n" +
				`<a href="https://beian.mps.gov.cn/#/query/webSearch?code=11010802035340" target="_blank" rel="noreferrer"><img src="/b.png?a=&#34;x&#34;&amp;b=1" alt="" style="width:14px;height:14px;vertical-align:middle">京公网安备11010802035340号</a>` + "\n" +
				`</div>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.f.HTML()
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("HTML() =\n%s\nwant\n%s", got, tt.want)
			}
			if strings.Contains(string(got), "<script>") {
				t.Errorf("unescaped script in %s", got)
			}
		})
	}
}

// TestFooterPassesAudit renders footers and audits the result: what we
// print must be what we check for.
func TestFooterPassesAudit(t *testing.T) {
	footers := []display.Footer{
		{ICP: number.MustParse("京ICP备12345678号-1"), PublicSecurity: number.MustParse("京公网安备11010802035340号"), Company: "示例", Year: 2026, BadgeSrc: "/b.png"},
		{ICP: number.MustParse("粤ICP备2020133024号")},
		{ICP: number.MustParse("京ICP证030173号"), Company: "示例 <b>公司</b>"},
		{ICP: number.MustParse("浙B2-20080224-1"), PublicSecurity: number.MustParse("浙公网安备33010002000078号"), BadgeSrc: "https://cdn.example.com/ga.png"},
	}
	for _, f := range footers {
		h, err := f.HTML()
		if err != nil {
			t.Fatal(err)
		}
		var page bytes.Buffer
		tmpl := template.Must(template.New("p").Parse(`<!DOCTYPE html><html><body><main><p>{{.Title}}</p></main><footer>{{.Footer}}</footer></body></html>`))
		if err := tmpl.Execute(&page, map[string]any{"Title": "首页", "Footer": h}); err != nil {
			t.Fatal(err)
		}
		r, err := display.Audit(page.Bytes(), display.ExpectICP(f.ICP))
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Findings) != 0 {
			t.Errorf("footer %+v audits with findings %+v", f, r.Findings)
		}
		want := 1
		if f.PublicSecurity.IsValid() {
			want = 2
		}
		if len(r.Numbers) != want {
			t.Errorf("footer %+v: %d numbers, want %d", f, len(r.Numbers), want)
		}
	}
}

func TestFooterText(t *testing.T) {
	tests := []struct {
		name string
		f    display.Footer
		want string
	}{
		// An APP's About page.
		{"app", display.Footer{ICP: number.MustParse("沪ICP备2026040883号-2A"), Company: "上海示例网络科技有限公司", Year: 2026},
			"© 2026 上海示例网络科技有限公司 版权所有\nAPP备案号：沪ICP备2026040883号-2A"},
		// A website with both numbers.
		{"site", display.Footer{ICP: number.MustParse("京ICP备12345678号-1"), PublicSecurity: number.MustParse("京公网安备11010802035340号")},
			"ICP备案号：京ICP备12345678号-1\n公安备案号：京公网安备11010802035340号"},
		// A mini-program.
		{"mini-program", display.Footer{ICP: number.MustParse("苏ICP备2026036865号-1X")},
			"小程序备案号：苏ICP备2026036865号-1X"},
		// A licence number, company name with stray white space.
		{"licence", display.Footer{ICP: number.MustParse("京ICP证030173号"), Company: "  某 \n 公司 "},
			"某 公司 版权所有\n经营许可证编号：京ICP证030173号"},
		// Only the year.
		{"year only", display.Footer{PublicSecurity: number.MustParse("京公网安备11010802035340号"), Year: 2025},
			"© 2025\n公安备案号：京公网安备11010802035340号"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.f.Text()
			if err != nil || got != tt.want {
				t.Errorf("Text() = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

func TestFooterErrors(t *testing.T) {
	icp := number.MustParse("京ICP备12345678号-1")
	ps := number.MustParse("京公网安备11010802035340号")
	tests := []struct {
		name string
		f    display.Footer
	}{
		// Nothing to show.
		{"empty", display.Footer{Company: "示例"}},
		// The numbers swapped.
		{"swapped", display.Footer{ICP: ps, PublicSecurity: icp}},
		// A public-security number in the ICP field.
		{"ps as icp", display.Footer{ICP: ps}},
		// An ICP number in the public-security field.
		{"icp as ps", display.Footer{PublicSecurity: icp}},
		// A year before the Chinese internet.
		{"year too small", display.Footer{ICP: icp, Year: 26}},
		// A five-digit year.
		{"year too big", display.Footer{ICP: icp, Year: 20260}},
		// A script URL as badge.
		{"javascript badge", display.Footer{PublicSecurity: ps, BadgeSrc: "javascript:alert(1)"}},
		// A company name with a control character.
		{"control in company", display.Footer{ICP: icp, Company: "示例\x01公司"}},
		// A company name that is not UTF-8.
		{"latin-1 company", display.Footer{ICP: icp, Company: "Caf\xe9"}},
		// A badge URL that is not UTF-8.
		{"latin-1 badge", display.Footer{PublicSecurity: ps, BadgeSrc: "/\xc7.png"}},
		// A badge URL with a NUL in its fragment, which net/url lets through.
		{"nul badge", display.Footer{PublicSecurity: ps, BadgeSrc: "#\x00"}},
		// An unparsable badge URL.
		{"bad badge", display.Footer{PublicSecurity: ps, BadgeSrc: "http://[::1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, err := tt.f.HTML()
			if !errors.Is(err, display.ErrInvalidFooter) || h != "" {
				t.Errorf("HTML() = %q, %v; want ErrInvalidFooter", h, err)
			}
			s, err := tt.f.Text()
			if !errors.Is(err, display.ErrInvalidFooter) || s != "" {
				t.Errorf("Text() = %q, %v; want ErrInvalidFooter", s, err)
			}
		})
	}
}
