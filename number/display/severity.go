package display

import "fmt"

// Severity ranks a [Finding]. The zero value is not a valid severity.
type Severity uint8

// Severities, from least to most serious.
const (
	// SeverityInfo: worth knowing, not a compliance problem.
	SeverityInfo Severity = iota + 1
	// SeverityWarning: likely to be questioned by a provider or inspector,
	// or a rule whose reading differs between sources.
	SeverityWarning
	// SeverityError: the page does not meet the display rules; a provider
	// would reject a new filing because of it.
	SeverityError
)

// String returns a stable ASCII name: "info", "warning" or "error".
func (s Severity) String() string {
	switch s {
	case SeverityInfo:
		return "info"
	case SeverityWarning:
		return "warning"
	case SeverityError:
		return "error"
	default:
		return fmt.Sprintf("Severity(%d)", uint8(s))
	}
}

// Label returns the Chinese name: 提示, 警告 or 错误.
func (s Severity) Label() string {
	switch s {
	case SeverityInfo:
		return "提示"
	case SeverityWarning:
		return "警告"
	case SeverityError:
		return "错误"
	default:
		return ""
	}
}

// MarshalText implements [encoding.TextMarshaler] with the [Severity.String] name.
func (s Severity) MarshalText() ([]byte, error) {
	if s < SeverityInfo || s > SeverityError {
		return nil, fmt.Errorf("display: invalid severity %d", uint8(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]; it accepts the
// names [Severity.String] returns.
func (s *Severity) UnmarshalText(b []byte) error {
	for c := SeverityInfo; c <= SeverityError; c++ {
		if string(b) == c.String() {
			*s = c
			return nil
		}
	}
	return fmt.Errorf("display: unknown severity %q", b)
}
