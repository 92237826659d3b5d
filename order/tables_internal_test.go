package order

import (
	"strings"
	"testing"
)

// TestProviderLabelTable checks the vocabulary table as a whole: every provider has words,
// words are trimmed and unique per provider, and each maps to a defined status.
func TestProviderLabelTable(t *testing.T) {
	if len(providerLabels) != int(providerEnd) {
		t.Errorf("providerLabels has %d rows for %d providers", len(providerLabels), providerEnd-1)
	}
	for p := range Providers() {
		seen := map[string]bool{}
		if len(providerLabels[p]) == 0 {
			t.Errorf("%v has no status words", p)
		}
		for _, l := range providerLabels[p] {
			if l.label == "" || strings.TrimSpace(l.label) != l.label {
				t.Errorf("%v: untrimmed or empty word %q", p, l.label)
			}
			if seen[l.label] {
				t.Errorf("%v: word %q listed twice", p, l.label)
			}
			seen[l.label] = true
			if !l.status.IsValid() {
				t.Errorf("%v: word %q maps to %v", p, l.label, l.status)
			}
		}
	}
	if len(huaweiLabels) != int(statusEnd) || len(requirements) != int(typeEnd) {
		t.Errorf("huaweiLabels or requirements do not cover every value")
	}
}
