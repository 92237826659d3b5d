package order_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/beian-go/beian/order"
)

// triples are the legal (type, status, event) moves, the workload of the Next benchmarks.
func triples() (ts []order.Type, ss []order.Status, es []order.Event) {
	for r := range order.Transitions() {
		for ty := range r.Types.All() {
			ts, ss, es = append(ts, ty), append(ss, r.From), append(es, r.Event)
		}
	}
	return ts, ss, es
}

var sinkStatus order.Status

// BenchmarkNext looks up every legal move of the table in turn.
func BenchmarkNext(b *testing.B) {
	ts, ss, es := triples()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		s, err := order.Next(ts[i], ss[i], es[i])
		if err != nil {
			b.Fatal(err)
		}
		sinkStatus = s
		if i++; i == len(ts) {
			i = 0
		}
	}
}

// stringKey is how a string-keyed state machine (looplab/fsm style) indexes its table:
// strings for the state and the event, with the type folded into the key as a guard.
type stringKey struct{ typ, state, event string }

// BenchmarkNextStringMapBaseline is the peer-style baseline: the same moves looked up in a
// map keyed by names, built once from the same table.
func BenchmarkNextStringMapBaseline(b *testing.B) {
	m := map[stringKey]string{}
	for r := range order.Transitions() {
		for ty := range r.Types.All() {
			m[stringKey{ty.String(), r.From.String(), r.Event.String()}] = r.To.String()
		}
	}
	ts, ss, es := triples()
	keys := make([]stringKey, len(ts))
	for i := range ts {
		keys[i] = stringKey{ts[i].String(), ss[i].String(), es[i].String()}
	}
	b.ReportAllocs()
	i := 0
	var sink string
	for b.Loop() {
		to, ok := m[keys[i]]
		if !ok {
			b.Fatal("missing key")
		}
		sink = to
		if i++; i == len(keys) {
			i = 0
		}
	}
	_ = sink
}

var sinkOrder *order.Order

// BenchmarkApply runs a first filing from draft to approved on a fresh order each time.
// BenchmarkApplyStringMapBaseline does the same with a minimal hand-written state machine.
func BenchmarkApply(b *testing.B) {
	t := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	path := []order.Event{order.Submit, order.ProviderPass, order.PushToBureau, order.SMSVerified, order.BureauApprove}
	b.ReportAllocs()
	for b.Loop() {
		o, _ := order.New("bench", order.FirstFiling, t)
		for _, e := range path {
			if err := o.Apply(e, t); err != nil {
				b.Fatal(err)
			}
		}
		sinkOrder = o
	}
}

// naiveKey indexes the hand-written machine's table by status and event names.
type naiveKey struct{ status, event string }

// naiveEntry is one history line of the hand-written machine.
type naiveEntry struct {
	from, event, to string
	at              time.Time
}

// naiveOrder is the state machine a service writes by hand: the status as a string, the
// legal moves of one filing type in a map, the history as a slice.
type naiveOrder struct {
	id      string
	status  string
	updated time.Time
	history []naiveEntry
}

// apply looks the move up, refuses a clock going backwards and appends the entry.
func (o *naiveOrder) apply(table map[naiveKey]string, event string, at time.Time) error {
	to, ok := table[naiveKey{o.status, event}]
	if !ok {
		return fmt.Errorf("no move %s from %s", event, o.status)
	}
	if at.Before(o.updated) {
		return fmt.Errorf("time goes backwards: %v before %v", at, o.updated)
	}
	o.history = append(o.history, naiveEntry{from: o.status, event: event, to: to, at: at})
	o.status, o.updated = to, at
	return nil
}

// naiveFirstFilingTable returns the first-filing moves of the transition table keyed by names.
func naiveFirstFilingTable() map[naiveKey]string {
	m := map[naiveKey]string{}
	for r := range order.Transitions() {
		if r.Types.Has(order.FirstFiling) {
			m[naiveKey{r.From.String(), r.Event.String()}] = r.To.String()
		}
	}
	return m
}

var sinkNaiveOrder *naiveOrder

func BenchmarkApplyStringMapBaseline(b *testing.B) {
	t := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	table := naiveFirstFilingTable()
	var path []string
	for _, e := range []order.Event{order.Submit, order.ProviderPass, order.PushToBureau, order.SMSVerified, order.BureauApprove} {
		path = append(path, e.String())
	}
	draft := order.Draft.String()
	b.ReportAllocs()
	for b.Loop() {
		o := &naiveOrder{id: "bench", status: draft, updated: t}
		for _, e := range path {
			if err := o.apply(table, e, t); err != nil {
				b.Fatal(err)
			}
		}
		sinkNaiveOrder = o
	}
}

// TestApplyBaselineAgrees: the hand-written machine walks the benchmark path to the same
// final status with the same number of history entries as Order, so both do the same work.
func TestApplyBaselineAgrees(t *testing.T) {
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	path := []order.Event{order.Submit, order.ProviderPass, order.PushToBureau, order.SMSVerified, order.BureauApprove}
	o, err := order.New("bench", order.FirstFiling, at)
	if err != nil {
		t.Fatal(err)
	}
	n := &naiveOrder{id: "bench", status: order.Draft.String(), updated: at}
	table := naiveFirstFilingTable()
	for _, e := range path {
		if err := o.Apply(e, at); err != nil {
			t.Fatalf("Order.Apply(%v): %v", e, err)
		}
		if err := n.apply(table, e.String(), at); err != nil {
			t.Fatalf("baseline apply(%v): %v", e, err)
		}
	}
	if o.Status().String() != n.status || o.Status() != order.Approved {
		t.Errorf("final status: Order %v, baseline %s, want %v", o.Status(), n.status, order.Approved)
	}
	if got := len(o.History()); got != len(n.history) || got != len(path) {
		t.Errorf("history: Order %d entries, baseline %d, want %d", got, len(n.history), len(path))
	}
	// A move the table does not have is refused by both.
	if err := n.apply(table, order.Submit.String(), at); err == nil {
		t.Error("baseline accepted Submit on an approved order")
	}
}

var providerInputs = []struct {
	p     order.Provider
	label string
}{
	{order.Huawei, "接入商审核为待修改"}, {order.Huawei, "已备案"}, {order.Tencent, "等待管局审核"},
	{order.Alibaba, "工信部短信核验"}, {order.WeChat, "4"}, {order.MIIT, "1001"},
}

// BenchmarkParseProviderStatus maps console labels to statuses.
func BenchmarkParseProviderStatus(b *testing.B) {
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		in := providerInputs[i]
		s, err := order.ParseProviderStatus(in.p, in.label)
		if err != nil {
			b.Fatal(err)
		}
		sinkStatus = s
		if i++; i == len(providerInputs) {
			i = 0
		}
	}
}

type labelKey struct {
	p     order.Provider
	label string
}

// BenchmarkParseProviderStatusMapBaseline is the plain baseline: a map from (provider, label)
// to status holding the same inputs.
func BenchmarkParseProviderStatusMapBaseline(b *testing.B) {
	m := map[labelKey]order.Status{}
	for _, in := range providerInputs {
		s, err := order.ParseProviderStatus(in.p, in.label)
		if err != nil {
			b.Fatal(err)
		}
		m[labelKey(in)] = s
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		in := providerInputs[i]
		s, ok := m[labelKey(in)]
		if !ok {
			b.Fatal("missing")
		}
		sinkStatus = s
		if i++; i == len(providerInputs) {
			i = 0
		}
	}
}
