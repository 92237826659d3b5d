package ordertest_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/icp/icptest"
	"github.com/beian-go/beian/order"
	"github.com/beian-go/beian/order/ordertest"
	"github.com/beian-go/beian/validate"
)

// shortest returns the length of the shortest event path by iterative
// deepening over order.Available: an oracle independent of Path's search.
func shortest(t order.Type, from, to order.Status, limit int) int {
	frontier := map[order.Status]bool{from: true}
	for depth := 0; depth <= limit; depth++ {
		if frontier[to] {
			return depth
		}
		next := map[order.Status]bool{}
		for s := range frontier {
			for e := range order.Available(t, s) {
				if n, err := order.Next(t, s, e); err == nil {
					next[n] = true
				}
			}
		}
		frontier = next
	}
	return -1
}

// TestPath: for every type and pair of statuses, Path finds a legal path of
// the shortest length exactly when one exists.
func TestPath(t *testing.T) {
	for typ := range order.Types() {
		for from := range order.Statuses() {
			for to := range order.Statuses() {
				path, ok := ordertest.Path(typ, from, to)
				want := shortest(typ, from, to, 20)
				if ok != (want >= 0) || (ok && len(path) != want) {
					t.Fatalf("%v %v→%v: path %v (ok %v), shortest %d", typ, from, to, path, ok, want)
				}
				s := from
				for _, e := range path {
					n, err := order.Next(typ, s, e)
					if err != nil {
						t.Fatalf("%v %v→%v: illegal step %v from %v: %v", typ, from, to, e, s, err)
					}
					s = n
				}
				if ok && s != to {
					t.Fatalf("%v %v→%v: path ends in %v", typ, from, to, s)
				}
			}
		}
	}
	if _, ok := ordertest.Path(0, order.Draft, order.Approved); ok {
		t.Error("the zero type has a path")
	}
}

// TestDriveTo: orders reach every reachable status with a history as long
// as the path; unreachable statuses and times in the past change nothing.
func TestDriveTo(t *testing.T) {
	at := icptest.Reference().Add(time.Hour)
	for typ := range order.Types() {
		for s := range order.Statuses() {
			o := ordertest.Order(typ)
			err := ordertest.DriveTo(o, s, at)
			path, ok := ordertest.Path(typ, order.Draft, s)
			if !ok {
				var ue *ordertest.UnreachableError
				if !errors.Is(err, ordertest.ErrUnreachable) || !errors.As(err, &ue) || ue.To != s || ue.Type != typ {
					t.Fatalf("%v → %v: error %v, want ErrUnreachable", typ, s, err)
				}
				if o.Status() != order.Draft || len(o.History()) != 0 {
					t.Fatalf("%v → %v: order moved to %v although unreachable", typ, s, o.Status())
				}
				continue
			}
			if err != nil || o.Status() != s || len(o.History()) != len(path) {
				t.Fatalf("%v → %v: err %v, status %v, %d entries for a %d-step path", typ, s, err, o.Status(), len(o.History()), len(path))
			}
		}
	}
	o := ordertest.Order(order.FirstFiling, ordertest.InStatus(order.ProviderReview))
	err := ordertest.DriveTo(o, order.Approved, icptest.Reference().Add(-time.Hour))
	if !errors.Is(err, order.ErrTimeWentBack) || o.Status() != order.ProviderReview {
		t.Errorf("time going back: err %v, status %v", err, o.Status())
	}
}

// TestOrderValid: the built order of every type passes CheckOrder with no
// errors, for several seeds.
func TestOrderValid(t *testing.T) {
	v := validate.New(validate.At(icptest.Reference()))
	for seed := range uint64(10) {
		for typ := range order.Types() {
			o := ordertest.Order(typ, ordertest.Seed(seed))
			rep := v.CheckOrder(context.Background(), o, validate.OrderFacts{})
			for _, p := range rep.Problems {
				if p.Severity == validate.SeverityError {
					t.Fatalf("seed %d, %v: %s %s: %s", seed, typ, p.Path, p.Rule, p.MessageEN)
				}
			}
		}
	}
}

// TestOrderOptions: ID, creation time, status and application options are
// honoured.
func TestOrderOptions(t *testing.T) {
	created := time.Date(2025, time.March, 3, 9, 0, 0, 0, time.UTC)
	o := ordertest.Order(order.NewWebsite, ordertest.WithID("o-42"), ordertest.CreatedAt(created),
		ordertest.InStatus(order.BureauReview), ordertest.AppOptions(icptest.Websites(2)))
	if o.ID() != "o-42" || !o.Created().Equal(created) || o.Status() != order.BureauReview || len(o.Application.Websites) != 2 {
		t.Fatalf("order %v created %v with %d websites", o, o.Created(), len(o.Application.Websites))
	}
	if o.Application.Subject.Number == "" || o.Application.Websites[0].Number != "" {
		t.Errorf("新增网站: subject number %q, website number %q", o.Application.Subject.Number, o.Application.Websites[0].Number)
	}
	if diff := cmp.Diff(*icptest.Application(), ordertest.Order(order.FirstFiling).Application, icptest.CmpOptions()); diff != "" {
		t.Errorf("default first filing does not carry icptest.Application (-want +got):\n%s", diff)
	}
	app := icptest.Application(icptest.Individual())
	o = ordertest.Order(order.FirstFiling, ordertest.WithApplication(app))
	o.Application.Websites[0].Name = "changed"
	if app.Websites[0].Name == "changed" || o.Application.Subject.Nature != icp.NatureIndividual {
		t.Error("WithApplication shares the websites slice or ignores the application")
	}
	// The lists inside websites and APPs are the order's own too.
	app = icptest.Application(icptest.Websites(1), icptest.Apps(1))
	want := icptest.Application(icptest.Websites(1), icptest.Apps(1))
	o = ordertest.Order(order.FirstFiling, ordertest.WithApplication(app))
	w, a := &o.Application.Websites[0], &o.Application.Apps[0]
	w.Domains[0], w.HomeURLs[0], w.Languages[0] = icp.Domain{}, "changed", 0
	a.Domains[0], a.Platforms[0].PackageName = icp.Domain{}, "changed"
	if diff := cmp.Diff(want, app, icptest.CmpOptions()); diff != "" {
		t.Errorf("editing the order's application changed the caller's (-want +got):\n%s", diff)
	}
}

// TestOrderPanics: impossible requests are mistakes in the test.
func TestOrderPanics(t *testing.T) {
	tests := []struct {
		name string
		f    func()
	}{
		// No such filing type.
		{"type", func() { ordertest.Order(0) }},
		// A claim never goes to the bureau.
		{"status", func() { ordertest.Order(order.Claim, ordertest.InStatus(order.BureauReview)) }},
	}
	for _, tc := range tests {
		func() {
			defer func() {
				if r, ok := recover().(string); !ok || len(r) < 10 || r[:10] != "ordertest:" {
					t.Errorf("%s: recovered %v, want an ordertest panic", tc.name, r)
				}
			}()
			tc.f()
		}()
	}
}
