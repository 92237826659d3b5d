package number

import (
	"errors"
	"strconv"
	"strings"
)

// Sentinel errors. Every error returned by the parsers is a [*ParseError]
// that wraps one of these, so callers tell them apart with [errors.Is]:
// ErrSyntax and ErrEmpty mean the text is not shaped like a number, the
// others that it is shaped like one but one part is not real.
var (
	// ErrEmpty reports empty input (or input holding only spaces and labels).
	ErrEmpty = errors.New("number: empty input")
	// ErrSyntax reports text that does not follow the grammar of any number.
	ErrSyntax = errors.New("number: malformed number")
	// ErrUnknownProvince reports a province character (or public-security
	// area code) that is not one of the 31 mainland provinces.
	ErrUnknownProvince = errors.New("number: unknown province")
	// ErrProvinceAlias reports an informal province character (川, 贵, 云, 甘,
	// 秦, 申, 楚) where the issued one (蜀, 黔, 滇, 陇, 陕, 沪, 鄂) belongs; only
	// the strict parser returns it, the lenient one replaces the character.
	ErrProvinceAlias = errors.New("number: informal province character instead of the issued one")
	// ErrNotMainland reports a 港, 澳 or 台 prefix or area code: no filing
	// numbers are issued for Hong Kong, Macau or Taiwan.
	ErrNotMainland = errors.New("number: no numbers are issued outside the mainland")
	// ErrSerialLength reports a serial with a digit count its kind never has.
	ErrSerialLength = errors.New("number: serial has the wrong number of digits")
	// ErrSequence reports a service sequence that is 0, has a leading zero or
	// more than five digits.
	ErrSequence = errors.New("number: invalid service sequence")
	// ErrPlaceholder reports a template such as 京ICP备XXXXXXXX号-X or an
	// all-zero serial.
	ErrPlaceholder = errors.New("number: placeholder instead of digits")
	// ErrLicenceClass reports a licence class other than A1, A2, B1 and B2
	// (for example the domain-registrar class D3), or classes that repeat.
	ErrLicenceClass = errors.New("number: unsupported licence class")
	// ErrNoService reports a service sequence on a kind that has none
	// (public-security numbers) or on the zero Number.
	ErrNoService = errors.New("number: this kind of number has no service numbers")
	// ErrScanType reports a database value that is neither text nor NULL.
	ErrScanType = errors.New("number: unsupported database value type")
)

// ParseError describes why a text is not a number. Offset is the byte
// offset in Input where the problem was found. Err is one of the sentinel
// errors of this package; [errors.Is] sees it through Unwrap.
type ParseError struct {
	Input  string // the text given to the parser
	Offset int    // byte offset into Input
	Err    error  // the sentinel error
}

// maxQuoted bounds how much of the input an error message repeats.
const maxQuoted = 80

// Error returns a lower-case English message quoting the input (cut after
// 80 bytes), the reason and the byte offset.
func (e *ParseError) Error() string {
	in := e.Input
	cut := ""
	if len(in) > maxQuoted {
		i := maxQuoted
		for i > 0 && in[i]&0xC0 == 0x80 {
			i--
		}
		in, cut = in[:i], "…"
	}
	reason := "malformed number"
	if e.Err != nil {
		reason = strings.TrimPrefix(e.Err.Error(), "number: ")
	}
	return "number: " + strconv.Quote(in) + cut + ": " + reason + " (at byte " + strconv.Itoa(e.Offset) + ")"
}

// Unwrap returns the sentinel error.
func (e *ParseError) Unwrap() error { return e.Err }
