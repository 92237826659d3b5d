package order_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/beian-go/beian/order"
)

// TestMatrix walks every (type, status, event) triple through Next and compares the outcome
// with testdata/matrix.txt, so any change to the table shows up as a diff of that file.
func TestMatrix(t *testing.T) {
	var b strings.Builder
	b.WriteString("# Next(type, status, event) for every filing type, status and event.\n")
	b.WriteString("# One line per (type, status): each legal event and the status it leads to;\n")
	b.WriteString("# every event not listed is illegal. \"-\" means no event is legal.\n")
	b.WriteString("# Regenerate with: go test ./order -run TestMatrix -update\n")
	for ty := range order.Types() {
		b.WriteString("\n")
		for s := range order.Statuses() {
			fmt.Fprintf(&b, "%-30s %-27s", ty, s)
			legal := 0
			for e := range order.Events() {
				to, err := order.Next(ty, s, e)
				if err != nil {
					checkTransitionError(t, err, ty, s, e)
					continue
				}
				if !to.IsValid() {
					t.Errorf("Next(%v, %v, %v) = %v, an undefined status", ty, s, e, to)
				}
				fmt.Fprintf(&b, " %s>%s", e, to)
				legal++
			}
			if legal == 0 {
				b.WriteString(" -")
			}
			b.WriteString("\n")
		}
	}
	checkGolden(t, "matrix.txt", b.String())
}

func checkTransitionError(t *testing.T, err error, ty order.Type, s order.Status, e order.Event) {
	t.Helper()
	var te *order.TransitionError
	if !errors.As(err, &te) || !errors.Is(err, order.ErrIllegalTransition) {
		t.Errorf("Next(%v, %v, %v) error %v is not a *TransitionError", ty, s, e, err)
		return
	}
	if *te != (order.TransitionError{Type: ty, From: s, Event: e}) {
		t.Errorf("Next(%v, %v, %v) error carries %+v", ty, s, e, *te)
	}
}

// TestNextRules checks the rules domain.md §3 states, independently of the golden matrix.
func TestNextRules(t *testing.T) {
	tests := []struct {
		name string
		typ  order.Type
		from order.Status
		ev   order.Event
		want order.Status // 0: illegal
	}{
		// A first filing goes from draft to the provider's first review.
		{"submit draft", order.FirstFiling, order.Draft, order.Submit, order.ProviderReview},
		// The provider asks for missing material (Huawei 待修改).
		{"provider return", order.NewWebsite, order.ProviderReview, order.ProviderReturn, order.ProviderReturned},
		// A returned order goes back to review when resubmitted (Huawei 已修改待审核).
		{"resubmit returned", order.NewWebsite, order.ProviderReturned, order.Resubmit, order.ProviderReview},
		// A provider rejection can be fixed and resubmitted too.
		{"resubmit rejected", order.NewApp, order.ProviderRejected, order.Resubmit, order.ProviderReview},
		// A passed first review waits for the push to the bureau.
		{"provider pass", order.FirstFiling, order.ProviderReview, order.ProviderPass, order.AwaitingBureauSubmission},
		// Withdrawing (撤销) during provider review returns the order to draft.
		{"withdraw in review", order.FirstFiling, order.ProviderReview, order.Withdraw, order.Draft},
		// Huawei also allows withdrawing while waiting for the push.
		{"withdraw awaiting push", order.ChangeWebsite, order.AwaitingBureauSubmission, order.Withdraw, order.Draft},
		// Cancellations cannot be withdrawn, only abandoned.
		{"no withdraw cancel-subject", order.CancelSubject, order.ProviderReview, order.Withdraw, 0},
		{"no withdraw cancel-website", order.CancelWebsite, order.AwaitingBureauSubmission, order.Withdraw, 0},
		{"no withdraw cancel-app", order.CancelApp, order.ProviderReview, order.Withdraw, 0},
		// 取消接入 cannot be withdrawn either…
		{"no withdraw cancel-access", order.CancelAccess, order.ProviderReview, order.Withdraw, 0},
		// …but it can be abandoned before it reaches the bureau.
		{"abandon cancel-access", order.CancelAccess, order.AwaitingBureauSubmission, order.Abandon, order.Abandoned},
		// Every type except 取消接入 goes through SMS verification.
		{"push with SMS", order.CancelSubject, order.AwaitingBureauSubmission, order.PushToBureau, order.SMSVerification},
		// 取消接入 skips SMS verification.
		{"push without SMS", order.CancelAccess, order.AwaitingBureauSubmission, order.PushToBureau, order.BureauReview},
		// Verified codes move the order into the bureau's review.
		{"sms verified", order.FirstFiling, order.SMSVerification, order.SMSVerified, order.BureauReview},
		// A lapsed code or a sixth wrong entry returns the filing to the provider.
		{"sms failed", order.NewAccess, order.SMSVerification, order.SMSFailed, order.ProviderReview},
		// Nothing can be withdrawn at the bureau…
		{"no withdraw in SMS", order.FirstFiling, order.SMSVerification, order.Withdraw, 0},
		{"no withdraw at bureau", order.FirstFiling, order.BureauReview, order.Withdraw, 0},
		// …nor abandoned there.
		{"no abandon in SMS", order.FirstFiling, order.SMSVerification, order.Abandon, 0},
		{"no abandon at bureau", order.ChangeSubject, order.BureauReview, order.Abandon, 0},
		// The bureau approves…
		{"bureau approve", order.FirstFiling, order.BureauReview, order.BureauApprove, order.Approved},
		// …or rejects, and a rejected order goes back through the provider.
		{"bureau reject", order.CancelAccess, order.BureauReview, order.BureauReject, order.BureauRejected},
		{"resubmit after bureau", order.FirstFiling, order.BureauRejected, order.Resubmit, order.ProviderReview},
		// A claim is reviewed by the provider alone.
		{"claim approved by provider", order.Claim, order.ProviderReview, order.ProviderPass, order.Approved},
		{"claim never pushed", order.Claim, order.AwaitingBureauSubmission, order.PushToBureau, 0},
		// Orders waiting on the applicant expire; orders waiting on a reviewer do not.
		{"expire draft", order.FirstFiling, order.Draft, order.Expire, order.Expired},
		{"expire returned", order.FirstFiling, order.ProviderReturned, order.Expire, order.Expired},
		{"no expire in review", order.FirstFiling, order.ProviderReview, order.Expire, 0},
		// Terminal statuses have no exits.
		{"approved is final", order.FirstFiling, order.Approved, order.Resubmit, 0},
		{"abandoned is final", order.FirstFiling, order.Abandoned, order.Submit, 0},
		// Events out of order are refused.
		{"no approve in draft", order.FirstFiling, order.Draft, order.BureauApprove, 0},
		// Undefined inputs are illegal moves, not panics.
		{"zero type", 0, order.Draft, order.Submit, 0},
		{"zero status", order.FirstFiling, 0, order.Submit, 0},
		{"zero event", order.FirstFiling, order.Draft, 0, 0},
		{"undefined values", order.Type(200), order.Status(200), order.Event(200), 0},
	}
	for _, tc := range tests {
		got, err := order.Next(tc.typ, tc.from, tc.ev)
		if tc.want == 0 {
			if err == nil {
				t.Errorf("%s: Next(%v, %v, %v) = %v; want an illegal transition", tc.name, tc.typ, tc.from, tc.ev, got)
			} else {
				checkTransitionError(t, err, tc.typ, tc.from, tc.ev)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("%s: Next(%v, %v, %v) = %v, %v; want %v", tc.name, tc.typ, tc.from, tc.ev, got, err, tc.want)
		}
		if !order.Can(tc.typ, tc.from, tc.ev) {
			t.Errorf("%s: Can disagrees with Next", tc.name)
		}
	}
}

// TestTableShape checks the invariants the lookup relies on: rows sorted by (From, Event, To),
// no empty guards, and disjoint guards for rows sharing (From, Event).
func TestTableShape(t *testing.T) {
	var prev order.Transition
	first := true
	for r := range order.Transitions() {
		if !r.From.IsValid() || !r.Event.IsValid() || !r.To.IsValid() {
			t.Errorf("row %+v has an undefined status or event", r)
		}
		if r.Types&order.AllTypes == 0 || r.Types&^order.AllTypes != 0 {
			t.Errorf("row %+v has an empty guard or undefined type bits", r)
		}
		if !first {
			if key(r) < key(prev) || (key(r) == key(prev) && r.To <= prev.To) {
				t.Errorf("row %+v is out of order after %+v", r, prev)
			}
			if key(r) == key(prev) && r.Types&prev.Types != 0 {
				t.Errorf("rows %+v and %+v overlap on %v", prev, r, r.Types&prev.Types)
			}
		}
		prev, first = r, false
	}
}

func key(r order.Transition) int { return int(r.From)<<8 | int(r.Event) }

// TestGraph checks the machine as a graph, per filing type: every status is reachable from
// draft for some type, every type can be approved, every status a type can reach leads to a
// terminal status, terminal statuses have no exits, and no row applies to a type that can
// never be in its From status.
func TestGraph(t *testing.T) {
	reachedByAny := map[order.Status]bool{}
	for ty := range order.Types() {
		reach := reachable(ty, order.Draft)
		for s := range reach {
			reachedByAny[s] = true
		}
		if !reach[order.Approved] {
			t.Errorf("%v: approved is not reachable from draft", ty)
		}
		for s := range reach {
			if s.IsTerminal() {
				continue
			}
			canEnd := false
			for end := range reachable(ty, s) {
				canEnd = canEnd || end.IsTerminal()
			}
			if !canEnd {
				t.Errorf("%v: no terminal status is reachable from %v", ty, s)
			}
		}
		for r := range order.Transitions() {
			if r.Types.Has(ty) && !reach[r.From] {
				t.Errorf("%v: dead row %+v (the type never reaches %v)", ty, r, r.From)
			}
		}
	}
	for s := range order.Statuses() {
		if !reachedByAny[s] {
			t.Errorf("%v is not reachable from draft for any filing type", s)
		}
	}
	for r := range order.Transitions() {
		if r.From.IsTerminal() {
			t.Errorf("terminal status %v has an exit: %+v", r.From, r)
		}
	}
	// Every non-terminal status has at least one exit for the types that reach it.
	for s := range order.Statuses() {
		if !s.IsTerminal() && len(exits(s)) == 0 {
			t.Errorf("non-terminal %v has no exits", s)
		}
	}
}

// reachable returns the statuses reachable from s for type ty (s included), breadth first.
func reachable(ty order.Type, s order.Status) map[order.Status]bool {
	seen := map[order.Status]bool{s: true}
	queue := []order.Status{s}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		for e := range order.Events() {
			if to, err := order.Next(ty, cur, e); err == nil && !seen[to] {
				seen[to] = true
				queue = append(queue, to)
			}
		}
	}
	return seen
}

func exits(s order.Status) []order.Transition {
	var out []order.Transition
	for r := range order.Transitions() {
		if r.From == s {
			out = append(out, r)
		}
	}
	return out
}

// TestAvailable checks the per-status event listing against Can.
func TestAvailable(t *testing.T) {
	tests := []struct {
		name string
		typ  order.Type
		s    order.Status
		want []order.Event
	}{
		// A draft can be submitted, abandoned or left to expire.
		{"draft", order.FirstFiling, order.Draft, []order.Event{order.Submit, order.Abandon, order.Expire}},
		// A cancellation under review cannot be withdrawn.
		{"cancel under review", order.CancelWebsite, order.ProviderReview,
			[]order.Event{order.ProviderReturn, order.ProviderReject, order.ProviderPass, order.Abandon}},
		// At the bureau only the bureau acts.
		{"bureau review", order.FirstFiling, order.BureauReview, []order.Event{order.BureauApprove, order.BureauReject}},
		// Nothing leaves a terminal status.
		{"approved", order.FirstFiling, order.Approved, nil},
	}
	for _, tc := range tests {
		var got []order.Event
		for e := range order.Available(tc.typ, tc.s) {
			got = append(got, e)
		}
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("%s: Available = %v; want %v", tc.name, got, tc.want)
		}
	}
}

// TestNextDoesNotAllocate pins the legal path of Next at zero allocations.
func TestNextDoesNotAllocate(t *testing.T) {
	allocs := testing.AllocsPerRun(100, func() {
		for r := range order.Transitions() {
			for ty := range r.Types.All() {
				if _, err := order.Next(ty, r.From, r.Event); err != nil {
					panic(err)
				}
			}
		}
	})
	if allocs != 0 {
		t.Errorf("Next allocated %v times per run; want 0", allocs)
	}
}

// TestTypeSet checks the set helpers and the named sets.
func TestTypeSet(t *testing.T) {
	tests := []struct {
		name string
		set  order.TypeSet
		want string
		n    int
	}{
		// The empty set.
		{"empty", 0, "none", 0},
		// Every type.
		{"all", order.AllTypes, "all", 13},
		// Two types, in type order whatever the argument order.
		{"two", order.TypesOf(order.CancelAccess, order.FirstFiling), "first-filing|cancel-access", 2},
		// Undefined types are ignored.
		{"undefined ignored", order.TypesOf(0, order.Type(99), order.Claim), "claim", 1},
		// The named sets partition the types with Claim left over.
		{"cancellations", order.Cancellations, "cancel-subject|cancel-website|cancel-app|cancel-access", 4},
		{"changes", order.Changes, "change-subject|change-website|change-app", 3},
	}
	for _, tc := range tests {
		if got := tc.set.String(); got != tc.want {
			t.Errorf("%s: String() = %q; want %q", tc.name, got, tc.want)
		}
		if got := tc.set.Len(); got != tc.n {
			t.Errorf("%s: Len() = %d; want %d", tc.name, got, tc.n)
		}
	}
	if order.Additions|order.Changes|order.Cancellations|order.TypesOf(order.Claim) != order.AllTypes ||
		order.Additions&order.Changes != 0 || order.Additions&order.Cancellations != 0 || order.Changes&order.Cancellations != 0 {
		t.Errorf("Additions, Changes, Cancellations and Claim do not partition AllTypes")
	}
	if order.AllTypes.Has(0) || order.AllTypes.Has(order.Type(15)) {
		t.Errorf("AllTypes holds an undefined type")
	}
}

// TestConcurrentUse runs the package functions from several goroutines at once; with -race
// it shows they share no mutable state.
func TestConcurrentUse(t *testing.T) {
	want := order.Mermaid()
	done := make(chan string, 4)
	for range 4 {
		go func() {
			for ty := range order.Types() {
				for s := range order.Statuses() {
					for range order.Available(ty, s) {
					}
				}
			}
			_, _ = order.ParseProviderStatus(order.Huawei, "已备案")
			done <- order.Mermaid()
		}()
	}
	for range 4 {
		if got := <-done; got != want {
			t.Errorf("Mermaid differs between goroutines")
		}
	}
}
