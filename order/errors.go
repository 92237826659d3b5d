package order

import (
	"errors"
	"strconv"
	"strings"
	"time"
)

// Sentinel errors. Every error returned by this package matches one of them with [errors.Is].
var (
	// ErrIllegalTransition is matched by every [*TransitionError]: the table has no rule for
	// the move.
	ErrIllegalTransition = errors.New("order: illegal transition")

	// ErrTimeWentBack is matched by [*TimeError]: a transition was dated before the previous
	// one (or before the order was created).
	ErrTimeWentBack = errors.New("order: time went back")

	// ErrUnknownName is matched by a [*ParseError] for a name or label that is well-formed
	// text but names nothing this package knows.
	ErrUnknownName = errors.New("order: unknown name")

	// ErrScanType is matched by a [*ParseError] from a Scan method given a database value
	// that is neither a string, a []byte nor nil.
	ErrScanType = errors.New("order: unsupported scan source type")

	// ErrInvalidValue is matched by a [*ValueError]: an enum value outside its defined range
	// was marshaled or used to build an order.
	ErrInvalidValue = errors.New("order: invalid value")

	// ErrInconsistentHistory is matched by a [*HistoryError]: a history handed to [Restore]
	// does not replay through the transition table.
	ErrInconsistentHistory = errors.New("order: inconsistent history")
)

// TransitionError reports a move that the transition table does not allow: an order of filing
// type Type in status From cannot take Event. It matches [ErrIllegalTransition].
type TransitionError struct {
	Type  Type   // the order's filing type
	From  Status // the status the order was in
	Event Event  // the event that was refused
}

// Error describes the refused move with the stable ASCII names of its parts.
func (e *TransitionError) Error() string {
	return "order: illegal transition: " + e.Type.String() + " order in status " +
		e.From.String() + " cannot take event " + e.Event.String()
}

// Unwrap returns [ErrIllegalTransition].
func (e *TransitionError) Unwrap() error { return ErrIllegalTransition }

// TimeError reports a transition dated At, before Last, the time of the order's previous
// transition (or its creation). It matches [ErrTimeWentBack].
type TimeError struct {
	Last time.Time // the time of the latest entry, or the creation time
	At   time.Time // the time given for the refused transition
}

// Error names both times in RFC 3339 form.
func (e *TimeError) Error() string {
	return "order: time went back: " + e.At.Format(time.RFC3339Nano) + " is before " +
		e.Last.Format(time.RFC3339Nano)
}

// Unwrap returns [ErrTimeWentBack].
func (e *TimeError) Unwrap() error { return ErrTimeWentBack }

// ParseError reports text that could not be read as one of this package's enums or as a
// provider's status label. Enum names what was being parsed ("status", "huawei status", …),
// Input is the text as given, and Err is [ErrUnknownName] or [ErrScanType].
type ParseError struct {
	Enum  string
	Input string
	Err   error
}

// Error quotes the input and says why it was refused.
func (e *ParseError) Error() string {
	return "order: parsing " + e.Enum + " " + strconv.Quote(e.Input) + ": " +
		strings.TrimPrefix(e.Err.Error(), "order: ")
}

// Unwrap returns Err.
func (e *ParseError) Unwrap() error { return e.Err }

// ValueError reports an enum value outside the defined range, such as Status(200). It matches
// [ErrInvalidValue].
type ValueError struct {
	Enum  string // "type", "status", "event", "provider"
	Value uint8  // the offending value
}

// Error names the enum and the value.
func (e *ValueError) Error() string {
	return "order: invalid " + e.Enum + " value " + strconv.Itoa(int(e.Value))
}

// Unwrap returns [ErrInvalidValue].
func (e *ValueError) Unwrap() error { return ErrInvalidValue }

// HistoryError reports the first entry of a history that [Restore] could not replay. Index is
// the entry's position and Err says what was wrong with it (a [*TransitionError], a
// [*TimeError], or a mismatch between the entry's From and the status reached so far).
// It matches [ErrInconsistentHistory] and, through Err, the cause's sentinel.
type HistoryError struct {
	Index int
	Err   error
}

// Error names the entry and the cause.
func (e *HistoryError) Error() string {
	return "order: inconsistent history at entry " + strconv.Itoa(e.Index) + ": " +
		strings.TrimPrefix(e.Err.Error(), "order: ")
}

// Unwrap returns both [ErrInconsistentHistory] and the cause.
func (e *HistoryError) Unwrap() []error { return []error{ErrInconsistentHistory, e.Err} }
