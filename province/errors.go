package province

import (
	"errors"
	"strconv"
)

// Sentinel errors wrapped by [*LookupError]; test for them with errors.Is.
var (
	// ErrEmpty means the input held nothing but spaces.
	ErrEmpty = errors.New("province: empty input")
	// ErrUnknown means the input names no mainland province.
	ErrUnknown = errors.New("province: unknown province")
	// ErrNotMainland means the input names Hong Kong, Macau or Taiwan, which have no ICP filing.
	ErrNotMainland = errors.New("province: not a mainland filing province")
)

// LookupError reports input that [Lookup] or [Resolve] could not turn into a province.
type LookupError struct {
	Input string // the text as given
	Place string // for ErrNotMainland: "Hong Kong", "Macau" or "Taiwan"; otherwise ""
	Err   error  // ErrEmpty, ErrUnknown or ErrNotMainland
}

// Error describes the failure and quotes the input.
func (e *LookupError) Error() string {
	switch e.Err {
	case ErrNotMainland:
		return "province: " + strconv.Quote(e.Input) + " is " + e.Place + ", which has no ICP filing"
	case ErrEmpty:
		return "province: empty input"
	}
	return "province: unknown province " + strconv.Quote(e.Input)
}

// Unwrap returns the sentinel error.
func (e *LookupError) Unwrap() error { return e.Err }
