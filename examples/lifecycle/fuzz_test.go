package main

import (
	"bytes"
	"strings"
	"testing"
)

// FuzzRun feeds any text to the program as a scenario on stdin: it never
// panics, exits 0 or 2, writes errors only to stderr, and a scenario it
// accepts prints one "end:" line per order.
func FuzzRun(f *testing.F) {
	f.Add(string(sampleScenario))
	f.Add("order X claim 2026-01-05T09:00:00+08:00\n2026-01-05T10:00:00+08:00 submit a\n")
	f.Add("order X cancel-access 2026-01-05T09:00:00Z\n2026-01-04T10:00:00Z tick t\n2026-03-05T10:00:00Z tick t\n")
	f.Add("order\n")
	f.Add("2026-01-05T10:00:00Z submit me\n")
	f.Fuzz(func(t *testing.T, in string) {
		var out, errOut bytes.Buffer
		code := run([]string{"-diagram=false", "-"}, strings.NewReader(in), &out, &errOut)
		switch code {
		case 0:
			sc, err := parseScenario(strings.NewReader(in))
			if err != nil {
				t.Fatalf("exit 0 but parseScenario fails: %v", err)
			}
			if got := strings.Count(out.String(), "\n  end: "); got != len(sc) {
				t.Fatalf("%d orders but %d end lines:\n%s", len(sc), got, out.String())
			}
			if errOut.Len() != 0 {
				t.Fatalf("exit 0 with stderr %q", errOut.String())
			}
		case 2:
			if errOut.Len() == 0 {
				t.Fatal("exit 2 without a message on stderr")
			}
		default:
			t.Fatalf("exit %d", code)
		}
	})
}
