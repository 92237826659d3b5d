package icp

import (
	"database/sql/driver"
	"strings"

	"github.com/beian-go/beian/province"
)

// CreditCode is a unified social credit code (统一社会信用代码, GB 32100-2015),
// the 18-character number on every organisation's certificate since 2015:
//
//	position 1     registration authority ([Authority])
//	position 2     institution category ([Category])
//	positions 3–8  area code of the registering authority (GB/T 2260)
//	positions 9–17 the organisation code with its own GB 11714 check ([OrgCode])
//	position 18    the check character, modulo 31
//
// The alphabet is the 31 symbols 0–9 and A–Y without I, O, S, V and Z.
//
// A CreditCode is a small comparable value. The zero value is not a valid
// code: IsValid reports false and String returns "". Credit codes identify
// organisations and are public, so String shows the real code. Safe for
// concurrent use.
type CreditCode struct {
	// hi and lo hold the symbol values of positions 1–9 and 10–18, five
	// bits each, first symbol in the high bits; the authority symbol is
	// never 0, so hi == 0 marks the zero value. Two words travel in
	// registers where an 18-byte array would be copied through memory.
	hi, lo uint64
	legacy bool
}

const (
	creditCodeLen  = 18
	creditCodeHalf = 9 // symbols in CreditCode.hi
	creditCodeType = "CreditCode"
	// creditCodeAlphabet lists the symbols; a symbol's value is its index.
	creditCodeAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
	// creditCodeWeights are 3^i mod 31 for positions 1–17.
	creditCodeWeights = "\x01\x03\x09\x1b\x13\x1a\x10\x11\x14\x1d\x19\x0d\x08\x18\x0a\x1e\x1c"
	// creditCodeNationalArea is the area code of authorities at national level.
	creditCodeNationalArea = 100000
)

// creditCodeValues maps a byte to its symbol value plus one; zero marks a
// byte outside the alphabet.
var creditCodeValues = [256]uint8{
	'0': 1, '1': 2, '2': 3, '3': 4, '4': 5, '5': 6, '6': 7, '7': 8, '8': 9, '9': 10,
	'A': 11, 'B': 12, 'C': 13, 'D': 14, 'E': 15, 'F': 16, 'G': 17, 'H': 18,
	'J': 19, 'K': 20, 'L': 21, 'M': 22, 'N': 23, 'P': 24, 'Q': 25, 'R': 26,
	'T': 27, 'U': 28, 'W': 29, 'X': 30, 'Y': 31,
}

// ParseCreditCode parses a unified social credit code strictly. It checks,
// in this order: the length (18 bytes), the alphabet (upper case only, no I,
// O, S, V, Z), the registration authority and the institution category
// (which must be defined for that authority), that positions 3–8 are digits
// forming 100000 (national level) or an area code inside a mainland
// province, the embedded organisation code's GB 11714 check character
// (position 17) and the mod-31 check character (position 18).
//
// Errors are [*IDError] values unwrapping to ErrEmpty, ErrLength,
// ErrCharacter, ErrAuthority, ErrCategory, ErrArea or ErrCheckDigit; for a
// check failure Part says which check ("organisation code" or "check
// character") and Want holds the expected character. Some codes issued in
// early pilots fail the mod-31 check although their organisation code is
// right; [ParseCreditCodeLenient] accepts them and says so.
// ParseCreditCode allocates only when it fails.
func ParseCreditCode(s string) (CreditCode, error) {
	c, f := creditCodeCheck(s)
	if !f.ok() {
		return CreditCode{}, creditCodeError(s, f)
	}
	return c, nil
}

// creditCodeError builds the error for a failed parse. It is kept out of
// line so that ParseCreditCode stays small.
func creditCodeError(s string, f idFail) error {
	return idErrorFrom(creditCodeType, s, f)
}

// MustParseCreditCode is like [ParseCreditCode] but panics on error. It is
// meant for tests and constants, never for input.
func MustParseCreditCode(s string) CreditCode {
	c, err := ParseCreditCode(s)
	if err != nil {
		panic(err)
	}
	return c
}

// ValidCreditCode reports whether [ParseCreditCode] accepts s. It never
// allocates.
func ValidCreditCode(s string) bool {
	_, f := creditCodeCheck(s)
	return f.ok()
}

// CreditCodeLeniency is the set of deviations [ParseCreditCodeLenient]
// tolerated in its input. The zero value means the input was a strictly
// valid code.
type CreditCodeLeniency uint8

// The deviations ParseCreditCodeLenient tolerates.
const (
	// CreditCodeTrimmed means leading or trailing white space (ASCII or U+3000
	// ideographic space) was removed.
	CreditCodeTrimmed CreditCodeLeniency = 1 << iota
	// CreditCodeUpperCased means lower-case letters were changed to upper case.
	CreditCodeUpperCased
	// CreditCodeLegacyCheck means the mod-31 check character is wrong but the
	// embedded organisation code passes its GB 11714 check, as in codes from
	// the early Xiamen/Fujian pilots (91350203M0001QAY9B). The code is kept
	// as issued and [CreditCode.Legacy] reports true.
	CreditCodeLegacyCheck
)

// Has reports whether every deviation in x is in l.
func (l CreditCodeLeniency) Has(x CreditCodeLeniency) bool { return l&x == x }

// String lists the deviations, e.g. "trimmed|legacy-check", or "none".
func (l CreditCodeLeniency) String() string {
	if l == 0 {
		return "none"
	}
	var parts []string
	for _, e := range []struct {
		bit  CreditCodeLeniency
		name string
	}{{CreditCodeTrimmed, "trimmed"}, {CreditCodeUpperCased, "upper-cased"}, {CreditCodeLegacyCheck, "legacy-check"}} {
		if l.Has(e.bit) {
			parts = append(parts, e.name)
		}
	}
	return strings.Join(parts, "|")
}

// ParseCreditCodeLenient is the explicit lenient path for credit codes found
// in the wild. Beyond [ParseCreditCode] it removes surrounding white space,
// upper-cases letters, and accepts a wrong mod-31 check character when the
// embedded organisation code passes its own check (the legacy pilot codes).
// It reports every deviation it tolerated; a zero CreditCodeLeniency means s
// was strictly valid. Everything else fails as in ParseCreditCode.
//
// A code accepted only with CreditCodeLegacyCheck keeps its issued check
// character: its String and MarshalText give the code as issued, and
// re-parsing that text needs ParseCreditCodeLenient again, because
// ParseCreditCode, UnmarshalText and Scan stay strict.
func ParseCreditCodeLenient(s string) (CreditCode, CreditCodeLeniency, error) {
	const space = " \t\r\n\u3000"
	var l CreditCodeLeniency
	t := strings.Trim(s, space)
	if t != s {
		l |= CreditCodeTrimmed
	}
	// lead maps offsets in t back to s; -1 when upper-casing changed the
	// length (non-ASCII letters) and no mapping is left.
	lead := int32(len(s) - len(strings.TrimLeft(s, space)))
	if u := strings.ToUpper(t); u != t {
		l |= CreditCodeUpperCased
		if len(u) != len(t) {
			lead = -1
		}
		t = u
	}
	c, f := creditCodeCheck(t)
	if f.code == idCodeCheckDigit && f.part == idPartCheck {
		// creditCodeCheck verifies the organisation code before the
		// mod-31 check, so reaching the last check means it passed.
		c.legacy = true
		return c, l | CreditCodeLegacyCheck, nil
	}
	if !f.ok() {
		if f.offset >= 0 {
			f.offset += lead
			if lead < 0 {
				f.offset = -1
			}
		}
		return CreditCode{}, l, idErrorFrom(creditCodeType, s, f)
	}
	return c, l, nil
}

// creditCodeCheck is the one grammar of CreditCode. It does not allocate.
func creditCodeCheck(s string) (CreditCode, idFail) {
	if len(s) != creditCodeLen {
		if len(s) == 0 {
			return CreditCode{}, idFailAt(idCodeEmpty, idPartLength, -1)
		}
		return CreditCode{}, idFailAt(idCodeLength, idPartLength, -1)
	}
	var c CreditCode
	sum := 0
	for i := 0; i < creditCodeHalf; i++ {
		v := creditCodeValues[s[i]]
		if v == 0 {
			return CreditCode{}, idFailAt(idCodeCharacter, idPartCharacter, i)
		}
		sum += int(v-1) * int(creditCodeWeights[i])
		c.hi = c.hi<<5 | uint64(v-1)
	}
	for i := creditCodeHalf; i < creditCodeLen; i++ {
		v := creditCodeValues[s[i]]
		if v == 0 {
			return CreditCode{}, idFailAt(idCodeCharacter, idPartCharacter, i)
		}
		if i < creditCodeLen-1 {
			sum += int(v-1) * int(creditCodeWeights[i])
		}
		c.lo = c.lo<<5 | uint64(v-1)
	}
	a := authorityByCode(s[0])
	if a == AuthorityUnknown {
		return CreditCode{}, idFailAt(idCodeAuthority, idPartAuthority, 0)
	}
	if categoryByCode(a, s[1]) == CategoryUnknown {
		return CreditCode{}, idFailAt(idCodeCategory, idPartCategory, 1)
	}
	area := 0
	for i := 2; i < 8; i++ {
		d := s[i] - '0'
		if d > 9 {
			return CreditCode{}, idFailAt(idCodeCharacter, idPartCharacter, i)
		}
		area = area*10 + int(d)
	}
	if area != creditCodeNationalArea {
		if _, ok := province.ByAreaCode(area); !ok {
			return CreditCode{}, idFailAt(idCodeArea, idPartArea, 2)
		}
	}
	if want := orgCodeCheckCharString(s[8:16]); want != s[16] {
		return CreditCode{}, idFail{code: idCodeCheckDigit, part: idPartOrgCode, offset: 16, want: want}
	}
	if want := creditCodeAlphabet[(31-sum%31)%31]; want != s[17] {
		return c, idFail{code: idCodeCheckDigit, part: idPartCheck, offset: 17, want: want}
	}
	return c, idFail{}
}

// IsValid reports whether c is a parsed code rather than the zero value.
func (c CreditCode) IsValid() bool { return c.hi != 0 }

// symbol returns the character at position i (0-based).
func (c CreditCode) symbol(i int) byte {
	if i < creditCodeHalf {
		return creditCodeAlphabet[c.hi>>(5*(creditCodeHalf-1-i))&31]
	}
	return creditCodeAlphabet[c.lo>>(5*(creditCodeLen-1-i))&31]
}

// chars returns the 18 characters.
func (c CreditCode) chars() [creditCodeLen]byte {
	var a [creditCodeLen]byte
	for i := range a {
		a[i] = c.symbol(i)
	}
	return a
}

// Legacy reports whether c was accepted by [ParseCreditCodeLenient] despite
// a wrong mod-31 check character.
func (c CreditCode) Legacy() bool { return c.legacy }

// String returns the 18-character code, or "" for the zero value.
func (c CreditCode) String() string {
	if !c.IsValid() {
		return ""
	}
	a := c.chars()
	return string(a[:])
}

// Authority returns the registration authority (position 1).
func (c CreditCode) Authority() Authority {
	if !c.IsValid() {
		return AuthorityUnknown
	}
	return authorityByCode(c.symbol(0))
}

// Category returns the institution category (positions 1–2).
func (c CreditCode) Category() Category {
	if !c.IsValid() {
		return CategoryUnknown
	}
	return categoryByCode(authorityByCode(c.symbol(0)), c.symbol(1))
}

// AreaCode returns the six-digit area code of the registering authority
// (positions 3–8), 100000 for national-level authorities, 0 for the zero
// value.
func (c CreditCode) AreaCode() int {
	if !c.IsValid() {
		return 0
	}
	a := c.chars()
	return idDigits(a[2:8])
}

// Province returns the province of the registering authority, or 0 for a
// national-level authority and for the zero value.
func (c CreditCode) Province() province.Code {
	if p, ok := province.ByAreaCode(c.AreaCode()); ok {
		return p
	}
	return 0
}

// OrgCode returns the organisation code embedded in positions 9–17.
func (c CreditCode) OrgCode() OrgCode {
	var o OrgCode
	if c.IsValid() {
		a := c.chars()
		copy(o.b[:], a[8:17])
	}
	return o
}

// AppendText implements [encoding.TextAppender] with the code.
func (c CreditCode) AppendText(b []byte) ([]byte, error) {
	if !c.IsValid() {
		return b, nil
	}
	a := c.chars()
	return append(b, a[:]...), nil
}

// MarshalText implements [encoding.TextMarshaler] with the code.
func (c CreditCode) MarshalText() ([]byte, error) { return c.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler] with the strict
// [ParseCreditCode]; an empty text gives the zero value.
func (c *CreditCode) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = CreditCode{}
		return nil
	}
	v, err := ParseCreditCode(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// Scan implements [database/sql.Scanner] with the strict [ParseCreditCode]:
// NULL and "" give the zero value.
func (c *CreditCode) Scan(src any) error {
	s, err := scanText(src, creditCodeType)
	if err != nil {
		return err
	}
	return c.UnmarshalText([]byte(s))
}

// Value implements [database/sql/driver.Valuer]: the code, or NULL for the
// zero value.
func (c CreditCode) Value() (driver.Value, error) {
	if !c.IsValid() {
		return nil, nil
	}
	return c.String(), nil
}

// ValidatorValue returns the code as a string ("" for the zero value) for
// go-playground/validator, whose Valuer interface it satisfies without an
// import: `required` then rejects an unset CreditCode and string rules see the
// text form. Validator messages must not echo the value of personal
// identifiers.
func (c CreditCode) ValidatorValue() any { return c.String() }
