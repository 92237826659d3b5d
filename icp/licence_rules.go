package icp

import "github.com/shopspring/decimal"

// LicenceRule is one dated row of the operating-licence thresholds: from day
// From on, a licence of scope Scope needs at least MinCapital yuan of
// registered capital, and foreign investors may hold at most MaxForeignShare
// unless the business is e-commerce and ECommerceExempt is set.
//
// The Confirmed flags tell whether the stored sources state the figure or it
// is carried from memory of the regulation and still to be checked
// (domain.md §5.10).
type LicenceRule struct {
	// From is the first day the rule applies; the zero Date means the rule
	// holds from before any date the package models.
	From Date
	// Scope is the licence scope the rule is for.
	Scope LicenceScope
	// MinCapital is the minimum registered capital in yuan.
	MinCapital decimal.Decimal
	// MaxForeignShare is the highest allowed foreign share, as a ratio.
	MaxForeignShare decimal.Decimal
	// ECommerceExempt lifts the foreign-share cap for e-commerce.
	ECommerceExempt bool
	// CapitalConfirmed reports whether the sources confirm MinCapital.
	CapitalConfirmed bool
	// ForeignShareConfirmed reports whether the sources confirm MaxForeignShare.
	ForeignShareConfirmed bool
	// Source names where the figures come from.
	Source string
}

// licenceRules is read-only; LicenceRules returns copies. Rows of one scope
// are in ascending From order.
var licenceRules = [...]LicenceRule{
	{
		Scope:                 ScopeProvincial,
		MinCapital:            decimal.NewFromInt(1_000_000),
		MaxForeignShare:       decimal.New(5, -1),
		ECommerceExempt:       true,
		CapitalConfirmed:      true,
		ForeignShareConfirmed: true,
		Source:                "provider guidance (registered capital usually ¥1,000,000 or more); national negative list on value-added telecom (foreign share ≤ 50 %, e-commerce excepted)",
	},
	{
		Scope:                 ScopeCrossRegional,
		MinCapital:            decimal.NewFromInt(10_000_000),
		MaxForeignShare:       decimal.New(5, -1),
		ECommerceExempt:       true,
		CapitalConfirmed:      false,
		ForeignShareConfirmed: true,
		Source:                "《电信业务经营许可管理办法》 as remembered, not confirmed in the stored sources (¥10,000,000); national negative list (foreign share ≤ 50 %, e-commerce excepted)",
	},
}

// LicenceRules returns the whole rule table as a new slice, grouped by scope
// and in ascending From order within a scope.
func LicenceRules() []LicenceRule { return append([]LicenceRule(nil), licenceRules[:]...) }

// LicenceRuleFor returns the rule for scope s in force on day at: the row
// with the latest From that is not after at. A zero at selects the earliest
// row.
func LicenceRuleFor(s LicenceScope, at Date) (LicenceRule, bool) {
	var found LicenceRule
	ok := false
	for _, r := range licenceRules {
		if r.Scope != s {
			continue
		}
		if at.IsZero() {
			return r, true
		}
		if !r.From.After(at) {
			found, ok = r, true
		}
	}
	return found, ok
}

// CapitalSufficient reports whether capital (in yuan) meets r.MinCapital.
func (r LicenceRule) CapitalSufficient(capital decimal.Decimal) bool {
	return capital.GreaterThanOrEqual(r.MinCapital)
}

// ForeignShareAllowed reports whether a foreign share (a ratio) is within
// r.MaxForeignShare, or within 1 for an e-commerce business when
// r.ECommerceExempt is set. Negative shares are never allowed.
func (r LicenceRule) ForeignShareAllowed(share decimal.Decimal, eCommerce bool) bool {
	if share.IsNegative() {
		return false
	}
	if eCommerce && r.ECommerceExempt {
		return share.LessThanOrEqual(decimal.NewFromInt(1))
	}
	return share.LessThanOrEqual(r.MaxForeignShare)
}
