package order_test

import (
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/order"
)

var cst = time.FixedZone("CST", 8*60*60)

// t0 is the creation time used by the order tests.
var t0 = time.Date(2026, 3, 2, 9, 0, 0, 0, cst)

func hours(h int) time.Time { return t0.Add(time.Duration(h) * time.Hour) }

func mustNew(t *testing.T, ty order.Type) *order.Order {
	t.Helper()
	o, err := order.New("HW-2026-0001", ty, t0)
	if err != nil {
		t.Fatal(err)
	}
	return o
}

// step is one event applied at an hour after t0.
type step struct {
	ev order.Event
	at int
}

func applyAll(t *testing.T, o *order.Order, steps ...step) {
	t.Helper()
	for _, s := range steps {
		if err := o.Apply(s.ev, hours(s.at)); err != nil {
			t.Fatalf("Apply(%v at +%dh): %v", s.ev, s.at, err)
		}
	}
}

var happyPath = []step{
	{order.Submit, 1}, {order.ProviderPass, 20}, {order.PushToBureau, 40},
	{order.SMSVerified, 41}, {order.BureauApprove, 200},
}

func TestNew(t *testing.T) {
	o := mustNew(t, order.FirstFiling)
	if o.ID() != "HW-2026-0001" || o.Type() != order.FirstFiling || o.Status() != order.Draft ||
		!o.Created().Equal(t0) || !o.Updated().Equal(t0) || len(o.History()) != 0 {
		t.Errorf("New gave %v, created %v, updated %v, history %v", o, o.Created(), o.Updated(), o.History())
	}
	if _, ok := o.Last(); ok {
		t.Errorf("Last() reports an entry on a new order")
	}
	// An undefined type is refused with a typed error.
	for _, ty := range []order.Type{0, order.Type(99)} {
		var ve *order.ValueError
		if _, err := order.New("x", ty, t0); !errors.As(err, &ve) || !errors.Is(err, order.ErrInvalidValue) {
			t.Errorf("New(type %d) error = %v; want *ValueError", ty, err)
		}
	}
}

// TestApplyFirstFiling walks a first filing from draft to approved and checks the history.
func TestApplyFirstFiling(t *testing.T) {
	o := mustNew(t, order.FirstFiling)
	if err := o.Apply(order.Submit, hours(1), order.By("applicant"), order.Note("liveness check done")); err != nil {
		t.Fatal(err)
	}
	applyAll(t, o, happyPath[1:]...)
	if o.Status() != order.Approved || !o.Updated().Equal(hours(200)) {
		t.Errorf("after the happy path: %v updated %v", o.Status(), o.Updated())
	}
	want := []order.Entry{
		{From: order.Draft, Event: order.Submit, To: order.ProviderReview, At: hours(1), Actor: "applicant", Note: "liveness check done"},
		{From: order.ProviderReview, Event: order.ProviderPass, To: order.AwaitingBureauSubmission, At: hours(20)},
		{From: order.AwaitingBureauSubmission, Event: order.PushToBureau, To: order.SMSVerification, At: hours(40)},
		{From: order.SMSVerification, Event: order.SMSVerified, To: order.BureauReview, At: hours(41)},
		{From: order.BureauReview, Event: order.BureauApprove, To: order.Approved, At: hours(200)},
	}
	if diff := cmp.Diff(want, o.History()); diff != "" {
		t.Errorf("history (-want +got):\n%s", diff)
	}
	if last, ok := o.Last(); !ok || last != want[len(want)-1] {
		t.Errorf("Last() = %+v, %v", last, ok)
	}
}

// TestApplyFailureChangesNothing checks both kinds of failure leave the order as it was.
func TestApplyFailureChangesNothing(t *testing.T) {
	tests := []struct {
		name    string
		typ     order.Type
		before  []step
		ev      order.Event
		at      time.Time
		wantErr error
	}{
		// Withdrawing at the bureau is illegal for every type.
		{"withdraw at bureau", order.FirstFiling, happyPath[:4], order.Withdraw, hours(50), order.ErrIllegalTransition},
		// A cancellation cannot be withdrawn even before the bureau.
		{"withdraw cancellation", order.CancelSubject, happyPath[:1], order.Withdraw, hours(2), order.ErrIllegalTransition},
		// A legal event dated before the previous transition is refused.
		{"time went back", order.FirstFiling, happyPath[:2], order.PushToBureau, hours(19), order.ErrTimeWentBack},
		// A legal first event dated before creation is refused.
		{"before creation", order.FirstFiling, nil, order.Submit, t0.Add(-time.Second), order.ErrTimeWentBack},
		// The zero time is before any creation time.
		{"zero time", order.FirstFiling, nil, order.Submit, time.Time{}, order.ErrTimeWentBack},
		// Nothing leaves a terminal status.
		{"after approval", order.FirstFiling, happyPath, order.Resubmit, hours(300), order.ErrIllegalTransition},
		// An undefined event is an illegal transition.
		{"undefined event", order.FirstFiling, nil, order.Event(77), hours(1), order.ErrIllegalTransition},
	}
	for _, tc := range tests {
		o := mustNew(t, tc.typ)
		applyAll(t, o, tc.before...)
		status, updated, history := o.Status(), o.Updated(), o.History()
		err := o.Apply(tc.ev, tc.at, order.By("tester"))
		if !errors.Is(err, tc.wantErr) {
			t.Errorf("%s: Apply error = %v; want %v", tc.name, err, tc.wantErr)
		}
		if o.Status() != status || !o.Updated().Equal(updated) || !cmp.Equal(o.History(), history) {
			t.Errorf("%s: failed Apply changed the order: %v %v", tc.name, o.Status(), o.Updated())
		}
		var te *order.TimeError
		if errors.As(err, &te) && (!te.At.Equal(tc.at) || !te.Last.Equal(updated)) {
			t.Errorf("%s: TimeError = %+v; want At %v Last %v", tc.name, te, tc.at, updated)
		}
	}
}

// TestApplySameInstant allows two events at the same time: the clock must not go back, but it
// may stand still.
func TestApplySameInstant(t *testing.T) {
	o := mustNew(t, order.FirstFiling)
	applyAll(t, o, step{order.Submit, 0}, step{order.Withdraw, 0}, step{order.Submit, 0})
	if o.Status() != order.ProviderReview || len(o.History()) != 3 {
		t.Errorf("got %v with %d entries", o.Status(), len(o.History()))
	}
}

// TestHistoryIsACopy checks that callers cannot rewrite the history through History.
func TestHistoryIsACopy(t *testing.T) {
	o := mustNew(t, order.FirstFiling)
	applyAll(t, o, happyPath[:2]...)
	h := o.History()
	h[0].Event = order.Abandon
	h[0].To = order.Abandoned
	_ = append(h[:1], order.Entry{Event: order.Expire})
	if got := o.History(); got[0].Event != order.Submit || got[1].Event != order.ProviderPass {
		t.Errorf("History was modified through a returned slice: %+v", got)
	}
}

// TestCopiedOrdersKeepTheirHistories checks that an Order value copied with its history (a
// snapshot, an order kept in a slice) does not share spare history capacity with the
// original: applying events to both must leave each history ending in its own status.
func TestCopiedOrdersKeepTheirHistories(t *testing.T) {
	o := mustNew(t, order.FirstFiling)
	// Three entries leave spare capacity in the history slice.
	applyAll(t, o, step{order.Submit, 1}, step{order.ProviderReturn, 2}, step{order.Resubmit, 3})
	snapshot := *o
	applyAll(t, o, step{order.ProviderPass, 4})
	applyAll(t, &snapshot, step{order.Withdraw, 4})
	for name, x := range map[string]*order.Order{"original": o, "copy": &snapshot} {
		h := x.History()
		if len(h) != 4 || h[3].To != x.Status() {
			t.Errorf("%s: status %v, history %+v", name, x.Status(), h)
		}
	}
	if got := o.History()[3].Event; got != order.ProviderPass {
		t.Errorf("original's last event = %v, want %v", got, order.ProviderPass)
	}
}

// TestWithdrawAndResubmit follows Huawei's 撤销 path and the 已修改待审核 label.
func TestWithdrawAndResubmit(t *testing.T) {
	o := mustNew(t, order.NewWebsite)
	applyAll(t, o, step{order.Submit, 1})
	if o.HuaweiLabel() != "等待初审" {
		t.Errorf("after submit: HuaweiLabel %q", o.HuaweiLabel())
	}
	applyAll(t, o, step{order.Withdraw, 2})
	if o.Status() != order.Draft || o.Editable() != order.Open || o.HuaweiLabel() != "待完善备案信息" {
		t.Errorf("after withdraw: %v, %v, %q", o.Status(), o.Editable(), o.HuaweiLabel())
	}
	applyAll(t, o, step{order.Submit, 3}, step{order.ProviderReturn, 10})
	if o.HuaweiLabel() != "接入商审核为待修改" {
		t.Errorf("after return: HuaweiLabel %q", o.HuaweiLabel())
	}
	applyAll(t, o, step{order.Resubmit, 12})
	if o.Status() != order.ProviderReview || o.HuaweiLabel() != "已修改待审核" {
		t.Errorf("after resubmit: %v, %q", o.Status(), o.HuaweiLabel())
	}
	// 已修改待审核 belongs to the 待修改 path only (domain.md §3.1, §3.4): an order
	// resubmitted after a rejection, by the provider or by the bureau, waits for the first
	// review again.
	applyAll(t, o, step{order.ProviderReject, 13}, step{order.Resubmit, 14})
	if o.HuaweiLabel() != "等待初审" {
		t.Errorf("resubmitted after 初审驳回: HuaweiLabel %q", o.HuaweiLabel())
	}
	applyAll(t, o, step{order.ProviderPass, 15}, step{order.PushToBureau, 16}, step{order.SMSVerified, 17},
		step{order.BureauReject, 18}, step{order.Resubmit, 19})
	if o.HuaweiLabel() != "等待初审" {
		t.Errorf("resubmitted after 管局驳回: HuaweiLabel %q", o.HuaweiLabel())
	}
}

// TestEditable checks the type-aware answer against the status-only one.
func TestEditable(t *testing.T) {
	tests := []struct {
		name   string
		typ    order.Type
		steps  []step
		status order.Editability // Status.Editable
		order  order.Editability // Order.Editable
	}{
		// A draft is edited directly.
		{"draft", order.FirstFiling, nil, order.Open, order.Open},
		// Under review the applicant must withdraw first…
		{"review", order.FirstFiling, happyPath[:1], order.AfterWithdraw, order.AfterWithdraw},
		// …unless the order is a cancellation, which cannot be withdrawn.
		{"cancellation review", order.CancelAccess, happyPath[:1], order.AfterWithdraw, order.Locked},
		// At the bureau nothing can change.
		{"sms", order.FirstFiling, happyPath[:3], order.Locked, order.Locked},
		// After a bureau rejection the order is edited directly.
		{"bureau rejected", order.ChangeSubject, append(happyPath[:4:4], step{order.BureauReject, 60}), order.Open, order.Open},
		// An approved order is changed only by a new order.
		{"approved", order.FirstFiling, happyPath, order.Locked, order.Locked},
	}
	for _, tc := range tests {
		o := mustNew(t, tc.typ)
		applyAll(t, o, tc.steps...)
		if got := o.Status().Editable(); got != tc.status {
			t.Errorf("%s: Status.Editable = %v; want %v", tc.name, got, tc.status)
		}
		if got := o.Editable(); got != tc.order {
			t.Errorf("%s: Order.Editable = %v; want %v", tc.name, got, tc.order)
		}
	}
	for s := range order.Statuses() {
		if !s.Editable().IsValid() {
			t.Errorf("%v.Editable() = %v", s, s.Editable())
		}
	}
	if order.Status(0).Editable() != 0 {
		t.Errorf("the zero status is editable")
	}
}

// TestTimerDue checks which timer event is owed, and when.
func TestTimerDue(t *testing.T) {
	tests := []struct {
		name  string
		typ   order.Type
		steps []step
		now   time.Time
		want  order.Event // 0: none
	}{
		// A fresh draft is not due.
		{"fresh draft", order.FirstFiling, nil, hours(24), 0},
		// Exactly 45 days idle is still within the limit.
		{"draft at limit", order.FirstFiling, nil, t0.Add(order.ProviderIdleLimit), 0},
		// One second later the draft expires.
		{"draft past limit", order.FirstFiling, nil, t0.Add(order.ProviderIdleLimit + time.Second), order.Expire},
		// An order waiting on the provider does not expire however long it waits.
		{"review idle", order.FirstFiling, happyPath[:1], hours(24 * 100), 0},
		// The SMS code is valid for just under 24 hours after the push.
		{"sms in time", order.FirstFiling, happyPath[:3], hours(40 + 23), 0},
		// At 24 hours the code has lapsed.
		{"sms lapsed", order.FirstFiling, happyPath[:3], hours(40 + 24), order.SMSFailed},
		// A bureau review is not timed by this package.
		{"bureau review", order.FirstFiling, happyPath[:4], hours(24 * 100), 0},
		// A time before the last transition owes nothing.
		{"earlier now", order.FirstFiling, happyPath[:3], hours(1), 0},
	}
	for _, tc := range tests {
		o := mustNew(t, tc.typ)
		applyAll(t, o, tc.steps...)
		got, ok := o.TimerDue(tc.now)
		if got != tc.want || ok != (tc.want != 0) {
			t.Errorf("%s: TimerDue = %v, %v; want %v", tc.name, got, ok, tc.want)
		}
		if ok {
			if err := o.Apply(got, tc.now); err != nil {
				t.Errorf("%s: the due event cannot be applied: %v", tc.name, err)
			}
		}
	}
}

// TestRestore rebuilds orders from stored histories.
func TestRestore(t *testing.T) {
	orig := mustNew(t, order.FirstFiling)
	applyAll(t, orig, happyPath...)
	good := orig.History()

	o, err := order.Restore(orig.ID(), orig.Type(), orig.Created(), good)
	if err != nil {
		t.Fatal(err)
	}
	if o.Status() != orig.Status() || !o.Updated().Equal(orig.Updated()) || !cmp.Equal(o.History(), good) {
		t.Errorf("Restore gave %v; want %v", o, orig)
	}
	// The restored order keeps its own copy.
	good[0].Note = "changed"
	if o.History()[0].Note != "" {
		t.Errorf("Restore kept the caller's slice")
	}

	bad := func(i int, f func(*order.Entry)) []order.Entry {
		h := orig.History()
		f(&h[i])
		return h
	}
	tests := []struct {
		name    string
		typ     order.Type
		history []order.Entry
		index   int
		cause   error // nil: not a sentinel of its own
	}{
		// The second entry claims to start somewhere else.
		{"broken chain", order.FirstFiling, bad(1, func(e *order.Entry) { e.From = order.Draft }), 1, nil},
		// The third entry's event is illegal where it stands.
		{"illegal event", order.FirstFiling, bad(2, func(e *order.Entry) { e.Event = order.BureauApprove }), 2, order.ErrIllegalTransition},
		// The fourth entry is dated before the third.
		{"time went back", order.FirstFiling, bad(3, func(e *order.Entry) { e.At = hours(2) }), 3, order.ErrTimeWentBack},
		// The last entry ends somewhere the table does not lead.
		{"wrong target", order.FirstFiling, bad(4, func(e *order.Entry) { e.To = order.BureauRejected }), 4, nil},
		// The same history is illegal for 取消接入, which skips SMS.
		{"type mismatch", order.CancelAccess, orig.History(), 2, nil},
	}
	for _, tc := range tests {
		_, err := order.Restore("x", tc.typ, t0, tc.history)
		var he *order.HistoryError
		if !errors.As(err, &he) || !errors.Is(err, order.ErrInconsistentHistory) || he.Index != tc.index {
			t.Errorf("%s: Restore error = %v; want a HistoryError at %d", tc.name, err, tc.index)
			continue
		}
		if tc.cause != nil && !errors.Is(err, tc.cause) {
			t.Errorf("%s: Restore error = %v; want it to match %v", tc.name, err, tc.cause)
		}
	}
	if _, err := order.Restore("x", 0, t0, nil); !errors.Is(err, order.ErrInvalidValue) {
		t.Errorf("Restore with the zero type: %v", err)
	}
}

// TestOrderTextKeepsNotesOut checks that String, every fmt verb on a pointer or a value, and
// slog show the summary only: actor and note texts and the application carry personal data.
func TestOrderTextKeepsNotesOut(t *testing.T) {
	o := mustNew(t, order.FirstFiling)
	mobile, err := icp.ParseMobile("13800138000")
	if err != nil {
		t.Fatal(err)
	}
	o.Application.Subject.Principal = icp.Person{Name: "李四光", Mobile: mobile}
	if err := o.Apply(order.Submit, hours(1), order.By("张三"), order.Note("手机13800138000")); err != nil {
		t.Fatal(err)
	}
	var logged, loggedJSON strings.Builder
	slog.New(slog.NewTextHandler(&logged, nil)).Info("moved", "order", o)
	slog.New(slog.NewJSONHandler(&loggedJSON, nil)).Info("moved", "order", *o)
	outputs := []string{o.String(), logged.String(), loggedJSON.String()}
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q"} {
		outputs = append(outputs, fmt.Sprintf(verb, o), fmt.Sprintf(verb, *o))
	}
	for _, s := range outputs {
		if strings.Contains(s, "李四光") || strings.Contains(s, "38000") {
			t.Errorf("the application leaked: %s", s)
		}
		if strings.Contains(s, "张三") || strings.Contains(s, "13800138000") {
			t.Errorf("personal data leaked: %s", s)
		}
		if !strings.Contains(s, "provider-review") || !strings.Contains(s, "HW-2026-0001") {
			t.Errorf("summary lacks status or ID: %s", s)
		}
	}
}

// TestErrorMessages pins the English, package-prefixed error texts.
func TestErrorMessages(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		// A refused move names the type, the status and the event.
		{&order.TransitionError{Type: order.CancelAccess, From: order.ProviderReview, Event: order.Withdraw},
			"order: illegal transition: cancel-access order in status provider-review cannot take event withdraw"},
		// A clock error names both times.
		{&order.TimeError{Last: time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC), At: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)},
			"order: time went back: 2026-01-01T00:00:00Z is before 2026-01-02T00:00:00Z"},
		// A parse error quotes its input.
		{&order.ParseError{Enum: "status", Input: "草稿", Err: order.ErrUnknownName},
			`order: parsing status "草稿": unknown name`},
		// A value error names the enum.
		{&order.ValueError{Enum: "type", Value: 99}, "order: invalid type value 99"},
		// A history error names the entry.
		{&order.HistoryError{Index: 3, Err: order.ErrTimeWentBack}, "order: inconsistent history at entry 3: time went back"},
	}
	for _, tc := range tests {
		if got := tc.err.Error(); got != tc.want {
			t.Errorf("Error() = %q; want %q", got, tc.want)
		}
	}
}
