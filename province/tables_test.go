package province_test

import (
	"bytes"
	"os"
	"testing"

	"github.com/beian-go/beian/province/internal/gen"
)

// TestTablesUpToDate fails when tables.go no longer matches what the generator makes of the data
// files; run go generate ./province to fix it.
func TestTablesUpToDate(t *testing.T) {
	provinces, err := os.ReadFile("provinces.tsv")
	if err != nil {
		t.Fatal(err)
	}
	rules, err := os.ReadFile("rules.tsv")
	if err != nil {
		t.Fatal(err)
	}
	want, err := gen.Render(provinces, rules)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("tables.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("tables.go is stale: run go generate ./province")
	}
}

// TestGeneratorRejectsBadData checks that malformed data rows stop the generator.
func TestGeneratorRejectsBadData(t *testing.T) {
	good := "11\tBeijing\t北京市\t北京\t京\t京\tBeijing\t-\t-\tnorth\t2\n"
	rule := "Beijing\t-\t-\tunit\tprincipal-any\t0\tyes\tTC\tnote\n"
	tests := []struct {
		name             string
		provinces, rules string
	}{
		{"too few fields", "11\tBeijing\n", rule},
		{"two-rune icp", "11\tBeijing\t北京市\t北京\t京京\t京\tBeijing\t-\t-\tnorth\t2\n", rule},
		{"bit not a power of two", "11\tBeijing\t北京市\t北京\t京\t京\tBeijing\t-\t-\tnorth\t3\n", rule},
		{"codes out of order", good + "11\tBeijing\t北京市\t北京\t京\t京\tBeijing\t-\t-\tnorth\t2\n", rule},
		{"ps without icp char", "11\tBeijing\t北京市\t北京\t京\t沪\tBeijing\t-\t-\tnorth\t2\n", rule},
		{"unknown rule province", good, "Atlantis\t-\t-\tunit\tprincipal-any\t0\tyes\tTC\tnote\n"},
		{"bad date", good, "Beijing\t2021-13-01\t-\tunit\tprincipal-any\t0\tyes\tTC\tnote\n"},
		{"bad subject", good, "Beijing\t-\t-\tpeople\tprincipal-any\t0\tyes\tTC\tnote\n"},
		{"bad default", good, "Beijing\t-\t-\tunit\tprincipal-any\t0\tmaybe\tTC\tnote\n"},
		{"stray space", good, "Beijing \t-\t-\tunit\tprincipal-any\t0\tyes\tTC\tnote\n"},
	}
	for _, tt := range tests {
		if _, err := gen.Render([]byte(tt.provinces), []byte(tt.rules)); err == nil {
			t.Errorf("%s: Render accepted bad data", tt.name)
		}
	}
	if _, err := gen.Render([]byte(good), []byte(rule)); err != nil {
		t.Errorf("Render rejected good data: %v", err)
	}
}
