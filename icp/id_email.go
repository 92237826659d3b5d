package icp

import (
	"database/sql/driver"
	"fmt"
	"log/slog"
	"strings"
	"unicode/utf8"
)

// Email is an email address as filing providers accept it for the
// notices of the filing system.
//
// The rules are the common subset providers enforce, narrower than RFC 5322:
// the local part is 1–64 ASCII letters, digits and . _ % + -, neither
// starting nor ending with a dot and without two dots in a row (no quoted
// strings, comments or non-ASCII characters); the domain is a real domain
// name as [ParseDomain] accepts it (at least one dot, a delegated TLD,
// internationalised domains allowed); the whole address is at most 128
// bytes in canonical form, the limit of the filing forms. The canonical form
// keeps the local part as written (local parts may be case-sensitive) and
// writes the domain in lower-case ASCII form.
//
// An Email is a small comparable value. The zero value is not an address:
// IsValid reports false and String returns "". Safe for concurrent use.
//
// An address is personal data. String, every fmt verb and slog show the
// first character of the local part and the domain (a***@example.com);
// MarshalText, Value and [Email.Reveal] give the full address.
type Email struct {
	s  string // canonical form
	at int    // index of '@' in s
}

const (
	emailType     = "Email"
	emailMaxLen   = 128
	emailMaxLocal = 64
)

// ParseEmail parses an email address by the rules described at [Email].
// Errors are [*IDError] values unwrapping to ErrEmpty, ErrSyntax (no @, an
// empty part, misplaced dots), ErrCharacter, ErrTooLong, or the errors of
// [ParseDomain] for the domain part (with Part "domain" and offsets into the
// whole address); Input is masked.
func ParseEmail(s string) (Email, error) {
	e, f := emailCheck(s)
	if !f.ok() {
		return Email{}, idErrorFrom(emailType, emailMask(s), f)
	}
	return e, nil
}

// MustParseEmail is like [ParseEmail] but panics on error. It is meant for
// tests and constants, never for input.
func MustParseEmail(s string) Email {
	e, err := ParseEmail(s)
	if err != nil {
		panic(err)
	}
	return e
}

// ValidEmail reports whether [ParseEmail] accepts s.
func ValidEmail(s string) bool {
	_, f := emailCheck(s)
	return f.ok()
}

// emailCheck is the one grammar of Email.
func emailCheck(s string) (Email, idFail) {
	if s == "" {
		return Email{}, idFailAt(idCodeEmpty, idPartLength, -1)
	}
	at := strings.LastIndexByte(s, '@')
	if at < 0 {
		return Email{}, idFailAt(idCodeSyntax, idPartSyntax, -1)
	}
	local, domain := s[:at], s[at+1:]
	switch {
	case local == "":
		return Email{}, idFailAt(idCodeSyntax, idPartLocal, 0)
	case len(local) > emailMaxLocal:
		return Email{}, idFailAt(idCodeTooLong, idPartLocal, 0)
	case local[0] == '.':
		return Email{}, idFailAt(idCodeSyntax, idPartLocal, 0)
	case local[len(local)-1] == '.':
		return Email{}, idFailAt(idCodeSyntax, idPartLocal, at-1)
	}
	for i := 0; i < len(local); i++ {
		c := local[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', idIsDigit(c),
			c == '_', c == '%', c == '+', c == '-':
		case c == '.':
			if local[i+1] == '.' {
				return Email{}, idFailAt(idCodeSyntax, idPartLocal, i)
			}
		default:
			return Email{}, idFailAt(idCodeCharacter, idPartLocal, i)
		}
	}
	d, f := domainCheck(domain)
	if !f.ok() {
		f.part = idPartDomain
		if f.offset >= 0 {
			f.offset += int32(at + 1)
		}
		return Email{}, f
	}
	canonical := local + "@" + d.ascii
	if len(canonical) > emailMaxLen {
		return Email{}, idFailAt(idCodeTooLong, idPartLength, -1)
	}
	return Email{s: canonical, at: at}, idFail{}
}

// emailMask masks an address, valid or not: the first character of the
// local part followed by *** (the length is hidden too), then the domain.
// An input without @ is masked as a whole.
func emailMask(s string) string {
	at := strings.LastIndexByte(s, '@')
	if at < 0 {
		return idMask(s, 1, 0, 3)
	}
	if at <= 1 {
		return "***" + s[at:]
	}
	_, size := utf8.DecodeRuneInString(s)
	return s[:size] + "***" + s[at:]
}

// IsValid reports whether e is a parsed address rather than the zero value.
func (e Email) IsValid() bool { return e.s != "" }

// Reveal returns the full canonical address, or "" for the zero value. Call
// it only where the full address is needed on purpose.
func (e Email) Reveal() string { return e.s }

// String returns the masked address, a***@example.com, or "" for the zero
// value.
func (e Email) String() string {
	if !e.IsValid() {
		return ""
	}
	return emailMask(e.s)
}

// Format implements [fmt.Formatter] so that every verb prints the masked
// form; %#v prints icp.Email("a***@example.com").
func (e Email) Format(f fmt.State, verb rune) { idFormatMasked(f, verb, emailType, e.String()) }

// LogValue implements [slog.LogValuer]: logs carry only the masked form.
func (e Email) LogValue() slog.Value { return slog.StringValue(e.String()) }

// Domain returns the domain part, or the zero Domain for the zero value.
func (e Email) Domain() Domain {
	if !e.IsValid() {
		return Domain{}
	}
	return Domain{ascii: e.s[e.at+1:]}
}

// AppendText implements [encoding.TextAppender] with the full address.
func (e Email) AppendText(b []byte) ([]byte, error) { return append(b, e.s...), nil }

// MarshalText implements [encoding.TextMarshaler] with the full address.
func (e Email) MarshalText() ([]byte, error) { return []byte(e.s), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseEmail]; an
// empty text gives the zero value.
func (e *Email) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*e = Email{}
		return nil
	}
	v, err := ParseEmail(string(text))
	if err != nil {
		return err
	}
	*e = v
	return nil
}

// Scan implements [database/sql.Scanner]: NULL and "" give the zero value.
func (e *Email) Scan(src any) error {
	s, err := scanText(src, emailType)
	if err != nil {
		return err
	}
	return e.UnmarshalText([]byte(s))
}

// Value implements [database/sql/driver.Valuer]: the full address, or NULL
// for the zero value.
func (e Email) Value() (driver.Value, error) {
	if !e.IsValid() {
		return nil, nil
	}
	return e.s, nil
}

// ValidatorValue returns the full address as a string ("" for the zero value) for
// go-playground/validator, whose Valuer interface it satisfies without an
// import: `required` then rejects an unset Email and string rules see the
// text form. Validator messages must not echo the value of personal
// identifiers.
func (e Email) ValidatorValue() any { return e.Reveal() }
