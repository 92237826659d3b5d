package icp

import (
	"errors"
	"strconv"
	"strings"
)

// Sentinel errors for the identifier parsers. Every parser returns an
// [*IDError] that unwraps to exactly one of them, so callers test the kind of
// failure with [errors.Is] and read the details with [errors.As].
var (
	// ErrEmpty reports an empty input where an identifier was required.
	ErrEmpty = errors.New("icp: empty identifier")
	// ErrLength reports an input of the wrong length.
	ErrLength = errors.New("icp: wrong length")
	// ErrCharacter reports a character that is not allowed at its position.
	ErrCharacter = errors.New("icp: invalid character")
	// ErrSyntax reports an input whose overall shape is wrong (missing or
	// misplaced separators, empty parts).
	ErrSyntax = errors.New("icp: invalid syntax")
	// ErrDate reports a birth date that is not a real calendar date or is
	// earlier than the earliest year accepted.
	ErrDate = errors.New("icp: invalid date")
	// ErrFutureDate reports a birth date after the reference date.
	ErrFutureDate = errors.New("icp: date after the reference date")
	// ErrArea reports an area code that does not belong to a mainland
	// province (or, for organisations, to the national level).
	ErrArea = errors.New("icp: unknown area code")
	// ErrCheckDigit reports a check character that does not match the one
	// computed from the other characters; [IDError.Want] holds the expected one.
	ErrCheckDigit = errors.New("icp: wrong check character")
	// ErrAuthority reports a registration-authority code (first character of
	// a unified social credit code) that GB 32100 does not define.
	ErrAuthority = errors.New("icp: unknown registration authority")
	// ErrCategory reports an institution-category code (second character of a
	// unified social credit code) that is not defined for its authority.
	ErrCategory = errors.New("icp: unknown institution category")
	// ErrRange reports a well-formed number outside the ranges in use, such
	// as a mobile number in an unallocated prefix.
	ErrRange = errors.New("icp: number range not in use")
	// ErrTLD reports a domain whose top-level domain is not acceptable.
	ErrTLD = errors.New("icp: invalid top-level domain")
	// ErrHyphen reports a domain label that starts or ends with a hyphen.
	ErrHyphen = errors.New("icp: label starts or ends with a hyphen")
	// ErrPublicSuffix reports a domain that is itself a public suffix
	// (com.cn, 中国), so it has no registrable domain.
	ErrPublicSuffix = errors.New("icp: domain is a public suffix")
	// ErrTooLong reports an input, or a part of it, over its length limit.
	ErrTooLong = errors.New("icp: too long")
)

// idPart names the failing component; idPartNames gives the text used in
// [IDError.Part].
type idPart uint8

// The parts, in the order of idPartNames.
const (
	idPartNone idPart = iota
	idPartLength
	idPartCharacter
	idPartDate
	idPartArea
	idPartCheck
	idPartAuthority
	idPartCategory
	idPartOrgCode
	idPartPrefix
	idPartSyntax
	idPartLocal
	idPartDomain
	idPartLabel
	idPartTLD
	idPartExtension
	idPartNumber
	idPartSequence
)

// idPartNames is indexed by idPart. Read-only.
var idPartNames = [...]string{
	idPartNone:      "",
	idPartLength:    "length",
	idPartCharacter: "character",
	idPartDate:      "birth date",
	idPartArea:      "area code",
	idPartCheck:     "check character",
	idPartAuthority: "registration authority",
	idPartCategory:  "institution category",
	idPartOrgCode:   "organisation code",
	idPartPrefix:    "number range",
	idPartSyntax:    "syntax",
	idPartLocal:     "local part",
	idPartDomain:    "domain",
	idPartLabel:     "label",
	idPartTLD:       "top-level domain",
	idPartExtension: "extension",
	idPartNumber:    "subscriber number",
	idPartSequence:  "sequence",
}

// IDError describes why an identifier failed to parse. It is the only error
// type the identifier parsers return.
//
// Input never holds a full personal identifier: for resident identity
// numbers, mobile numbers, landlines and email addresses it is masked the
// same way the type's String method masks a valid value. The error text is
// English and stable; translations key on the sentinel from [errors.Is].
type IDError struct {
	// Type names the identifier type, e.g. "ResidentID" or "CreditCode".
	Type string
	// Part names the component that failed: "length", "character",
	// "birth date", "area code", "check character", "organisation code",
	// "registration authority", "institution category", "number range",
	// "syntax", "local part", "domain", "label", "top-level domain",
	// "extension", "subscriber number" or "sequence".
	Part string
	// Input is the input as given, masked for personal identifiers.
	Input string
	// Offset is the byte offset in the input where the failing part starts,
	// or -1 when the failure concerns the input as a whole.
	Offset int
	// Want is the expected value where one can be computed: the correct
	// check character for ErrCheckDigit. It is empty otherwise.
	Want string
	// Err is one of the package's sentinel errors (ErrLength, ErrCheckDigit, …).
	Err error
}

// Error returns a message of the form
// `icp: ResidentID "110105********002Y": check character: wrong check character, want "X" (at offset 17)`.
func (e *IDError) Error() string {
	var b strings.Builder
	b.WriteString("icp: ")
	b.WriteString(e.Type)
	b.WriteByte(' ')
	b.WriteString(strconv.Quote(e.Input))
	b.WriteString(": ")
	b.WriteString(e.Part)
	b.WriteString(": ")
	if e.Err != nil {
		b.WriteString(strings.TrimPrefix(e.Err.Error(), "icp: "))
	}
	if e.Want != "" {
		b.WriteString(", want ")
		b.WriteString(strconv.Quote(e.Want))
	}
	if e.Offset >= 0 {
		b.WriteString(" (at offset ")
		b.WriteString(strconv.Itoa(e.Offset))
		b.WriteByte(')')
	}
	return b.String()
}

// Unwrap returns the sentinel error.
func (e *IDError) Unwrap() error { return e.Err }

// idFailCode names the sentinel of a failure; idFailErrs maps it back.
type idFailCode uint8

// The failure codes, in the order of idFailErrs.
const (
	idOK idFailCode = iota
	idCodeEmpty
	idCodeLength
	idCodeCharacter
	idCodeSyntax
	idCodeDate
	idCodeFutureDate
	idCodeArea
	idCodeCheckDigit
	idCodeAuthority
	idCodeCategory
	idCodeRange
	idCodeTLD
	idCodeHyphen
	idCodePublicSuffix
	idCodeTooLong
)

// idFailErrs is indexed by idFailCode. Read-only.
var idFailErrs = [...]error{
	idOK:               nil,
	idCodeEmpty:        ErrEmpty,
	idCodeLength:       ErrLength,
	idCodeCharacter:    ErrCharacter,
	idCodeSyntax:       ErrSyntax,
	idCodeDate:         ErrDate,
	idCodeFutureDate:   ErrFutureDate,
	idCodeArea:         ErrArea,
	idCodeCheckDigit:   ErrCheckDigit,
	idCodeAuthority:    ErrAuthority,
	idCodeCategory:     ErrCategory,
	idCodeRange:        ErrRange,
	idCodeTLD:          ErrTLD,
	idCodeHyphen:       ErrHyphen,
	idCodePublicSuffix: ErrPublicSuffix,
	idCodeTooLong:      ErrTooLong,
}

// idFail is the allocation-free description of a parse failure that the
// internal checkers return: small enough to travel in registers on the hot
// path. It becomes an *IDError only when a caller asks for an error.
type idFail struct {
	code   idFailCode
	part   idPart
	want   byte // expected check character, 0 if none
	offset int32
}

// ok reports whether the check passed.
func (f idFail) ok() bool { return f.code == idOK }

// idErrorFrom builds the exported error from a failure; input must already be
// masked for personal types.
func idErrorFrom(typ, input string, f idFail) *IDError {
	e := &IDError{Type: typ, Part: idPartNames[f.part], Input: input, Offset: int(f.offset), Err: idFailErrs[f.code]}
	if f.want != 0 {
		e.Want = string(rune(f.want))
	}
	return e
}

// idFailAt is shorthand for building an idFail.
func idFailAt(code idFailCode, part idPart, offset int) idFail {
	return idFail{code: code, part: part, offset: int32(offset)}
}
