package icp

import (
	"database/sql/driver"

	"github.com/beian-go/beian/province"
)

// RegistrationNumber is the 15-digit business registration number (工商注册号,
// GS 15-2006) printed on business licences before the unified social credit
// code: a six-digit area code of the registering office, an eight-digit
// serial and an ISO 7064 MOD 11,10 check digit. Filings still carry it for
// licences that were never reissued ("非三证合一").
//
// A RegistrationNumber is a small comparable value. The zero value is not
// valid: IsValid reports false and String returns "". It identifies a
// business, so String shows the real number. Safe for concurrent use.
type RegistrationNumber struct {
	b [regNoLen]byte
}

const (
	regNoLen  = 15
	regNoType = "RegistrationNumber"
)

// ParseRegistrationNumber parses a 15-digit registration number. It checks
// the length, that every character is an ASCII digit, that the area code is
// 100000 (national level) or lies in a mainland province, and the MOD 11,10
// check digit. Errors are [*IDError] values unwrapping to ErrEmpty,
// ErrLength, ErrCharacter, ErrArea or ErrCheckDigit (with Want set).
func ParseRegistrationNumber(s string) (RegistrationNumber, error) {
	n, f := regNoCheck(s)
	if !f.ok() {
		return RegistrationNumber{}, idErrorFrom(regNoType, s, f)
	}
	return n, nil
}

// MustParseRegistrationNumber is like [ParseRegistrationNumber] but panics
// on error. It is meant for tests and constants, never for input.
func MustParseRegistrationNumber(s string) RegistrationNumber {
	n, err := ParseRegistrationNumber(s)
	if err != nil {
		panic(err)
	}
	return n
}

// ValidRegistrationNumber reports whether [ParseRegistrationNumber] accepts
// s. It never allocates.
func ValidRegistrationNumber(s string) bool {
	_, f := regNoCheck(s)
	return f.ok()
}

// regNoCheck is the one grammar of RegistrationNumber.
func regNoCheck(s string) (RegistrationNumber, idFail) {
	if len(s) == 0 {
		return RegistrationNumber{}, idFailAt(idCodeEmpty, idPartLength, -1)
	}
	if len(s) != regNoLen {
		return RegistrationNumber{}, idFailAt(idCodeLength, idPartLength, -1)
	}
	var n RegistrationNumber
	for i := 0; i < regNoLen; i++ {
		if !idIsDigit(s[i]) {
			return RegistrationNumber{}, idFailAt(idCodeCharacter, idPartCharacter, i)
		}
		n.b[i] = s[i]
	}
	if area := idDigits(n.b[:6]); area != creditCodeNationalArea {
		if _, ok := province.ByAreaCode(area); !ok {
			return RegistrationNumber{}, idFailAt(idCodeArea, idPartArea, 0)
		}
	}
	if want := regNoCheckDigit(n.b[:14]); want != n.b[14] {
		return RegistrationNumber{}, idFail{code: idCodeCheckDigit, part: idPartCheck, offset: 14, want: want}
	}
	return n, idFail{}
}

// regNoCheckDigit computes the ISO 7064 MOD 11,10 check digit of 14 digits.
func regNoCheckDigit(b []byte) byte {
	p := 10
	for _, c := range b {
		s := (p + int(c-'0')) % 10
		if s == 0 {
			s = 10
		}
		p = 2 * s % 11
	}
	return byte('0' + (11-p)%10)
}

// IsValid reports whether n is a parsed number rather than the zero value.
func (n RegistrationNumber) IsValid() bool { return n.b[0] != 0 }

// String returns the 15 digits, or "" for the zero value.
func (n RegistrationNumber) String() string {
	if !n.IsValid() {
		return ""
	}
	return string(n.b[:])
}

// AreaCode returns the six-digit area code of the registering office, or 0
// for the zero value.
func (n RegistrationNumber) AreaCode() int {
	if !n.IsValid() {
		return 0
	}
	return idDigits(n.b[:6])
}

// AppendText implements [encoding.TextAppender].
func (n RegistrationNumber) AppendText(b []byte) ([]byte, error) {
	if !n.IsValid() {
		return b, nil
	}
	return append(b, n.b[:]...), nil
}

// MarshalText implements [encoding.TextMarshaler].
func (n RegistrationNumber) MarshalText() ([]byte, error) { return n.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseRegistrationNumber]; an empty text gives the zero value.
func (n *RegistrationNumber) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*n = RegistrationNumber{}
		return nil
	}
	v, err := ParseRegistrationNumber(string(text))
	if err != nil {
		return err
	}
	*n = v
	return nil
}

// Scan implements [database/sql.Scanner]: NULL and "" give the zero value.
func (n *RegistrationNumber) Scan(src any) error {
	s, err := scanText(src, regNoType)
	if err != nil {
		return err
	}
	return n.UnmarshalText([]byte(s))
}

// Value implements [database/sql/driver.Valuer]: the number, or NULL for the
// zero value.
func (n RegistrationNumber) Value() (driver.Value, error) {
	if !n.IsValid() {
		return nil, nil
	}
	return n.String(), nil
}

// ValidatorValue returns the number as a string ("" for the zero value) for
// go-playground/validator, whose Valuer interface it satisfies without an
// import: `required` then rejects an unset RegistrationNumber and string rules see the
// text form. Validator messages must not echo the value of personal
// identifiers.
func (n RegistrationNumber) ValidatorValue() any { return n.String() }
