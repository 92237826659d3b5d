package icp

import (
	"slices"
	"strings"
	"testing"
)

// TestMobileRangesTable checks the invariants mobileLookup relies on:
// sorted unique prefixes of three or four digits starting with 1, no
// three-digit entry that also has four-digit entries, a known carrier each.
func TestMobileRangesTable(t *testing.T) {
	prefixes := make([]string, 0, len(mobileRanges))
	for _, r := range mobileRanges {
		if (len(r.prefix) != 3 && len(r.prefix) != 4) || r.prefix[0] != '1' || strings.Trim(r.prefix, "0123456789") != "" {
			t.Errorf("bad prefix %q", r.prefix)
		}
		if !r.carrier.IsValid() {
			t.Errorf("%s: carrier %v", r.prefix, r.carrier)
		}
		prefixes = append(prefixes, r.prefix)
	}
	if !slices.IsSorted(prefixes) || len(slices.Compact(slices.Clone(prefixes))) != len(prefixes) {
		t.Error("mobile ranges are not sorted and unique")
	}
	for _, p := range prefixes {
		if len(p) == 4 && slices.Contains(prefixes, p[:3]) {
			t.Errorf("%s overlaps %s", p, p[:3])
		}
	}
	// Every entry is found by the lookup, with its own data.
	for _, r := range mobileRanges {
		num := []byte(r.prefix + "0000000")
		if got, ok := mobileLookup(num); !ok || got != r {
			t.Errorf("mobileLookup(%s) = %v, %v", num, got, ok)
		}
	}
}

// TestCategoryFirst checks that each authority's categories are contiguous
// and that categoryFirst bounds them.
func TestCategoryFirst(t *testing.T) {
	for a := AuthorityUnknown + 1; a < authorityEnd; a++ {
		if categoryFirst[a] >= categoryFirst[a+1] {
			t.Errorf("%v: empty range", a)
		}
		for c := categoryFirst[a]; c < categoryFirst[a+1]; c++ {
			if categoryTable[c].authority != a {
				t.Errorf("%v: category %v belongs to %v", a, c, categoryTable[c].authority)
			}
		}
	}
	if categoryFirst[AuthorityUnknown+1] != CategoryUnknown+1 {
		t.Error("categoryFirst does not start at the first category")
	}
}

// TestIDPartAndCodeTables checks that every part and failure code has its
// text and sentinel.
func TestIDPartAndCodeTables(t *testing.T) {
	for p := idPartNone + 1; int(p) < len(idPartNames); p++ {
		if idPartNames[p] == "" {
			t.Errorf("part %d has no name", p)
		}
	}
	if int(idPartSequence) != len(idPartNames)-1 {
		t.Error("idPartNames and the idPart constants differ in length")
	}
	for c := idOK + 1; int(c) < len(idFailErrs); c++ {
		if idFailErrs[c] == nil {
			t.Errorf("code %d has no sentinel", c)
		}
	}
	if int(idCodeTooLong) != len(idFailErrs)-1 {
		t.Error("idFailErrs and the codes differ in length")
	}
}
