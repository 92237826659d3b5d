package icp

import (
	"database/sql/driver"
	"fmt"
	"log/slog"
	"time"

	"github.com/beian-go/beian/province"
)

// ResidentID is a mainland resident identity number (公民身份号码, GB 11643-1999):
// a six-digit area code, the birth date YYYYMMDD, a three-digit sequence
// whose parity gives the sex, and an ISO 7064 MOD 11-2 check character.
//
// A ResidentID is a small comparable value: == compares two numbers and it
// can be a map key. The zero value is not a valid number; [ResidentID.IsValid]
// reports false for it, String returns "" and MarshalText returns an empty
// text. Values are immutable and safe for concurrent use.
//
// The number is personal data. String, every fmt verb (%v, %+v, %#v, %s,
// %q, …) and slog show only a masked form keeping the first six and the last
// four characters (110105********002X), which hides the birth date.
// MarshalText, Value and [ResidentID.Reveal] give the full number, for data
// exchange and storage.
type ResidentID struct {
	// n holds the first 17 digits as a number (they never start with 0);
	// the check character follows from them. Zero marks the zero value.
	n uint64
}

const (
	residentIDLen       = 18
	residentIDLegacyLen = 15
	// residentIDMinYear is the earliest birth year accepted. Earlier years
	// are typing errors (the oldest example in GB 11643 is born in 1880).
	residentIDMinYear = 1800
	// residentIDWeights are the MOD 11-2 weights 2^(17-i) mod 11 for the
	// first 17 positions.
	residentIDWeights = "\x07\x09\x0a\x05\x08\x04\x02\x01\x06\x03\x07\x09\x0a\x05\x08\x04\x02"
	// residentIDCheckChars maps the weighted sum mod 11 to the check character.
	residentIDCheckChars = "10X98765432"
	residentIDType       = "ResidentID"
)

// ParseResidentID parses an 18-character resident identity number.
//
// It checks, in this order: the length, that the first 17 characters are
// ASCII digits, that the first two digits name a mainland province
// ([province.ByAreaCode]; Hong Kong, Macau and Taiwan codes are rejected),
// that the birth date is a real calendar date in 1800 or later, and the
// check character; any wrong last character, Y as well as 3, is reported
// as ErrCheckDigit with the expected one.
//
// A lower-case x in the last position is folded to X; that is the only
// normalisation. White space, full-width digits, other lengths and the
// legacy 15-digit form (see [ConvertLegacyResidentID]) are rejected.
//
// ParseResidentID does not know today's date, so it accepts birth dates in
// the future; use [ParseResidentIDAt] or [ResidentID.CheckAt] with a
// reference time to reject them. The area code is checked only down to the
// province, because county codes change over time and numbers keep the code
// of the place of first registration.
//
// On failure the error is an [*IDError] unwrapping to ErrEmpty, ErrLength,
// ErrCharacter, ErrArea, ErrDate or ErrCheckDigit; its Input is masked.
// ParseResidentID allocates only when it fails.
func ParseResidentID(s string) (ResidentID, error) {
	id, f := residentIDCheck(s)
	if !f.ok() {
		return ResidentID{}, residentIDError(s, f)
	}
	return id, nil
}

// residentIDError builds the error for a failed parse, with a masked input.
// It is kept out of line so that ParseResidentID stays small.
func residentIDError(s string, f idFail) error {
	return idErrorFrom(residentIDType, residentIDMask(s), f)
}

// ParseResidentIDAt is [ParseResidentID] followed by [ResidentID.CheckAt]: it
// also rejects a birth date after ref's calendar date with ErrFutureDate.
func ParseResidentIDAt(s string, ref time.Time) (ResidentID, error) {
	id, err := ParseResidentID(s)
	if err != nil {
		return ResidentID{}, err
	}
	if err := id.CheckAt(ref); err != nil {
		return ResidentID{}, err
	}
	return id, nil
}

// MustParseResidentID is like [ParseResidentID] but panics on error. It is
// meant for tests and for constants written in source code, never for input.
func MustParseResidentID(s string) ResidentID {
	id, err := ParseResidentID(s)
	if err != nil {
		panic(err)
	}
	return id
}

// ValidResidentID reports whether [ParseResidentID] accepts s. It never
// allocates.
func ValidResidentID(s string) bool {
	_, f := residentIDCheck(s)
	return f.ok()
}

// ConvertLegacyResidentID converts a legacy 15-digit number (area code,
// birth date YYMMDD, sequence; issued before 1999 without a check character)
// to its 18-character form by inserting "19" before the year and appending
// the computed check character: 110105491231002 becomes 11010519491231002X.
// The result passes the same area and date checks as [ParseResidentID];
// errors are [*IDError] values with Type "LegacyResidentID" and offsets into
// the 15-digit input.
func ConvertLegacyResidentID(s string) (ResidentID, error) {
	const typ = "LegacyResidentID"
	masked := func() string { return idMask(s, 6, 3, 6) }
	if len(s) == 0 {
		return ResidentID{}, idErrorFrom(typ, "", idFailAt(idCodeEmpty, idPartLength, -1))
	}
	if len(s) != residentIDLegacyLen {
		return ResidentID{}, idErrorFrom(typ, masked(), idFailAt(idCodeLength, idPartLength, -1))
	}
	var b [residentIDLen]byte
	for i := 0; i < residentIDLegacyLen; i++ {
		if !idIsDigit(s[i]) {
			return ResidentID{}, idErrorFrom(typ, masked(), idFailAt(idCodeCharacter, idPartCharacter, i))
		}
	}
	copy(b[:6], s[:6])
	b[6], b[7] = '1', '9'
	copy(b[8:17], s[6:15])
	b[17] = residentIDCheckChar(b[:17])
	id, f := residentIDCheck(string(b[:]))
	if !f.ok() {
		if f.offset > 6 {
			f.offset -= 2 // the inserted century digits
		}
		return ResidentID{}, idErrorFrom(typ, masked(), f)
	}
	return id, nil
}

// residentIDCheck is the one grammar of ResidentID. It does not allocate.
func residentIDCheck(s string) (ResidentID, idFail) {
	if len(s) != residentIDLen {
		if len(s) == 0 {
			return ResidentID{}, idFailAt(idCodeEmpty, idPartLength, -1)
		}
		return ResidentID{}, idFailAt(idCodeLength, idPartLength, -1)
	}
	var n uint64
	sum := 0
	for i := 0; i < residentIDLen-1; i++ {
		d := s[i] - '0'
		if d > 9 {
			return ResidentID{}, idFailAt(idCodeCharacter, idPartCharacter, i)
		}
		sum += int(d) * int(residentIDWeights[i])
		n = n*10 + uint64(d)
	}
	id := ResidentID{n: n}
	if _, ok := province.ByAreaCode(id.AreaCode()); !ok {
		return ResidentID{}, idFailAt(idCodeArea, idPartArea, 0)
	}
	y, m, d := id.birth()
	if y < residentIDMinYear || m < 1 || m > 12 || d < 1 || d > idDaysIn(y, m) {
		return ResidentID{}, idFailAt(idCodeDate, idPartDate, 6)
	}
	// A wrong last character, X or digit or anything else, is reported
	// with the expected check character; only x is folded.
	last := s[residentIDLen-1]
	if last == 'x' {
		last = 'X'
	}
	if want := residentIDCheckChars[sum%11]; want != last {
		return ResidentID{}, idFail{code: idCodeCheckDigit, part: idPartCheck, offset: residentIDLen - 1, want: want}
	}
	return id, idFail{}
}

// residentIDCheckChar computes the MOD 11-2 check character of 17 digits.
func residentIDCheckChar(b []byte) byte {
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(b[i]-'0') * int(residentIDWeights[i])
	}
	return residentIDCheckChars[sum%11]
}

// residentIDMask masks any input the way String masks a valid number.
func residentIDMask(s string) string { return idMask(s, 6, 4, 8) }

// IsValid reports whether id is a parsed number rather than the zero value.
func (id ResidentID) IsValid() bool { return id.n != 0 }

// birth returns the year, month and day digits.
func (id ResidentID) birth() (y, m, d int) {
	date := int(id.n / 1000 % 100000000)
	return date / 10000, date / 100 % 100, date % 100
}

// appendDigits appends the 18 characters.
func (id ResidentID) appendDigits(b []byte) []byte {
	var a [residentIDLen]byte
	n := id.n
	for i := residentIDLen - 2; i >= 0; i-- {
		a[i] = byte('0' + n%10)
		n /= 10
	}
	a[residentIDLen-1] = residentIDCheckChar(a[:residentIDLen-1])
	return append(b, a[:]...)
}

// Reveal returns the full 18-character number, or "" for the zero value.
// Call it only where the full number is needed on purpose.
func (id ResidentID) Reveal() string {
	if !id.IsValid() {
		return ""
	}
	return string(id.appendDigits(make([]byte, 0, residentIDLen)))
}

// String returns the masked number, 110105********002X, or "" for the zero
// value.
func (id ResidentID) String() string {
	if !id.IsValid() {
		return ""
	}
	return residentIDMask(id.Reveal())
}

// Format implements [fmt.Formatter] so that every verb prints the masked
// form; %#v prints icp.ResidentID("110105********002X").
func (id ResidentID) Format(f fmt.State, verb rune) {
	idFormatMasked(f, verb, residentIDType, id.String())
}

// LogValue implements [slog.LogValuer]: logs carry only the masked form.
func (id ResidentID) LogValue() slog.Value { return slog.StringValue(id.String()) }

// AreaCode returns the six-digit area code of first registration, e.g.
// 110105, or 0 for the zero value.
func (id ResidentID) AreaCode() int {
	if !id.IsValid() {
		return 0
	}
	return int(id.n / 100000000000)
}

// Province returns the province of the area code, or 0 for the zero value.
func (id ResidentID) Province() province.Code {
	if p, ok := province.ByAreaCode(id.AreaCode()); ok {
		return p
	}
	return 0
}

// BirthDate returns the birth date at midnight UTC, or the zero time for the
// zero value.
func (id ResidentID) BirthDate() time.Time {
	if !id.IsValid() {
		return time.Time{}
	}
	y, m, d := id.birth()
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
}

// Sex returns the sex encoded in the sequence digit (odd male, even female),
// or SexUnknown for the zero value.
func (id ResidentID) Sex() Sex {
	if !id.IsValid() {
		return SexUnknown
	}
	if id.n%2 == 1 {
		return SexMale
	}
	return SexFemale
}

// AgeAt returns the age in completed years on t's calendar date (taken in
// t's location). The age goes up on the birthday; someone born on 29
// February becomes a year older on 1 March in common years. The result is
// negative when t is before the birth date, and 0 for the zero value.
func (id ResidentID) AgeAt(t time.Time) int {
	if !id.IsValid() {
		return 0
	}
	by, bm, bd := id.birth()
	ty, tm, td := t.Date()
	age := ty - by
	if int(tm) < bm || (int(tm) == bm && td < bd) {
		age--
	}
	return age
}

// CheckAt returns an [*IDError] unwrapping to ErrFutureDate when the birth
// date is after ref's calendar date (in ref's location), and nil otherwise.
// The zero value yields ErrEmpty.
func (id ResidentID) CheckAt(ref time.Time) error {
	if !id.IsValid() {
		return idErrorFrom(residentIDType, "", idFailAt(idCodeEmpty, idPartLength, -1))
	}
	ry, rm, rd := ref.Date()
	born := int(id.n / 1000 % 100000000)
	if born > ry*10000+int(rm)*100+rd {
		return idErrorFrom(residentIDType, id.String(), idFailAt(idCodeFutureDate, idPartDate, 6))
	}
	return nil
}

// AppendText implements [encoding.TextAppender]; it appends the full number
// (nothing for the zero value).
func (id ResidentID) AppendText(b []byte) ([]byte, error) {
	if !id.IsValid() {
		return b, nil
	}
	return id.appendDigits(b), nil
}

// MarshalText implements [encoding.TextMarshaler] with the full number, so
// JSON and other encodings exchange the real value.
func (id ResidentID) MarshalText() ([]byte, error) { return id.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseResidentID];
// an empty text gives the zero value.
func (id *ResidentID) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*id = ResidentID{}
		return nil
	}
	v, err := ParseResidentID(string(text))
	if err != nil {
		return err
	}
	*id = v
	return nil
}

// Scan implements [database/sql.Scanner]: NULL and "" give the zero value,
// strings and byte slices go through [ParseResidentID].
func (id *ResidentID) Scan(src any) error {
	s, err := scanText(src, residentIDType)
	if err != nil {
		return err
	}
	return id.UnmarshalText([]byte(s))
}

// Value implements [database/sql/driver.Valuer]: the full number, or NULL for
// the zero value.
func (id ResidentID) Value() (driver.Value, error) {
	if !id.IsValid() {
		return nil, nil
	}
	return id.Reveal(), nil
}

// ValidatorValue returns the full number as a string ("" for the zero value) for
// go-playground/validator, whose Valuer interface it satisfies without an
// import: `required` then rejects an unset ResidentID and string rules see the
// text form. Validator messages must not echo the value of personal
// identifiers.
func (id ResidentID) ValidatorValue() any { return id.Reveal() }
