package number

import (
	"strings"
	"testing"
	"unsafe"
)

// agreeFast checks that the fast strict path accepts only what the
// general scanner accepts in strict mode, with the same number.
func agreeFast(t *testing.T, s string) {
	t.Helper()
	var f fields
	ok := parseFast(s, &f)
	fast := f.number()
	res := scan(s, 0, modeStrict)
	if ok && (res.err != nil || res.n != fast) {
		t.Fatalf("parseFast(%q) = %+v, scan = %+v", s, fast, res)
	}
}

func TestParseFastAcceptsCanonicalForms(t *testing.T) {
	for _, s := range []string{
		"京ICP备12345678号", "京ICP备11018762号-11", "陕ICP备040096号", "粤ICP备2020133024号", "辽ICP备2023009191号-2A",
		"京ICP证030173号-1", "京B2-20090059", "B2-20080101", "皖B1.B2-20070020", "粤B2-20090059-1626X",
		"京公网安备11010502030143号", "京公网安备110105000655号", "川公网安备51078202110037号", "黔公网安备33010802007421号",
	} {
		var f fields
		if !parseFast(s, &f) || f.number().String() != s {
			t.Errorf("parseFast(%q) = %q", s, f.number())
		}
	}
}

func TestParseFastAgreesWithScan(t *testing.T) {
	for _, s := range []string{
		"京ICP备12345678号", "京ICP备11018762号-11", "陕ICP备040096号", "粤ICP备2020133024号", "辽ICP备2023009191号-2A",
		"黔ICP备2025044274号-1X", "京ICP备04000001号-4K", "京ICP证030173号-1", "京B2-20090059", "B2-20080101",
		"皖B1.B2-20070020", "粤A2-20044005", "粤B2-20090059-1626X", "B2-20080101-12345A", "京公网安备11010502030143号",
		"京公网安备110105000655号", "川公网安备51078202110037号", "黔公网安备33010802007421号", "秦公网安备61010202000001号",
		"京ICP备12345678号-0", "京ICP备12345678号-123456", "京ICP证12345678号", "京B2-00000000", "京ICP备00000000号",
		"皖B2.B1-20070020", "皖B1.B1-20070020", "京公网安备81010502030143号", "京ICP备12345678号-1Y", "B2-2008010",
	} {
		agreeFast(t, s)
	}
}

func FuzzParseFast(f *testing.F) {
	f.Add("京ICP备12345678号-2A")
	f.Add("粤B2-20090059-1626X")
	f.Add("京公网安备11010502030143号")
	f.Fuzz(agreeFast)
}

func TestNumberIsSmall(t *testing.T) {
	if size := unsafe.Sizeof(Number{}); size > 16 {
		t.Errorf("Number is %d bytes, want at most 16", size)
	}
}

// TestLabelOrder checks that no label comes after one of its prefixes,
// which would make the longer label unreachable.
func TestLabelOrder(t *testing.T) {
	for i, l := range labels {
		for _, earlier := range labels[:i] {
			if strings.HasPrefix(l, earlier) {
				t.Errorf("label %q comes after its prefix %q", l, earlier)
			}
		}
		if r, _ := fold([]rune(l)[0]); r != labelFirst[i] || strings.ContainsAny(l, " ：") {
			t.Errorf("label %q is not in folded form", l)
		}
	}
}

// TestMetaRoundTrip checks that packing keeps every part at its widest value.
func TestMetaRoundTrip(t *testing.T) {
	for _, f := range []fields{
		{serial: 1<<63 + 5, seq: maxSequence, pfx: 0x10FFFF, kind: KindPublicSecurity, prov: 65, nser: 14, svc: ServiceQuickApp, class: classA1 | classA2 | classB1 | classB2},
		{serial: 20090059, seq: 1626, kind: KindTelecomLicence, prov: 44, nser: 8, svc: ServiceMiniProgram, class: classB2},
		{},
	} {
		if got := f.number().fields(); got != f {
			t.Errorf("fields %+v round-trip to %+v", f, got)
		}
	}
}
