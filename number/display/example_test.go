package display_test

import (
	"fmt"

	"github.com/beian-go/beian/number"
	"github.com/beian-go/beian/number/display"
)

func ExampleFooter_HTML() {
	f := display.Footer{
		ICP:            display.ShownNumber(number.MustParse("京ICP备12345678号-1")),
		PublicSecurity: number.MustParse("京公网安备11010802035340号"),
		Company:        "北京示例科技有限公司",
		Year:           2026,
	}
	h, err := f.HTML()
	if err != nil {
		panic(err)
	}
	fmt.Println(h)
	// Output:
	// <div class="beian" style="text-align:center">
	// <span>© 2026 北京示例科技有限公司 版权所有</span>
	// <a href="https://beian.miit.gov.cn/" target="_blank" rel="noreferrer">京ICP备12345678号-1</a>
	// <a href="https://beian.mps.gov.cn/#/query/webSearch?code=11010802035340" target="_blank" rel="noreferrer">京公网安备11010802035340号</a>
	// </div>
}

func ExampleFooter_Text() {
	f := display.Footer{ICP: number.MustParse("沪ICP备2026040883号-2A"), Company: "上海示例网络科技有限公司", Year: 2026}
	s, err := f.Text()
	if err != nil {
		panic(err)
	}
	fmt.Println(s)
	// Output:
	// © 2026 上海示例网络科技有限公司 版权所有
	// APP备案号：沪ICP备2026040883号-2A
}

func ExampleRender() {
	h, err := display.Render(number.MustParse("京公网安备11010802035340号"))
	if err != nil {
		panic(err)
	}
	fmt.Println(h)
	// Output:
	// <a href="https://beian.mps.gov.cn/#/query/webSearch?code=11010802035340" target="_blank" rel="noreferrer">京公网安备11010802035340号</a>
}

func ExampleShownNumber() {
	// Guangdong sites show the subject number, other provinces the
	// service number of the domain.
	fmt.Println(display.ShownNumber(number.MustParse("粤ICP备2020133024号-3")))
	fmt.Println(display.ShownNumber(number.MustParse("京ICP备12345678号-1")))
	// Output:
	// 粤ICP备2020133024号
	// 京ICP备12345678号-1
}

func ExampleAudit() {
	page := []byte(`<html><body><main>…</main>
<footer>京ICP备<span>1234</span>5678号-1
<a href="http://www.miibeian.gov.cn">京公网安备 11010802035340号</a></footer>
</body></html>`)
	r, err := display.Audit(page, display.ExpectICP(number.MustParse("京ICP备12345678号-1")))
	if err != nil {
		panic(err)
	}
	for _, s := range r.Numbers {
		fmt.Printf("%s at %s\n", s.Number, s.Path)
	}
	for _, f := range r.Findings {
		fmt.Printf("%s %s: %s\n", f.Severity, f.Code, f.MessageZH)
	}
	fmt.Println("compliant:", r.Compliant())
	// Output:
	// 京ICP备12345678号-1 at html>body>footer
	// 京公网安备11010802035340号 at html>body>footer>a
	// error icp.not-linked: ICP备案号未链接到工信部备案管理系统 https://beian.miit.gov.cn/
	// error ps.wrong-link: 公安联网备案号的链接未指向全国互联网安全管理服务平台
	// info ps.no-badge: 公安联网备案号旁没有公安备案图标
	// compliant: false
}

func ExampleParseLink() {
	l := display.ParseLink("http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010802035340")
	fmt.Println(l.Platform, l.Outdated, l.Code)
	// Output: public-security true 11010802035340
}
