package order

import (
	"fmt"
	"iter"
	"log/slog"
	"slices"
	"strconv"
	"time"

	"github.com/beian-go/beian/icp"
)

// Order is one filing order: its filing type, where it stands, and the transitions it took to
// get there. Create one with [New] (or rebuild a stored one with [Restore]) and move it only
// with [Order.Apply], which keeps the status, the clock and the history consistent. The zero
// Order has no type and accepts no event.
//
// Application is the filing the order carries. The order does not police edits to it: ask
// [Order.Editable] whether the applicant may change it now, and check it with package
// validate before submitting.
//
// Printing an Order (with any fmt verb) or logging it shows only the summary of
// [Order.String]; history notes and the application's personal data stay out. (The misuses
// fmt reports as bad verbs — %p given an Order value, %w outside fmt.Errorf — print raw
// fields without asking the Order.)
//
// An Order is not safe for concurrent mutation; guard it as you would a map. A copy of an Order
// value (a snapshot) takes events independently of the original, though both still share the
// Application's slices.
type Order struct {
	Application icp.Application

	id      string
	typ     Type
	status  Status
	created time.Time
	updated time.Time
	history []Entry
	// owner is the address of the Order that last appended to history. A copy of an Order
	// value shares the history's spare capacity with the original, so record gives a copy
	// its own array before appending, instead of writing into the original's.
	owner *Order
}

// Entry is one transition in an order's history. Entries are values: the history hands out
// copies, so callers cannot rewrite it.
type Entry struct {
	From  Status    `json:"from"`
	Event Event     `json:"event"`
	To    Status    `json:"to"`
	At    time.Time `json:"at"`
	// Actor says who caused the event ("applicant", "provider", "miit", an account ID). It is
	// the caller's text; keep personal data such as names and phone numbers out of it.
	Actor string `json:"actor,omitempty"`
	// Note is free text, such as a return reason. The same care applies as for Actor.
	Note string `json:"note,omitempty"`
}

// Option adds detail to the history entry written by [Order.Apply].
type Option func(*entryDetail)

type entryDetail struct {
	actor string
	note  string
}

// By records who caused the event.
func By(actor string) Option { return func(d *entryDetail) { d.actor = actor } }

// Note records a remark with the event, such as the provider's return reason.
func Note(note string) Option { return func(d *entryDetail) { d.note = note } }

// New returns a [Draft] order of filing type t created at created, with an empty history and
// an empty Application for the caller to fill in. An undefined t is a [*ValueError].
func New(id string, t Type, created time.Time) (*Order, error) {
	if !t.IsValid() {
		return nil, &ValueError{Enum: "type", Value: uint8(t)}
	}
	return &Order{id: id, typ: t, status: Draft, created: created, updated: created}, nil
}

// Restore rebuilds an order from stored parts: its ID, filing type, creation time and history,
// oldest entry first. It replays the history from [Draft] through the transition table and the
// clock exactly as [Order.Apply] would, and returns a [*HistoryError] for the first entry that
// does not fit. The history is copied.
func Restore(id string, t Type, created time.Time, history []Entry) (*Order, error) {
	o, err := New(id, t, created)
	if err != nil {
		return nil, err
	}
	for i, e := range history {
		if e.From != o.status {
			return nil, &HistoryError{Index: i, Err: fmt.Errorf(
				"order: entry starts in %v but the order is in %v", e.From, o.status)}
		}
		to, err := o.check(e.Event, e.At)
		if err != nil {
			return nil, &HistoryError{Index: i, Err: err}
		}
		if to != e.To {
			return nil, &HistoryError{Index: i, Err: fmt.Errorf(
				"order: entry ends in %v but the table gives %v", e.To, to)}
		}
		o.record(e)
	}
	return o, nil
}

// Apply moves the order by event e at time at. It fails, and leaves the order exactly as it
// was, when the transition table has no row for the move (a [*TransitionError]) or when at is
// before the order's previous transition or creation (a [*TimeError]). Otherwise it sets the
// status, records at as the update time and appends one [Entry] to the history.
func (o *Order) Apply(e Event, at time.Time, opts ...Option) error {
	to, err := o.check(e, at)
	if err != nil {
		return err
	}
	var d entryDetail
	for _, opt := range opts {
		opt(&d)
	}
	o.record(Entry{From: o.status, Event: e, To: to, At: at, Actor: d.actor, Note: d.note})
	return nil
}

func (o *Order) check(e Event, at time.Time) (Status, error) {
	to, err := Next(o.typ, o.status, e)
	if err != nil {
		return 0, err
	}
	if at.Before(o.updated) {
		return 0, &TimeError{Last: o.updated, At: at}
	}
	return to, nil
}

func (o *Order) record(e Entry) {
	if o.owner != o {
		o.history = slices.Clip(o.history)
		o.owner = o
	}
	o.history = append(o.history, e)
	o.status = e.To
	o.updated = e.At
}

// ID returns the identifier given to [New].
func (o *Order) ID() string { return o.id }

// Type returns the order's filing type.
func (o *Order) Type() Type { return o.typ }

// Status returns where the order stands.
func (o *Order) Status() Status { return o.status }

// Created returns the creation time given to [New].
func (o *Order) Created() time.Time { return o.created }

// Updated returns the time of the latest transition, or the creation time if there was none.
func (o *Order) Updated() time.Time { return o.updated }

// History returns a copy of the transitions the order took, oldest first.
func (o *Order) History() []Entry { return slices.Clone(o.history) }

// Last returns the latest history entry, if any.
func (o *Order) Last() (Entry, bool) {
	if len(o.history) == 0 {
		return Entry{}, false
	}
	return o.history[len(o.history)-1], true
}

// Available yields the events the order may take now, in increasing order.
func (o *Order) Available() iter.Seq[Event] { return Available(o.typ, o.status) }

// Editable says what the applicant may change now. It is [Status.Editable] narrowed by the
// filing type: an order that cannot be withdrawn cannot be edited after withdrawing either.
func (o *Order) Editable() Editability {
	ed := o.status.Editable()
	if ed == AfterWithdraw && !Can(o.typ, o.status, Withdraw) {
		return Locked
	}
	return ed
}

// TimerDue reports the event a timer owes the order at now, if any: [SMSFailed] when the
// order has waited in [SMSVerification] for [SMSCodeValidity] (the first code goes out when
// the order reaches MIIT), or [Expire] when it has waited on the applicant longer than
// [ProviderIdleLimit]. Applying the event is left to the caller.
func (o *Order) TimerDue(now time.Time) (Event, bool) {
	if o.status == SMSVerification && Can(o.typ, o.status, SMSFailed) &&
		now.Sub(o.updated) >= SMSCodeValidity {
		return SMSFailed, true
	}
	if IdleExpired(o.status, o.updated, now) && Can(o.typ, o.status, Expire) {
		return Expire, true
	}
	return 0, false
}

// HuaweiLabel returns the label Huawei Cloud's console shows for the order. It is
// [HuaweiLabel] of the status, except that an order back in provider review after it was
// returned for changes (接入商审核为待修改) and resubmitted shows 已修改待审核. An order
// resubmitted after a rejection waits for the first review again (等待初审).
func (o *Order) HuaweiLabel() string {
	if last, ok := o.Last(); ok && o.status == ProviderReview && last.Event == Resubmit &&
		last.From == ProviderReturned {
		return "已修改待审核"
	}
	return HuaweiLabel(o.status)
}

// String summarises the order without its history or application: ID, type, status and the
// number of transitions. Like [Order.Format] and [Order.LogValue] it has a value receiver, so
// that an Order value prints as safely as a pointer.
func (o Order) String() string {
	return "order " + strconv.Quote(o.id) + " (" + o.typ.String() + ", " + o.status.String() +
		", " + strconv.Itoa(len(o.history)) + " transitions)"
}

// Format implements [fmt.Formatter]: every verb prints [Order.String] (quoted for %q), so
// %+v and %#v cannot reveal the history or the application field by field.
func (o Order) Format(f fmt.State, verb rune) {
	if verb == 'q' {
		fmt.Fprint(f, strconv.Quote(o.String()))
		return
	}
	fmt.Fprint(f, o.String())
}

// LogValue implements [slog.LogValuer] with the same summary as [Order.String].
func (o Order) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("id", o.id),
		slog.String("type", o.typ.String()),
		slog.String("status", o.status.String()),
		slog.Time("updated", o.updated),
		slog.Int("transitions", len(o.history)),
	)
}
