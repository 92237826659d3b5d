package icp

import (
	"database/sql/driver"
	"errors"
	"strconv"
	"strings"
)

// ErrUnknownEnum is the sentinel every [*EnumError] unwraps to: a text form
// that names no constant of the enum, or a value that has no name to encode.
var ErrUnknownEnum = errors.New("icp: unknown enum value")

// EnumError reports text that names no constant of an enum type, or an enum
// value that cannot be encoded because it is not one of the constants.
// It unwraps to [ErrUnknownEnum].
type EnumError struct {
	// Type is the Go type name, e.g. "Nature" or "ServiceContent".
	Type string
	// Input is the text that failed to decode, or the value that failed to
	// encode written as Type(N). It is cut to 64 bytes, and masked when it
	// looks like personal data put in the wrong field (an email address, a
	// phone or identity number).
	Input string
}

// Error returns a message such as `icp: unknown Nature "enterprize"`.
func (e *EnumError) Error() string {
	return "icp: unknown " + e.Type + " " + strconv.Quote(e.Input)
}

// Unwrap returns [ErrUnknownEnum].
func (e *EnumError) Unwrap() error { return ErrUnknownEnum }

// enumErr builds an *EnumError, cutting long inputs so that error text stays
// short and masking personal data (see enumMaskPersonal). It copies input, so
// that callers converting bytes to a string for a lookup do not allocate on
// the success path.
func enumErr(typ, input string) *EnumError {
	const maxInput = 64
	if len(input) > maxInput {
		input = input[:maxInput]
	}
	return &EnumError{Type: typ, Input: enumMaskPersonal(input)}
}

// enumMaskPersonal returns a copy of s, masked when it looks like personal
// data that landed in an enum field rather than a mistyped name: an email
// address (it holds '@') or a phone or identity number (a run of seven or
// more digits outside a 0x hex token).
func enumMaskPersonal(s string) string {
	if strings.IndexByte(s, '@') >= 0 {
		return emailMask(s)
	}
	for rest := s; rest != ""; {
		tok, after, _ := strings.Cut(rest, ",")
		tok = strings.TrimLeft(tok, " \t")
		if !strings.HasPrefix(tok, "0x") && !strings.HasPrefix(tok, "0X") {
			run := 0
			for i := 0; i < len(tok) && run < 7; i++ {
				if idIsDigit(tok[i]) {
					run++
				} else {
					run = 0
				}
			}
			if run >= 7 {
				return modelMaskNumber(s, 3, 4)
			}
		}
		rest = after
	}
	return strings.Clone(s)
}

// enumEntry is one constant of a scalar enum: index 0 of every table is the
// unset value and has empty strings.
type enumEntry struct {
	name  string // stable ASCII name, the text encoding
	label string // Chinese display label
}

// enumString returns the name of v, or "Type(N)" when v is not a constant.
func enumString(table []enumEntry, typ string, v int) string {
	if v > 0 && v < len(table) {
		return table[v].name
	}
	return typ + "(" + strconv.Itoa(v) + ")"
}

// enumLabel returns the Chinese label of v, or "" when v is not a constant.
func enumLabel(table []enumEntry, v int) string {
	if v > 0 && v < len(table) {
		return table[v].label
	}
	return ""
}

// enumAppendText appends the name of v; the unset value appends nothing and
// any other non-constant is an error.
func enumAppendText(b []byte, table []enumEntry, typ string, v int) ([]byte, error) {
	if v == 0 {
		return b, nil
	}
	if v < 0 || v >= len(table) {
		return b, enumErr(typ, enumString(table, typ, v))
	}
	return append(b, table[v].name...), nil
}

// enumParse finds the constant named s, ignoring ASCII case. The empty string
// is the unset value only when allowEmpty is true.
func enumParse(table []enumEntry, typ, s string, allowEmpty bool) (int, error) {
	if s == "" && allowEmpty {
		return 0, nil
	}
	for i := 1; i < len(table); i++ {
		if enumEqualFold(table[i].name, s) {
			return i, nil
		}
	}
	return 0, enumErr(typ, s)
}

// enumEqualFold reports whether a and b are equal ignoring ASCII case, and
// only ASCII case: strings.EqualFold would also match ſ to s and the Kelvin
// sign to k.
func enumEqualFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// enumValue turns an enum's text encoding into a database value: the unset
// value is stored as NULL.
func enumValue(b []byte, err error) (driver.Value, error) {
	if err != nil {
		return nil, err
	}
	if len(b) == 0 {
		return nil, nil
	}
	return string(b), nil
}
