package icp

import (
	"fmt"
	"log/slog"
)

// Phone is a telephone number as entered where either a landline or a mobile
// is acceptable — the office phone (办公电话), which individuals and most
// units may fill with a mobile number (domain.md §5.4). Fields of this type
// carry `validate:"omitempty,cn_landline|cn_mobile"`; use [ParseLandline] or
// [ParseMobile] to get a typed value.
//
// A Phone is masked when printed: the first three and the last four
// characters of long numbers stay (138****5678, 010*****8299).
// [Phone.MarshalText] and JSON keep the real value; [Phone.Reveal] returns it
// on purpose. The zero Phone is "".
type Phone string

// Reveal returns the number in full. Call it only where it is needed.
func (p Phone) Reveal() string { return string(p) }

// String returns the masked number.
func (p Phone) String() string { return modelMaskNumber(string(p), 3, 4) }

// Format makes every fmt verb print the masked number.
func (p Phone) Format(f fmt.State, verb rune) { idFormatMasked(f, verb, "Phone", p.String()) }

// LogValue implements [slog.LogValuer] with the masked number.
func (p Phone) LogValue() slog.Value { return slog.StringValue(p.String()) }

// MarshalText returns the real number, for data exchange.
func (p Phone) MarshalText() ([]byte, error) { return []byte(p), nil }

// UnmarshalText stores the text unchanged.
func (p *Phone) UnmarshalText(b []byte) error {
	*p = Phone(b)
	return nil
}
