package number_test

import (
	"strings"
)

// prose is Chinese and English page text with no number in it, but with
// the characters and letters the finder anchors on (准备, 证书, A, B2B) so
// that the benchmark pays for false anchors as real pages make it do.
const prose = `<div class="article"><p>今年以来，各地准备了一系列支持中小企业数字化转型的措施，` +
	`证书办理时间进一步缩短。A new API for B2B payments was announced; the SDK supports iOS and Android. ` +
	`<a href="/news/2024-05-01/index.html" class="link-item">查看详情</a>市场监管部门表示，` +
	`将继续优化营商环境，推动平台经济规范健康发展。Version 3.2.1 (build 20240501) fixes CVE issues.</p>` +
	`<ul><li><span>产品与服务</span></li><li><span>解决方案</span></li><li>合作伙伴</li></ul></div>` + "\n"

// footer is the footer of a typical Chinese website.
const footer = `<footer class="site-footer"><p>©2005-2024 示例科技有限公司 版权所有</p>` +
	`<p><a href="https://beian.miit.gov.cn/" target="_blank" rel="noopener">京ICP备11018762号-11</a>&nbsp;|&nbsp;` +
	`<a target="_blank" href="https://beian.mps.gov.cn/#/query/webSearch?code=11010802035340">` +
	`<img src="/img/ga.png" alt="">京公网安备 11010802035340号</a></p>` +
	`<p>增值电信业务经营许可证：粤B2-20090059 网络文化经营许可证：京网文（2016）6588-901号</p></footer>`

// page returns a realistic page of about n bytes ending with the footer.
func page(n int) []byte {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>示例</title></head><body>`)
	for b.Len() < n-len(footer)-20 {
		b.WriteString(prose)
	}
	b.WriteString(footer)
	b.WriteString("</body></html>")
	return []byte(b.String())
}

// noNumbers returns n bytes of page text without numbers.
func noNumbers(n int) []byte {
	return []byte(strings.Repeat(prose, n/len(prose)+1)[:n])
}

// corpus is a mix of valid, lenient and invalid inputs shared by the
// benchmarks and the fuzz seeds.
var corpus = []string{
	"京ICP备12345678号", "京ICP备11018762号-11", "陕ICP备040096号", "粤ICP备2020133024号",
	"辽ICP备2023009191号-2A", "黔ICP备2025044274号-1X", "京ICP备04000001号-4K", "京ICP证030173号-1",
	"京B2-20090059", "B2-20080101", "皖B1.B2-20070020", "粤A2-20044005", "粤B2-20090059-1626X",
	"京公网安备11010502030143号", "京公网安备110105000655号", "川公网安备51078202110037号",
	"黔公网安备33010802007421号", "京icp备１２３４５６７８号—1", "京 ICP 备 11018762 号-11",
	"京公网安备 11010802035340号", "苏B2-20130048号", "沪B2-20090059号-13", "青ICP备案026000119号-2A",
	"浙ICP备2020036024号-X", "京ICP备XXXXXXXX号-X", "川ICP备09150084号", "港ICP备12345678号",
	"备案号：京ICP备05066828号-1", "贵ICP备(shou.org.cn)05052049号-13", "辽B-2-4-20080039",
	"浙D3-20210002", "皖ICP备05001号-1", "粤ICP备040144 2024", "京ICP备12345678号-1About",
	"\ufeff京ICP\u200b备12345678号", "京公网安备&nbsp;11010802035340号", "粵ICP備05008878號", "",
}
