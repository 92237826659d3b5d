package ordertest

import (
	"errors"
	"fmt"
	"time"

	"github.com/beian-go/beian/order"
)

// ErrUnreachable is matched by an [*UnreachableError]: the transition table
// has no path from the order's status to the one asked for.
var ErrUnreachable = errors.New("ordertest: status unreachable")

// UnreachableError reports that an order of filing type Type cannot get from
// status From to status To: To is terminal-only for other types (a claim
// never reaches the bureau), or From is terminal.
type UnreachableError struct {
	Type     order.Type
	From, To order.Status
}

// Error names the type and both statuses.
func (e *UnreachableError) Error() string {
	return fmt.Sprintf("ordertest: no path for a %v order from %v to %v", e.Type, e.From, e.To)
}

// Unwrap returns ErrUnreachable.
func (e *UnreachableError) Unwrap() error { return ErrUnreachable }

// Path returns the shortest sequence of events that takes an order of filing
// type t from status from to status to, following the transition table. It
// searches breadth first, trying events in increasing order, so the same
// question always gets the same answer. It returns an empty
// path for from == to, and false when to cannot be reached.
func Path(t order.Type, from, to order.Status) ([]order.Event, bool) {
	if !t.IsValid() || !from.IsValid() || !to.IsValid() {
		return nil, false
	}
	if from == to {
		return []order.Event{}, true
	}
	type step struct {
		prev  order.Status
		event order.Event
	}
	came := map[order.Status]step{from: {}}
	queue := []order.Status{from}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		for e := range order.Available(t, s) {
			next, err := order.Next(t, s, e)
			if err != nil {
				continue
			}
			if _, seen := came[next]; seen {
				continue
			}
			came[next] = step{s, e}
			if next == to {
				var path []order.Event
				for at := to; at != from; at = came[at].prev {
					path = append(path, came[at].event)
				}
				for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
					path[i], path[j] = path[j], path[i]
				}
				return path, true
			}
			queue = append(queue, next)
		}
	}
	return nil, false
}

// DriveTo moves o to status s by applying the events of [Path] from its
// current status, all at time at, recorded as by the actor "ordertest".
// It returns an [*UnreachableError] when the type cannot reach s from
// there, and an [*order.TimeError] when at is before the order's last
// update; in both cases o is unchanged. Driving to the current status does
// nothing.
func DriveTo(o *order.Order, s order.Status, at time.Time) error {
	path, ok := Path(o.Type(), o.Status(), s)
	if !ok {
		return &UnreachableError{Type: o.Type(), From: o.Status(), To: s}
	}
	if len(path) > 0 && at.Before(o.Updated()) {
		return &order.TimeError{Last: o.Updated(), At: at}
	}
	for _, e := range path {
		if err := o.Apply(e, at, order.By("ordertest")); err != nil {
			return err // cannot happen: Path follows the table and the time was checked
		}
	}
	return nil
}
