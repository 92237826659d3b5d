package validate_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/beian-go/beian/validate"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// TestGolden checks the sample applications end to end (JSON in, whole report out) against
// golden files; run with -update to rewrite them after a deliberate change.
func TestGolden(t *testing.T) {
	v := validate.New(validate.At(refTime))
	for _, name := range []string{"sample-application", "sample-application-mistakes", "bad-values"} {
		t.Run(name, func(t *testing.T) {
			in, err := os.ReadFile(filepath.Join("testdata", name+".json"))
			if err != nil {
				t.Fatal(err)
			}
			r, _, err := v.CheckJSON(context.Background(), in)
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(r, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", name+".golden.json")
			if *update {
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			var wantR validate.Report
			if err := json.Unmarshal(want, &wantR); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(wantR, r); diff != "" {
				t.Errorf("report mismatch (-want +got):\n%s", diff)
			}
			if !bytes.Equal(bytes.TrimSpace(want), bytes.TrimSpace(got)) {
				t.Errorf("golden bytes differ; run go test -update")
			}
		})
	}
}

// TestSamplesMatchICP keeps the copies in testdata identical to icp's samples.
func TestSamplesMatchICP(t *testing.T) {
	for _, name := range []string{"sample-application.json", "sample-application-mistakes.json"} {
		ours, err1 := os.ReadFile(filepath.Join("testdata", name))
		theirs, err2 := os.ReadFile(filepath.Join("..", "icp", "testdata", name))
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if !bytes.Equal(ours, theirs) {
			t.Errorf("testdata/%s differs from icp/testdata/%s; copy it again", name, name)
		}
	}
}
