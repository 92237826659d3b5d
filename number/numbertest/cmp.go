package numbertest

import (
	"github.com/google/go-cmp/cmp"

	"github.com/beian-go/beian/number"
)

// CmpOptions returns the go-cmp options for comparing values that hold
// [number.Number] fields: numbers are equal when == says so, that is when
// their canonical texts are equal, and diffs show that text. Without them
// cmp.Diff panics on the unexported fields of Number.
func CmpOptions() cmp.Option {
	return cmp.Comparer(func(a, b number.Number) bool { return a == b })
}
