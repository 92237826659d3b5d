package icp_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/beian-go/beian/icp"
)

func TestParseDomain(t *testing.T) {
	label63 := strings.Repeat("a", 63)
	// 58 + 3*(1+63) + 3 = 253 bytes.
	name253 := strings.Repeat("a", 58) + "." + label63 + "." + label63 + "." + label63 + ".cn"
	tests := []struct {
		in, ascii, unicode, tld string
		level                   int
		err                     idWant
	}{
		// Plain ASCII.
		{in: "example.com", ascii: "example.com", unicode: "example.com", tld: "com", level: 2},
		// Upper case folds: domain names are case-insensitive.
		{in: "EXAMPLE.Com.CN", ascii: "example.com.cn", unicode: "example.com.cn", tld: "cn", level: 3},
		// Unicode input is stored as A-labels.
		{in: "中文.中国", ascii: "xn--fiq228c.xn--fiqs8s", unicode: "中文.中国", tld: "xn--fiqs8s", level: 2},
		// Punycode input gives the same value.
		{in: "xn--fiq228c.xn--fiqs8s", ascii: "xn--fiq228c.xn--fiqs8s", unicode: "中文.中国", tld: "xn--fiqs8s", level: 2},
		// Upper-case punycode prefix.
		{in: "XN--FIQ228C.cn", ascii: "xn--fiq228c.cn", unicode: "中文.cn", tld: "cn", level: 2},
		// Inner hyphens and digits.
		{in: "a-1.b2.cn", ascii: "a-1.b2.cn", unicode: "a-1.b2.cn", tld: "cn", level: 3},
		// A 63-byte label.
		{in: label63 + ".com", ascii: label63 + ".com", unicode: label63 + ".com", tld: "com", level: 2},
		// Exactly 253 bytes.
		{in: name253, ascii: name253, unicode: name253, tld: "cn", level: 5},
		// Empty.
		{in: "", err: idWant{icp.ErrEmpty, "length", -1, ""}},
		// A single label.
		{in: "com", err: idWant{icp.ErrSyntax, "domain", -1, ""}},
		// The ideographic full stop is not folded: one label.
		{in: "中文。中国", err: idWant{icp.ErrSyntax, "domain", -1, ""}},
		// Leading hyphen.
		{in: "-a.com", err: idWant{icp.ErrHyphen, "label", 0, ""}},
		// Trailing hyphen (validators that check only the start miss it).
		{in: "a-.com", err: idWant{icp.ErrHyphen, "label", 1, ""}},
		// Trailing hyphen in a later label.
		{in: "www.a-.com", err: idWant{icp.ErrHyphen, "label", 5, ""}},
		// Hyphens in positions 3–4 are reserved for xn--.
		{in: "ab--cd.com", err: idWant{icp.ErrHyphen, "label", 2, ""}},
		// Empty label.
		{in: "a..com", err: idWant{icp.ErrSyntax, "label", 2, ""}},
		// Leading dot.
		{in: ".a.com", err: idWant{icp.ErrSyntax, "label", 0, ""}},
		// Trailing root dot.
		{in: "a.com.", err: idWant{icp.ErrSyntax, "label", 6, ""}},
		// Underscore.
		{in: "a_b.com", err: idWant{icp.ErrCharacter, "label", -1, ""}},
		// Full-width letters are not mapped.
		{in: "ｅｘａｍｐｌｅ.com", err: idWant{icp.ErrCharacter, "label", -1, ""}},
		// A scheme.
		{in: "http://example.com", err: idWant{icp.ErrCharacter, "label", -1, ""}},
		// Space.
		{in: "exa mple.com", err: idWant{icp.ErrCharacter, "label", -1, ""}},
		// Emoji are not valid in IDNA2008.
		{in: "☃.com", err: idWant{icp.ErrCharacter, "label", -1, ""}},
		// Punycode that decodes to plain ASCII is refused.
		{in: "xn--example-.com", err: idWant{icp.ErrHyphen, "label", 11, ""}},
		// A 64-byte label.
		{in: label63 + "a.com", err: idWant{icp.ErrTooLong, "label", -1, ""}},
		// 254 bytes.
		{in: "a" + name253, err: idWant{icp.ErrTooLong, "domain", -1, ""}},
		// A ccTLD listed only through a wildcard rule (*.ck) is still an
		// ICANN TLD.
		{in: "www.ck", ascii: "www.ck", unicode: "www.ck", tld: "ck", level: 2},
		{in: "example.co.ck", ascii: "example.co.ck", unicode: "example.co.ck", tld: "ck", level: 3},
		// Unknown TLD.
		{in: "example.invalidtld", err: idWant{icp.ErrTLD, "top-level domain", 8, ""}},
		// An IP address has a numeric "TLD".
		{in: "192.168.1.1", err: idWant{icp.ErrTLD, "top-level domain", 10, ""}},
	}
	for _, tt := range tests {
		d, err := icp.ParseDomain(tt.in)
		idCheckErr(t, "Domain", err, tt.err)
		if icp.ValidDomain(tt.in) != (tt.err.err == nil) {
			t.Errorf("ValidDomain(%q) disagrees with ParseDomain", tt.in)
		}
		if tt.err.err != nil {
			continue
		}
		if d.String() != tt.ascii || d.Unicode() != tt.unicode || d.TLD() != tt.tld || d.Level() != tt.level {
			t.Errorf("ParseDomain(%q) = %q %q tld %q level %d", tt.in, d, d.Unicode(), d.TLD(), d.Level())
		}
	}
}

func TestDomainRegistrable(t *testing.T) {
	tests := []struct {
		in, suffix, registrable string
		approved                bool
		err                     error
	}{
		{in: "example.com", suffix: "com", registrable: "example.com", approved: true},              // already registrable
		{in: "www.example.com.cn", suffix: "com.cn", registrable: "example.com.cn", approved: true}, // a subdomain
		{in: "a.b.example.gov.cn", suffix: "gov.cn", registrable: "example.gov.cn", approved: true}, // deeper
		{in: "中文.中国", suffix: "xn--fiqs8s", registrable: "xn--fiq228c.xn--fiqs8s", approved: true},  // Chinese TLD
		{in: "测试.公司", suffix: "xn--55qx5d", registrable: "xn--0zwm56d.xn--55qx5d", approved: true},  // QingCloud list
		{in: "foo.github.io", suffix: "io", registrable: "github.io", approved: false},              // private suffixes are ignored; .io is not approved
		{in: "example.org", suffix: "org", registrable: "example.org", approved: false},             // .org is not on the list
		{in: "example.xyz", suffix: "xyz", registrable: "example.xyz", approved: true},              // on the Beijing list
		{in: "com.cn", suffix: "com.cn", approved: true, err: icp.ErrPublicSuffix},                  // a public suffix
	}
	for _, tt := range tests {
		d := icp.MustParseDomain(tt.in)
		if got := d.PublicSuffix(); got != tt.suffix {
			t.Errorf("%s: PublicSuffix() = %q, want %q", tt.in, got, tt.suffix)
		}
		r, err := d.Registrable()
		if tt.err != nil {
			idCheckErr(t, "Domain", err, idWant{tt.err, "domain", -1, ""})
		} else if err != nil || r.String() != tt.registrable {
			t.Errorf("%s: Registrable() = %q, %v; want %q", tt.in, r, err, tt.registrable)
		}
		if d.IsRegistrable() != (tt.err == nil && d.String() == tt.registrable) {
			t.Errorf("%s: IsRegistrable() = %v", tt.in, d.IsRegistrable())
		}
		if d.TLDApproved() != tt.approved {
			t.Errorf("%s: TLDApproved() = %v, want %v", tt.in, d.TLDApproved(), tt.approved)
		}
	}
	var zero icp.Domain
	if _, err := zero.Registrable(); err == nil || zero.IsRegistrable() || zero.TLDApproved() || zero.PublicSuffix() != "" ||
		zero.TLD() != "" || zero.Unicode() != "" || zero.Level() != 0 {
		t.Error("zero Domain is not empty")
	}
}

// TestApprovedTLDs checks the dated TLD snapshot as a whole.
func TestApprovedTLDs(t *testing.T) {
	list := icp.ApprovedTLDs()
	if !slices.IsSorted(list) || len(slices.Compact(slices.Clone(list))) != len(list) {
		t.Fatal("approved TLDs are not sorted and unique")
	}
	for _, tld := range list {
		// Every entry is a valid TLD in canonical ASCII form under which a
		// registrable domain parses.
		d, err := icp.ParseDomain("example." + tld)
		if err != nil || d.TLD() != tld || !d.IsRegistrable() || !icp.ApprovedTLD(tld) {
			t.Errorf("approved TLD %q: %v %v", tld, d, err)
		}
	}
	// The list named in domain.md §5.7: the fileable and non-fileable samples.
	for _, tld := range []string{"com", "cn", "net", "wang", "xn--fiqs8s", "xn--55qx5d", "xn--zfr164b", "xn--55qw42g", "tel"} {
		if !icp.ApprovedTLD(tld) {
			t.Errorf("%s should be approved", tld)
		}
	}
	for _, tld := range []string{"hk", "tw", "asia", "jp", "io", "me", "win", "org", "gov", "", "COM"} {
		if icp.ApprovedTLD(tld) {
			t.Errorf("%q should not be approved", tld)
		}
	}
	if icp.ApprovedTLDsVersion == "" {
		t.Error("the TLD snapshot is not dated")
	}
	// ApprovedTLDs returns a copy.
	list[0] = "changed"
	if icp.ApprovedTLDs()[0] == "changed" {
		t.Error("ApprovedTLDs exposes the table")
	}
}
