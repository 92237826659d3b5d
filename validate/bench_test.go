package validate_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/go-playground/validator/v10"

	"github.com/beian-go/beian/validate"
)

// The application of the benchmarks: the clean sample has 1 subject, 2 websites and 1 APP.
// Plain validator.Struct on the same data (with only our tags registered) is the baseline.

func BenchmarkCheckClean(b *testing.B) {
	v := validate.New(validate.At(refTime))
	app := cleanApp(b)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if r := v.Check(ctx, app); r.HasErrors() {
			b.Fatal(r.Problems)
		}
	}
}

func BenchmarkCheckFailing(b *testing.B) {
	v := validate.New(validate.At(refTime))
	app := loadSample(b, "sample-application-mistakes.json")
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if r := v.Check(ctx, app); !r.HasErrors() {
			b.Fatal("no errors")
		}
	}
}

func BenchmarkPlainValidatorStructClean(b *testing.B) {
	v := validator.New(validator.WithRequiredStructEnabled())
	if err := validate.Register(v); err != nil {
		b.Fatal(err)
	}
	app := cleanApp(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := v.Struct(app); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPlainValidatorStructFailing(b *testing.B) {
	v := validator.New(validator.WithRequiredStructEnabled())
	if err := validate.Register(v); err != nil {
		b.Fatal(err)
	}
	app := loadSample(b, "sample-application-mistakes.json")
	b.ReportAllocs()
	for b.Loop() {
		if err := v.Struct(app); err == nil {
			b.Fatal("no error")
		}
	}
}

// BenchmarkValidatorWalkClean is the floor under Check's field pass: validator walking the
// clean application with our tags and the built-ins New replaces or calls slow (url,
// hexadecimal, printascii) all made no-ops, so what remains is validator's own traversal and
// its remaining built-ins (required, max, unique, dive, required_unless …). Check cannot be
// faster than this while validator evaluates the tags.
func BenchmarkValidatorWalkClean(b *testing.B) {
	v := validator.New(validator.WithRequiredStructEnabled())
	pass := func(validator.FieldLevel) bool { return true }
	for _, tag := range append(validate.Tags(), "url", "hexadecimal", "printascii") {
		if err := v.RegisterValidation(tag, pass); err != nil {
			b.Fatal(err)
		}
	}
	app := cleanApp(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := v.Struct(*app); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCheckJSONClean(b *testing.B) {
	v := validate.New(validate.At(refTime))
	data, err := os.ReadFile(filepath.Join("testdata", "sample-application.json"))
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, _, err := v.CheckJSON(ctx, data); err != nil {
			b.Fatal(err)
		}
	}
}
