package order_test

import (
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

// BenchmarkApply runs a first filing from draft to approved on a fresh order each time.
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
