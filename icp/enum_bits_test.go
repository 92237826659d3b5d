package icp_test

import (
	"errors"
	"math/bits"
	"testing"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/province"
)

// bitmaskEnum is the method set the bitmask enums share.
type bitmaskEnum interface {
	~uint64
	IsValid() bool
	String() string
	Label() string
	MarshalText() ([]byte, error)
}

// checkBitmask checks every single bit: named bits have a unique name and a
// label and round-trip; there are want of them; unknown bits round-trip as
// hex; and bad text fails with *EnumError.
func checkBitmask[T bitmaskEnum](t *testing.T, typeName string, want int, parse func(string) (T, error)) {
	t.Helper()
	names := map[string]bool{}
	n := 0
	var all T
	for i := range 64 {
		v := T(1) << i
		s := v.String()
		got, err := parse(s)
		if err != nil || got != v {
			t.Errorf("%s bit %d: parse(%q) = %#x, %v", typeName, i, s, uint64(got), err)
		}
		if !v.IsValid() {
			if s[:2] != "0x" {
				t.Errorf("%s unknown bit %d written %q, want hex", typeName, i, s)
			}
			continue
		}
		n++
		all |= v
		if v.Label() == "" {
			t.Errorf("%s %q: no label", typeName, s)
		}
		if names[s] {
			t.Errorf("%s: duplicate name %q", typeName, s)
		}
		names[s] = true
	}
	if n != want {
		t.Errorf("%s has %d named bits, want %d", typeName, n, want)
	}
	// Every value built from named and unknown bits round-trips and its
	// canonical text is a fixed point.
	for _, v := range []T{0, all, all | 1<<63, T(uint64(0xdead_0000_0000_0000)) | all&-all} {
		s := v.String()
		b, err := v.MarshalText()
		if err != nil || string(b) != s {
			t.Errorf("%s(%#x).MarshalText = %q, %v; String %q", typeName, uint64(v), b, err, s)
		}
		if v == 0 {
			continue
		}
		got, err := parse(s)
		if err != nil || got != v || got.String() != s {
			t.Errorf("%s round trip of %#x via %q = %#x, %v", typeName, uint64(v), s, uint64(got), err)
		}
	}
	if T(0).IsValid() {
		t.Errorf("zero %s is valid", typeName)
	}
	for _, bad := range []string{"", ",", "nosuch", "0x", "0xZZ", "0x1ffffffffffffffff", "blog,,other"} {
		_, err := parse(bad)
		var ee *icp.EnumError
		if !errors.As(err, &ee) || !errors.Is(err, icp.ErrUnknownEnum) {
			t.Errorf("parse%s(%q) error = %v, want *EnumError", typeName, bad, err)
		}
	}
}

// TestBitmasks runs the whole-table checks on every bitmask enum.
func TestBitmasks(t *testing.T) {
	t.Run("ServiceContent", func(t *testing.T) { checkBitmask(t, "ServiceContent", 30, icp.ParseServiceContent) })
	t.Run("PreApproval", func(t *testing.T) { checkBitmask(t, "PreApproval", 12, icp.ParsePreApproval) })
	t.Run("AccessMethod", func(t *testing.T) { checkBitmask(t, "AccessMethod", 5, icp.ParseAccessMethod) })
	t.Run("ServerLocation", func(t *testing.T) { checkBitmask(t, "ServerLocation", 34, icp.ParseServerLocation) })
}

// TestBitmaskText pins the text form with examples.
func TestBitmaskText(t *testing.T) {
	tests := []struct {
		in   string
		want icp.ServiceContent
		text string
	}{
		{"blog", icp.ServiceBlog, "blog"},                                            // one name
		{"other,blog", icp.ServiceBlog | icp.ServiceOther, "blog,other"},             // reordered to bit order
		{" BLOG , Other ", icp.ServiceBlog | icp.ServiceOther, "blog,other"},         // case and spaces
		{"blog,blog", icp.ServiceBlog, "blog"},                                       // repeated
		{"0x1000000", 1 << 24, "0x1000000"},                                          // unused form bit kept
		{"0x20,0x1000000", icp.ServiceBlog | 1<<24, "blog,0x1000000"},                // hex of a named bit becomes its name
		{"non-bank-payment", icp.ServiceNonBankPayment, "non-bank-payment"},          // bit 32
		{"app,0X8000000000000000", icp.ServiceApp | 1<<63, "app,0x8000000000000000"}, // top bit
	}
	for _, tt := range tests {
		got, err := icp.ParseServiceContent(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseServiceContent(%q) = %#x, %v; want %#x", tt.in, uint64(got), err, uint64(tt.want))
			continue
		}
		if got.String() != tt.text {
			t.Errorf("ServiceContent(%#x).String() = %q, want %q", uint64(got), got.String(), tt.text)
		}
	}
	if got := (icp.ServiceBlog | icp.ServiceOther | 1<<24).Label(); got != "博客/个人空间、其他、0x1000000" {
		t.Errorf("Label = %q", got)
	}
	v := icp.ServiceBlog | icp.ServiceOther | 1<<24
	if v.IsValid() || v.Unknown() != 1<<24 || !v.Has(icp.ServiceBlog) || v.Has(icp.ServiceApp) {
		t.Errorf("IsValid/Unknown/Has wrong for %v", v)
	}
	var got []icp.ServiceContent
	for b := range v.Bits() {
		got = append(got, b)
	}
	if len(got) != 3 || got[0] != icp.ServiceBlog || got[1] != icp.ServiceOther || got[2] != 1<<24 {
		t.Errorf("Bits = %v", got)
	}
	if !icp.PreApprovalNews.IsSingle() || (icp.PreApprovalNews | icp.PreApprovalCulture).IsSingle() || icp.PreApproval(64).IsSingle() {
		t.Error("PreApproval.IsSingle wrong")
	}
}

// TestServerLocationBits checks the server-location bits against the
// province table: 31 distinct mainland bits plus the three inferred ones.
func TestServerLocationBits(t *testing.T) {
	var mainland icp.ServerLocation
	for c := range province.All() {
		b := icp.ServerLocationOf(c)
		if bits.OnesCount64(uint64(b)) != 1 {
			t.Errorf("%v: bit %#x is not a single bit", c, uint64(b))
		}
		if mainland&b != 0 {
			t.Errorf("%v: bit %#x used twice", c, uint64(b))
		}
		mainland |= b
		if got, ok := b.Province(); !ok || got != c {
			t.Errorf("%#x.Province() = %v, %v; want %v", uint64(b), got, ok, c)
		}
		if b.String() != c.String() || b.Label() != c.ShortName() {
			t.Errorf("%v: name %q label %q", c, b.String(), b.Label())
		}
	}
	if bits.OnesCount64(uint64(mainland)) != 31 {
		t.Errorf("%d mainland bits, want 31", bits.OnesCount64(uint64(mainland)))
	}
	for _, b := range []icp.ServerLocation{icp.ServerHongKong, icp.ServerMacao, icp.ServerTaiwan} {
		if mainland&b != 0 {
			t.Errorf("inferred bit %v collides with a province", b)
		}
		if !b.IsValid() || b.IsMainland() {
			t.Errorf("%v: IsValid %v IsMainland %v", b, b.IsValid(), b.IsMainland())
		}
	}
	// The three inferred bits fill exactly the gaps of the 34-bit block.
	if all := mainland | icp.ServerHongKong | icp.ServerMacao | icp.ServerTaiwan; all != 1<<34-1 {
		t.Errorf("bits %#x do not fill 0..33", uint64(all))
	}
	v := icp.ServerLocationOf(province.Beijing) | icp.ServerLocationOf(province.Zhejiang)
	if v.String() != "Beijing,Zhejiang" || !v.IsMainland() {
		t.Errorf("%v: IsMainland %v", v, v.IsMainland())
	}
	var ps []province.Code
	for c := range v.Provinces() {
		ps = append(ps, c)
	}
	if len(ps) != 2 || ps[0] != province.Beijing || ps[1] != province.Zhejiang {
		t.Errorf("Provinces = %v", ps)
	}
	if got, err := icp.ParseServerLocation("inner mongolia, hong kong"); err != nil ||
		got != icp.ServerLocationOf(province.InnerMongolia)|icp.ServerHongKong {
		t.Errorf("ParseServerLocation = %v, %v", got, err)
	}
	if icp.ServerLocationOf(0) != 0 {
		t.Error("ServerLocationOf(0) != 0")
	}
}
