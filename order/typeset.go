package order

import (
	"iter"
	"math/bits"
	"strings"
)

// TypeSet is a set of filing types, the guard of a [Transition]. Bit t is set when type t is
// in the set; the zero value is the empty set.
type TypeSet uint16

// Named sets of filing types.
const (
	// AllTypes holds every defined filing type.
	AllTypes TypeSet = (1<<typeEnd - 1) &^ 1
	// Additions are the types that file something new: [FirstFiling], [NewWebsite],
	// [NewWebsiteElsewhere], [NewAccess] and [NewApp].
	Additions TypeSet = 1<<FirstFiling | 1<<NewWebsite | 1<<NewWebsiteElsewhere |
		1<<NewAccess | 1<<NewApp
	// Changes are [ChangeSubject], [ChangeWebsite] and [ChangeApp].
	Changes TypeSet = 1<<ChangeSubject | 1<<ChangeWebsite | 1<<ChangeApp
	// Cancellations are the types that remove something: [CancelSubject], [CancelWebsite],
	// [CancelApp] and [CancelAccess]. None of them can be withdrawn.
	Cancellations TypeSet = 1<<CancelSubject | 1<<CancelWebsite | 1<<CancelApp | 1<<CancelAccess
)

// TypesOf returns the set holding the given types; undefined types are ignored.
func TypesOf(types ...Type) TypeSet {
	var s TypeSet
	for _, t := range types {
		if t.IsValid() {
			s |= 1 << t
		}
	}
	return s
}

// Has reports whether t is in s.
func (s TypeSet) Has(t Type) bool { return t.IsValid() && s&(1<<t) != 0 }

// Len returns the number of defined types in s.
func (s TypeSet) Len() int { return bits.OnesCount16(uint16(s & AllTypes)) }

// All yields the defined types in s in increasing order.
func (s TypeSet) All() iter.Seq[Type] {
	return func(yield func(Type) bool) {
		for t := range Types() {
			if s.Has(t) && !yield(t) {
				return
			}
		}
	}
}

// String returns the ASCII names of the types in s joined by "|", "all" for [AllTypes] and
// "none" for the empty set.
func (s TypeSet) String() string {
	switch s & AllTypes {
	case AllTypes:
		return "all"
	case 0:
		return "none"
	}
	var b strings.Builder
	for t := range s.All() {
		if b.Len() > 0 {
			b.WriteByte('|')
		}
		b.WriteString(t.String())
	}
	return b.String()
}
