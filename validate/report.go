package validate

import (
	"cmp"
	"errors"
	"slices"
	"strconv"
)

// Severity says whether a [Problem] stops a filing (an error: the provider's first review
// returns or rejects the application) or only deserves attention (a warning: a document to
// prepare, a rule that depends on facts the application does not carry). The zero value is
// [SeverityError], so a Problem built without a severity is never taken lightly.
type Severity uint8

// The severities.
const (
	SeverityError   Severity = iota // the application would be returned or rejected
	SeverityWarning                 // worth checking; does not by itself stop the filing
)

// ErrUnknownSeverity is returned when text names no [Severity].
var ErrUnknownSeverity = errors.New("validate: unknown severity")

// String returns "error" or "warning", or "Severity(N)" for other values.
func (s Severity) String() string {
	switch s {
	case SeverityError:
		return "error"
	case SeverityWarning:
		return "warning"
	}
	return "Severity(" + strconv.Itoa(int(s)) + ")"
}

// Label returns the Chinese name: 错误 or 警告; "" for other values.
func (s Severity) Label() string {
	switch s {
	case SeverityError:
		return "错误"
	case SeverityWarning:
		return "警告"
	}
	return ""
}

// MarshalText encodes s by name.
func (s Severity) MarshalText() ([]byte, error) {
	if s > SeverityWarning {
		return nil, ErrUnknownSeverity
	}
	return []byte(s.String()), nil
}

// UnmarshalText decodes "error" or "warning".
func (s *Severity) UnmarshalText(b []byte) error {
	switch string(b) {
	case "error":
		*s = SeverityError
	case "warning":
		*s = SeverityWarning
	default:
		return ErrUnknownSeverity
	}
	return nil
}

// Problem is one thing wrong with an application: where it is, which rule it breaks, how bad
// it is, what to do, and which entry of the rectification catalogue ([icp.Rectification])
// it corresponds to.
//
// Messages never quote personal data (identity numbers, mobiles, email addresses, names):
// they name the field, never its value.
type Problem struct {
	// Path locates the value in the application's JSON form, with indexes:
	// "websites[1].domains[0]", "subject.principal.mobile"; "" for the application as a whole.
	Path string `json:"path"`
	// Rule is the stable code of the broken rule: a validation tag such as "cn_mobile" or
	// "required", or a cross-field rule such as "mobile_equals_emergency". See [Tags] and
	// [RuleCodes].
	Rule string `json:"rule"`
	// Severity is error or warning.
	Severity Severity `json:"severity"`
	// Message is the message in the language the [Validator] was built with.
	Message string `json:"message"`
	// MessageZH and MessageEN are the message in Chinese and in English.
	MessageZH string `json:"messageZh"`
	MessageEN string `json:"messageEn"`
	// Rectification is the code of the matching rectification-catalogue entry, "" when the
	// catalogue has none.
	Rectification string `json:"rectification,omitempty"`
}

// Report lists every problem found in one application, sorted by path, then rule, then
// message. The zero Report has no problems and is OK.
type Report struct {
	Problems []Problem `json:"problems"`
}

// OK reports whether the report has no problems at all, warnings included.
func (r Report) OK() bool { return len(r.Problems) == 0 }

// HasErrors reports whether at least one problem is an error.
func (r Report) HasErrors() bool { return r.Errors() > 0 }

// Errors returns the number of problems with [SeverityError].
func (r Report) Errors() int {
	n := 0
	for _, p := range r.Problems {
		if p.Severity == SeverityError {
			n++
		}
	}
	return n
}

// Warnings returns the number of problems with [SeverityWarning].
func (r Report) Warnings() int { return len(r.Problems) - r.Errors() }

// sortProblems puts problems in the report order and drops exact duplicates (the same rule
// reported twice for the same path, e.g. by a tag and by a cross-field rule).
func sortProblems(ps []Problem) []Problem {
	slices.SortStableFunc(ps, compareProblems)
	return slices.CompactFunc(ps, func(a, b Problem) bool { return a.Path == b.Path && a.Rule == b.Rule })
}

// compareProblems orders by path (indexes compared as numbers), then rule, then message.
func compareProblems(a, b Problem) int {
	if c := comparePaths(a.Path, b.Path); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Rule, b.Rule); c != 0 {
		return c
	}
	return cmp.Compare(a.MessageEN, b.MessageEN)
}

// comparePaths compares two JSON paths segment by segment so that websites[2] sorts before
// websites[10] and a parent before its children.
func comparePaths(a, b string) int {
	for a != "" && b != "" {
		// Compare runs of digits numerically, everything else byte by byte.
		if isDigit(a[0]) && isDigit(b[0]) {
			i, j := digitRun(a), digitRun(b)
			if c := cmp.Compare(i, j); c != 0 {
				return c
			}
			if c := cmp.Compare(a[:i], b[:j]); c != 0 {
				return c
			}
			a, b = a[i:], b[j:]
			continue
		}
		if a[0] != b[0] {
			return cmp.Compare(pathByteRank(a[0]), pathByteRank(b[0]))
		}
		a, b = a[1:], b[1:]
	}
	return cmp.Compare(len(a), len(b))
}

// pathByteRank makes the separators sort before any name character, so "subject.name"
// sorts before "subject_x" and "websites[0]" before "websitesX".
func pathByteRank(c byte) int {
	switch c {
	case '.':
		return 0
	case '[':
		return 1
	case ']':
		return 2
	}
	return int(c) + 3
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func digitRun(s string) int {
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}
