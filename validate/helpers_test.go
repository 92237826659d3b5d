package validate_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/validate"
)

// refTime is the reference time of most tests: 2026-01-31 noon in China.
var refTime = time.Date(2026, 1, 31, 12, 0, 0, 0, time.FixedZone("CST", 8*3600))

// loadSample decodes one of the sample applications (copies of icp/testdata).
func loadSample(t testing.TB, name string) *icp.Application {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	var app icp.Application
	if err := json.Unmarshal(b, &app); err != nil {
		t.Fatal(err)
	}
	return &app
}

// cleanApp returns a fresh copy of the clean sample to modify.
func cleanApp(t testing.TB) *icp.Application { return loadSample(t, "sample-application.json") }

// rulesAt returns the rule codes reported at path.
func rulesAt(r validate.Report, path string) []string {
	var out []string
	for _, p := range r.Problems {
		if p.Path == path {
			out = append(out, p.Rule)
		}
	}
	return out
}

// hasRule reports whether the report has rule at path.
func hasRule(r validate.Report, path, rule string) bool {
	for _, p := range r.Problems {
		if p.Path == path && p.Rule == rule {
			return true
		}
	}
	return false
}

func check(t testing.TB, at time.Time, app *icp.Application) validate.Report {
	t.Helper()
	return validate.New(validate.At(at)).Check(context.Background(), app)
}

// cleanAppForExample loads the clean sample for the examples, which have no *testing.T.
func cleanAppForExample() *icp.Application {
	b, err := os.ReadFile(filepath.Join("testdata", "sample-application.json"))
	if err != nil {
		panic(err)
	}
	var app icp.Application
	if err := json.Unmarshal(b, &app); err != nil {
		panic(err)
	}
	return &app
}
