package icp

import (
	"database/sql/driver"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/idna"
	"golang.org/x/net/publicsuffix"
)

// Domain is a domain name as filed: a host name under a delegated top-level
// domain, internationalised names included (中文.中国). It is stored in its
// canonical ASCII form, lower case with every internationalised label as an
// A-label (xn--fiq228c.xn--fiqs8s); [Domain.Unicode] gives the form to show.
//
// A Domain is a small comparable value. The zero value is not a domain:
// IsValid reports false and String returns "". Domains are not personal
// data; String shows the real name. Safe for concurrent use.
type Domain struct {
	ascii string
}

const (
	domainType      = "Domain"
	domainMaxLen    = 253
	domainMaxLabel  = 63
	domainAcePrefix = "xn--"
)

// domainProfile is the IDNA profile for filing domains: IDNA2008
// registration rules (no mapping: upper-case non-ASCII, full-width and other
// compatibility characters are rejected rather than folded), STD3 host-name
// characters, hyphen and joiner rules, the Bidi rule, and validation of
// A-labels given in punycode. ParseDomain adds the IDNA2008 rule that
// symbols and punctuation are not allowed (see domainIDNA2008Runes). Lengths are checked by ParseDomain itself so
// that they are reported as ErrTooLong.
func domainProfile() *idna.Profile {
	return idna.New(idna.ValidateForRegistration(), idna.VerifyDNSLength(false))
}

// ParseDomain parses a domain name given in ASCII, in Unicode (中文.中国) or
// with punycode A-labels (xn--fiq228c.xn--fiqs8s). ASCII letters are folded
// to lower case, as domain names are case-insensitive; no other change is
// made, so full-width characters, the ideographic full stop 。, white space,
// a trailing root dot, a scheme or a path are all rejected.
//
// It requires at least two labels; no empty label; no label starting or
// ending with a hyphen, nor "--" in positions 3–4 except the xn-- prefix
// (ErrHyphen); labels valid under IDNA2008, so no symbols such as ☃ or
// emoji (ErrCharacter); at most 63
// bytes per label and 253 bytes in all, measured in ASCII form (ErrTooLong);
// and a top-level domain in the ICANN section of the Public Suffix List
// snapshot in golang.org/x/net/publicsuffix (ErrTLD). Whether the TLD is
// approved for filing is a separate question: see [Domain.TLDApproved].
// Subdomains are accepted; see [Domain.IsRegistrable].
func ParseDomain(s string) (Domain, error) {
	d, f := domainCheck(s)
	if !f.ok() {
		return Domain{}, idErrorFrom(domainType, s, f)
	}
	return d, nil
}

// MustParseDomain is like [ParseDomain] but panics on error. It is meant for
// tests and constants, never for input.
func MustParseDomain(s string) Domain {
	d, err := ParseDomain(s)
	if err != nil {
		panic(err)
	}
	return d
}

// ValidDomain reports whether [ParseDomain] accepts s.
func ValidDomain(s string) bool {
	_, f := domainCheck(s)
	return f.ok()
}

// domainCheck is the one grammar of Domain.
func domainCheck(s string) (Domain, idFail) {
	if s == "" {
		return Domain{}, idFailAt(idCodeEmpty, idPartLength, -1)
	}
	if len(s) > 4*domainMaxLen {
		// Far beyond any name that could fit once encoded.
		return Domain{}, idFailAt(idCodeTooLong, idPartLength, -1)
	}
	lower := domainLowerASCII(s)
	// Labels of the input, with their byte offsets, checked before IDNA so
	// that the errors can say where.
	labels := 0
	for start := 0; start <= len(lower); {
		end := strings.IndexByte(lower[start:], '.')
		if end < 0 {
			end = len(lower)
		} else {
			end += start
		}
		label := lower[start:end]
		switch {
		case label == "":
			return Domain{}, idFailAt(idCodeSyntax, idPartLabel, start)
		case label[0] == '-':
			return Domain{}, idFailAt(idCodeHyphen, idPartLabel, start)
		case label[len(label)-1] == '-':
			return Domain{}, idFailAt(idCodeHyphen, idPartLabel, end-1)
		case len(label) >= 4 && label[2:4] == "--" && !strings.HasPrefix(label, domainAcePrefix):
			return Domain{}, idFailAt(idCodeHyphen, idPartLabel, start+2)
		}
		labels++
		start = end + 1
	}
	if labels < 2 {
		return Domain{}, idFailAt(idCodeSyntax, idPartDomain, -1)
	}
	ascii := lower
	if !domainPlainLDH(lower) {
		// Unicode or A-labels: let IDNA validate and encode.
		p := domainProfile()
		var err error
		if ascii, err = p.ToASCII(lower); err != nil {
			return Domain{}, idFailAt(idCodeCharacter, idPartLabel, -1)
		}
		if !domainIDNA2008Runes(p, ascii) {
			return Domain{}, idFailAt(idCodeCharacter, idPartLabel, -1)
		}
	}
	if len(ascii) > domainMaxLen {
		return Domain{}, idFailAt(idCodeTooLong, idPartDomain, -1)
	}
	for rest := ascii; rest != ""; {
		label, tail, _ := strings.Cut(rest, ".")
		if len(label) > domainMaxLabel {
			return Domain{}, idFailAt(idCodeTooLong, idPartLabel, -1)
		}
		rest = tail
	}
	if !domainICANNTLD(ascii[strings.LastIndexByte(ascii, '.')+1:]) {
		return Domain{}, idFailAt(idCodeTLD, idPartTLD, strings.LastIndexByte(s, '.')+1)
	}
	return Domain{ascii: ascii}, idFail{}
}

// domainICANNTLD reports whether tld is a top-level domain in the ICANN
// section of the Public Suffix List. A few ccTLDs are listed only through a
// wildcard rule (*.ck), which the TLD on its own does not match, so for those
// a name one label below it is looked up instead.
func domainICANNTLD(tld string) bool {
	if suffix, icann := publicsuffix.PublicSuffix(tld); icann && suffix == tld {
		return true
	}
	suffix, icann := publicsuffix.PublicSuffix("x." + tld)
	return icann && strings.HasSuffix(suffix, "."+tld)
}

// domainPlainLDH reports whether s is made of lower-case ASCII letters,
// digits, hyphens and dots only, with no A-label: such a name, once the
// label and hyphen checks of domainCheck passed, is already in canonical
// form and IDNA processing would return it unchanged.
func domainPlainLDH(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' || c == '.') {
			return false
		}
	}
	return !strings.HasPrefix(s, domainAcePrefix) && !strings.Contains(s, "."+domainAcePrefix)
}

// domainIDNA2008Runes reports whether every non-ASCII rune of the domain is
// a letter, a mark or a decimal digit. The IDNA tables of x/net follow
// UTS 46, which keeps symbols and punctuation such as ☃ as "valid, not
// IDNA2008" (NV8); IDNA2008 itself (RFC 5892) admits none of them.
func domainIDNA2008Runes(p *idna.Profile, ascii string) bool {
	u, err := p.ToUnicode(ascii)
	if err != nil {
		return false
	}
	for _, r := range u {
		if r >= utf8.RuneSelf && !unicode.IsLetter(r) && !unicode.IsMark(r) && !unicode.Is(unicode.Nd, r) {
			return false
		}
	}
	return true
}

// domainLowerASCII folds ASCII upper-case letters and leaves every other
// byte alone; it returns s itself when there is nothing to fold.
func domainLowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// IsValid reports whether d is a parsed domain rather than the zero value.
func (d Domain) IsValid() bool { return d.ascii != "" }

// String returns the canonical ASCII form, or "" for the zero value.
func (d Domain) String() string { return d.ascii }

// Unicode returns the domain for display, with A-labels decoded
// (xn--fiq228c.xn--fiqs8s → 中文.中国), or "" for the zero value.
func (d Domain) Unicode() string {
	if !d.IsValid() {
		return ""
	}
	u, err := domainProfile().ToUnicode(d.ascii)
	if err != nil {
		// Cannot happen for a parsed domain; fall back to the ASCII form.
		return d.ascii
	}
	return u
}

// Level returns the number of labels: 2 for example.com, 3 for
// www.example.com, 0 for the zero value.
func (d Domain) Level() int {
	if !d.IsValid() {
		return 0
	}
	return strings.Count(d.ascii, ".") + 1
}

// TLD returns the top-level domain in ASCII form without a dot ("cn",
// "xn--fiqs8s"), or "" for the zero value.
func (d Domain) TLD() string {
	return d.ascii[strings.LastIndexByte(d.ascii, '.')+1:]
}

// PublicSuffix returns the public suffix of d from the ICANN section of the
// Public Suffix List ("com.cn" for example.com.cn), or "" for the zero
// value. Private suffixes such as github.io are ignored: a filing is made
// for a domain registered with a registrar, and the registrar sells names
// under ICANN suffixes.
func (d Domain) PublicSuffix() string {
	if !d.IsValid() {
		return ""
	}
	s := d.ascii
	for {
		suffix, icann := publicsuffix.PublicSuffix(s)
		dot := strings.IndexByte(suffix, '.')
		if icann || dot < 0 {
			return suffix
		}
		s = suffix[dot+1:]
	}
}

// Registrable returns the registrable domain of d, the public suffix plus
// one label (www.example.com.cn → example.com.cn): the name a filing is
// made for. It fails with ErrPublicSuffix when d is itself a public suffix,
// and with ErrEmpty for the zero value.
func (d Domain) Registrable() (Domain, error) {
	if !d.IsValid() {
		return Domain{}, idErrorFrom(domainType, "", idFailAt(idCodeEmpty, idPartLength, -1))
	}
	suffix := d.PublicSuffix()
	if len(suffix) >= len(d.ascii) {
		return Domain{}, idErrorFrom(domainType, d.ascii, idFailAt(idCodePublicSuffix, idPartDomain, -1))
	}
	head := d.ascii[:len(d.ascii)-len(suffix)-1]
	return Domain{ascii: head[strings.LastIndexByte(head, '.')+1:] + "." + suffix}, nil
}

// IsRegistrable reports whether d is its own registrable domain, the form a
// website filing lists (example.com.cn, not www.example.com.cn).
func (d Domain) IsRegistrable() bool {
	r, err := d.Registrable()
	return err == nil && r == d
}

// TLDApproved reports whether the top-level domain of d is in the snapshot
// of TLDs approved for filing described by [ApprovedTLDsVersion]. The list
// is dated; the authoritative source is MIIT's register.
func (d Domain) TLDApproved() bool {
	if !d.IsValid() {
		return false
	}
	return ApprovedTLD(d.TLD())
}

// ApprovedTLD reports whether tld, in lower-case ASCII form without a dot
// ("cn", "xn--fiqs8s"), is in the snapshot of approved TLDs described by
// [ApprovedTLDsVersion].
func ApprovedTLD(tld string) bool {
	i := sort.SearchStrings(approvedTLDs[:], tld)
	return i < len(approvedTLDs) && approvedTLDs[i] == tld
}

// ApprovedTLDs returns a copy of the snapshot of approved TLDs, sorted, in
// ASCII form.
func ApprovedTLDs() []string {
	return append([]string(nil), approvedTLDs[:]...)
}

// AppendText implements [encoding.TextAppender] with the ASCII form.
func (d Domain) AppendText(b []byte) ([]byte, error) { return append(b, d.ascii...), nil }

// MarshalText implements [encoding.TextMarshaler] with the ASCII form.
func (d Domain) MarshalText() ([]byte, error) { return []byte(d.ascii), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseDomain];
// an empty text gives the zero value.
func (d *Domain) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = Domain{}
		return nil
	}
	v, err := ParseDomain(string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Scan implements [database/sql.Scanner]: NULL and "" give the zero value.
func (d *Domain) Scan(src any) error {
	s, err := scanText(src, domainType)
	if err != nil {
		return err
	}
	return d.UnmarshalText([]byte(s))
}

// Value implements [database/sql/driver.Valuer]: the ASCII form, or NULL for
// the zero value.
func (d Domain) Value() (driver.Value, error) {
	if !d.IsValid() {
		return nil, nil
	}
	return d.ascii, nil
}

// ValidatorValue returns the ASCII form as a string ("" for the zero value) for
// go-playground/validator, whose Valuer interface it satisfies without an
// import: `required` then rejects an unset Domain and string rules see the
// text form. Validator messages must not echo the value of personal
// identifiers.
func (d Domain) ValidatorValue() any { return d.String() }
