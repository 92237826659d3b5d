package order_test

import (
	"errors"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/beian-go/beian/order"
)

// snapshot is everything observable about an order.
type snapshot struct {
	Status  order.Status
	Updated time.Time
	History []order.Entry
}

func snap(o *order.Order) snapshot {
	return snapshot{o.Status(), o.Updated(), o.History()}
}

// checkHistory asserts the history invariants: it starts in draft, each entry's From is the
// previous To, each entry is a row of the table, times never decrease and start no earlier
// than creation, and the last To is the current status.
func checkHistory(t *testing.T, o *order.Order) {
	t.Helper()
	prev, last := order.Draft, o.Created()
	for i, e := range o.History() {
		if e.From != prev {
			t.Fatalf("%v: entry %d starts in %v after %v", o, i, e.From, prev)
		}
		if to, err := order.Next(o.Type(), e.From, e.Event); err != nil || to != e.To {
			t.Fatalf("%v: entry %d %+v is not a row of the table (%v, %v)", o, i, e, to, err)
		}
		if e.At.Before(last) {
			t.Fatalf("%v: entry %d at %v is before %v", o, i, e.At, last)
		}
		prev, last = e.To, e.At
	}
	if o.Status() != prev || !o.Updated().Equal(last) {
		t.Fatalf("%v: status %v updated %v; history ends in %v at %v", o, o.Status(), o.Updated(), prev, last)
	}
}

// TestRandomEventSequences applies long random event sequences, with random (sometimes
// backwards) clocks, to orders of every type. A legal, timely event must succeed and append
// exactly one entry; any other must fail with the right sentinel and change nothing. The seed
// is fixed so a failure reproduces.
func TestRandomEventSequences(t *testing.T) {
	r := rand.New(rand.NewPCG(20260302, 1))
	events := []order.Event{0, order.Event(99)}
	for e := range order.Events() {
		events = append(events, e)
	}
	applied, refused := 0, 0
	for n := range 400 {
		ty := order.Type(1 + r.IntN(int(order.TypeEnd)-1))
		o, err := order.New("random", ty, t0)
		if err != nil {
			t.Fatal(err)
		}
		now := t0
		for range 200 {
			// Mostly legal events, rarely the ones that end the order, so orders travel far;
			// sometimes anything at all.
			e := events[r.IntN(len(events))]
			legalNow := slices.Collect(o.Available())
			if r.IntN(20) != 0 {
				legalNow = slices.DeleteFunc(legalNow, func(e order.Event) bool { return e == order.Abandon || e == order.Expire })
			}
			if len(legalNow) > 0 && r.IntN(4) != 0 {
				e = legalNow[r.IntN(len(legalNow))]
			}
			at := now.Add(time.Duration(r.IntN(72*60)-6*60) * time.Minute) // −6 h … +66 h
			before := snap(o)
			legal := order.Can(ty, o.Status(), e)
			err := o.Apply(e, at, order.By("random"))
			switch {
			case legal && !at.Before(before.Updated):
				if err != nil {
					t.Fatalf("order %d: legal Apply(%v at %v) failed: %v", n, e, at, err)
				}
				if len(o.History()) != len(before.History)+1 {
					t.Fatalf("order %d: Apply appended %d entries", n, len(o.History())-len(before.History))
				}
				now = at
				applied++
			default:
				want := order.ErrIllegalTransition
				if legal {
					want = order.ErrTimeWentBack
				}
				if !errors.Is(err, want) {
					t.Fatalf("order %d: Apply(%v at %v) in %v = %v; want %v", n, e, at, before.Status, err, want)
				}
				if diff := cmp.Diff(before, snap(o)); diff != "" {
					t.Fatalf("order %d: failed Apply changed the order (-before +after):\n%s", n, diff)
				}
				refused++
			}
			if o.Status().IsTerminal() && r.IntN(4) == 0 {
				break
			}
		}
		checkHistory(t, o)
		// The history replays into the same order.
		back, err := order.Restore(o.ID(), o.Type(), o.Created(), o.History())
		if err != nil {
			t.Fatalf("order %d: Restore: %v", n, err)
		}
		if diff := cmp.Diff(snap(o), snap(back)); diff != "" {
			t.Fatalf("order %d: Restore differs (-orig +restored):\n%s", n, diff)
		}
	}
	// The walk must exercise both outcomes, or it proves nothing.
	t.Logf("%d applied, %d refused", applied, refused)
	if applied < 1000 || refused < 1000 {
		t.Errorf("only %d applied and %d refused events", applied, refused)
	}
}
