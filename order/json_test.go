package order_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/beian-go/beian/order"
)

func TestJSONRoundTrip(t *testing.T) {
	o := mustNew(t, order.FirstFiling)
	o.Application.Subject.Principal.Name = "王五"
	if err := o.Apply(order.Submit, hours(1), order.By("applicant"), order.Note("首次提交")); err != nil {
		t.Fatal(err)
	}
	applyAll(t, o, step{order.ProviderReturn, 5})

	data, err := json.Marshal(o)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`"id":"HW-2026-0001"`, `"type":"first-filing"`, `"status":"provider-returned"`,
		`"created":"2026-03-02T09:00:00+08:00"`, `"updated":"2026-03-02T14:00:00+08:00"`,
		`{"from":"draft","event":"submit","to":"provider-review","at":"2026-03-02T10:00:00+08:00","actor":"applicant","note":"首次提交"}`,
		`"application":{`,
	} {
		if !strings.Contains(string(data), want) {
			t.Errorf("JSON lacks %s:\n%s", want, data)
		}
	}
	// A value marshals the same as a pointer.
	if byValue, err := json.Marshal(*o); err != nil || string(byValue) != string(data) {
		t.Errorf("value and pointer marshal differently: %s", byValue)
	}

	var back order.Order
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if back.ID() != o.ID() || back.Type() != o.Type() || back.Status() != o.Status() ||
		!back.Created().Equal(o.Created()) || !back.Updated().Equal(o.Updated()) {
		t.Errorf("round trip gave %v; want %v", &back, o)
	}
	if diff := cmp.Diff(o.History(), back.History()); diff != "" {
		t.Errorf("history (-want +got):\n%s", diff)
	}
	if back.Application.Subject.Principal.Name != "王五" {
		t.Errorf("application lost in the round trip")
	}
	// The decoded order keeps working.
	if err := back.Apply(order.Resubmit, hours(6)); err != nil {
		t.Errorf("Apply after decoding: %v", err)
	}
	// A fresh order has an empty history, not null.
	fresh, _ := json.Marshal(mustNew(t, order.Claim))
	if !strings.Contains(string(fresh), `"history":[]`) {
		t.Errorf("fresh order JSON: %s", fresh)
	}
}

func TestJSONErrors(t *testing.T) {
	valid := `{"id":"x","type":"first-filing","status":"provider-review","created":"2026-03-02T09:00:00Z",` +
		`"updated":"2026-03-02T10:00:00Z","history":[{"from":"draft","event":"submit","to":"provider-review","at":"2026-03-02T10:00:00Z"}]}`
	tests := []struct {
		name string
		data string
		want error
	}{
		// Not JSON at all.
		{"syntax", `{"id":`, nil},
		// An unknown type name.
		{"unknown type", strings.Replace(valid, "first-filing", "first", 1), order.ErrUnknownName},
		// No type.
		{"no type", strings.Replace(valid, `"type":"first-filing",`, "", 1), order.ErrInvalidValue},
		// The stored status disagrees with the history.
		{"status mismatch", strings.Replace(valid, `"status":"provider-review"`, `"status":"approved"`, 1), order.ErrInconsistentHistory},
		// The stored update time disagrees with the history.
		{"updated mismatch", strings.Replace(valid, `"updated":"2026-03-02T10:00:00Z"`, `"updated":"2026-03-03T10:00:00Z"`, 1), order.ErrInconsistentHistory},
		// A history entry the table does not allow.
		{"illegal entry", strings.Replace(valid, `"event":"submit"`, `"event":"withdraw"`, 1), order.ErrIllegalTransition},
		// An entry before creation.
		{"entry before creation", strings.Replace(valid, `"created":"2026-03-02T09:00:00Z"`, `"created":"2026-03-02T11:00:00Z"`, 1), order.ErrTimeWentBack},
	}
	var ok order.Order
	if err := json.Unmarshal([]byte(valid), &ok); err != nil {
		t.Fatalf("the valid document fails: %v", err)
	}
	for _, tc := range tests {
		o := mustNew(t, order.CancelApp)
		applyAll(t, o, step{order.Submit, 1})
		before := snap(o)
		err := json.Unmarshal([]byte(tc.data), o)
		if err == nil || (tc.want != nil && !errors.Is(err, tc.want)) {
			t.Errorf("%s: error = %v; want %v", tc.name, err, tc.want)
		}
		if diff := cmp.Diff(before, snap(o)); diff != "" || o.Type() != order.CancelApp {
			t.Errorf("%s: failed decoding changed the order:\n%s", tc.name, diff)
		}
	}
}

// FuzzUnmarshalJSON decodes arbitrary documents into an order: no panic; a failure leaves
// the order unchanged; a success re-encodes to a document that decodes to the same order
// (the encoded form is a fixed point).
func FuzzUnmarshalJSON(f *testing.F) {
	o, _ := order.New("seed", order.FirstFiling, t0)
	for i, e := range []order.Event{order.Submit, order.ProviderPass, order.PushToBureau, order.SMSVerified, order.BureauApprove} {
		_ = o.Apply(e, hours(i+1), order.By("seed"))
		b, _ := json.Marshal(o)
		f.Add(b)
	}
	f.Add([]byte(`{"type":"cancel-access","status":"draft","created":"2026-01-01T00:00:00Z","updated":"2026-01-01T00:00:00Z","history":[]}`))
	f.Add([]byte(`{"type":"claim","history":null}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var target order.Order
		start, _ := order.New("keep", order.NewApp, t0)
		target = *start
		before := snap(&target)
		if err := json.Unmarshal(data, &target); err != nil {
			if diff := cmp.Diff(before, snap(&target)); diff != "" || target.ID() != "keep" {
				t.Fatalf("failed decoding changed the order: %s", diff)
			}
			return
		}
		checkHistory(t, &target)
		again, err := json.Marshal(&target)
		if err != nil {
			t.Fatalf("re-encoding a decoded order: %v", err)
		}
		var back order.Order
		if err := json.Unmarshal(again, &back); err != nil {
			t.Fatalf("decoding our own encoding %s: %v", again, err)
		}
		if diff := cmp.Diff(snap(&target), snap(&back)); diff != "" || back.ID() != target.ID() || back.Type() != target.Type() {
			t.Fatalf("encoding is not a fixed point (-first +second):\n%s", diff)
		}
	})
}
