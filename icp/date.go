package icp

import (
	"database/sql/driver"
	"errors"
	"fmt"
	"strconv"
	"time"
)

// ErrDateSyntax is the sentinel a [*DateError] unwraps to.
var ErrDateSyntax = errors.New("icp: invalid civil date")

// DateError reports text that is not a civil date in the form 2006-01-02.
// It unwraps to [ErrDateSyntax].
type DateError struct {
	// Input is the text that failed, cut to 32 bytes, and masked when it
	// looks like personal data put in the wrong field (an email address, a
	// phone or identity number).
	Input string
}

// Error returns a message such as `icp: invalid civil date "2025-02-30"`.
func (e *DateError) Error() string { return "icp: invalid civil date " + strconv.Quote(e.Input) }

// Unwrap returns [ErrDateSyntax].
func (e *DateError) Unwrap() error { return ErrDateSyntax }

// Date is a civil date (year, month, day) with no time of day and no time
// zone: the validity dates of a certificate, a birth date. Its text form is
// "2006-01-02" (years 0001–9999); the zero Date is unset and encodes as "".
// Dates are comparable with == and ordered by [Date.Compare]. A Date is a
// small value and safe for concurrent use.
type Date struct {
	year  uint16
	month uint8
	day   uint8
}

// NewDate returns the date year-month-day. It returns a [*DateError] when the
// three do not name a real calendar day in years 1–9999.
func NewDate(year int, month time.Month, day int) (Date, error) {
	if year < 1 || year > 9999 || month < time.January || month > time.December ||
		day < 1 || day > dateDaysIn(year, month) {
		return Date{}, &DateError{Input: fmt.Sprintf("%04d-%02d-%02d", year, int(month), day)}
	}
	return Date{year: uint16(year), month: uint8(month), day: uint8(day)}, nil
}

// DateOf returns the civil date of t in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	if y < 1 || y > 9999 {
		return Date{}
	}
	return Date{year: uint16(y), month: uint8(m), day: uint8(d)}
}

// ParseDate parses exactly "YYYY-MM-DD" with a real calendar day. It returns
// a [*DateError] for anything else, including "".
func ParseDate(s string) (Date, error) {
	const layoutLen = len("2006-01-02")
	if len(s) != layoutLen || s[4] != '-' || s[7] != '-' {
		return Date{}, dateErr(s)
	}
	y, ok1 := dateDigits(s[0:4])
	m, ok2 := dateDigits(s[5:7])
	d, ok3 := dateDigits(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, dateErr(s)
	}
	date, err := NewDate(y, time.Month(m), d)
	if err != nil {
		return Date{}, dateErr(s)
	}
	return date, nil
}

// MustParseDate is like [ParseDate] but panics on error. It is meant for
// constants and tests only.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func dateErr(s string) *DateError {
	const maxInput = 32
	if len(s) > maxInput {
		s = s[:maxInput]
	}
	return &DateError{Input: enumMaskPersonal(s)}
}

// dateDigits parses a fixed-width run of ASCII digits.
func dateDigits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// dateDaysIn returns the number of days in month m of year y (proleptic Gregorian).
func dateDaysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// IsZero reports whether d is the zero (unset) Date.
func (d Date) IsZero() bool { return d == Date{} }

// IsValid reports whether d is set. Every non-zero Date is a real day: the
// constructors reject anything else.
func (d Date) IsValid() bool { return !d.IsZero() }

// Year returns the year of d, 0 for the zero Date.
func (d Date) Year() int { return int(d.year) }

// Month returns the month of d, 0 for the zero Date.
func (d Date) Month() time.Month { return time.Month(d.month) }

// Day returns the day of the month of d, 0 for the zero Date.
func (d Date) Day() int { return int(d.day) }

// In returns midnight at the start of d in loc. The zero Date gives the zero
// [time.Time].
func (d Date) In(loc *time.Location) time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, loc)
}

// Compare returns -1, 0 or +1 as d is before, equal to or after e. The zero
// Date sorts before every other.
func (d Date) Compare(e Date) int {
	a := int(d.year)<<16 | int(d.month)<<8 | int(d.day)
	b := int(e.year)<<16 | int(e.month)<<8 | int(e.day)
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// AddDate returns d moved by the given years, months and days, normalised
// like [time.Time.AddDate] (2024-02-29 plus one year is 2025-03-01). The zero
// Date stays zero, and a result outside years 1–9999 is the zero Date.
func (d Date) AddDate(years, months, days int) Date {
	if d.IsZero() {
		return Date{}
	}
	return DateOf(d.In(time.UTC).AddDate(years, months, days))
}

// YearsUntil returns the number of whole years from d to ref: the age on ref
// of someone born on d. A person born on 29 February turns a year older on
// 1 March in common years. It returns 0 when either date is zero or ref is
// before d.
func (d Date) YearsUntil(ref Date) int {
	if d.IsZero() || ref.IsZero() || ref.Before(d) {
		return 0
	}
	years := int(ref.year) - int(d.year)
	if ref.month < d.month || (ref.month == d.month && ref.day < d.day) {
		years--
	}
	return years
}

// String returns "2006-01-02", or "" for the zero Date.
func (d Date) String() string {
	b, _ := d.AppendText(nil)
	return string(b)
}

// AppendText appends the text form of d to b; the zero Date appends nothing.
func (d Date) AppendText(b []byte) ([]byte, error) {
	if d.IsZero() {
		return b, nil
	}
	b = dateAppend(b, int(d.year), 4)
	b = append(b, '-')
	b = dateAppend(b, int(d.month), 2)
	b = append(b, '-')
	return dateAppend(b, int(d.day), 2), nil
}

// dateAppend appends n zero-padded to width digits.
func dateAppend(b []byte, n, width int) []byte {
	var buf [4]byte
	for i := width - 1; i >= 0; i-- {
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	return append(b, buf[:width]...)
}

// MarshalText encodes d as "2006-01-02"; the zero Date encodes as "".
func (d Date) MarshalText() ([]byte, error) { return d.AppendText(nil) }

// UnmarshalText decodes "2006-01-02" strictly; "" is the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Scan implements [database/sql.Scanner]. NULL and "" are the zero Date;
// strings and byte slices are parsed as by [ParseDate]; a [time.Time] gives
// its civil date in its own location.
func (d *Date) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*d = Date{}
		return nil
	case time.Time:
		*d = DateOf(v)
		return nil
	case string:
		return d.UnmarshalText([]byte(v))
	case []byte:
		return d.UnmarshalText(v)
	}
	return fmt.Errorf("icp: cannot scan %T into a Date", src)
}

// Value implements [database/sql/driver.Valuer]: "2006-01-02", or NULL for
// the zero Date.
func (d Date) Value() (driver.Value, error) {
	if d.IsZero() {
		return nil, nil
	}
	return d.String(), nil
}

// ValidatorValue returns d as midnight UTC (the zero [time.Time] for the zero
// Date). go-playground/validator calls it, so `required` rejects an unset
// Date and the time comparisons (gtfield, ltfield …) order Dates correctly.
func (d Date) ValidatorValue() any { return d.In(time.UTC) }
