package order

import (
	"database/sql/driver"
	"iter"
	"strconv"
)

// Provider names a source of status vocabulary: a cloud provider's filing console, the WeChat
// mini-program filing API, or MIIT's enterprise-side ISP system. The zero value is unknown.
// Providers encode as their stable ASCII name.
type Provider uint8

// The providers whose status words [ParseProviderStatus] knows (domain.md §3.1, §3.3).
const (
	// Huawei is Huawei Cloud's filing console (华为云).
	Huawei Provider = iota + 1
	// Tencent is Tencent Cloud's filing console (腾讯云), current and 2016-era labels.
	Tencent
	// Alibaba is Alibaba Cloud's filing console (阿里云).
	Alibaba
	// WeChat is the WeChat mini-program filing API (getIcpEntranceInfo status codes) and the
	// words the WeChat console shows for them.
	WeChat
	// MIIT is the enterprise-side ISP system through which providers file with the bureaus:
	// its record lists and its 1001/1002 result codes.
	MIIT

	providerEnd
)

var providerNames = [...]naming{
	{},
	Huawei:  {"huawei", "华为云"},
	Tencent: {"tencent", "腾讯云"},
	Alibaba: {"alibaba", "阿里云"},
	WeChat:  {"wechat", "微信小程序"},
	MIIT:    {"miit", "工信部备案系统"},
}

// ParseProvider returns the provider whose ASCII name is exactly s ("huawei", "wechat", …).
// Anything else is a [*ParseError] matching [ErrUnknownName].
func ParseProvider(s string) (Provider, error) {
	return parseEnum[Provider](s, providerNames[:], "provider", false)
}

// Providers yields every provider in increasing order.
func Providers() iter.Seq[Provider] { return allEnum[Provider](providerNames[:]) }

// IsValid reports whether p is one of the defined providers (the zero value is not).
func (p Provider) IsValid() bool { return p > 0 && p < providerEnd }

// String returns the stable ASCII name ("huawei"), or "Provider(N)".
func (p Provider) String() string { return enumName(p, providerNames[:], "Provider") }

// Label returns the Chinese name (华为云), or "" for an undefined value.
func (p Provider) Label() string { return enumLabel(p, providerNames[:]) }

// AppendText appends the ASCII name; the zero value appends nothing. An undefined value is a
// [*ValueError].
func (p Provider) AppendText(b []byte) ([]byte, error) {
	return appendEnum(b, p, providerNames[:], "provider")
}

// MarshalText returns the ASCII name; the zero value marshals as empty text.
func (p Provider) MarshalText() ([]byte, error) { return p.AppendText(nil) }

// UnmarshalText sets p from an ASCII name; empty text gives the zero value. On error p is
// unchanged.
func (p *Provider) UnmarshalText(text []byte) error {
	v, err := parseEnum[Provider](string(text), providerNames[:], "provider", true)
	if err == nil {
		*p = v
	}
	return err
}

// Scan implements [database/sql.Scanner]: a string or []byte name, NULL or "" for the zero
// value. On error p is unchanged.
func (p *Provider) Scan(src any) error { return scanEnum(p, src, providerNames[:], "provider") }

// Value implements [database/sql/driver.Valuer]: the ASCII name, or NULL for the zero value.
func (p Provider) Value() (driver.Value, error) {
	return valueEnum(p, providerNames[:], "provider")
}

// providerLabel maps one of a provider's status words to the canonical status.
type providerLabel struct {
	label  string
	status Status
}

// providerLabels lists, per provider, every status word known. Several words may map to one
// status; a provider may show one word for two canonical statuses (Huawei's 待管局审核 covers
// SMS verification and bureau review), in which case the later status is given.
var providerLabels = [...][]providerLabel{
	Huawei: {
		{"待完善备案信息", Draft},
		{"等待初审", ProviderReview},
		{"待接入商审核", ProviderReview},
		{"已修改待审核", ProviderReview},
		{"接入商审核为待修改", ProviderReturned},
		{"初审驳回", ProviderRejected},
		{"待提交管局", AwaitingBureauSubmission},
		{"待管局审核", BureauReview},
		{"管局审核中", BureauReview},
		{"管局驳回", BureauRejected},
		{"已备案", Approved},
		{"管局审核通过", Approved},
	},
	Tencent: {
		// Tencent's 2016 flow checked the first review, the curtain photo and (for units) the
		// mailed originals in turn; every one of those results is still provider review.
		{"已提交", ProviderReview},
		{"初审通过", ProviderReview},
		{"初审驳回", ProviderRejected},
		{"照片审核通过", ProviderReview},
		{"照片审核驳回", ProviderRejected},
		{"邮寄材料审核通过", ProviderReview},
		{"邮寄材料审核驳回", ProviderRejected},
		{"等待提交管局审核", AwaitingBureauSubmission},
		{"等待管局审核", BureauReview},
		{"管局审核驳回", BureauRejected},
		{"备案成功", Approved},
		{"放弃备案", Abandoned},
	},
	Alibaba: {
		{"阿里云初审", ProviderReview},
		{"当面核验照片审核", ProviderReview},
		{"待提交管局", AwaitingBureauSubmission},
		{"工信部短信核验", SMSVerification},
		{"管局审核", BureauReview},
		{"备案成功", Approved},
	},
	WeChat: {
		{"未备案", Draft},
		{"平台审核中", ProviderReview},
		{"平台审核驳回", ProviderRejected},
		{"管局审核中", BureauReview},
		{"管局审核驳回", BureauRejected},
		{"已备案", Approved},
	},
	MIIT: {
		{"等待核实信息", ProviderReview},
		{"等待上交信息", AwaitingBureauSubmission},
		{"等待管局审核", BureauReview},
		{"退回信息处理", BureauRejected},
		{"审核通过信息", Approved},
		{"1001", Approved},
		{"1002", BureauRejected},
	},
}

// ParseProviderStatus maps a status word of provider p to the canonical status. The label
// must match exactly, as the provider shows it (no trimming, no width folding). For [WeChat]
// the decimal status codes of getIcpEntranceInfo are accepted too ("2" … "6", "1024" …
// "1031"); for [MIIT] the result codes "1001" and "1002".
//
// A word the provider is not known to use is a [*ParseError] matching [ErrUnknownName]; an
// undefined provider is a [*ValueError].
func ParseProviderStatus(p Provider, label string) (Status, error) {
	if !p.IsValid() {
		return 0, &ValueError{Enum: "provider", Value: uint8(p)}
	}
	if int(p) < len(providerLabels) {
		for _, l := range providerLabels[p] {
			if l.label == label {
				return l.status, nil
			}
		}
	}
	if p == WeChat {
		if code, err := strconv.Atoi(label); err == nil && strconv.Itoa(code) == label {
			if s, err := WeChatStatus(code, 0); err == nil {
				return s, nil
			}
		}
	}
	return 0, &ParseError{Enum: p.String() + " status", Input: label, Err: ErrUnknownName}
}

// WeChatStatus maps the status and sms_verify_status fields of WeChat's getIcpEntranceInfo
// to the canonical status. status 1024–1031 (未备案, with flags for missing data) is [Draft],
// 2 provider review, 3 provider rejection, 4 the bureau, 5 bureau rejection, 6 approved.
// Within status 4, sms 1 (waiting) is [SMSVerification], 2 (done) or 0 (absent) is
// [BureauReview], and 3 (timed out) is [ProviderReview]: a lapsed code returns the filing to
// the platform. Other values are a [*ParseError] matching [ErrUnknownName].
func WeChatStatus(status, sms int) (Status, error) {
	switch {
	case status >= 1024 && status <= 1031:
		return Draft, nil
	case status == 2:
		return ProviderReview, nil
	case status == 3:
		return ProviderRejected, nil
	case status == 4 && (sms == 0 || sms == 2):
		return BureauReview, nil
	case status == 4 && sms == 1:
		return SMSVerification, nil
	case status == 4 && sms == 3:
		return ProviderReview, nil
	case status == 5:
		return BureauRejected, nil
	case status == 6:
		return Approved, nil
	}
	return 0, &ParseError{
		Enum:  "wechat status",
		Input: strconv.Itoa(status) + "/" + strconv.Itoa(sms),
		Err:   ErrUnknownName,
	}
}

// huaweiLabels is indexed by Status: the word Huawei Cloud's console shows.
var huaweiLabels = [...]string{
	Draft:                    "待完善备案信息",
	ProviderReview:           "等待初审",
	ProviderReturned:         "接入商审核为待修改",
	ProviderRejected:         "初审驳回",
	AwaitingBureauSubmission: "待提交管局",
	SMSVerification:          "待管局审核",
	BureauReview:             "待管局审核",
	BureauRejected:           "管局驳回",
	Approved:                 "已备案",
	Abandoned:                "",
	Expired:                  "",
}

// HuaweiLabel returns the word Huawei Cloud's console shows for s (等待初审, 待管局审核, …).
// Huawei shows one word for SMS verification and bureau review, and none for abandoned or
// expired orders (they move to 历史备案订单), for which the result is "". For an order back in
// review after it was returned for changes and resubmitted Huawei shows 已修改待审核; see
// [Order.HuaweiLabel].
// ParseProviderStatus(Huawei, HuaweiLabel(s)) gives s back for every status with a label,
// except that SMS verification reads back as bureau review.
func HuaweiLabel(s Status) string {
	if !s.IsValid() || int(s) >= len(huaweiLabels) {
		return ""
	}
	return huaweiLabels[s]
}
