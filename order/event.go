package order

import (
	"database/sql/driver"
	"iter"
)

// Event is something that happens to a filing order: an action of the applicant, of the
// provider's filing specialist, of MIIT's SMS check, of the communications administration,
// or of a timer. The zero value is unknown. Events encode as their stable ASCII name.
type Event uint8

// The events of the canonical machine (domain.md §3.2–3.4).
const (
	// Submit: the applicant sends a completed draft to the provider's first review (提交初审).
	Submit Event = iota + 1
	// ProviderReturn: the specialist returns the order for missing material (退回修改, Huawei
	// 待修改).
	ProviderReturn
	// ProviderReject: the specialist rejects the order (初审驳回).
	ProviderReject
	// ProviderPass: the first review passes (初审通过).
	ProviderPass
	// Withdraw: the applicant withdraws an order under provider review to edit it (撤销备案).
	// Not allowed for cancellations or once the order is at the bureau.
	Withdraw
	// Resubmit: the applicant sends a corrected order back to the provider (重新提交).
	Resubmit
	// PushToBureau: the provider submits the order to the communications administration
	// through MIIT (提交管局).
	PushToBureau
	// SMSVerified: every required person entered the MIIT SMS code (短信核验通过).
	SMSVerified
	// SMSFailed: the SMS code lapsed after 24 hours, or a sixth entry followed five wrong ones;
	// MIIT returns the order to the provider (短信核验失败).
	SMSFailed
	// BureauApprove: the administration approves the order (管局审核通过).
	BureauApprove
	// BureauReject: the administration rejects the order (管局驳回).
	BureauReject
	// Abandon: the applicant gives the order up (放弃备案). Allowed for any type while the
	// order is not at the bureau.
	Abandon
	// Expire: the provider invalidates an order that waited on the applicant too long
	// (订单失效; see [ProviderIdleLimit]).
	Expire

	eventEnd
)

var eventNames = [...]naming{
	{},
	Submit:         {"submit", "提交初审"},
	ProviderReturn: {"provider-return", "退回修改"},
	ProviderReject: {"provider-reject", "初审驳回"},
	ProviderPass:   {"provider-pass", "初审通过"},
	Withdraw:       {"withdraw", "撤销备案"},
	Resubmit:       {"resubmit", "重新提交"},
	PushToBureau:   {"push-to-bureau", "提交管局"},
	SMSVerified:    {"sms-verified", "短信核验通过"},
	SMSFailed:      {"sms-failed", "短信核验失败"},
	BureauApprove:  {"bureau-approve", "管局审核通过"},
	BureauReject:   {"bureau-reject", "管局驳回"},
	Abandon:        {"abandon", "放弃备案"},
	Expire:         {"expire", "订单失效"},
}

// ParseEvent returns the event whose ASCII name is exactly s ("submit", "sms-failed", …).
// Anything else is a [*ParseError] matching [ErrUnknownName].
func ParseEvent(s string) (Event, error) {
	return parseEnum[Event](s, eventNames[:], "event", false)
}

// Events yields every event in increasing order, from [Submit] to [Expire].
func Events() iter.Seq[Event] { return allEnum[Event](eventNames[:]) }

// IsValid reports whether e is one of the defined events (the zero value is not).
func (e Event) IsValid() bool { return e > 0 && e < eventEnd }

// String returns the stable ASCII name ("push-to-bureau"), or "Event(N)".
func (e Event) String() string { return enumName(e, eventNames[:], "Event") }

// Label returns the Chinese name (提交管局), or "" for an undefined value.
func (e Event) Label() string { return enumLabel(e, eventNames[:]) }

// AppendText appends the ASCII name; the zero value appends nothing. An undefined value is a
// [*ValueError].
func (e Event) AppendText(b []byte) ([]byte, error) {
	return appendEnum(b, e, eventNames[:], "event")
}

// MarshalText returns the ASCII name; the zero value marshals as empty text.
func (e Event) MarshalText() ([]byte, error) { return e.AppendText(nil) }

// UnmarshalText sets e from an ASCII name; empty text gives the zero value. On error e is
// unchanged.
func (e *Event) UnmarshalText(text []byte) error {
	v, err := parseEnum[Event](string(text), eventNames[:], "event", true)
	if err == nil {
		*e = v
	}
	return err
}

// Scan implements [database/sql.Scanner]: a string or []byte name, NULL or "" for the zero
// value. On error e is unchanged.
func (e *Event) Scan(src any) error { return scanEnum(e, src, eventNames[:], "event") }

// Value implements [database/sql/driver.Valuer]: the ASCII name, or NULL for the zero value.
func (e Event) Value() (driver.Value, error) { return valueEnum(e, eventNames[:], "event") }
