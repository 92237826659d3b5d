package number_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/beian-go/beian/number"
)

func fixes(fs ...number.Fix) number.Fixes {
	var s number.Fixes
	for _, f := range fs {
		s |= number.Fixes(f)
	}
	return s
}

func TestParseLenient(t *testing.T) {
	tests := []struct {
		in    string
		want  string
		fixes number.Fixes
	}{
		// Canonical input needs no fix.
		{"京ICP备12345678号-1", "京ICP备12345678号-1", 0},
		// Full-width digits.
		{"京ICP备１２３４５６７８号-1", "京ICP备12345678号-1", fixes(number.FixWidth)},
		// Full-width letters and digits everywhere.
		{"京ＩＣＰ备１２３４５６７８号－１Ａ", "京ICP备12345678号-1A", fixes(number.FixWidth, number.FixDash)},
		// Lower-case icp.
		{"京icp备12345678号-1", "京ICP备12345678号-1", fixes(number.FixCase)},
		// Lower-case service letter.
		{"苏ICP备2026036865号-1x", "苏ICP备2026036865号-1X", fixes(number.FixCase)},
		// Spaces anywhere (Tencent's own docs).
		{"京 ICP 备 11018762 号-11", "京ICP备11018762号-11", fixes(number.FixSpace)},
		// Space after 备 and no 号.
		{"沪ICP备 09007032", "沪ICP备09007032号", fixes(number.FixSpace, number.FixMissingHao)},
		// Alias province and a space.
		{"川ICP备 09003078号", "蜀ICP备09003078号", fixes(number.FixSpace, number.FixProvinceAlias)},
		// Public-security number with the usual space.
		{"京公网安备 11010802035340号", "京公网安备11010802035340号", fixes(number.FixSpace)},
		// Ideographic space U+3000 and leading/trailing spaces.
		{"　京ICP备12345678号\u3000", "京ICP备12345678号", fixes(number.FixSpace)},
		// Zero-width space and BOM.
		{"\ufeff京ICP\u200b备1234\u200c5678号", "京ICP备12345678号", fixes(number.FixInvisible)},
		// Every character spaced out (obfuscation).
		{"京 I C P 备 1 2 3 4 5 6 7 8 号", "京ICP备12345678号", fixes(number.FixSpace)},
		// HTML no-break space entity.
		{"京公网安备&nbsp;11010802035340号", "京公网安备11010802035340号", fixes(number.FixSpace)},
		// Missing 号 (2004 serial).
		{"粤ICP备040144", "粤ICP备040144号", fixes(number.FixMissingHao)},
		// Missing 号 (8-digit serial).
		{"鄂ICP备19017946", "鄂ICP备19017946号", fixes(number.FixMissingHao)},
		// Missing 号 with a space and the Gansu character.
		{"陇ICP备 05000593", "陇ICP备05000593号", fixes(number.FixSpace, number.FixMissingHao)},
		// Missing 号 before the sequence.
		{"京ICP备12345678-1", "京ICP备12345678号-1", fixes(number.FixMissingHao)},
		// 号 after the sequence instead of before it.
		{"京ICP备12345678-1号", "京ICP备12345678号-1", fixes(number.FixMissingHao, number.FixExtraHao)},
		// 备案 instead of 备.
		{"青ICP备案2026000119号-2A", "青ICP备2026000119号-2A", fixes(number.FixBeian)},
		// 备案 in a public-security number.
		{"京公网安备案11010802035340号", "京公网安备11010802035340号", fixes(number.FixBeian)},
		// Traditional 備.
		{"京ICP備12345678號", "京ICP备12345678号", fixes(number.FixTraditional)},
		// Traditional 證.
		{"京ICP證030173號", "京ICP证030173号", fixes(number.FixTraditional)},
		// Traditional province character and 網/備.
		{"粵公網安備44030502000001號", "粤公网安备44030502000001号", fixes(number.FixTraditional)},
		// Traditional 貴 is also an alias of 黔.
		{"貴ICP備06052086號", "黔ICP备06052086号", fixes(number.FixTraditional, number.FixProvinceAlias)},
		// Em dash.
		{"京ICP备12345678号—1", "京ICP备12345678号-1", fixes(number.FixDash)},
		// En dash.
		{"京ICP备12345678号–1", "京ICP备12345678号-1", fixes(number.FixDash)},
		// Full-width hyphen-minus.
		{"京ICP备12345678号－1", "京ICP备12345678号-1", fixes(number.FixDash)},
		// Telecom licence written with 号.
		{"苏B2-20130048号", "苏B2-20130048", fixes(number.FixExtraHao)},
		// Huawei's basic-telecom licence with 号.
		{"粤A2-20044005号", "粤A2-20044005", fixes(number.FixExtraHao)},
		// 号 between licence and sequence.
		{"沪B2-20090059号-13", "沪B2-20090059-13", fixes(number.FixExtraHao)},
		// Licence and sequence as issued.
		{"京B2-20090059-13", "京B2-20090059-13", 0},
		// Lower-case class letter.
		{"浙b2-20080224-1", "浙B2-20080224-1", fixes(number.FixCase)},
		// Classes out of order.
		{"皖B2.B1-20070020", "皖B1.B2-20070020", fixes(number.FixClassOrder)},
		// Label with a full-width colon.
		{"备案号：京ICP备05066828号-1", "京ICP备05066828号-1", fixes(number.FixLabel)},
		// Label with an ASCII colon and a space.
		{"ICP备案号: 粤ICP备05008878号", "粤ICP备05008878号", fixes(number.FixLabel, number.FixSpace)},
		// Combined filing/licence label.
		{"备案/许可证编号：京ICP证030173号", "京ICP证030173号", fixes(number.FixLabel)},
		// Certificate-number label.
		{"ICP备案证书号:京ICP备11041704号", "京ICP备11041704号", fixes(number.FixLabel)},
		// Website label.
		{"网站备案号：蜀ICP备2026033844号-1", "蜀ICP备2026033844号-1", fixes(number.FixLabel)},
		// Old ministry name before the number.
		{"国家信息产业部京ICP备05066828号", "京ICP备05066828号", fixes(number.FixLabel)},
		// Licence label.
		{"增值电信业务经营许可证：浙B2-20080224", "浙B2-20080224", fixes(number.FixLabel)},
		// Short licence label.
		{"经营许可证：沪B2-20090059", "沪B2-20090059", fixes(number.FixLabel)},
		// Label in traditional characters with spaces.
		{"備案號： 京ICP備05066828號", "京ICP备05066828号", fixes(number.FixLabel, number.FixSpace, number.FixTraditional)},
		// Alias 秦 for Shaanxi.
		{"秦ICP备040096号", "陕ICP备040096号", fixes(number.FixProvinceAlias)},
		// Alias 申 for Shanghai.
		{"申ICP备12345678号", "沪ICP备12345678号", fixes(number.FixProvinceAlias)},
		// Alias 楚 for Hubei.
		{"楚ICP备19017946号", "鄂ICP备19017946号", fixes(number.FixProvinceAlias)},
		// Alias 甘 for Gansu.
		{"甘ICP备05000593号", "陇ICP备05000593号", fixes(number.FixProvinceAlias)},
		// Alias 云 for Yunnan.
		{"云ICP备2026006119号-2", "滇ICP备2026006119号-2", fixes(number.FixProvinceAlias)},
		// Alias 贵 for Guizhou on a telecom licence.
		{"贵B2-20100348", "黔B2-20100348", fixes(number.FixProvinceAlias)},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			n, fx, err := number.ParseLenient(tt.in)
			if err != nil {
				t.Fatalf("ParseLenient(%q) error: %v", tt.in, err)
			}
			if got := n.String(); got != tt.want {
				t.Errorf("ParseLenient(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if fx != tt.fixes {
				t.Errorf("ParseLenient(%q) fixes = %v, want %v", tt.in, fx, tt.fixes)
			}
			if n != number.MustParse(tt.want) {
				t.Errorf("lenient result differs from Parse(%q)", tt.want)
			}
			_, err = number.Parse(tt.in)
			if (err == nil) != (tt.fixes == 0) {
				t.Errorf("Parse(%q) error = %v; strict must accept exactly the inputs needing no fix", tt.in, err)
			}
		})
	}
}

func TestParseLenientErrors(t *testing.T) {
	tests := []struct {
		in  string
		err error
	}{
		// Only spaces.
		{"   ", number.ErrEmpty},
		// Only a label.
		{"备案号：", number.ErrEmpty},
		// 备案 variant that also lost a digit: still length-checked.
		{"青ICP备案026000119号-2A", number.ErrSerialLength},
		// 5-digit legacy serial.
		{"皖ICP备05001号-1", number.ErrSerialLength},
		// Placeholder sequence.
		{"浙ICP备2020036024号-X", number.ErrPlaceholder},
		// Placeholder serial and sequence.
		{"京ICP备XXXXXXXX号-X", number.ErrPlaceholder},
		// Lower-case placeholder.
		{"京icp备xxxxxxxx号", number.ErrPlaceholder},
		// Domain inserted in parentheses.
		{"贵ICP备(shou.org.cn)05052049号-13", number.ErrSyntax},
		// Hong Kong prefix.
		{"港ICP备12345678号", number.ErrNotMainland},
		// Taiwan prefix with spaces.
		{"台 ICP 备 12345678 号", number.ErrNotMainland},
		// Unknown province character.
		{"哈ICP备12345678号", number.ErrUnknownProvince},
		// Text after the number.
		{"京ICP备12345678号 版权所有", number.ErrSyntax},
		// Two numbers.
		{"京ICP备12345678号 京ICP备12345679号", number.ErrSyntax},
		// Registrar licence.
		{"浙D3-20210002", number.ErrLicenceClass},
		// Lower-case words are not licence classes either.
		{"hello", number.ErrSyntax},
		// A URL.
		{"https://beian.miit.gov.cn/", number.ErrSyntax},
		// Wrong public-security length.
		{"京公网安备 1101080203534号", number.ErrSerialLength},
		// A label alone is not a number.
		{"ICP备案号：ICP备12345678号", number.ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			n, fx, err := number.ParseLenient(tt.in)
			if !errors.Is(err, tt.err) {
				t.Fatalf("ParseLenient(%q) = %v, %v, %v; want error %v", tt.in, n, fx, err, tt.err)
			}
			var pe *number.ParseError
			if !errors.As(err, &pe) || pe.Input != tt.in || pe.Offset < 0 || pe.Offset > len(tt.in) {
				t.Errorf("error %#v is not a *ParseError about the input", err)
			}
			if n.IsValid() || fx != 0 {
				t.Errorf("failed ParseLenient returned %v, %v", n, fx)
			}
		})
	}
}

func TestFixes(t *testing.T) {
	s := fixes(number.FixSpace, number.FixWidth, number.FixProvinceAlias)
	if got, want := s.String(), "width,space,province-alias"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if got := slices.Collect(s.All()); !slices.Equal(got, []number.Fix{number.FixWidth, number.FixSpace, number.FixProvinceAlias}) {
		t.Errorf("All() = %v", got)
	}
	if !s.Has(number.FixSpace) || s.Has(number.FixCase) || s.Len() != 3 {
		t.Errorf("Has/Len wrong for %v", s)
	}
	if number.Fixes(0).String() != "none" {
		t.Errorf("empty set String() = %q", number.Fixes(0).String())
	}
	b, err := s.MarshalText()
	if err != nil || string(b) != "width,space,province-alias" {
		t.Errorf("MarshalText() = %q, %v", b, err)
	}
	// Every fix has a distinct name and a Chinese label.
	seen := map[string]bool{}
	for f := number.Fix(1); f != 0 && f <= number.FixClassOrder; f <<= 1 {
		name := f.String()
		if name == "" || seen[name] || f.Label() == "" {
			t.Errorf("fix %d: name %q label %q", f, name, f.Label())
		}
		seen[name] = true
	}
	if len(seen) != 12 {
		t.Errorf("%d fixes named, want 12", len(seen))
	}
	if got := number.Fix(3).String(); got != "Fix(3)" {
		t.Errorf("Fix(3).String() = %q", got)
	}
}

// TestFixesTextRoundTrip checks that Fixes read back what MarshalText
// writes, so that JSON holding matches (examples/numbers -json, audit
// reports) decodes, and that unknown names fail with a *ParseError.
func TestFixesTextRoundTrip(t *testing.T) {
	for _, s := range []number.Fixes{0, fixes(number.FixSpace), fixes(number.FixWidth, number.FixDash, number.FixClassOrder), 1<<12 - 1} {
		b, err := s.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back number.Fixes = 1 << 15 // overwritten
		if err := back.UnmarshalText(b); err != nil || back != s {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, back, err, s)
		}
	}
	for _, bad := range []string{"spaces", "width,", ",width", "width,,space", "WIDTH", "none"} {
		var s number.Fixes
		err := s.UnmarshalText([]byte(bad))
		var pe *number.ParseError
		if !errors.As(err, &pe) || !errors.Is(err, number.ErrSyntax) {
			t.Errorf("UnmarshalText(%q) = %v, %v; want a *ParseError", bad, s, err)
		}
	}
}
