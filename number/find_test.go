package number_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/beian-go/beian/number"
)

// found is a match reduced to what the tests compare: the source text and
// the canonical number.
type found struct {
	src, num string
}

func findAll(text string) []found {
	var out []found
	for _, m := range number.FindAll([]byte(text)) {
		out = append(out, found{text[m.Start:m.End], m.Number.String()})
	}
	return out
}

func TestFindAll(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []found
	}{
		{
			// No number at all.
			"none", "欢迎访问本站。Copyright © 2024 Example Inc. All rights reserved. A B2B site.", nil,
		},
		{
			// A typical footer with three kinds, in order, with the common space in the public-security number.
			"footer",
			"©2024 腾讯公司 版权所有 粤B2-20090059 京ICP备11018762号-11 京公网安备 11010802035340号",
			[]found{{"粤B2-20090059", "粤B2-20090059"}, {"京ICP备11018762号-11", "京ICP备11018762号-11"}, {"京公网安备 11010802035340号", "京公网安备11010802035340号"}},
		},
		{
			// Raw HTML: numbers inside links, &nbsp; inside the number, attribute digits ignored.
			"html",
			`<a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备2026046994号-1</a>&nbsp;<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33010602009975"><img src="ga.png">浙公网安备&nbsp;33010602009975号</a>`,
			[]found{{"浙ICP备2026046994号-1", "浙ICP备2026046994号-1"}, {"浙公网安备&nbsp;33010602009975号", "浙公网安备33010602009975号"}},
		},
		{
			// Label in front: the match starts at the province character.
			"label", "网站备案号：京ICP备05066828号-1，欢迎",
			[]found{{"京ICP备05066828号-1", "京ICP备05066828号-1"}},
		},
		{
			// Full-width digits and lower-case icp.
			"full-width", "备案：京icp备１２３４５６７８号",
			[]found{{"京icp备１２３４５６７８号", "京ICP备12345678号"}},
		},
		{
			// Spaces inside the number.
			"spaces", "京 ICP 备 11018762 号-11 关于我们",
			[]found{{"京 ICP 备 11018762 号-11", "京ICP备11018762号-11"}},
		},
		{
			// Missing 号 followed by a year: the year is not part of the serial.
			"missing hao", "粤ICP备040144 2024",
			[]found{{"粤ICP备040144", "粤ICP备040144号"}},
		},
		{
			// Sequence followed by a year after a space: the year is not part of the sequence.
			"sequence then year", "京ICP备12345678号-1 2024",
			[]found{{"京ICP备12345678号-1", "京ICP备12345678号-1"}},
		},
		{
			// A longer digit run is no number.
			"long digits", "京ICP备1234567890123号 京B2-200900591 京公网安备110105020301431号", nil,
		},
		{
			// A licence glued to a word is no number; one after a label is.
			"word boundary", "XB2-20080101 许可证B2-20080101",
			[]found{{"B2-20080101", "B2-20080101"}},
		},
		{
			// A service letter glued to English text is not a service letter.
			"letter glued", "京ICP备12345678号-1About us",
			[]found{{"京ICP备12345678号-1", "京ICP备12345678号-1"}},
		},
		{
			// A letter after a space starts the next words (A股, X-Mall), not a service letter.
			"letter after space", "京ICP备12345678号-1 A股行情 粤ICP备2020133024号-3 X-Mall",
			[]found{{"京ICP备12345678号-1", "京ICP备12345678号-1"}, {"粤ICP备2020133024号-3", "粤ICP备2020133024号-3"}},
		},
		{
			// A real APP suffix followed by Chinese text.
			"app suffix", "京ICP备12345678号-2A版权所有",
			[]found{{"京ICP备12345678号-2A", "京ICP备12345678号-2A"}},
		},
		{
			// Placeholder suffix: the subject number is found, the -X is not part of it.
			"placeholder suffix", "浙ICP备2020036024号-X",
			[]found{{"浙ICP备2020036024号", "浙ICP备2020036024号"}},
		},
		{
			// Placeholder serial: nothing.
			"placeholder serial", "京ICP备XXXXXXXX号-X", nil,
		},
		{
			// Hong Kong prefix: nothing, not even a cross-regional licence.
			"not mainland", "港ICP备12345678号 港B2-20080101", nil,
		},
		{
			// Alias province character.
			"alias", "川ICP备09150084号",
			[]found{{"川ICP备09150084号", "蜀ICP备09150084号"}},
		},
		{
			// Traditional characters.
			"traditional", "粵ICP備05008878號",
			[]found{{"粵ICP備05008878號", "粤ICP备05008878号"}},
		},
		{
			// Licence and combined classes, licence with 号 and a service.
			"licences", "皖B1.B2-20070020；沪B2-20090059号-13；京ICP证030173号",
			[]found{{"皖B1.B2-20070020", "皖B1.B2-20070020"}, {"沪B2-20090059号-13", "沪B2-20090059-13"}, {"京ICP证030173号", "京ICP证030173号"}},
		},
		{
			// Numbers back to back.
			"adjacent", "京ICP备12345678号京公网安备11010502030143号",
			[]found{{"京ICP备12345678号", "京ICP备12345678号"}, {"京公网安备11010502030143号", "京公网安备11010502030143号"}},
		},
		{
			// 公安备案号 label: the 备 of the label is not a number.
			"ps label", "公安备案号：京公网安备11010502030143号",
			[]found{{"京公网安备11010502030143号", "京公网安备11010502030143号"}},
		},
		{
			// Registrar licence next to an ICP licence: only the latter.
			"registrar", "浙D3-20210002 浙B2-20080101",
			[]found{{"浙B2-20080101", "浙B2-20080101"}},
		},
		{
			// Entities and zero-width characters before the anchor are walked back over.
			"noise before anchor", "页脚 京&nbsp;ICP&#8203;备&emsp;12345678号-1 和 京\u200b公网安备\u3000110105000655号",
			[]found{{"京&nbsp;ICP&#8203;备&emsp;12345678号-1", "京ICP备12345678号-1"}, {"京\u200b公网安备\u3000110105000655号", "京公网安备110105000655号"}},
		},
		{
			// Lower-case licence class and a space before the dash.
			"licence variants", "许可证：粤b2 -20090059；Ｂ２-20080101",
			[]found{{"粤b2 -20090059", "粤B2-20090059"}, {"Ｂ２-20080101", "B2-20080101"}},
		},
		{
			// Invalid UTF-8 around a number.
			"invalid utf-8", "\xff\xfe京ICP备12345678号\xff",
			[]found{{"京ICP备12345678号", "京ICP备12345678号"}},
		},
		{
			// Inside a URL query and an attribute value, in raw HTML.
			"url and attribute", `<a title="京ICP备12345678号-1" href="/s?q=粤B2-20090059&amp;p=2">x</a>`,
			[]found{{"京ICP备12345678号-1", "京ICP备12345678号-1"}, {"粤B2-20090059", "粤B2-20090059"}},
		},
		{
			// At the very start and the very end of the buffer, the last without 号.
			"buffer edges", "京ICP备12345678号-2A，京公网安备11010802035340",
			[]found{{"京ICP备12345678号-2A", "京ICP备12345678号-2A"}, {"京公网安备11010802035340", "京公网安备11010802035340号"}},
		},
		{
			// Digits glued on both sides: the serial stops at 号, the year before is not read.
			"digits around", "2024京ICP备12345678号2025",
			[]found{{"京ICP备12345678号", "京ICP备12345678号"}},
		},
		{
			// A truncated anchor at the end of the buffer is no match and no panic.
			"truncated", "京ICP\xe5\xa4",
			nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findAll(tt.text)
			if !slices.Equal(got, tt.want) {
				t.Errorf("FindAll(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
			checkMatches(t, []byte(tt.text))
		})
	}
}

// checkMatches checks the properties every FindAll result has: spans in
// order, not overlapping, and re-parsing to the same number and fixes; and
// that Find, AppendAll and All agree with it.
func checkMatches(t *testing.T, text []byte) {
	t.Helper()
	ms := number.FindAll(text)
	last := 0
	for _, m := range ms {
		if m.Start < last || m.End <= m.Start || m.End > len(text) {
			t.Fatalf("bad span [%d,%d) after %d in %q", m.Start, m.End, last, text)
		}
		last = m.End
		n, fx, err := number.ParseLenient(string(text[m.Start:m.End]))
		if err != nil || n != m.Number || fx != m.Fixes {
			t.Errorf("ParseLenient(%q) = %v, %v, %v; want %v, %v", text[m.Start:m.End], n, fx, err, m.Number, m.Fixes)
		}
		if !m.Number.IsValid() {
			t.Errorf("invalid number in match %+v", m)
		}
	}
	if got := slices.Collect(number.All(text)); !slices.Equal(got, ms) {
		t.Errorf("All() = %v, FindAll() = %v", got, ms)
	}
	if got := number.AppendAll(make([]number.Match, 0, 4), text); !slices.Equal(got, ms) {
		t.Errorf("AppendAll() = %v, FindAll() = %v", got, ms)
	}
	first, ok := number.Find(text)
	if ok != (len(ms) > 0) || ok && first != ms[0] {
		t.Errorf("Find() = %v, %v; FindAll() = %v", first, ok, ms)
	}
}

func TestFindAllStopsEarly(t *testing.T) {
	text := []byte(strings.Repeat("京ICP备12345678号 ", 5))
	n := 0
	for range number.All(text) {
		n++
		if n == 2 {
			break
		}
	}
	if n != 2 {
		t.Errorf("iterated %d times, want 2", n)
	}
	if got := len(number.FindAll(text)); got != 5 {
		t.Errorf("FindAll found %d, want 5", got)
	}
}
