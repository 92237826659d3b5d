// Package validatetest helps downstream tests compare the reports of package
// validate with go-cmp.
//
// A test about one rule usually wants to pin the path, the rule code, the
// severity and the rectification code of each problem, and not the wording
// of the message (which may be improved, and differs by language), the order
// of the problems, or the provincial warnings that a test of something else
// should not have to list. [ReportOptions], [IgnoreMessages],
// [SortProblems] and [IgnoreWarnings] say exactly that.
//
// For synthetic applications to check, see package icp/icptest; for the
// identifier types inside reports' applications, icptest.CmpOptions.
package validatetest

import (
	"strings"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/beian-go/beian/validate"
)

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
