package icp

import "github.com/shopspring/decimal"

// Licence is the data of a company that holds or applies for an operating
// (经营性) ICP licence — a value-added telecom licence. Operating services need
// it in addition to the filing number, which comes first. Amounts are exact
// decimals: RegisteredCapital in yuan, ForeignShare as a ratio from 0 to 1
// (0.5 is 50 %).
//
// The thresholds a licence must meet depend on its scope and on the date;
// they are data in [LicenceRules], and [Licence.Shortfalls] checks them. The
// zero Licence is empty and fails validation.
type Licence struct {
	// Holder is the company name as on its business licence.
	Holder string `json:"holder" validate:"required,max=128"`
	// CreditCode is the company's unified social credit code.
	CreditCode CreditCode `json:"creditCode" validate:"required,cn_credit_code"`
	// Scope is provincial or cross-regional.
	Scope LicenceScope `json:"scope" validate:"required,enum_valid"`
	// RegisteredCapital is the registered capital in yuan.
	RegisteredCapital decimal.Decimal `json:"registeredCapital" validate:"dec_gt=0"`
	// ForeignShare is the share of foreign investors, 0 to 1.
	ForeignShare decimal.Decimal `json:"foreignShare" validate:"dec_gte=0,dec_lte=1"`
	// ECommerce marks an e-commerce business (在线数据处理与交易处理), which is
	// exempt from the foreign-share cap.
	ECommerce bool `json:"eCommerce,omitempty" validate:"omitempty"`
	// Number is the licence number once issued (京ICP证030173号, 京B2-20090059).
	Number string `json:"number,omitempty" validate:"omitempty,icp_number"`
}

// Shortfalls returns the catalogue codes of the thresholds l misses under the
// rule for its scope in force on day at: [CodeLicenceCapitalTooLow] and
// [CodeLicenceForeignShareTooHigh], in that order. It returns nil when l
// meets both or when no rule covers its scope.
func (l Licence) Shortfalls(at Date) []NoticeCode {
	r, ok := LicenceRuleFor(l.Scope, at)
	if !ok {
		return nil
	}
	var out []NoticeCode
	if !r.CapitalSufficient(l.RegisteredCapital) {
		out = append(out, CodeLicenceCapitalTooLow)
	}
	if !r.ForeignShareAllowed(l.ForeignShare, l.ECommerce) {
		out = append(out, CodeLicenceForeignShareTooHigh)
	}
	return out
}
