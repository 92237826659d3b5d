package icp_test

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/idna"
	"golang.org/x/net/publicsuffix"

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

// Inputs of BenchmarkIDOthers, shared by the parsers and their baselines.
const (
	idBenchMobile   = "19912345678"
	idBenchOrgCode  = "56365494-8"
	idBenchLandline = "0755-22345678-123"
	idBenchEmail    = "alice@example.com"
	idBenchDomain   = "www.example.com.cn"
	idBenchIDN      = "中文.中国"
)

// The hand-written checks BenchmarkIDOthers compares the parsers with: the
// precompiled patterns commonly pasted into form validators.
var (
	idMobileRegexp   = regexp.MustCompile(`^1[3-9]\d{9}$`)
	idOrgCodeRegexp  = regexp.MustCompile(`^[0-9A-Z]{8}-?[0-9X]$`)
	idLandlineRegexp = regexp.MustCompile(`^0\d{2,3}-\d{7,8}(-\d{1,6})?$`)
	idEmailRegexp    = regexp.MustCompile(`^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$`)
)

// idRegexpOrgCode checks the shape with a pattern and the GB 11714 check
// character with a loop over the weights.
func idRegexpOrgCode(s string) bool {
	if !idOrgCodeRegexp.MatchString(s) {
		return false
	}
	weights := [8]int{3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i, w := range weights {
		v := int(s[i] - '0')
		if s[i] >= 'A' {
			v = int(s[i]-'A') + 10
		}
		sum += v * w
	}
	want := byte('0' + (11-sum%11)%11)
	if 11-sum%11 == 10 {
		want = 'X'
	}
	return s[len(s)-1] == want
}

// idIDNABaseline is the usual way to check a domain without this package:
// convert it to its ASCII form with the IDNA lookup profile and ask the
// public suffix list for the registrable domain.
func idIDNABaseline(s string) (string, error) {
	a, err := idna.Lookup.ToASCII(s)
	if err != nil {
		return "", err
	}
	return publicsuffix.EffectiveTLDPlusOne(a)
}

// BenchmarkIDOthers measures the other identifier parsers, each beside its
// hand-written baseline (a …Regexp or …ViaIDNA sub-benchmark) in the same
// run.
func BenchmarkIDOthers(b *testing.B) {
	// Each parser is followed by its hand-written baseline on the same input.
	cases := []struct {
		name string
		run  func()
	}{
		{"ParseMobile", func() { _, idSinkErr = icp.ParseMobile(idBenchMobile) }},
		{"ParseMobileRegexp", func() { idSinkBool = idMobileRegexp.MatchString(idBenchMobile) }},
		{"ParseOrgCode", func() { _, idSinkErr = icp.ParseOrgCode(idBenchOrgCode) }},
		{"ParseOrgCodeRegexp", func() { idSinkBool = idRegexpOrgCode(idBenchOrgCode) }},
		{"ParseLandline", func() { _, idSinkErr = icp.ParseLandline(idBenchLandline) }},
		{"ParseLandlineRegexp", func() { idSinkBool = idLandlineRegexp.MatchString(idBenchLandline) }},
		{"ParseEmail", func() { _, idSinkErr = icp.ParseEmail(idBenchEmail) }},
		{"ParseEmailRegexp", func() { idSinkBool = idEmailRegexp.MatchString(idBenchEmail) }},
		{"ParseDomain/ASCII", func() { _, idSinkErr = icp.ParseDomain(idBenchDomain) }},
		{"ParseDomain/ASCIIViaIDNA", func() { _, idSinkErr = idIDNABaseline(idBenchDomain) }},
		{"ParseDomain/Unicode", func() { _, idSinkErr = icp.ParseDomain(idBenchIDN) }},
		{"ParseDomain/UnicodeViaIDNA", func() { _, idSinkErr = idIDNABaseline(idBenchIDN) }},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				c.run()
			}
		})
	}
}

// TestOtherBaselinesAgree: the baselines of BenchmarkIDOthers accept the
// benchmark inputs the parsers accept and reject an input with a wrong
// check character or a wrong shape, so they do comparable work.
func TestOtherBaselinesAgree(t *testing.T) {
	cases := []struct {
		name     string
		in       string
		baseline func(string) bool
		parser   func(string) error
		want     bool
	}{
		// The benchmark inputs, valid for both.
		{"mobile", idBenchMobile, idMobileRegexp.MatchString, func(s string) error { _, err := icp.ParseMobile(s); return err }, true},
		{"org code", idBenchOrgCode, idRegexpOrgCode, func(s string) error { _, err := icp.ParseOrgCode(s); return err }, true},
		{"landline", idBenchLandline, idLandlineRegexp.MatchString, func(s string) error { _, err := icp.ParseLandline(s); return err }, true},
		{"email", idBenchEmail, idEmailRegexp.MatchString, func(s string) error { _, err := icp.ParseEmail(s); return err }, true},
		{"domain", idBenchDomain, idIDNAOK, func(s string) error { _, err := icp.ParseDomain(s); return err }, true},
		{"IDN", idBenchIDN, idIDNAOK, func(s string) error { _, err := icp.ParseDomain(s); return err }, true},
		// An org code without hyphen whose check character is X.
		{"org code, check X", "D2143569X", idRegexpOrgCode, func(s string) error { _, err := icp.ParseOrgCode(s); return err }, true},
		// Wrong check character.
		{"org code, bad check", "56365494-7", idRegexpOrgCode, func(s string) error { _, err := icp.ParseOrgCode(s); return err }, false},
		// Ten digits.
		{"mobile, short", "1991234567", idMobileRegexp.MatchString, func(s string) error { _, err := icp.ParseMobile(s); return err }, false},
		// No leading zero on the area code.
		{"landline, no trunk zero", "755-22345678", idLandlineRegexp.MatchString, func(s string) error { _, err := icp.ParseLandline(s); return err }, false},
		// No at sign.
		{"email, no at", "alice.example.com", idEmailRegexp.MatchString, func(s string) error { _, err := icp.ParseEmail(s); return err }, false},
		// An empty label.
		{"domain, empty label", "www..example.com", idIDNAOK, func(s string) error { _, err := icp.ParseDomain(s); return err }, false},
	}
	for _, c := range cases {
		if got := c.baseline(c.in); got != c.want {
			t.Errorf("%s: baseline(%q) = %v, want %v", c.name, c.in, got, c.want)
		}
		if err := c.parser(c.in); (err == nil) != c.want {
			t.Errorf("%s: parser(%q) error %v, want accepted %v", c.name, c.in, err, c.want)
		}
	}
}

// idIDNAOK reports whether idIDNABaseline accepts s.
func idIDNAOK(s string) bool {
	_, err := idIDNABaseline(s)
	return err == nil
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
