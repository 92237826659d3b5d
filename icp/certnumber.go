package icp

import (
	"fmt"
	"log/slog"
)

// CertNumber is the number printed on a certificate (证件号码) — a resident
// identity number, a passport number, a unified social credit code, …
// depending on the [CertType] next to it. It is a string because its grammar
// depends on that type; the `cert_number` validation rule checks it against
// the type.
//
// A CertNumber may identify a person, so it is masked when printed:
// [CertNumber.String], every fmt verb and [CertNumber.LogValue] show, for
// long numbers, the first six and the last four characters
// (110105********002X, as [ResidentID] does) and for shorter ones a quarter at
// each end. [CertNumber.MarshalText] and JSON keep the real value;
// [CertNumber.Reveal] returns it on purpose. The zero CertNumber is "".
type CertNumber string

// Reveal returns the number in full. Call it only where it is needed.
func (c CertNumber) Reveal() string { return string(c) }

// String returns the masked number.
func (c CertNumber) String() string { return modelMaskNumber(string(c), 6, 4) }

// Format makes every fmt verb print the masked number.
func (c CertNumber) Format(f fmt.State, verb rune) {
	idFormatMasked(f, verb, "CertNumber", c.String())
}

// LogValue implements [slog.LogValuer] with the masked number.
func (c CertNumber) LogValue() slog.Value { return slog.StringValue(c.String()) }

// MarshalText returns the real number, for data exchange.
func (c CertNumber) MarshalText() ([]byte, error) { return []byte(c), nil }

// UnmarshalText stores the text unchanged.
func (c *CertNumber) UnmarshalText(b []byte) error {
	*c = CertNumber(b)
	return nil
}
