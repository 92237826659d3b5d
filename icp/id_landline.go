package icp

import (
	"database/sql/driver"
	"fmt"
	"log/slog"
	"strings"
)

// Landline is a mainland fixed-line telephone number with its long-distance
// area code and an optional extension. Its canonical form is
// AREA-NUMBER[-EXTENSION] without country code: 010-82998299,
// 0755-22345678-123. [Landline.RevealWithCountryCode] gives the
// 086-010-82998299-1234 form of the MIIT filing forms.
//
// A Landline is a small comparable value. The zero value is not a number:
// IsValid reports false and String returns "". Safe for concurrent use.
//
// A telephone number is personal data. String, every fmt verb and slog keep
// the area code, the first two and the last two digits of the subscriber
// number and the extension, and mask the rest (010-82****99);
// MarshalText, Value and [Landline.Reveal] give the full number.
type Landline struct {
	s        string // canonical form
	areaLen  uint8
	localLen uint8
}

const (
	landlineType         = "Landline"
	landlineCountry      = "086"
	landlineMaxExtension = 6
)

// ParseLandline parses a fixed-line number written with hyphens:
// AREA-NUMBER, AREA-NUMBER-EXTENSION, optionally preceded by the country
// code 086- as in the MIIT forms. The area code is 010, 02X, or a
// four-digit 0XXX with X from 3 to 9 in the first position; the subscriber
// number has eight digits after a three-digit area code and seven or eight
// after a four-digit one, and does not start with 0 or 1; the extension has
// one to six digits. Spaces, parentheses, "+86" and numbers without hyphens
// are rejected. Errors are [*IDError] values unwrapping to ErrEmpty,
// ErrSyntax, ErrCharacter, ErrArea, ErrLength, ErrRange or ErrTooLong; Input
// is masked.
func ParseLandline(s string) (Landline, error) {
	l, f := landlineCheck(s)
	if !f.ok() {
		return Landline{}, idErrorFrom(landlineType, idMask(s, 4, 2, 4), f)
	}
	return l, nil
}

// MustParseLandline is like [ParseLandline] but panics on error. It is meant
// for tests and constants, never for input.
func MustParseLandline(s string) Landline {
	l, err := ParseLandline(s)
	if err != nil {
		panic(err)
	}
	return l
}

// ValidLandline reports whether [ParseLandline] accepts s.
func ValidLandline(s string) bool {
	_, f := landlineCheck(s)
	return f.ok()
}

// landlineCheck is the one grammar of Landline.
func landlineCheck(s string) (Landline, idFail) {
	if s == "" {
		return Landline{}, idFailAt(idCodeEmpty, idPartLength, -1)
	}
	for i := 0; i < len(s); i++ {
		if !idIsDigit(s[i]) && s[i] != '-' {
			return Landline{}, idFailAt(idCodeCharacter, idPartCharacter, i)
		}
	}
	rest, off := s, 0
	if strings.HasPrefix(s, landlineCountry+"-") {
		rest, off = s[len(landlineCountry)+1:], len(landlineCountry)+1
	}
	area, rest, ok := strings.Cut(rest, "-")
	if !ok {
		return Landline{}, idFailAt(idCodeSyntax, idPartSyntax, -1)
	}
	local, ext, hasExt := strings.Cut(rest, "-")
	localOff := off + len(area) + 1
	switch {
	case len(area) == 3 && area[0] == '0' && (area[1:] == "10" || area[1] == '2'):
	case len(area) == 4 && area[0] == '0' && area[1] >= '3':
	default:
		return Landline{}, idFailAt(idCodeArea, idPartArea, off)
	}
	switch {
	case local == "":
		return Landline{}, idFailAt(idCodeSyntax, idPartNumber, localOff)
	case local[0] == '0' || local[0] == '1':
		return Landline{}, idFailAt(idCodeRange, idPartNumber, localOff)
	case len(local) != 8 && (len(area) == 3 || len(local) != 7):
		return Landline{}, idFailAt(idCodeLength, idPartNumber, localOff)
	}
	if hasExt {
		extOff := localOff + len(local) + 1
		switch {
		case ext == "" || strings.IndexByte(ext, '-') >= 0:
			return Landline{}, idFailAt(idCodeSyntax, idPartExtension, extOff)
		case len(ext) > landlineMaxExtension:
			return Landline{}, idFailAt(idCodeTooLong, idPartExtension, extOff)
		}
	}
	canonical := s[off:]
	return Landline{s: canonical, areaLen: uint8(len(area)), localLen: uint8(len(local))}, idFail{}
}

// IsValid reports whether l is a parsed number rather than the zero value.
func (l Landline) IsValid() bool { return l.s != "" }

// Reveal returns the full canonical number, e.g. 0755-22345678-123, or ""
// for the zero value. Call it only where the full number is needed on
// purpose.
func (l Landline) Reveal() string { return l.s }

// RevealWithCountryCode returns the full number in the form of the MIIT
// filing forms, 086-0755-22345678-123, or "" for the zero value.
func (l Landline) RevealWithCountryCode() string {
	if !l.IsValid() {
		return ""
	}
	return landlineCountry + "-" + l.s
}

// AreaCode returns the long-distance area code with its leading zero, e.g.
// "010" or "0755", or "" for the zero value.
func (l Landline) AreaCode() string { return l.s[:l.areaLen] }

// Extension returns the extension, or "" when there is none.
func (l Landline) Extension() string {
	n := int(l.areaLen) + 1 + int(l.localLen)
	if n >= len(l.s) {
		return ""
	}
	return l.s[n+1:]
}

// String returns the masked number, 010-82****99 or
// 0755-22****78-123, or "" for the zero value.
func (l Landline) String() string {
	if !l.IsValid() {
		return ""
	}
	start := int(l.areaLen) + 1
	end := start + int(l.localLen)
	return l.s[:start] + idMask(l.s[start:end], 2, 2, 3) + l.s[end:]
}

// Format implements [fmt.Formatter] so that every verb prints the masked
// form; %#v prints icp.Landline("010-82****99").
func (l Landline) Format(f fmt.State, verb rune) {
	idFormatMasked(f, verb, landlineType, l.String())
}

// LogValue implements [slog.LogValuer]: logs carry only the masked form.
func (l Landline) LogValue() slog.Value { return slog.StringValue(l.String()) }

// AppendText implements [encoding.TextAppender] with the full canonical
// number.
func (l Landline) AppendText(b []byte) ([]byte, error) { return append(b, l.s...), nil }

// MarshalText implements [encoding.TextMarshaler] with the full canonical
// number.
func (l Landline) MarshalText() ([]byte, error) { return []byte(l.s), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseLandline];
// an empty text gives the zero value.
func (l *Landline) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*l = Landline{}
		return nil
	}
	v, err := ParseLandline(string(text))
	if err != nil {
		return err
	}
	*l = v
	return nil
}

// Scan implements [database/sql.Scanner]: NULL and "" give the zero value.
func (l *Landline) Scan(src any) error {
	s, err := scanText(src, landlineType)
	if err != nil {
		return err
	}
	return l.UnmarshalText([]byte(s))
}

// Value implements [database/sql/driver.Valuer]: the full canonical number,
// or NULL for the zero value.
func (l Landline) Value() (driver.Value, error) {
	if !l.IsValid() {
		return nil, nil
	}
	return l.s, nil
}

// ValidatorValue returns the full canonical number as a string ("" for the zero value) for
// go-playground/validator, whose Valuer interface it satisfies without an
// import: `required` then rejects an unset Landline and string rules see the
// text form. Validator messages must not echo the value of personal
// identifiers.
func (l Landline) ValidatorValue() any { return l.Reveal() }
