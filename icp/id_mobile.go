package icp

import (
	"database/sql/driver"
	"fmt"
	"log/slog"
)

// Mobile is a mainland mobile number: 11 digits in an allocated range
// (号段), written without country code or separators, e.g. 13812345678.
//
// A Mobile is a small comparable value. The zero value is not a number:
// IsValid reports false and String returns "". Safe for concurrent use.
//
// The number is personal data. String, every fmt verb and slog show only the
// first three and the last four digits (138****5678); MarshalText, Value and
// [Mobile.Reveal] give the full number for data exchange and storage.
type Mobile struct {
	b [mobileLen]byte
}

const (
	mobileLen  = 11
	mobileType = "Mobile"
)

// ParseMobile parses an 11-digit mainland mobile number. It requires
// exactly 11 ASCII digits (no +86, spaces or hyphens) whose first three or
// four digits are an allocated range in the table dated by
// [MobileRangesVersion]. Errors are [*IDError] values unwrapping to
// ErrEmpty, ErrLength, ErrCharacter or ErrRange (a well-formed number in a
// range not in the table); Input is masked. For ranges newer than the table
// use [ValidMobileLoose].
func ParseMobile(s string) (Mobile, error) {
	m, f := mobileCheck(s)
	if !f.ok() {
		return Mobile{}, idErrorFrom(mobileType, mobileMask(s), f)
	}
	return m, nil
}

// MustParseMobile is like [ParseMobile] but panics on error. It is meant
// for tests and constants, never for input.
func MustParseMobile(s string) Mobile {
	m, err := ParseMobile(s)
	if err != nil {
		panic(err)
	}
	return m
}

// ValidMobile reports whether [ParseMobile] accepts s. It never allocates.
func ValidMobile(s string) bool {
	_, f := mobileCheck(s)
	return f.ok()
}

// ValidMobileLoose reports whether s has the shape of a mainland mobile
// number, 1[3-9] followed by nine digits, whether or not its range is in the
// table. Use it where a range allocated after [MobileRangesVersion] must
// not be refused.
func ValidMobileLoose(s string) bool {
	if len(s) != mobileLen || s[0] != '1' || s[1] < '3' || s[1] > '9' {
		return false
	}
	for i := 2; i < mobileLen; i++ {
		if !idIsDigit(s[i]) {
			return false
		}
	}
	return true
}

// mobileCheck is the one grammar of Mobile. It does not allocate.
func mobileCheck(s string) (Mobile, idFail) {
	if len(s) == 0 {
		return Mobile{}, idFailAt(idCodeEmpty, idPartLength, -1)
	}
	if len(s) != mobileLen {
		return Mobile{}, idFailAt(idCodeLength, idPartLength, -1)
	}
	var m Mobile
	for i := 0; i < mobileLen; i++ {
		if !idIsDigit(s[i]) {
			return Mobile{}, idFailAt(idCodeCharacter, idPartCharacter, i)
		}
		m.b[i] = s[i]
	}
	if _, ok := mobileLookup(m.b[:]); !ok {
		return Mobile{}, idFailAt(idCodeRange, idPartPrefix, 0)
	}
	return m, idFail{}
}

// mobileLookup finds the range of a number's digits: a binary search for
// the first entry not below the three-digit prefix, then a scan of the
// entries that start with it.
func mobileLookup(b []byte) (mobileRange, bool) {
	lo, hi := 0, len(mobileRanges)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if mobileRanges[mid].prefix < string(b[:3]) {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	for i := lo; i < len(mobileRanges) && mobileRanges[i].prefix[:3] == string(b[:3]); i++ {
		if p := mobileRanges[i].prefix; p == string(b[:len(p)]) {
			return mobileRanges[i], true
		}
	}
	return mobileRange{}, false
}

// mobileMask masks any input the way String masks a valid number.
func mobileMask(s string) string { return idMask(s, 3, 4, 4) }

// IsValid reports whether m is a parsed number rather than the zero value.
func (m Mobile) IsValid() bool { return m.b[0] != 0 }

// Reveal returns the full 11-digit number, or "" for the zero value. Call it
// only where the full number is needed on purpose.
func (m Mobile) Reveal() string {
	if !m.IsValid() {
		return ""
	}
	return string(m.b[:])
}

// String returns the masked number, 138****5678, or "" for the zero value.
func (m Mobile) String() string {
	if !m.IsValid() {
		return ""
	}
	return mobileMask(string(m.b[:]))
}

// Format implements [fmt.Formatter] so that every verb prints the masked
// form; %#v prints icp.Mobile("138****5678").
func (m Mobile) Format(f fmt.State, verb rune) { idFormatMasked(f, verb, mobileType, m.String()) }

// LogValue implements [slog.LogValuer]: logs carry only the masked form.
func (m Mobile) LogValue() slog.Value { return slog.StringValue(m.String()) }

// Carrier returns the operator of the number's range, or CarrierUnknown for
// the zero value.
func (m Mobile) Carrier() Carrier {
	if !m.IsValid() {
		return CarrierUnknown
	}
	r, _ := mobileLookup(m.b[:])
	return r.carrier
}

// IsVirtual reports whether the number is in a range of the virtual network
// operators (162, 165, 167, 170, 171). Some of these ranges cannot receive
// MIIT's verification text messages.
func (m Mobile) IsVirtual() bool {
	if !m.IsValid() {
		return false
	}
	r, _ := mobileLookup(m.b[:])
	return r.virtual
}

// AppendText implements [encoding.TextAppender] with the full number.
func (m Mobile) AppendText(b []byte) ([]byte, error) {
	if !m.IsValid() {
		return b, nil
	}
	return append(b, m.b[:]...), nil
}

// MarshalText implements [encoding.TextMarshaler] with the full number.
func (m Mobile) MarshalText() ([]byte, error) { return m.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseMobile];
// an empty text gives the zero value.
func (m *Mobile) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*m = Mobile{}
		return nil
	}
	v, err := ParseMobile(string(text))
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// Scan implements [database/sql.Scanner]: NULL and "" give the zero value.
func (m *Mobile) Scan(src any) error {
	s, err := scanText(src, mobileType)
	if err != nil {
		return err
	}
	return m.UnmarshalText([]byte(s))
}

// Value implements [database/sql/driver.Valuer]: the full number, or NULL
// for the zero value.
func (m Mobile) Value() (driver.Value, error) {
	if !m.IsValid() {
		return nil, nil
	}
	return m.Reveal(), nil
}

// ValidatorValue returns the full number as a string ("" for the zero value) for
// go-playground/validator, whose Valuer interface it satisfies without an
// import: `required` then rejects an unset Mobile and string rules see the
// text form. Validator messages must not echo the value of personal
// identifiers.
func (m Mobile) ValidatorValue() any { return m.Reveal() }
