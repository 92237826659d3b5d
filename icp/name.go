package icp

import (
	"fmt"
	"log/slog"
)

// Name is a person's name, kept exactly as entered. It is personal data:
// [Name.String], every fmt verb and [Name.LogValue] show it masked (张*,
// 张*三, 欧**明); [Name.MarshalText] and JSON keep the real name for data
// exchange, and [Name.Reveal] returns it on purpose. The zero Name is "".
//
// Name does no validation of its own; the length and character rules are
// struct tags on the fields that hold it.
type Name string

// Reveal returns the name in full. Call it only where the full name is needed.
func (n Name) Reveal() string { return string(n) }

// String returns the masked name: the first character, then '*' for each
// hidden character, keeping the last character of names of three or more
// characters (张* , 张*三).
func (n Name) String() string { return modelMaskName(string(n)) }

// Format makes every fmt verb, including %v, %+v, %q and %#v, print the
// masked name.
func (n Name) Format(f fmt.State, verb rune) { idFormatMasked(f, verb, "Name", n.String()) }

// LogValue implements [slog.LogValuer] with the masked name, so that slog's
// JSON handler never marshals the real one.
func (n Name) LogValue() slog.Value { return slog.StringValue(n.String()) }

// MarshalText returns the real name, for data exchange.
func (n Name) MarshalText() ([]byte, error) { return []byte(n), nil }

// UnmarshalText stores the text unchanged.
func (n *Name) UnmarshalText(b []byte) error {
	*n = Name(b)
	return nil
}
