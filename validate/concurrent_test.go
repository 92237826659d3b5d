package validate_test

import (
	"context"
	"slices"
	"sync"
	"testing"

	"github.com/go-playground/locales/en"
	"github.com/go-playground/locales/zh"
	ut "github.com/go-playground/universal-translator"
	"github.com/go-playground/validator/v10"
	"github.com/google/go-cmp/cmp"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/icp/icptest"
	"github.com/beian-go/beian/province"
	"github.com/beian-go/beian/validate"
)

// TestCheckConcurrent: one Validator shared by goroutines gives every application the
// report it gives when used alone (the per-province rule lists built by New are shared and
// only read). Run with -race.
func TestCheckConcurrent(t *testing.T) {
	v := validate.New(validate.At(icptest.Reference()))
	g := icptest.New(5)
	var apps []*icp.Application
	for p := range province.All() {
		apps = append(apps, g.Application(icptest.InProvince(p), icptest.Websites(1), icptest.Apps(1)),
			g.Application(icptest.InProvince(p), icptest.Individual(), icptest.Websites(1)))
	}
	apps = append(apps, loadSample(t, "sample-application-mistakes.json"))
	ctx := context.Background()
	want := make([]validate.Report, len(apps))
	for i, app := range apps {
		want[i] = v.Check(ctx, app)
	}
	got := make([]validate.Report, len(apps))
	var wg sync.WaitGroup
	for i, app := range apps {
		wg.Go(func() { got[i] = v.Check(ctx, app) })
	}
	wg.Wait()
	for i := range apps {
		if diff := cmp.Diff(want[i], got[i]); diff != "" {
			t.Errorf("application %d: concurrent report differs (-alone +concurrent):\n%s", i, diff)
		}
	}
}

// TestRegisteredValidatorConcurrent: a user's validator with our tags and translations
// installed by Register, then shared by goroutines, gives each of them the errors and
// messages it gives alone. Run with -race.
func TestRegisteredValidatorConcurrent(t *testing.T) {
	type form struct {
		Mobile string `validate:"cn_mobile"`
		ID     string `validate:"cn_resident_id"`
		Domain string `validate:"filing_domain"`
		Prov   string `validate:"province"`
	}
	v := validator.New()
	zhLoc, enLoc := zh.New(), en.New()
	uni := ut.New(zhLoc, zhLoc, enLoc)
	zhT, _ := uni.GetTranslator("zh")
	enT, _ := uni.GetTranslator("en")
	if err := validate.Register(v, zhT, enT); err != nil {
		t.Fatal(err)
	}
	forms := []form{
		{"13800000001", "11010519491231002X", "example.cn", "京"},
		{"1380000000", "110105194912310021", "https://example.cn", "香港"},
	}
	messages := func(f form) []string {
		var out []string
		if ves, ok := v.Struct(f).(validator.ValidationErrors); ok {
			for _, fe := range ves {
				out = append(out, fe.Translate(zhT), fe.Translate(enT))
			}
		}
		return out
	}
	want := [][]string{messages(forms[0]), messages(forms[1])}
	if len(want[0]) != 0 || len(want[1]) != 8 {
		t.Fatalf("alone: %q", want)
	}
	var wg sync.WaitGroup
	bad := make(chan []string, 16)
	for g := range 16 {
		wg.Go(func() {
			for range 20 {
				if got := messages(forms[g%2]); !slices.Equal(got, want[g%2]) {
					bad <- got
					return
				}
			}
		})
	}
	wg.Wait()
	close(bad)
	for got := range bad {
		t.Errorf("concurrent messages %q differ", got)
	}
}

// TestCheckJSONConcurrent: the lenient decoding path shares nothing between calls either.
func TestCheckJSONConcurrent(t *testing.T) {
	v := validate.New(validate.At(refTime))
	inputs := [][]byte{
		[]byte(`{"subject": {"principal": {"mobile": "13800138000x", "validTo": "2036-02-30"}}, "x": [1]}`),
		[]byte(`{"Subject": {"city": "北京"}, "websites": [{"domains": ["https://a.example.cn", 1]}]}`),
	}
	want := make([]validate.Report, len(inputs))
	for i, in := range inputs {
		r, _, err := v.CheckJSON(context.Background(), in)
		if err != nil || r.OK() {
			t.Fatalf("input %d: %v, %+v", i, err, r)
		}
		want[i] = r
	}
	var wg sync.WaitGroup
	got := make([]validate.Report, 16)
	for g := range got {
		wg.Go(func() { got[g], _, _ = v.CheckJSON(context.Background(), inputs[g%2]) })
	}
	wg.Wait()
	for g := range got {
		if diff := cmp.Diff(want[g%2], got[g]); diff != "" {
			t.Errorf("goroutine %d: report differs (-alone +concurrent):\n%s", g, diff)
		}
	}
}
