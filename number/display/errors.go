package display

import (
	"errors"
	"fmt"
)

// Sentinel errors; every error [Audit] and the render functions return
// wraps one of them, so callers can test with [errors.Is].
var (
	// ErrTooLarge: the page is larger than the configured limit
	// ([DefaultMaxBytes] unless [MaxBytes] says otherwise).
	ErrTooLarge = errors.New("page too large")
	// ErrNotHTML: the page contains binary control bytes near its start or
	// is in a character encoding that cannot be decoded.
	ErrNotHTML = errors.New("not an HTML document")
	// ErrTooDeep: elements are nested deeper than the HTML parser accepts
	// (512 open elements).
	ErrTooDeep = errors.New("page nested too deeply")
	// ErrInvalidOption: an [Option] was given a value it cannot use, such
	// as a public-security number passed to [ExpectICP].
	ErrInvalidOption = errors.New("invalid option")
	// ErrInvalidFooter: a [Footer] cannot be rendered: no number, a number
	// of the wrong kind, an invalid number, a bad year or badge URL.
	ErrInvalidFooter = errors.New("invalid footer")
)

// PageError reports why [Audit] could not read a page. It unwraps to
// [ErrTooLarge], [ErrNotHTML] or [ErrTooDeep].
type PageError struct {
	// Err is the sentinel.
	Err error
	// Size is the length of the page in bytes.
	Size int
	// Offset is the byte offset of the offending byte for ErrNotHTML, the
	// configured limit for ErrTooLarge, and -1 otherwise.
	Offset int
	// Detail is a short English explanation, possibly empty.
	Detail string
}

// Error implements the error interface.
func (e *PageError) Error() string {
	msg := "display: " + e.Err.Error()
	switch {
	case errors.Is(e.Err, ErrTooLarge):
		msg += fmt.Sprintf(": %d bytes, limit %d", e.Size, e.Offset)
	case e.Offset >= 0:
		msg += fmt.Sprintf(" (at byte %d of %d)", e.Offset, e.Size)
	}
	if e.Detail != "" {
		msg += ": " + e.Detail
	}
	return msg
}

// Unwrap returns the sentinel.
func (e *PageError) Unwrap() error { return e.Err }
