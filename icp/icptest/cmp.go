package icptest

import (
	"net/netip"
	"strings"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/shopspring/decimal"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/number"
	"github.com/beian-go/beian/validate"
)

// CmpOptions returns the go-cmp options for comparing icp values and the
// structs that hold them: the identifier types (resident ID, credit code,
// organisation code, registration number, mobile, landline, email, domain),
// [icp.Date], [number.Number] and [netip.Addr] compare with ==, and
// [decimal.Decimal] with its Equal method, so 1e6 equals 1000000. Without
// them cmp.Diff panics on the unexported fields of these types.
//
// Personal data stays masked in the diffs cmp prints, because cmp shows
// values through their String methods; use [RevealDiffs] instead of
// CmpOptions to see the real values when the data is synthetic.
func CmpOptions() cmp.Option { return valueOptions(false) }

// RevealDiffs is [CmpOptions] with one difference: the masked personal-data
// types (resident ID, mobile, landline, email, name, certificate number,
// phone) are compared by their real text and diffs print that text, where
// CmpOptions would print 110105********002X on both sides. Use it instead of
// CmpOptions, not with it, and only on synthetic data: the real values end up
// in test logs.
func RevealDiffs() cmp.Option { return valueOptions(true) }

func valueOptions(reveal bool) cmp.Option {
	opts := cmp.Options{
		cmp.Comparer(func(a, b icp.CreditCode) bool { return a == b }),
		cmp.Comparer(func(a, b icp.OrgCode) bool { return a == b }),
		cmp.Comparer(func(a, b icp.RegistrationNumber) bool { return a == b }),
		cmp.Comparer(func(a, b icp.Domain) bool { return a == b }),
		cmp.Comparer(func(a, b icp.Date) bool { return a == b }),
		cmp.Comparer(func(a, b number.Number) bool { return a == b }),
		cmp.Comparer(func(a, b netip.Addr) bool { return a == b }),
		cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) }),
	}
	if !reveal {
		return append(opts,
			cmp.Comparer(func(a, b icp.ResidentID) bool { return a == b }),
			cmp.Comparer(func(a, b icp.Mobile) bool { return a == b }),
			cmp.Comparer(func(a, b icp.Landline) bool { return a == b }),
			cmp.Comparer(func(a, b icp.Email) bool { return a == b }),
		)
	}
	return append(opts,
		cmp.Transformer("Reveal", func(v icp.ResidentID) string { return v.Reveal() }),
		cmp.Transformer("Reveal", func(v icp.Mobile) string { return v.Reveal() }),
		cmp.Transformer("Reveal", func(v icp.Landline) string { return v.Reveal() }),
		cmp.Transformer("Reveal", func(v icp.Email) string { return v.Reveal() }),
		cmp.Transformer("Reveal", func(v icp.Name) string { return v.Reveal() }),
		cmp.Transformer("Reveal", func(v icp.CertNumber) string { return v.Reveal() }),
		cmp.Transformer("Reveal", func(v icp.Phone) string { return v.Reveal() }),
	)
}

// IgnoreMessages returns a go-cmp option that compares validate.Problem
// values without their message texts (Message, MessageZH, MessageEN), so a
// test pins the path, rule, severity and rectification code and does not
// break when wording or language changes.
func IgnoreMessages() cmp.Option {
	return cmpopts.IgnoreFields(validate.Problem{}, "Message", "MessageZH", "MessageEN")
}

// SortProblems returns a go-cmp option that compares lists of
// validate.Problem as sets, ordered by path, rule, severity and message,
// so a test can write the problems it expects in any order.
func SortProblems() cmp.Option {
	return cmpopts.SortSlices(func(a, b validate.Problem) bool {
		switch {
		case a.Path != b.Path:
			return a.Path < b.Path
		case a.Rule != b.Rule:
			return a.Rule < b.Rule
		case a.Severity != b.Severity:
			return a.Severity < b.Severity
		}
		return strings.Compare(a.Message, b.Message) < 0
	})
}

// IgnoreWarnings returns a go-cmp option that leaves problems of severity
// warning out of the comparison, for tests about errors only: provincial
// rules add warnings (documents to prepare) that a test of something else
// should not have to list.
func IgnoreWarnings() cmp.Option {
	return cmpopts.IgnoreSliceElements(func(p validate.Problem) bool {
		return p.Severity == validate.SeverityWarning
	})
}

// ReportOptions returns the options most report tests want together:
// [IgnoreMessages] and [SortProblems].
func ReportOptions() cmp.Option {
	return cmp.Options{IgnoreMessages(), SortProblems()}
}
