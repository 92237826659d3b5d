package display_test

import (
	"encoding/json"
	"testing"

	"github.com/beian-go/beian/number"
	"github.com/beian-go/beian/number/display"
	"github.com/google/go-cmp/cmp"
)

// TestReportJSONRoundTrip checks that a report stored as JSON (as
// examples/footer -json prints it) decodes back into the same Report.
func TestReportJSONRoundTrip(t *testing.T) {
	for _, name := range []string{"modern.html", "legacy.html", "split.html", "alt-only.html", "several.html"} {
		t.Run(name, func(t *testing.T) {
			r, err := display.Audit(readPage(t, name))
			if err != nil {
				t.Fatal(err)
			}
			b, err := json.Marshal(r)
			if err != nil {
				t.Fatal(err)
			}
			var back display.Report
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatalf("Unmarshal: %v\n%s", err, b)
			}
			if diff := cmp.Diff(r, back, cmp.Comparer(func(a, b number.Number) bool { return a == b })); diff != "" {
				t.Errorf("round trip (-want +got):\n%s", diff)
			}
		})
	}
}

// TestPlatformUnmarshalText checks every platform name reads back, and
// that unknown names fail.
func TestPlatformUnmarshalText(t *testing.T) {
	for _, p := range []display.Platform{display.PlatformNone, display.PlatformMIIT, display.PlatformPublicSecurity} {
		b, _ := p.MarshalText()
		back := display.Platform(9)
		if err := back.UnmarshalText(b); err != nil || back != p {
			t.Errorf("UnmarshalText(%q) = %v, %v", b, back, err)
		}
	}
	var p display.Platform
	if err := p.UnmarshalText([]byte("MIIT")); err == nil {
		t.Errorf("UnmarshalText(MIIT) accepted: %v", p)
	}
}
