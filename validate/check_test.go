package validate_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/order"
	"github.com/beian-go/beian/validate"
)

// TestConcurrentChecks shares one Validator between goroutines (run with -race).
func TestConcurrentChecks(t *testing.T) {
	v := validate.New(validate.At(refTime))
	clean, bad := cleanApp(t), loadSample(t, "sample-application-mistakes.json")
	wantClean, wantBad := v.Check(context.Background(), clean), v.Check(context.Background(), bad)
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := range 8 {
		wg.Go(func() {
			for range 20 {
				app, want := clean, wantClean
				if g%2 == 1 {
					app, want = bad, wantBad
				}
				got := v.Check(context.Background(), app)
				if fmt.Sprint(got) != fmt.Sprint(want) {
					errs <- "report differs under concurrency"
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestMessagesHidePersonalData makes sure no message quotes an identity number, mobile,
// email address or name from the application.
func TestMessagesHidePersonalData(t *testing.T) {
	app := loadSample(t, "sample-application-mistakes.json")
	app.Subject.Principal.Email = icp.MustParseEmail("zhaoxiaoyu@example.com")
	for _, lang := range []validate.Language{validate.Chinese, validate.English} {
		r := validate.New(validate.At(refTime), validate.WithLanguage(lang)).Check(context.Background(), app)
		if r.OK() {
			t.Fatal("the mistakes sample produced no problems")
		}
		secrets := []string{
			app.Subject.Principal.CertNumber.Reveal(), app.Subject.Principal.Mobile.Reveal(),
			app.Subject.Principal.EmergencyPhone.Reveal(), app.Subject.Principal.Email.Reveal(),
			app.Subject.Principal.Name.Reveal(),
		}
		for _, p := range r.Problems {
			for _, s := range secrets {
				for _, m := range []string{p.Message, p.MessageZH, p.MessageEN} {
					if s != "" && strings.Contains(m, s) {
						t.Errorf("%s: message %q contains personal data", p.Rule, m)
					}
				}
			}
		}
	}
}

func TestNoReferenceTime(t *testing.T) {
	r := validate.New().Check(context.Background(), cleanApp(t))
	if !hasRule(r, "", "reference_time") {
		t.Errorf("no reference_time warning: %+v", r.Problems)
	}
	if r.HasErrors() {
		t.Errorf("clean sample without date has errors: %+v", r.Problems)
	}
}

func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	r := validate.New(validate.At(refTime)).Check(ctx, cleanApp(t))
	if !hasRule(r, "", "check_cancelled") || !r.HasErrors() {
		t.Errorf("cancelled check: %+v", r.Problems)
	}
}

func TestNilApplication(t *testing.T) {
	r := validate.New(validate.At(refTime)).Check(context.Background(), nil)
	if !hasRule(r, "", "invalid_input") {
		t.Errorf("nil application: %+v", r.Problems)
	}
}

func TestCheckOrder(t *testing.T) {
	mk := func(typ order.Type, modify func(a *icp.Application)) *order.Order {
		o, err := order.New("o1", typ, refTime)
		if err != nil {
			t.Fatal(err)
		}
		o.Application = *cleanApp(t)
		if modify != nil {
			modify(&o.Application)
		}
		return o
	}
	v := validate.New(validate.At(refTime))
	tests := []struct {
		name  string
		o     *order.Order
		facts validate.OrderFacts
		path  string
		rule  string
		want  bool
	}{
		// 新增网站 without the subject number.
		{"new website without subject number", mk(order.NewWebsite, nil), validate.OrderFacts{}, "subject.number", "subject_number_required", true},
		// With it, no problem.
		{"new website with subject number", mk(order.NewWebsite, func(a *icp.Application) { a.Subject.Number = "京ICP备12345678号" }), validate.OrderFacts{}, "subject.number", "subject_number_required", false},
		// The subject number from another province.
		{"subject number province", mk(order.NewWebsite, func(a *icp.Application) { a.Subject.Number = "沪ICP备12345678号" }), validate.OrderFacts{}, "subject.number", "subject_number_province", true},
		// 新增接入 needs each service's number.
		{"new access without service number", mk(order.NewAccess, func(a *icp.Application) { a.Subject.Number = "京ICP备12345678号" }), validate.OrderFacts{}, "websites[0].number", "service_number_required", true},
		// A service number under another subject.
		{"service under other subject", mk(order.NewAccess, func(a *icp.Application) {
			a.Subject.Number = "京ICP备12345678号"
			a.Websites[0].Number = "京ICP备87654321号-1"
		}), validate.OrderFacts{}, "websites[0].number", "service_number_subject", true},
		// Adding while changing.
		{"add while change", mk(order.NewWebsite, func(a *icp.Application) { a.Subject.Number = "京ICP备12345678号" }), validate.OrderFacts{ChangesApprovedData: true}, "", "add_while_change", true},
		// A shell subject in Beijing may add directly.
		{"shell in Beijing", mk(order.NewWebsite, func(a *icp.Application) { a.Subject.Number = "京ICP备12345678号" }), validate.OrderFacts{ShellSubject: true}, "subject.number", "shell_subject", false},
		// Not in Hebei.
		{"shell in Hebei", mk(order.NewApp, func(a *icp.Application) {
			a.Subject.Number = "冀ICP备12345678号"
			a.Subject.Province = 13
		}), validate.OrderFacts{ShellSubject: true}, "subject.number", "shell_subject", true},
		// A first filing has no numbers yet.
		{"first filing with number", mk(order.FirstFiling, func(a *icp.Application) { a.Subject.Number = "京ICP备12345678号" }), validate.OrderFacts{}, "subject.number", "new_service_has_number", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := v.CheckOrder(context.Background(), tt.o, tt.facts)
			if got := hasRule(r, tt.path, tt.rule); got != tt.want {
				t.Errorf("%s at %q: got %v, want %v; %v", tt.rule, tt.path, got, tt.want, rulesAt(r, tt.path))
			}
		})
	}
	if r := v.CheckOrder(context.Background(), nil, validate.OrderFacts{}); !r.HasErrors() {
		t.Error("nil order passed")
	}
}

func TestCheckJSONInputErrors(t *testing.T) {
	v := validate.New(validate.At(refTime))
	tests := []struct {
		in          string
		line, col   int
		isNotObject bool
	}{
		{"{\n  \"subject\": {,}\n}", 2, 15, false}, // stray comma
		{"[1, 2]", 1, 1, true},                     // an array, not an object
		{"{\"subject\": {}", 1, 15, false},         // cut short
		{"{} {}", 1, 4, false},                     // trailing data
	}
	for _, tt := range tests {
		_, app, err := v.CheckJSON(context.Background(), []byte(tt.in))
		var ie *validate.InputError
		if !asInputError(err, &ie) || app != nil {
			t.Errorf("%q: err %v, app %v", tt.in, err, app)
			continue
		}
		if ie.Line != tt.line || ie.Column != tt.col {
			t.Errorf("%q: at %d:%d, want %d:%d (%v)", tt.in, ie.Line, ie.Column, tt.line, tt.col, err)
		}
		if isNotObject := ie.Err == validate.ErrNotObject; isNotObject != tt.isNotObject {
			t.Errorf("%q: sentinel %v", tt.in, ie.Err)
		}
	}
}

func asInputError(err error, ie **validate.InputError) bool {
	e, ok := err.(*validate.InputError)
	*ie = e
	return ok
}

// TestCheckJSONFieldCase: like encoding/json, the lenient decoder matches field names
// without regard to case, so one bad value does not turn a whole object into an unknown field.
func TestCheckJSONFieldCase(t *testing.T) {
	in := `{"Subject": {"nature": "individual", "Principal": {"mobile": "123"}}}`
	r, app, err := validate.New(validate.At(refTime)).CheckJSON(context.Background(), []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if app.Subject.Nature.String() != "individual" || !hasRule(r, "subject.principal.mobile", "cn_mobile") {
		t.Errorf("nature %v; problems %+v", app.Subject.Nature, r.Problems)
	}
	if hasRule(r, "Subject", "json_unknown_field") {
		t.Error("Subject reported as unknown")
	}
}

func TestCheckOrderJSON(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "sample-application.json"))
	if err != nil {
		t.Fatal(err)
	}
	v := validate.New(validate.At(refTime))
	r, _, err := v.CheckOrderJSON(context.Background(), data, order.NewWebsite, validate.OrderFacts{ChangesApprovedData: true})
	if err != nil {
		t.Fatal(err)
	}
	if !hasRule(r, "subject.number", "subject_number_required") || !hasRule(r, "", "add_while_change") {
		t.Errorf("order rules missing: %+v", r.Problems)
	}
}

// cancelAfter is a context whose Err reports cancellation from its n+1st call on, to
// cancel a check at every point where it looks.
type cancelAfter struct {
	context.Context
	n, calls atomic.Int32
}

func (c *cancelAfter) Err() error {
	if c.calls.Add(1) > c.n.Load() {
		return context.Canceled
	}
	return nil
}

// TestCancelledAtEveryStep cancels CheckOrder and CheckOrderJSON at each point where they
// look at the context: every report either has the order rule the application breaks or
// says the check was cancelled; none looks complete without being so.
func TestCancelledAtEveryStep(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "sample-application.json"))
	if err != nil {
		t.Fatal(err)
	}
	v := validate.New(validate.At(refTime))
	o, err := order.New("o1", order.NewWebsite, refTime)
	if err != nil {
		t.Fatal(err)
	}
	o.Application = *cleanApp(t)
	for n := range int32(20) {
		for _, run := range []struct {
			name  string
			check func(ctx context.Context) validate.Report
		}{
			{"CheckOrder", func(ctx context.Context) validate.Report {
				return v.CheckOrder(ctx, o, validate.OrderFacts{})
			}},
			{"CheckOrderJSON", func(ctx context.Context) validate.Report {
				r, _, _ := v.CheckOrderJSON(ctx, data, order.NewWebsite, validate.OrderFacts{})
				return r
			}},
		} {
			ctx := &cancelAfter{Context: context.Background()}
			ctx.n.Store(n)
			r := run.check(ctx)
			if !hasRule(r, "subject.number", "subject_number_required") && !hasRule(r, "", "check_cancelled") {
				t.Errorf("%s cancelled after %d looks: neither the order rule nor check_cancelled in %+v", run.name, n, r.Problems)
			}
		}
	}
}
