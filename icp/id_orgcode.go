package icp

import "database/sql/driver"

// OrgCode is an organisation code (组织机构代码, GB 11714-1997): eight digits or
// upper-case letters and a check character, printed XXXXXXXX-C. Since 2015 it
// lives on inside the unified social credit code (characters 9–17, see
// [CreditCode.OrgCode]).
//
// An OrgCode is a small comparable value. The zero value is not a valid code:
// IsValid reports false, String returns "". Organisation codes are not
// personal data, so String shows the real code. Safe for concurrent use.
type OrgCode struct {
	b [orgCodeLen]byte
}

const (
	orgCodeLen  = 9
	orgCodeType = "OrgCode"
	// orgCodeWeights are the GB 11714 weights of the eight body characters.
	orgCodeWeights = "\x03\x07\x09\x0a\x05\x08\x04\x02"
)

// ParseOrgCode parses an organisation code in its printed form XXXXXXXX-C or
// without the hyphen (XXXXXXXXC, the form used inside a credit code). The
// body is eight ASCII digits or upper-case letters (I, O, S, V and Z are
// allowed here, unlike in credit codes); the check character is a digit or
// X. Lower-case letters, spaces and other separators are rejected. Errors
// are [*IDError] values unwrapping to ErrEmpty, ErrLength, ErrCharacter,
// ErrSyntax or ErrCheckDigit (with the expected character in Want).
func ParseOrgCode(s string) (OrgCode, error) {
	c, f := orgCodeCheck(s)
	if !f.ok() {
		return OrgCode{}, idErrorFrom(orgCodeType, s, f)
	}
	return c, nil
}

// MustParseOrgCode is like [ParseOrgCode] but panics on error. It is meant
// for tests and constants, never for input.
func MustParseOrgCode(s string) OrgCode {
	c, err := ParseOrgCode(s)
	if err != nil {
		panic(err)
	}
	return c
}

// ValidOrgCode reports whether [ParseOrgCode] accepts s. It never allocates.
func ValidOrgCode(s string) bool {
	_, f := orgCodeCheck(s)
	return f.ok()
}

// orgCodeCheck is the one grammar of OrgCode.
func orgCodeCheck(s string) (OrgCode, idFail) {
	var c OrgCode
	switch len(s) {
	case 0:
		return c, idFailAt(idCodeEmpty, idPartLength, -1)
	case orgCodeLen:
		copy(c.b[:], s)
	case orgCodeLen + 1:
		if s[8] != '-' {
			return OrgCode{}, idFailAt(idCodeSyntax, idPartSyntax, 8)
		}
		copy(c.b[:8], s[:8])
		c.b[8] = s[9]
	default:
		return c, idFailAt(idCodeLength, idPartLength, -1)
	}
	for i := 0; i < 8; i++ {
		if !orgCodeBodyChar(c.b[i]) {
			return OrgCode{}, idFailAt(idCodeCharacter, idPartCharacter, i)
		}
	}
	checkAt := len(s) - 1
	if last := c.b[8]; !idIsDigit(last) && last != 'X' {
		return OrgCode{}, idFailAt(idCodeCharacter, idPartCharacter, checkAt)
	}
	if want := orgCodeCheckChar(c.b[:8]); want != c.b[8] {
		return OrgCode{}, idFail{code: idCodeCheckDigit, part: idPartCheck, offset: int32(checkAt), want: want}
	}
	return c, idFail{}
}

// orgCodeBodyChar reports whether c may appear in the body of an
// organisation code.
func orgCodeBodyChar(c byte) bool { return idIsDigit(c) || ('A' <= c && c <= 'Z') }

// orgCodeCheckChar computes the GB 11714 check character of eight body
// characters the caller has checked with orgCodeBodyChar.
func orgCodeCheckChar(b []byte) byte { return orgCodeCheckCharString(string(b)) }

// orgCodeCheckCharString is orgCodeCheckChar for a string.
func orgCodeCheckCharString(b string) byte {
	sum := 0
	for i := 0; i < 8; i++ {
		v := int(b[i] - '0')
		if b[i] >= 'A' {
			v = int(b[i]-'A') + 10
		}
		sum += v * int(orgCodeWeights[i])
	}
	switch c := 11 - sum%11; c {
	case 10:
		return 'X'
	case 11:
		return '0'
	default:
		return byte('0' + c)
	}
}

// IsValid reports whether c is a parsed code rather than the zero value.
func (c OrgCode) IsValid() bool { return c.b[0] != 0 }

// String returns the printed form XXXXXXXX-C, or "" for the zero value.
func (c OrgCode) String() string {
	b, _ := c.AppendText(nil)
	return string(b)
}

// Compact returns the code without the hyphen (XXXXXXXXC), the form used
// inside a credit code, or "" for the zero value.
func (c OrgCode) Compact() string {
	if !c.IsValid() {
		return ""
	}
	return string(c.b[:])
}

// AppendText implements [encoding.TextAppender] with the printed form.
func (c OrgCode) AppendText(b []byte) ([]byte, error) {
	if !c.IsValid() {
		return b, nil
	}
	b = append(b, c.b[:8]...)
	return append(b, '-', c.b[8]), nil
}

// MarshalText implements [encoding.TextMarshaler] with the printed form.
func (c OrgCode) MarshalText() ([]byte, error) { return c.AppendText(make([]byte, 0, orgCodeLen+1)) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseOrgCode];
// an empty text gives the zero value.
func (c *OrgCode) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = OrgCode{}
		return nil
	}
	v, err := ParseOrgCode(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// Scan implements [database/sql.Scanner]: NULL and "" give the zero value.
func (c *OrgCode) Scan(src any) error {
	s, err := scanText(src, orgCodeType)
	if err != nil {
		return err
	}
	return c.UnmarshalText([]byte(s))
}

// Value implements [database/sql/driver.Valuer]: the printed form, or NULL
// for the zero value.
func (c OrgCode) Value() (driver.Value, error) {
	if !c.IsValid() {
		return nil, nil
	}
	return c.String(), nil
}

// ValidatorValue returns the printed form as a string ("" for the zero value) for
// go-playground/validator, whose Valuer interface it satisfies without an
// import: `required` then rejects an unset OrgCode and string rules see the
// text form. Validator messages must not echo the value of personal
// identifiers.
func (c OrgCode) ValidatorValue() any { return c.String() }
