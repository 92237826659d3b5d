package number_test

import (
	"errors"
	"testing"

	"github.com/beian-go/beian/number"
)

// TestDomainExamples runs every number written in domain.md §1.1–1.5
// through Parse, ParseLenient and FindAll and checks each does what the
// document says about it.
func TestDomainExamples(t *testing.T) {
	tests := []struct {
		in     string
		strict bool   // Parse accepts it as written
		want   string // canonical form ParseLenient gives; "" when it must fail
		err    error  // ParseLenient's error when want is ""
		find   string // canonical form FindAll finds in the text; "" for none
		year   int    // FirstApprovalYear of the number, when checked (non-zero)
	}{
		// §1.1 seed wording, a template: the placeholder sequence is rejected, the zero serial too.
		{"京ICP备00000000号-*", false, "", number.ErrPlaceholder, "", 0},
		// §1.1 2004 era, six digits.
		{"陕ICP备040096号", true, "陕ICP备040096号", nil, "陕ICP备040096号", 2004},
		// §1.1 2004 era, Shanghai.
		{"沪ICP备042465号", true, "沪ICP备042465号", nil, "沪ICP备042465号", 2004},
		// §1.1 2004 era, Sichuan's issued character 蜀.
		{"蜀ICP备041626号", true, "蜀ICP备041626号", nil, "蜀ICP备041626号", 2004},
		// §1.1 eight digits, 2005.
		{"粤ICP备05008878号", true, "粤ICP备05008878号", nil, "粤ICP备05008878号", 2005},
		// §1.1 eight digits with a service sequence.
		{"京ICP备05066828号-1", true, "京ICP备05066828号-1", nil, "京ICP备05066828号-1", 2005},
		// §1.1 jd.com.
		{"京ICP备11041704号", true, "京ICP备11041704号", nil, "京ICP备11041704号", 2011},
		// §1.1 cloud.tencent.com, two-digit sequence.
		{"京ICP备11018762号-11", true, "京ICP备11018762号-11", nil, "京ICP备11018762号-11", 2011},
		// §1.1 2019.
		{"京ICP备19057126号-2", true, "京ICP备19057126号-2", nil, "京ICP备19057126号-2", 2019},
		// §1.1 eight digits in 2020.
		{"粤ICP备20062496号", true, "粤ICP备20062496号", nil, "粤ICP备20062496号", 2020},
		// §1.1 ten digits in 2020.
		{"粤ICP备2020133024号", true, "粤ICP备2020133024号", nil, "粤ICP备2020133024号", 2020},
		// §1.1 ten digits with a sequence.
		{"豫ICP备2020029001号-5", true, "豫ICP备2020029001号-5", nil, "豫ICP备2020029001号-5", 2020},
		// §1.1 APP number.
		{"辽ICP备2023009191号-2A", true, "辽ICP备2023009191号-2A", nil, "辽ICP备2023009191号-2A", 2023},
		// §1.1 2026.
		{"浙ICP备2026046994号-1", true, "浙ICP备2026046994号-1", nil, "浙ICP备2026046994号-1", 2026},
		// §1.1 both forms in 2020: eight digits.
		{"沪ICP备20020896号-1", true, "沪ICP备20020896号-1", nil, "沪ICP备20020896号-1", 2020},
		// §1.1 both forms in 2020: ten digits.
		{"豫ICP备2020028892号-1", true, "豫ICP备2020028892号-1", nil, "豫ICP备2020028892号-1", 2020},
		// §1.1 first approved 2016.
		{"京ICP备16059763号-1", true, "京ICP备16059763号-1", nil, "京ICP备16059763号-1", 2016},
		// §1.1 five-digit legacy serial: rejected by both parsers (package doc explains why).
		{"皖ICP备05001号-1", false, "", number.ErrSerialLength, "", 0},
		// §1.1 website, HW-PG example.
		{"京ICP备04000001号-1", true, "京ICP备04000001号-1", nil, "京ICP备04000001号-1", 2004},
		// §1.1 APP, HW-PG example.
		{"京ICP备04000001号-2A", true, "京ICP备04000001号-2A", nil, "京ICP备04000001号-2A", 0},
		// §1.1 mini-program, HW-PG example.
		{"京ICP备04000001号-3X", true, "京ICP备04000001号-3X", nil, "京ICP备04000001号-3X", 0},
		// §1.1 quick app, HW-PG example.
		{"京ICP备04000001号-4K", true, "京ICP备04000001号-4K", nil, "京ICP备04000001号-4K", 0},
		// §1.1 website, Sichuan, ten digits.
		{"蜀ICP备2026033844号-1", true, "蜀ICP备2026033844号-1", nil, "蜀ICP备2026033844号-1", 2026},
		// §1.1 APP, Shanghai.
		{"沪ICP备2026040883号-2A", true, "沪ICP备2026040883号-2A", nil, "沪ICP备2026040883号-2A", 0},
		// §1.1 APP filed first.
		{"陕ICP备2024026116号-1A", true, "陕ICP备2024026116号-1A", nil, "陕ICP备2024026116号-1A", 2024},
		// §1.1 APP filed first, Hubei.
		{"鄂ICP备2024036893号-1A", true, "鄂ICP备2024036893号-1A", nil, "鄂ICP备2024036893号-1A", 0},
		// §1.1 mini-program, Jiangsu.
		{"苏ICP备2026036865号-1X", true, "苏ICP备2026036865号-1X", nil, "苏ICP备2026036865号-1X", 0},
		// §1.1 mini-program, Guizhou's issued character 黔.
		{"黔ICP备2025044274号-1X", true, "黔ICP备2025044274号-1X", nil, "黔ICP备2025044274号-1X", 0},
		// §1.1 mini-program, Beijing.
		{"京ICP备2026059598号-1X", true, "京ICP备2026059598号-1X", nil, "京ICP备2026059598号-1X", 0},
		// §1.1 large sequence after the one-domain rule.
		{"京ICP备16020626号-14", true, "京ICP备16020626号-14", nil, "京ICP备16020626号-14", 0},
		// §1.1 licence holder's service number (Baidu).
		{"京ICP证030173号-1", true, "京ICP证030173号-1", nil, "京ICP证030173号-1", 2003},
		// §1.1 Tencent mini-program under a telecom licence.
		{"粤B2-20090059-1626X", true, "粤B2-20090059-1626X", nil, "粤B2-20090059-1626X", 2009},
		// §1.1 its MainLicence.
		{"粤B2-20090059", true, "粤B2-20090059", nil, "粤B2-20090059", 0},
		// §1.2 Baidu's licence.
		{"京ICP证030173号", true, "京ICP证030173号", nil, "京ICP证030173号", 0},
		// §1.2 JD's licence.
		{"京ICP证070359号", true, "京ICP证070359号", nil, "京ICP证070359号", 2007},
		// §1.2 licence, 2004.
		{"京ICP证041124号", true, "京ICP证041124号", nil, "京ICP证041124号", 0},
		// §1.2 licence, 2009.
		{"京ICP证090254号", true, "京ICP证090254号", nil, "京ICP证090254号", 0},
		// §1.2 Taobao's B2 licence.
		{"浙B2-20080224", true, "浙B2-20080224", nil, "浙B2-20080224", 2008},
		// §1.2 Alibaba Cloud.
		{"浙B2-20080101", true, "浙B2-20080101", nil, "浙B2-20080101", 0},
		// §1.2 Tencent.
		{"粤B2-20100348", true, "粤B2-20100348", nil, "粤B2-20100348", 2010},
		// §1.2 licence written with 号: lenient only.
		{"苏B2-20130048号", false, "苏B2-20130048", nil, "苏B2-20130048", 2013},
		// §1.2 cross-regional licence issued by MIIT.
		{"B2-20080101", true, "B2-20080101", nil, "B2-20080101", 2008},
		// §1.2 licence with a site sequence (Taobao footer).
		{"浙B2-20080224-1", true, "浙B2-20080224-1", nil, "浙B2-20080224-1", 0},
		// §1.2 B1 and B2 together.
		{"皖B1.B2-20070020", true, "皖B1.B2-20070020", nil, "皖B1.B2-20070020", 2007},
		// §1.2 basic telecom licence with 号 (Huawei).
		{"粤A2-20044005号", false, "粤A2-20044005", nil, "粤A2-20044005", 2004},
		// §1.2 old hyphenated sub-class style: not supported.
		{"辽B-2-4-20080039", false, "", number.ErrLicenceClass, "", 0},
		// §1.2 registrar licence D3: not an ICP number.
		{"浙D3-20210002", false, "", number.ErrLicenceClass, "", 0},
		// §1.2 网络文化经营许可证: not a filing number.
		{"浙网文[2016]0132-032号", false, "", number.ErrSyntax, "", 0},
		// §1.2 another 网文 licence, with full-width brackets.
		{"京网文（2016）6588-901号", false, "", number.ErrSyntax, "", 0},
		// §1.2 视听节目许可证: digits only.
		{"1109364号", false, "", number.ErrSyntax, "", 0},
		// §1.3 public-security number with the usual space.
		{"京公网安备 11010802035340号", false, "京公网安备11010802035340号", nil, "京公网安备11010802035340号", 0},
		// §1.3 Baidu.
		{"京公网安备11000002000001号", true, "京公网安备11000002000001号", nil, "京公网安备11000002000001号", 0},
		// §1.3 Meizhou area code.
		{"粤公网安备44140202000117号", true, "粤公网安备44140202000117号", nil, "粤公网安备44140202000117号", 0},
		// §1.3 Sichuan under 川.
		{"川公网安备51078202110037号", true, "川公网安备51078202110037号", nil, "川公网安备51078202110037号", 0},
		// §1.3 Sichuan under 蜀 (Changhong).
		{"蜀公网安备51078202110037号", true, "蜀公网安备51078202110037号", nil, "蜀公网安备51078202110037号", 0},
		// §1.3 development-zone code outside GB/T 2260.
		{"陕公网安备61019702000001号", true, "陕公网安备61019702000001号", nil, "陕公网安备61019702000001号", 0},
		// §1.3 another development-zone code.
		{"川公网安备51015602000001号", true, "川公网安备51015602000001号", nil, "川公网安备51015602000001号", 0},
		// §1.3 legacy twelve digits.
		{"京公网安备110105000655号", true, "京公网安备110105000655号", nil, "京公网安备110105000655号", 0},
		// §1.3 legacy twelve digits.
		{"京公网安备110000000009号", true, "京公网安备110000000009号", nil, "京公网安备110000000009号", 0},
		// §1.3 prefix that does not match the area code, with a space.
		{"黔公网安备 33010802007421号", false, "黔公网安备33010802007421号", nil, "黔公网安备33010802007421号", 0},
		// §1.3 Guizhou under 贵.
		{"贵公网安备52010202000001号", true, "贵公网安备52010202000001号", nil, "贵公网安备52010202000001号", 0},
		// §1.3 Gansu under 甘, not 陇.
		{"甘公网安备62010202000001号", true, "甘公网安备62010202000001号", nil, "甘公网安备62010202000001号", 0},
		// §1.3 Yunnan under 滇.
		{"滇公网安备53062802000001号", true, "滇公网安备53062802000001号", nil, "滇公网安备53062802000001号", 0},
		// §1.5 full-width digits.
		{"京ICP备１２３４５６７８号-1", false, "京ICP备12345678号-1", nil, "京ICP备12345678号-1", 2012},
		// §1.5 lower-case icp.
		{"京icp备12345678号-1", false, "京ICP备12345678号-1", nil, "京ICP备12345678号-1", 0},
		// §1.5 spaces anywhere (Tencent doc).
		{"京 ICP 备 11018762 号-11", false, "京ICP备11018762号-11", nil, "京ICP备11018762号-11", 0},
		// §1.5 space and no 号.
		{"沪ICP备 09007032", false, "沪ICP备09007032号", nil, "沪ICP备09007032号", 2009},
		// §1.5 alias and a space.
		{"川ICP备 09003078号", false, "蜀ICP备09003078号", nil, "蜀ICP备09003078号", 0},
		// §1.5 zero-width characters and a BOM.
		{"\ufeff京\u200bICP\u200c备1234\u200d5678号", false, "京ICP备12345678号", nil, "京ICP备12345678号", 0},
		// §1.5 spaced-out obfuscation.
		{"京 I C P 备 1 2 3 4 5 6 7 8 号", false, "京ICP备12345678号", nil, "京ICP备12345678号", 0},
		// §1.5 missing 号, 2004 serial.
		{"粤ICP备040144", false, "粤ICP备040144号", nil, "粤ICP备040144号", 2004},
		// §1.5 missing 号.
		{"鄂ICP备19017946", false, "鄂ICP备19017946号", nil, "鄂ICP备19017946号", 2019},
		// §1.5 missing 号.
		{"京ICP备05030302", false, "京ICP备05030302号", nil, "京ICP备05030302号", 0},
		// §1.5 missing 号 and a space, Gansu.
		{"陇ICP备 05000593", false, "陇ICP备05000593号", nil, "陇ICP备05000593号", 0},
		// §1.5 备案 for 备 and a lost digit: still rejected on length.
		{"青ICP备案026000119号-2A", false, "", number.ErrSerialLength, "", 0},
		// §1.5 traditional 備.
		{"京ICP備12345678號", false, "京ICP备12345678号", nil, "京ICP备12345678号", 0},
		// §1.5 traditional 證.
		{"京ICP證030173號", false, "京ICP证030173号", nil, "京ICP证030173号", 0},
		// §1.5 em dash.
		{"京ICP备12345678号—1", false, "京ICP备12345678号-1", nil, "京ICP备12345678号-1", 0},
		// §1.5 en dash.
		{"京ICP备12345678号–1", false, "京ICP备12345678号-1", nil, "京ICP备12345678号-1", 0},
		// §1.5 full-width dash.
		{"京ICP备12345678号－1", false, "京ICP备12345678号-1", nil, "京ICP备12345678号-1", 0},
		// §1.5 号 before the licence sequence.
		{"沪B2-20090059号-13", false, "沪B2-20090059-13", nil, "沪B2-20090059-13", 0},
		// §1.5 licence sequence without 号.
		{"京B2-20090059-13", true, "京B2-20090059-13", nil, "京B2-20090059-13", 0},
		// §1.5 domain inserted: rejected, and not found.
		{"贵ICP备(shou.org.cn)05052049号-13", false, "", number.ErrSyntax, "", 0},
		// §1.5 placeholder sequence: rejected; FindAll keeps the subject number.
		{"浙ICP备2020036024号-X", false, "", number.ErrPlaceholder, "浙ICP备2020036024号", 0},
		// §1.5 placeholder serial.
		{"京ICP备XXXXXXXX号-X", false, "", number.ErrPlaceholder, "", 0},
		// §1.5 alias 川.
		{"川ICP备12345678号", false, "蜀ICP备12345678号", nil, "蜀ICP备12345678号", 0},
		// §1.5 alias 甘.
		{"甘ICP备12345678号", false, "陇ICP备12345678号", nil, "陇ICP备12345678号", 0},
		// §1.5 alias 贵.
		{"贵ICP备12345678号", false, "黔ICP备12345678号", nil, "黔ICP备12345678号", 0},
		// §1.5 alias 云.
		{"云ICP备12345678号", false, "滇ICP备12345678号", nil, "滇ICP备12345678号", 0},
		// §1.5 alias 秦.
		{"秦ICP备12345678号", false, "陕ICP备12345678号", nil, "陕ICP备12345678号", 0},
		// §1.5 alias 申.
		{"申ICP备12345678号", false, "沪ICP备12345678号", nil, "沪ICP备12345678号", 0},
		// §1.5 alias 楚.
		{"楚ICP备12345678号", false, "鄂ICP备12345678号", nil, "鄂ICP备12345678号", 0},
		// §1.5 Hong Kong prefix.
		{"港ICP备12345678号", false, "", number.ErrNotMainland, "", 0},
		// §1.5 Macau prefix.
		{"澳ICP备12345678号", false, "", number.ErrNotMainland, "", 0},
		// §1.5 Taiwan prefix.
		{"台ICP备12345678号", false, "", number.ErrNotMainland, "", 0},
		// §1.5 label 备案号：.
		{"备案号：京ICP备05066828号-1", false, "京ICP备05066828号-1", nil, "京ICP备05066828号-1", 0},
		// §1.5 label 备案/许可证编号：.
		{"备案/许可证编号：京ICP备05066828号-1", false, "京ICP备05066828号-1", nil, "京ICP备05066828号-1", 0},
		// §1.5 label ICP备案证书号:.
		{"ICP备案证书号:京ICP备05066828号-1", false, "京ICP备05066828号-1", nil, "京ICP备05066828号-1", 0},
		// §1.5 label 网站备案号：.
		{"网站备案号：京ICP备05066828号-1", false, "京ICP备05066828号-1", nil, "京ICP备05066828号-1", 0},
		// §1.5 label 国家信息产业部.
		{"国家信息产业部京ICP备05066828号-1", false, "京ICP备05066828号-1", nil, "京ICP备05066828号-1", 0},
		// §1.5 the too-strict peer regex must not be ours: 6, 8 and 10 digits all parse (6 above).
		{"京ICP证030173号", true, "京ICP证030173号", nil, "京ICP证030173号", 0},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, err := number.Parse(tt.in)
			if (err == nil) != tt.strict {
				t.Errorf("Parse(%q) error = %v, want accepted %v", tt.in, err, tt.strict)
			}
			n, fx, err := number.ParseLenient(tt.in)
			switch {
			case tt.want == "" && !errors.Is(err, tt.err):
				t.Errorf("ParseLenient(%q) = %v, %v; want error %v", tt.in, n, err, tt.err)
			case tt.want != "" && (err != nil || n.String() != tt.want):
				t.Errorf("ParseLenient(%q) = %v, %v; want %s", tt.in, n, err, tt.want)
			case tt.strict && fx != 0:
				t.Errorf("ParseLenient(%q) fixed %v in a canonical number", tt.in, fx)
			case tt.want != "" && !tt.strict && fx == 0:
				t.Errorf("ParseLenient(%q) reports no fix for a non-canonical number", tt.in)
			}
			if tt.year != 0 && n.FirstApprovalYear() != tt.year {
				t.Errorf("FirstApprovalYear(%v) = %d, want %d", n, n.FirstApprovalYear(), tt.year)
			}
			// In running text, with other digits and letters around it.
			text := "页脚 2024 " + tt.in + " 版权所有"
			ms := number.FindAll([]byte(text))
			switch {
			case tt.find == "" && len(ms) != 0:
				t.Errorf("FindAll(%q) = %v, want nothing", text, ms[0].Number)
			case tt.find != "" && (len(ms) != 1 || ms[0].Number.String() != tt.find):
				t.Errorf("FindAll(%q) = %+v, want one %s", text, ms, tt.find)
			}
		})
	}
}

// TestDomainPublicSecurityParts checks the parts §1.3 gives for
// public-security numbers: area code, province from the digits and the
// prefix read separately.
func TestDomainPublicSecurityParts(t *testing.T) {
	tests := []struct {
		in         string
		area       int
		prov, pfx  string // province names of the digits and of the prefix
		serialSize int
	}{
		// Haidian, Beijing.
		{"京公网安备11010802035340号", 110108, "Beijing", "Beijing", 14},
		// Prefix Guizhou, area code Hangzhou: both kept.
		{"黔公网安备33010802007421号", 330108, "Zhejiang", "Guizhou", 14},
		// Legacy twelve digits.
		{"京公网安备110105000655号", 110105, "Beijing", "Beijing", 12},
		// Sichuan under 蜀.
		{"蜀公网安备51078202110037号", 510782, "Sichuan", "Sichuan", 14},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			n := number.MustParse(tt.in)
			if n.AreaCode() != tt.area || n.Province().String() != tt.prov || n.PrefixProvince().String() != tt.pfx || len(n.Serial()) != tt.serialSize {
				t.Errorf("%v: area %d, province %v, prefix %v, serial %q; want %d %s %s %d digits",
					n, n.AreaCode(), n.Province(), n.PrefixProvince(), n.Serial(), tt.area, tt.prov, tt.pfx, tt.serialSize)
			}
			if want := number.PublicSecurityQueryURL + n.Serial(); n.QueryURL() != want {
				t.Errorf("QueryURL() = %q, want %q", n.QueryURL(), want)
			}
		})
	}
}
