package icp_test

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/beian-go/beian/icp"
)

// idRef is a fixed reference time for tests and benchmarks.
var idRef = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// Benchmark sinks, so the compiler cannot drop the work.
var (
	idSinkBool bool
	idSinkErr  error
	idSinkID   icp.ResidentID
	idSinkCode icp.CreditCode
)

// The regexp baselines do what peers do: a precompiled pattern for the
// shape (with a plausible date for the resident ID) and a checksum loop.
var (
	idResidentRegexp = regexp.MustCompile(`^[1-9]\d{5}(18|19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}[\dXx]$`)
	idCreditRegexp   = regexp.MustCompile(`^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$`)
)

func idRegexpResidentID(s string) bool {
	if !idResidentRegexp.MatchString(s) {
		return false
	}
	weights := [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i, w := range weights {
		sum += int(s[i]-'0') * w
	}
	last := s[17]
	if last == 'x' {
		last = 'X'
	}
	return "10X98765432"[sum%11] == last
}

func idRegexpCreditCode(s string) bool {
	if !idCreditRegexp.MatchString(s) {
		return false
	}
	const alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
	sum, w := 0, 1
	for i := 0; i < 17; i++ {
		sum += strings.IndexByte(alphabet, s[i]) * w
		w = w * 3 % 31
	}
	return alphabet[(31-sum%31)%31] == s[17]
}

func BenchmarkIDResidentID(b *testing.B) {
	inputs := []struct{ name, in string }{
		{"valid", "11010519491231002X"},
		{"badcheck", "11010519491231002Y"}, // passes the shape, fails the checksum
		{"baddate", idResidentID("11010519490231002")},
	}
	for _, in := range inputs {
		b.Run(in.name+"/Parse", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				idSinkID, idSinkErr = icp.ParseResidentID(in.in)
			}
		})
		b.Run(in.name+"/Valid", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				idSinkBool = icp.ValidResidentID(in.in)
			}
		})
		b.Run(in.name+"/Regexp", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				idSinkBool = idRegexpResidentID(in.in)
			}
		})
	}
}

func BenchmarkIDCreditCode(b *testing.B) {
	inputs := []struct{ name, in string }{
		{"valid", "91350200MA31E12PXF"},
		{"badcheck", "91350200MA31E12PXG"}, // passes the shape, fails the checksum
		{"badorgcode", "911101085636549472"},
	}
	for _, in := range inputs {
		b.Run(in.name+"/Parse", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				idSinkCode, idSinkErr = icp.ParseCreditCode(in.in)
			}
		})
		b.Run(in.name+"/Valid", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				idSinkBool = icp.ValidCreditCode(in.in)
			}
		})
		b.Run(in.name+"/Regexp", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				idSinkBool = idRegexpCreditCode(in.in)
			}
		})
	}
}

func BenchmarkIDOthers(b *testing.B) {
	b.Run("ParseMobile", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_, idSinkErr = icp.ParseMobile("19912345678")
		}
	})
	b.Run("ParseOrgCode", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_, idSinkErr = icp.ParseOrgCode("56365494-8")
		}
	})
	b.Run("ParseLandline", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_, idSinkErr = icp.ParseLandline("0755-22345678-123")
		}
	})
	b.Run("ParseEmail", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_, idSinkErr = icp.ParseEmail("alice@example.com")
		}
	})
	b.Run("ParseDomain/ASCII", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_, idSinkErr = icp.ParseDomain("www.example.com.cn")
		}
	})
	b.Run("ParseDomain/Unicode", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_, idSinkErr = icp.ParseDomain("中文.中国")
		}
	})
}

// TestRegexpBaselinesAgree keeps the baselines honest: they accept the same
// valid vectors as the parsers, so the benchmark compares like with like.
func TestRegexpBaselinesAgree(t *testing.T) {
	for _, s := range []string{"11010519491231002X", "440524188001010014"} {
		if !idRegexpResidentID(s) || !icp.ValidResidentID(s) {
			t.Errorf("%s: baseline and parser disagree", s)
		}
	}
	if idRegexpResidentID("11010519491231002Y") || icp.ValidResidentID("11010519491231002Y") {
		t.Error("wrong check accepted")
	}
	for _, s := range idValidCreditCodes {
		if !idRegexpCreditCode(s) {
			t.Errorf("%s: the credit-code baseline rejects a valid code", s)
		}
	}
}
