package order

import (
	"database/sql/driver"
	"iter"
)

// Status is where a filing order stands in the canonical machine (domain.md §3.4). The zero
// value is unknown and is not a status any order can be in. Statuses encode as their stable
// ASCII name in text, JSON and SQL, so the numeric values may change between releases.
type Status uint8

// The canonical statuses, in the order an order usually meets them.
const (
	// Draft: the applicant is filling in the order; it has not gone to the provider's first
	// review (Huawei 待完善备案信息). Orders start here.
	Draft Status = iota + 1
	// ProviderReview: the provider's filing specialist is doing the first review (初审;
	// Huawei 等待初审, or 已修改待审核 when resubmitted after a return for changes).
	ProviderReview
	// ProviderReturned: the specialist asked for missing material or corrections (Huawei
	// 接入商审核为待修改); the applicant edits and resubmits.
	ProviderReturned
	// ProviderRejected: the specialist judged the information wrong (初审驳回: failed
	// liveness check, content violation, unanswered phone calls).
	ProviderRejected
	// AwaitingBureauSubmission: the first review passed and the provider has yet to push the
	// order to the communications administration (待提交管局).
	AwaitingBureauSubmission
	// SMSVerification: the order is at MIIT and waits for the people named in the filing to
	// enter the codes MIIT sent them by SMS (工信部短信核验).
	SMSVerification
	// BureauReview: the provincial communications administration reviews the order
	// (管局审核中 / 待管局审核).
	BureauReview
	// BureauRejected: the administration rejected the order (管局驳回); the applicant edits
	// and resubmits it to the provider.
	BureauRejected
	// Approved: the order succeeded (已备案; for a cancellation, the record is cancelled).
	// Terminal.
	Approved
	// Abandoned: the applicant gave the order up (放弃备案). Terminal; the order cannot be
	// restored, a new order starts again.
	Abandoned
	// Expired: the provider invalidated the order after it waited on the applicant too long
	// (45 days at Tencent and Alibaba). Terminal.
	Expired

	statusEnd // one past the last status; keeps the name table honest in tests
)

var statusNames = [...]naming{
	{},
	Draft:                    {"draft", "草稿"},
	ProviderReview:           {"provider-review", "接入商初审中"},
	ProviderReturned:         {"provider-returned", "初审待修改"},
	ProviderRejected:         {"provider-rejected", "初审驳回"},
	AwaitingBureauSubmission: {"awaiting-bureau-submission", "待提交管局"},
	SMSVerification:          {"sms-verification", "工信部短信核验"},
	BureauReview:             {"bureau-review", "管局审核中"},
	BureauRejected:           {"bureau-rejected", "管局驳回"},
	Approved:                 {"approved", "审核通过"},
	Abandoned:                {"abandoned", "已放弃"},
	Expired:                  {"expired", "已失效"},
}

// ParseStatus returns the status whose ASCII name is exactly s ("draft", "provider-review",
// …). Anything else, including "" and Chinese labels, is a [*ParseError] matching
// [ErrUnknownName]; use [ParseProviderStatus] for console labels.
func ParseStatus(s string) (Status, error) {
	return parseEnum[Status](s, statusNames[:], "status", false)
}

// Statuses yields every status in increasing order, from [Draft] to [Expired].
func Statuses() iter.Seq[Status] { return allEnum[Status](statusNames[:]) }

// IsValid reports whether s is one of the defined statuses (the zero value is not).
func (s Status) IsValid() bool { return s > 0 && s < statusEnd }

// String returns the stable ASCII name ("provider-review"), or "Status(N)" for an undefined
// value.
func (s Status) String() string { return enumName(s, statusNames[:], "Status") }

// Label returns the Chinese name (接入商初审中), or "" for an undefined value. Provider
// console wording differs; see [HuaweiLabel].
func (s Status) Label() string { return enumLabel(s, statusNames[:]) }

// IsTerminal reports whether s is [Approved], [Abandoned] or [Expired]: no event leaves it.
func (s Status) IsTerminal() bool { return s == Approved || s == Abandoned || s == Expired }

// Editable says what the applicant may change in status s, for any filing type. The answer
// for a particular order also depends on its type (cancellations cannot be withdrawn, so a
// cancellation under review is [Locked]); [Order.Editable] accounts for that.
//
// Fields fixed when the provider verified the filing type — province, subject nature,
// certificate type and number, domain — are never editable: changing them takes a new order.
// An undefined status gives the zero Editability.
func (s Status) Editable() Editability {
	switch s {
	case Draft, ProviderReturned, ProviderRejected, BureauRejected:
		return Open
	case ProviderReview, AwaitingBureauSubmission:
		return AfterWithdraw
	case SMSVerification, BureauReview, Approved, Abandoned, Expired:
		return Locked
	}
	return 0
}

// AppendText appends the ASCII name; the zero value appends nothing. An undefined value is a
// [*ValueError].
func (s Status) AppendText(b []byte) ([]byte, error) {
	return appendEnum(b, s, statusNames[:], "status")
}

// MarshalText returns the ASCII name; the zero value marshals as empty text.
func (s Status) MarshalText() ([]byte, error) { return s.AppendText(nil) }

// UnmarshalText sets s from an ASCII name; empty text gives the zero value. On error s is
// unchanged.
func (s *Status) UnmarshalText(text []byte) error {
	v, err := parseEnum[Status](string(text), statusNames[:], "status", true)
	if err == nil {
		*s = v
	}
	return err
}

// Scan implements [database/sql.Scanner]: a string or []byte name, NULL or "" for the zero
// value. On error s is unchanged.
func (s *Status) Scan(src any) error { return scanEnum(s, src, statusNames[:], "status") }

// Value implements [database/sql/driver.Valuer]: the ASCII name, or NULL for the zero value.
func (s Status) Value() (driver.Value, error) { return valueEnum(s, statusNames[:], "status") }

// Editability says what an applicant may change in an order in a given status (domain.md
// §3.1). The zero value is unknown.
type Editability uint8

// The three answers Huawei's console gives, which the other providers share.
const (
	// Locked: nothing can be changed — the order is at the bureau, or finished.
	Locked Editability = iota + 1
	// AfterWithdraw: the order must first be withdrawn (撤销), which returns it to [Draft].
	AfterWithdraw
	// Open: the editable fields can be changed directly (编辑).
	Open

	editabilityEnd
)

var editabilityNames = [...]naming{
	{},
	Locked:        {"locked", "不可修改"},
	AfterWithdraw: {"after-withdraw", "撤销后可修改"},
	Open:          {"open", "可直接修改"},
}

// IsValid reports whether e is one of the defined answers.
func (e Editability) IsValid() bool { return e > 0 && e < editabilityEnd }

// String returns the stable ASCII name ("after-withdraw"), or "Editability(N)".
func (e Editability) String() string { return enumName(e, editabilityNames[:], "Editability") }

// Label returns the Chinese wording (撤销后可修改), or "" for an undefined value.
func (e Editability) Label() string { return enumLabel(e, editabilityNames[:]) }
