package number_test

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/beian-go/beian/number"
	"github.com/beian-go/beian/province"
)

// parts is what the accessors of a parsed number return.
type parts struct {
	kind     number.Kind
	prov     province.Code
	serial   string
	year     int
	seq      int
	svc      number.Service
	subject  string
	area     int
	class    string
	prefix   rune
	prefProv province.Code
}

func partsOf(n number.Number) parts {
	return parts{
		kind: n.Kind(), prov: n.Province(), serial: n.Serial(), year: n.FirstApprovalYear(),
		seq: n.Sequence(), svc: n.Service(), subject: n.Subject().String(), area: n.AreaCode(),
		class: n.LicenceClass(), prefix: n.Prefix(), prefProv: n.PrefixProvince(),
	}
}

func TestParseValid(t *testing.T) {
	const (
		filing  = number.KindICPFiling
		licence = number.KindICPLicence
		telecom = number.KindTelecomLicence
		ps      = number.KindPublicSecurity
	)
	tests := []struct {
		in   string
		want parts
	}{
		// 2004 era: 6-digit serial, YY + 4-digit counter.
		{"陕ICP备040096号", parts{filing, province.Shaanxi, "040096", 2004, 0, number.ServiceNone, "陕ICP备040096号", 0, "", '陕', province.Shaanxi}},
		// 8-digit serial (2005 to mid-2020), the year is 20YY.
		{"京ICP备11041704号", parts{filing, province.Beijing, "11041704", 2011, 0, number.ServiceNone, "京ICP备11041704号", 0, "", '京', province.Beijing}},
		// 8-digit serial with a two-digit website sequence.
		{"京ICP备11018762号-11", parts{filing, province.Beijing, "11018762", 2011, 11, number.ServiceWebsite, "京ICP备11018762号", 0, "", '京', province.Beijing}},
		// 2020 issued both 8- and 10-digit serials; this is the 8-digit form.
		{"沪ICP备20020896号-1", parts{filing, province.Shanghai, "20020896", 2020, 1, number.ServiceWebsite, "沪ICP备20020896号", 0, "", '沪', province.Shanghai}},
		// 10-digit serial (mid-2020 on), the year is YYYY.
		{"粤ICP备2020133024号", parts{filing, province.Guangdong, "2020133024", 2020, 0, number.ServiceNone, "粤ICP备2020133024号", 0, "", '粤', province.Guangdong}},
		// APP service number: letter A.
		{"辽ICP备2023009191号-2A", parts{filing, province.Liaoning, "2023009191", 2023, 2, number.ServiceApp, "辽ICP备2023009191号", 0, "", '辽', province.Liaoning}},
		// Mini-program service number: letter X, Guizhou's issued character 黔.
		{"黔ICP备2025044274号-1X", parts{filing, province.Guizhou, "2025044274", 2025, 1, number.ServiceMiniProgram, "黔ICP备2025044274号", 0, "", '黔', province.Guizhou}},
		// Quick-app service number: letter K (documented, none found in the wild).
		{"京ICP备04000001号-4K", parts{filing, province.Beijing, "04000001", 2004, 4, number.ServiceQuickApp, "京ICP备04000001号", 0, "", '京', province.Beijing}},
		// Sichuan's issued character is 蜀.
		{"蜀ICP备2026033844号-1", parts{filing, province.Sichuan, "2026033844", 2026, 1, number.ServiceWebsite, "蜀ICP备2026033844号", 0, "", '蜀', province.Sichuan}},
		// Gansu's issued character is 陇.
		{"陇ICP备2021003158号-1", parts{filing, province.Gansu, "2021003158", 2021, 1, number.ServiceWebsite, "陇ICP备2021003158号", 0, "", '陇', province.Gansu}},
		// Five-digit sequence, the largest accepted.
		{"京ICP备16020626号-99999", parts{filing, province.Beijing, "16020626", 2016, 99999, number.ServiceWebsite, "京ICP备16020626号", 0, "", '京', province.Beijing}},
		// A 10-digit serial that cannot start with a year has no approval year.
		{"京ICP备1234567890号", parts{filing, province.Beijing, "1234567890", 0, 0, number.ServiceNone, "京ICP备1234567890号", 0, "", '京', province.Beijing}},
		// ICP operating licence (Baidu): 6 digits, YY + counter.
		{"京ICP证030173号", parts{licence, province.Beijing, "030173", 2003, 0, number.ServiceNone, "京ICP证030173号", 0, "", '京', province.Beijing}},
		// Licence holder's website service number.
		{"京ICP证030173号-1", parts{licence, province.Beijing, "030173", 2003, 1, number.ServiceWebsite, "京ICP证030173号", 0, "", '京', province.Beijing}},
		// Value-added telecom licence, class B2.
		{"京B2-20090059", parts{telecom, province.Beijing, "20090059", 2009, 0, number.ServiceNone, "京B2-20090059", 0, "B2", '京', province.Beijing}},
		// Cross-regional licence issued by MIIT: no province.
		{"B2-20080101", parts{telecom, 0, "20080101", 2008, 0, number.ServiceNone, "B2-20080101", 0, "B2", 0, 0}},
		// Combined classes B1 and B2.
		{"皖B1.B2-20070020", parts{telecom, province.Anhui, "20070020", 2007, 0, number.ServiceNone, "皖B1.B2-20070020", 0, "B1.B2", '皖', province.Anhui}},
		// Basic telecom licence, class A2 (Huawei).
		{"粤A2-20044005", parts{telecom, province.Guangdong, "20044005", 2004, 0, number.ServiceNone, "粤A2-20044005", 0, "A2", '粤', province.Guangdong}},
		// All four classes at once, in canonical order.
		{"粤A1.A2.B1.B2-20044005", parts{telecom, province.Guangdong, "20044005", 2004, 0, number.ServiceNone, "粤A1.A2.B1.B2-20044005", 0, "A1.A2.B1.B2", '粤', province.Guangdong}},
		// Licence with a website sequence (Taobao footer).
		{"浙B2-20080224-1", parts{telecom, province.Zhejiang, "20080224", 2008, 1, number.ServiceWebsite, "浙B2-20080224", 0, "B2", '浙', province.Zhejiang}},
		// Licence with a mini-program service (Tencent 腾讯客服).
		{"粤B2-20090059-1626X", parts{telecom, province.Guangdong, "20090059", 2009, 1626, number.ServiceMiniProgram, "粤B2-20090059", 0, "B2", '粤', province.Guangdong}},
		// Cross-regional licence with an APP service.
		{"B2-20080101-3A", parts{telecom, 0, "20080101", 2008, 3, number.ServiceApp, "B2-20080101", 0, "B2", 0, 0}},
		// Public-security number, 14 digits, area 110105 (Chaoyang, Beijing).
		{"京公网安备11010502030143号", parts{ps, province.Beijing, "11010502030143", 0, 0, number.ServiceNone, "京公网安备11010502030143号", 110105, "", '京', province.Beijing}},
		// Legacy 12-digit public-security number.
		{"京公网安备110105000655号", parts{ps, province.Beijing, "110105000655", 0, 0, number.ServiceNone, "京公网安备110105000655号", 110105, "", '京', province.Beijing}},
		// Sichuan public-security numbers mostly use 川.
		{"川公网安备51078202110037号", parts{ps, province.Sichuan, "51078202110037", 0, 0, number.ServiceNone, "川公网安备51078202110037号", 510782, "", '川', province.Sichuan}},
		// …and sometimes 蜀; the prefix is kept as printed.
		{"蜀公网安备51078202110037号", parts{ps, province.Sichuan, "51078202110037", 0, 0, number.ServiceNone, "蜀公网安备51078202110037号", 510782, "", '蜀', province.Sichuan}},
		// Prefix and area code disagree: accepted, the province follows the digits.
		{"黔公网安备33010802007421号", parts{ps, province.Zhejiang, "33010802007421", 0, 0, number.ServiceNone, "黔公网安备33010802007421号", 330108, "", '黔', province.Guizhou}},
		// Development-zone area code outside GB/T 2260 (610197): accepted.
		{"陕公网安备61019702000123号", parts{ps, province.Shaanxi, "61019702000123", 0, 0, number.ServiceNone, "陕公网安备61019702000123号", 610197, "", '陕', province.Shaanxi}},
		// Gansu public-security numbers use 甘, not the ICP character 陇.
		{"甘公网安备62010202000001号", parts{ps, province.Gansu, "62010202000001", 0, 0, number.ServiceNone, "甘公网安备62010202000001号", 620102, "", '甘', province.Gansu}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			n, err := number.Parse(tt.in)
			if err != nil {
				t.Fatalf("Parse(%q) error: %v", tt.in, err)
			}
			if got := partsOf(n); got != tt.want {
				t.Errorf("Parse(%q) parts\n got %+v\nwant %+v", tt.in, got, tt.want)
			}
			if got := n.String(); got != tt.in {
				t.Errorf("String() = %q, want %q", got, tt.in)
			}
			if !n.IsValid() {
				t.Error("IsValid() = false")
			}
			if n.IsService() != (tt.want.seq != 0) {
				t.Errorf("IsService() = %v", n.IsService())
			}
			if n.IsCrossRegional() != (tt.want.kind == number.KindTelecomLicence && tt.want.prov == 0) {
				t.Errorf("IsCrossRegional() = %v", n.IsCrossRegional())
			}
			if m := number.MustParse(tt.in); m != n {
				t.Errorf("MustParse differs from Parse")
			}
			l, fx, err := number.ParseLenient(tt.in)
			if err != nil || l != n || fx != 0 {
				t.Errorf("ParseLenient(%q) = %v, %v, %v; want the strict result with no fixes", tt.in, l, fx, err)
			}
		})
	}
}

func TestParseEveryProvince(t *testing.T) {
	count := 0
	for p := range province.All() {
		count++
		// ICP filing with the issued character of each province.
		s := string(p.ICPChar()) + "ICP备12345678号-1"
		n, err := number.Parse(s)
		if err != nil || n.Province() != p || n.String() != s {
			t.Errorf("Parse(%q) = %v (province %v), %v; want province %v", s, n, n.Province(), err, p)
		}
		// Telecom licence of each provincial bureau.
		s = string(p.ICPChar()) + "B2-20100348"
		if n, err := number.Parse(s); err != nil || n.Province() != p {
			t.Errorf("Parse(%q) = %v, %v; want province %v", s, n, err, p)
		}
		// Public-security numbers with every prefix character seen for the province,
		// and an area code inside it.
		for _, c := range p.PublicSecurityChars() {
			s := string(c) + "公网安备" + strconv.Itoa(p.AreaCode()+102) + "02000001号"
			n, err := number.Parse(s)
			if err != nil || n.Province() != p || n.PrefixProvince() != p || n.AreaCode() != p.AreaCode()+102 {
				t.Errorf("Parse(%q) = %v (province %v, prefix %v), %v; want province %v", s, n, n.Province(), n.PrefixProvince(), err, p)
			}
		}
	}
	if count != 31 {
		t.Fatalf("province.All() yielded %d provinces, want 31", count)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		in     string
		err    error
		offset int
	}{
		// Nothing to parse.
		{"", number.ErrEmpty, 0},
		// Not shaped like any number.
		{"hello", number.ErrSyntax, 0},
		// Strict parsing does not trim spaces.
		{" 京ICP备12345678号", number.ErrSyntax, 0},
		// Spaces inside are lenient-only (京公网安备 11010802035340号 is common).
		{"京公网安备 11010802035340号", number.ErrSyntax, 15},
		// Lower-case icp is lenient-only.
		{"京icp备12345678号", number.ErrSyntax, 3},
		// Traditional 備 is lenient-only.
		{"京ICP備12345678号", number.ErrSyntax, 6},
		// Missing 号 is lenient-only.
		{"粤ICP备040144", number.ErrSyntax, 15},
		// 号 on a telecom licence is lenient-only.
		{"苏B2-20130048号", number.ErrSyntax, 14},
		// Full-width digits are lenient-only.
		{"京ICP备１２３４５６７８号", number.ErrSyntax, 9},
		// Trailing text.
		{"京ICP备12345678号 ", number.ErrSyntax, 20},
		// 5-digit legacy serial: no canonical form, rejected.
		{"皖ICP备05001号-1", number.ErrSerialLength, 9},
		// 9 digits (备案 variant lost a digit) — length is checked whatever else.
		{"青ICP备026000119号-2A", number.ErrSerialLength, 9},
		// 7 digits.
		{"京ICP备1234567号", number.ErrSerialLength, 9},
		// 12 digits is too long for an ICP filing number.
		{"京ICP备123456789012号", number.ErrSerialLength, 9},
		// ICP licences have 6 digits only.
		{"京ICP证03017300号", number.ErrSerialLength, 9},
		// Telecom licences have 8 digits.
		{"京B2-2009005", number.ErrSerialLength, 6},
		// Public-security numbers have 14 (or legacy 12) digits.
		{"京公网安备1101050203014号", number.ErrSerialLength, 15},
		// Informal 川 instead of the issued 蜀.
		{"川ICP备09150084号", number.ErrProvinceAlias, 0},
		// 甘 instead of 陇.
		{"甘ICP备05000593号", number.ErrProvinceAlias, 0},
		// 贵 instead of 黔.
		{"贵ICP备06052086号", number.ErrProvinceAlias, 0},
		// 云 instead of 滇.
		{"云ICP备12345678号", number.ErrProvinceAlias, 0},
		// No such province character.
		{"哈ICP备12345678号", number.ErrUnknownProvince, 0},
		// Hong Kong, Macau and Taiwan issue no ICP numbers.
		{"港ICP备12345678号", number.ErrNotMainland, 0},
		// Macau.
		{"澳ICP备12345678号", number.ErrNotMainland, 0},
		// Taiwan.
		{"台ICP备12345678号", number.ErrNotMainland, 0},
		// Public-security area code in Hong Kong.
		{"京公网安备81010502030143号", number.ErrNotMainland, 15},
		// Public-security area code that is no province.
		{"京公网安备99010502030143号", number.ErrUnknownProvince, 15},
		// Unknown public-security prefix character.
		{"哈公网安备11010502030143号", number.ErrUnknownProvince, 0},
		// Placeholder serial.
		{"京ICP备XXXXXXXX号-X", number.ErrPlaceholder, 9},
		// Placeholder sequence.
		{"浙ICP备2020036024号-X", number.ErrPlaceholder, 23},
		// Template from the filing instructions.
		{"京ICP备00000000号-*", number.ErrPlaceholder, 9},
		// All-zero telecom serial.
		{"京B2-00000000", number.ErrPlaceholder, 6},
		// Sequence 0.
		{"京ICP备12345678号-0", number.ErrSequence, 21},
		// Leading zero in the sequence.
		{"京ICP备12345678号-01", number.ErrSequence, 21},
		// Six-digit sequence.
		{"京ICP备12345678号-123456", number.ErrSequence, 21},
		// Dash without a sequence.
		{"京ICP备12345678号-", number.ErrSyntax, 21},
		// Unknown service letter.
		{"京ICP备12345678号-1B", number.ErrSyntax, 22},
		// Domain inserted in the number.
		{"黔ICP备(shou.org.cn)05052049号-13", number.ErrSyntax, 9},
		// Domain-registrar licence class, not an ICP licence.
		{"浙D3-20210002", number.ErrLicenceClass, 3},
		// Old hyphenated sub-class style.
		{"辽B-2-4-20080039", number.ErrLicenceClass, 3},
		// Repeated class.
		{"皖B2.B2-20070020", number.ErrLicenceClass, 6},
		// ICP number without its province: not shaped like a licence class.
		{"ICP备12345678号", number.ErrSyntax, 0},
		// A word, not a number.
		{"Hello", number.ErrSyntax, 0},
		// A letter and a digit is shaped like a licence class.
		{"E1-20080101", number.ErrLicenceClass, 0},
		// Classes out of order are lenient-only.
		{"皖B2.B1-20070020", number.ErrSyntax, 6},
		// Public-security numbers have no service numbers.
		{"京公网安备11010502030143号-1", number.ErrSyntax, 32},
		// Only the province character, no number.
		{"京", number.ErrSyntax, 3},
		// ICP without 备 or 证.
		{"京ICP12345678号", number.ErrSyntax, 6},
		// Invalid UTF-8.
		{"\xff", number.ErrSyntax, 0},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			n, err := number.Parse(tt.in)
			if err == nil {
				t.Fatalf("Parse(%q) = %v, want error %v", tt.in, n, tt.err)
			}
			if n.IsValid() {
				t.Errorf("Parse(%q) returned a valid number with an error", tt.in)
			}
			var pe *number.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %T is not a *ParseError", err)
			}
			if !errors.Is(err, tt.err) {
				t.Errorf("Parse(%q) error = %v, want %v", tt.in, err, tt.err)
			}
			if pe.Input != tt.in || pe.Offset != tt.offset {
				t.Errorf("ParseError{Input: %q, Offset: %d}, want offset %d", pe.Input, pe.Offset, tt.offset)
			}
		})
	}
}

func TestMustParsePanics(t *testing.T) {
	defer func() {
		if r := recover(); r == nil {
			t.Error("MustParse(bad input) did not panic")
		}
	}()
	number.MustParse("京ICP备123号")
}

func TestParseErrorMessage(t *testing.T) {
	_, err := number.Parse("京ICP备123号")
	const want = `number: "京ICP备123号": serial has the wrong number of digits (at byte 9)`
	if err == nil || err.Error() != want {
		t.Errorf("error = %v, want %s", err, want)
	}
	long := "京ICP备" + strings.Repeat("1", 200)
	_, err = number.Parse(long)
	if err == nil || len(err.Error()) > 150 || !strings.Contains(err.Error(), "…") {
		t.Errorf("error message for long input not cut: %d bytes", len(err.Error()))
	}
}
