package order

import "iter"

// Transition is one row of the transition table: an order whose filing type is in Types and
// whose status is From may take Event, and is then in status To.
type Transition struct {
	From  Status
	Event Event
	To    Status
	Types TypeSet
}

// Guards used by the table. A claim is reviewed by the provider only, so it has no rows past
// the first review; 取消接入 has no SMS step.
const (
	viaBureau   = AllTypes &^ (1 << Claim)
	withSMS     = viaBureau &^ (1 << CancelAccess)
	withdrawing = AllTypes &^ Cancellations
)

// table is the whole machine, sorted by (From, Event, To). For one (From, Event) pair the
// guards of the rows are disjoint, so at most one row applies to an order; tests hold both
// properties.
var table = [...]Transition{
	{Draft, Submit, ProviderReview, AllTypes},
	{Draft, Abandon, Abandoned, AllTypes},
	{Draft, Expire, Expired, AllTypes},

	{ProviderReview, ProviderReturn, ProviderReturned, AllTypes},
	{ProviderReview, ProviderReject, ProviderRejected, AllTypes},
	{ProviderReview, ProviderPass, AwaitingBureauSubmission, viaBureau},
	{ProviderReview, ProviderPass, Approved, 1 << Claim},
	{ProviderReview, Withdraw, Draft, withdrawing},
	{ProviderReview, Abandon, Abandoned, AllTypes},

	{ProviderReturned, Resubmit, ProviderReview, AllTypes},
	{ProviderReturned, Abandon, Abandoned, AllTypes},
	{ProviderReturned, Expire, Expired, AllTypes},

	{ProviderRejected, Resubmit, ProviderReview, AllTypes},
	{ProviderRejected, Abandon, Abandoned, AllTypes},
	{ProviderRejected, Expire, Expired, AllTypes},

	{AwaitingBureauSubmission, Withdraw, Draft, viaBureau & withdrawing},
	{AwaitingBureauSubmission, PushToBureau, SMSVerification, withSMS},
	{AwaitingBureauSubmission, PushToBureau, BureauReview, 1 << CancelAccess},
	{AwaitingBureauSubmission, Abandon, Abandoned, viaBureau},

	{SMSVerification, SMSVerified, BureauReview, withSMS},
	{SMSVerification, SMSFailed, ProviderReview, withSMS},

	{BureauReview, BureauApprove, Approved, viaBureau},
	{BureauReview, BureauReject, BureauRejected, viaBureau},

	{BureauRejected, Resubmit, ProviderReview, viaBureau},
	{BureauRejected, Abandon, Abandoned, viaBureau},
	{BureauRejected, Expire, Expired, viaBureau},
}

// Next returns the status an order of filing type t in status s reaches by taking event e.
// It is a pure function of the transition table and does not allocate when the move is
// legal. When the table has no row for the move — including any undefined type, status or
// event — it returns a [*TransitionError] matching [ErrIllegalTransition].
func Next(t Type, s Status, e Event) (Status, error) {
	if to, ok := lookup(t, s, e); ok {
		return to, nil
	}
	return 0, &TransitionError{Type: t, From: s, Event: e}
}

// Can reports whether an order of filing type t in status s may take event e.
func Can(t Type, s Status, e Event) bool {
	_, ok := lookup(t, s, e)
	return ok
}

// lookup binary-searches the first row for (s, e) and scans the rows sharing that key.
func lookup(t Type, s Status, e Event) (Status, bool) {
	lo, hi := 0, len(table)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if r := &table[m]; r.From < s || (r.From == s && r.Event < e) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	for i := lo; i < len(table) && table[i].From == s && table[i].Event == e; i++ {
		if table[i].Types.Has(t) {
			return table[i].To, true
		}
	}
	return 0, false
}

// Transitions yields every row of the transition table, sorted by From, then Event, then To.
func Transitions() iter.Seq[Transition] {
	return func(yield func(Transition) bool) {
		for _, r := range table {
			if !yield(r) {
				return
			}
		}
	}
}

// Available yields the events an order of filing type t in status s may take, in increasing
// order.
func Available(t Type, s Status) iter.Seq[Event] {
	return func(yield func(Event) bool) {
		for e := range Events() {
			if Can(t, s, e) && !yield(e) {
				return
			}
		}
	}
}
