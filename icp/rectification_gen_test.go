package icp_test

import (
	"bytes"
	"os"
	"testing"

	"github.com/beian-go/beian/icp/internal/noticegen"
)

// TestNoticeTablesGenerated regenerates the catalogue sources from
// notices.tsv and fails when the checked-in files are stale.
func TestNoticeTablesGenerated(t *testing.T) {
	data, err := os.ReadFile("notices.tsv")
	if err != nil {
		t.Fatal(err)
	}
	codes, table, err := noticegen.Generate(data)
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string][]byte{"rectification_codes.go": codes, "rectification_table.go": table} {
		got, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is stale: run go generate ./icp", name)
		}
		if !bytes.HasPrefix(got, []byte(noticegen.Header+"\n")) {
			t.Errorf("%s lacks the generated-code header", name)
		}
	}
}

// TestNoticeDataRejected checks that the generator refuses broken data.
func TestNoticeDataRejected(t *testing.T) {
	const head = "const\tcode\tcategory\tstage\tmiit\ttz\tte\tcz\tce\taz\tae\n"
	row := func(cnst, code, cat, stage, miit string) string {
		return cnst + "\t" + code + "\t" + cat + "\t" + stage + "\t" + miit + "\t标题\tTitle\t原因\tCause\t建议\tAdvice\n"
	}
	tests := []struct {
		name string
		data string
	}{
		{"no entries", head},
		{"bad code", head + row("CodeX", "Subject.X", "subject", "both", "-")},
		{"bad constant", head + row("codeX", "subject.x", "subject", "both", "-")},
		{"unknown category", head + row("CodeX", "subject.x", "nope", "both", "-")},
		{"unknown stage", head + row("CodeX", "subject.x", "subject", "later", "-")},
		{"bad MIIT code", head + row("CodeX", "subject.x", "subject", "both", "10x4")},
		{"three MIIT codes", head + row("CodeX", "subject.x", "subject", "both", "1,2,3")},
		{"duplicate", head + row("CodeX", "subject.x", "subject", "both", "-") + row("CodeY", "subject.x", "subject", "both", "-")},
		{"short row", head + "CodeX\tsubject.x\n"},
		{"empty column", head + "CodeX\tsubject.x\tsubject\tboth\t-\t\tT\tc\tC\ta\tA\n"},
	}
	for _, tt := range tests {
		if _, _, err := noticegen.Generate([]byte(tt.data)); err == nil {
			t.Errorf("%s: accepted", tt.name)
		}
	}
	if _, _, err := noticegen.Generate([]byte("# comment\n" + head + row("CodeX", "subject.x", "subject", "both", "1004"))); err != nil {
		t.Errorf("valid data rejected: %v", err)
	}
}
