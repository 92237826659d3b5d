package icp

import "fmt"

// Sex is the sex a resident identity number encodes in the parity of its
// sequence digit. The zero value SexUnknown means "not known"; it is what a
// zero [ResidentID] reports.
type Sex uint8

// The sexes a [ResidentID] can encode.
const (
	SexUnknown Sex = iota // not known
	SexMale               // odd sequence digit
	SexFemale             // even sequence digit
)

// String returns the stable ASCII name: "male", "female" or "unknown"; other
// values print as Sex(N).
func (s Sex) String() string {
	switch s {
	case SexUnknown:
		return "unknown"
	case SexMale:
		return "male"
	case SexFemale:
		return "female"
	}
	return fmt.Sprintf("Sex(%d)", uint8(s))
}

// Label returns the Chinese name: 男, 女, or 未知 for SexUnknown and other
// values.
func (s Sex) Label() string {
	switch s {
	case SexMale:
		return "男"
	case SexFemale:
		return "女"
	}
	return "未知"
}

// IsValid reports whether s is SexMale or SexFemale.
func (s Sex) IsValid() bool { return s == SexMale || s == SexFemale }
