package validate_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/beian-go/beian/validate"
)

// FuzzCheckJSON feeds arbitrary bytes to the lenient decoder and checks its properties: no
// panic; an error is always an *InputError with a sentinel and a position, and comes with no
// application; otherwise the same input gives the same report again, no path and rule appear
// twice, and every problem has a rule and messages in both languages.
func FuzzCheckJSON(f *testing.F) {
	for _, name := range []string{"sample-application.json", "sample-application-mistakes.json", "bad-values.json"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"subject":{"principal":{"mobile":12}}}`))
	f.Add([]byte(`{"websites":[{"domains":[1,"a.cn",null]}]}`))
	f.Add([]byte(`[`))
	v := validate.New(validate.At(refTime))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, app, err := v.CheckJSON(context.Background(), data)
		if err != nil {
			var ie *validate.InputError
			if !errors.As(err, &ie) || app != nil || ie.Line < 1 || ie.Column < 1 {
				t.Fatalf("bad error %v (app %v)", err, app)
			}
			if !errors.Is(err, validate.ErrMalformedJSON) && !errors.Is(err, validate.ErrNotObject) {
				t.Fatalf("error without sentinel: %v", err)
			}
			return
		}
		if app == nil {
			t.Fatal("no application without an error")
		}
		if again, _, _ := v.CheckJSON(context.Background(), data); !reflect.DeepEqual(again, r) {
			t.Fatalf("two runs differ:\n%+v\n%+v", r.Problems, again.Problems)
		}
		for i, p := range r.Problems {
			if p.Rule == "" || p.MessageZH == "" || p.MessageEN == "" || p.Message != p.MessageZH {
				t.Fatalf("incomplete problem %+v", p)
			}
			if i > 0 && r.Problems[i-1].Path == p.Path && r.Problems[i-1].Rule == p.Rule {
				t.Fatalf("duplicate problem %+v", p)
			}
		}
	})
}
