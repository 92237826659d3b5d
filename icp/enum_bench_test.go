package icp_test

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/beian-go/beian/icp"
)

// TestEnumNoAllocs pins the allocation-free paths: parsing a valid name,
// parsing a valid bitmask text, and appending either to a buffer.
func TestEnumNoAllocs(t *testing.T) {
	buf := make([]byte, 0, 128)
	tests := []struct {
		name string
		fn   func()
	}{
		{"ParseNature", func() { _, _ = icp.ParseNature("private-non-enterprise") }},
		{"Nature.UnmarshalText", func() {
			var n icp.Nature
			_ = n.UnmarshalText([]byte("enterprise"))
		}},
		{"Nature.AppendText", func() { buf, _ = icp.NatureEnterprise.AppendText(buf[:0]) }},
		{"ParseServiceContent", func() { _, _ = icp.ParseServiceContent("blog,other,0x1000000") }},
		{"ServiceContent.AppendText", func() { buf, _ = (icp.ServiceBlog | icp.ServiceOther | 1<<24).AppendText(buf[:0]) }},
		{"ParseServerLocation", func() { _, _ = icp.ParseServerLocation("Beijing,Inner Mongolia") }},
		{"ServiceContent.UnmarshalText", func() {
			var v icp.ServiceContent
			_ = v.UnmarshalText([]byte("blog,other"))
		}},
		{"Date.UnmarshalText", func() {
			var d icp.Date
			_ = d.UnmarshalText([]byte("2024-02-29"))
		}},
	}
	for _, tt := range tests {
		if n := testing.AllocsPerRun(100, tt.fn); n != 0 {
			t.Errorf("%s allocates %v times", tt.name, n)
		}
	}
}

// regexpServiceContent is a plain baseline: split with a regexp and look the
// names up in a map.
var (
	regexpSplit      = regexp.MustCompile(`\s*,\s*`)
	regexpHex        = regexp.MustCompile(`^0[xX][0-9a-fA-F]{1,16}$`)
	regexpServiceMap = func() map[string]uint64 {
		m := map[string]uint64{}
		for i := range 64 {
			v := icp.ServiceContent(1) << i
			if v.IsValid() {
				m[v.String()] = uint64(v)
			}
		}
		return m
	}()
)

func regexpParseServiceContent(s string) (uint64, bool) {
	var v uint64
	for _, tok := range regexpSplit.Split(strings.TrimSpace(s), -1) {
		if regexpHex.MatchString(tok) {
			n, _ := strconv.ParseUint(tok[2:], 16, 64)
			v |= n
			continue
		}
		b, ok := regexpServiceMap[strings.ToLower(tok)]
		if !ok {
			return 0, false
		}
		v |= b
	}
	return v, true
}

// BenchmarkParseServiceContent compares the bitmask text parser with the
// regexp-and-map baseline on the same input.
func BenchmarkParseServiceContent(b *testing.B) {
	const in = "organisation-portal,education,app,0x1000000"
	want, _ := icp.ParseServiceContent(in)
	if got, ok := regexpParseServiceContent(in); !ok || got != uint64(want) {
		b.Fatalf("baseline disagrees: %#x", got)
	}
	b.Run("icp", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := icp.ParseServiceContent(in); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("regexp", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, ok := regexpParseServiceContent(in); !ok {
				b.Fatal("baseline failed")
			}
		}
	})
}

// BenchmarkParseNature compares the name lookup with a regexp-validated map
// lookup baseline.
func BenchmarkParseNature(b *testing.B) {
	re := regexp.MustCompile(`^[a-z]+(-[a-z]+)*$`)
	m := map[string]icp.Nature{}
	for n := icp.Nature(1); n.IsValid(); n++ {
		m[n.String()] = n
	}
	const in = "private-non-enterprise"
	b.Run("icp", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := icp.ParseNature(in); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("regexp", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if !re.MatchString(in) {
				b.Fatal("no match")
			}
			if _, ok := m[strings.ToLower(in)]; !ok {
				b.Fatal("unknown")
			}
		}
	})
}
