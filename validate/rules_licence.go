package validate

import (
	"context"

	"github.com/beian-go/beian/icp"
)

// CheckLicence checks operating-licence data: its field tags (exact decimal comparisons on
// the capital and the foreign share) and, at the reference date, the thresholds of
// [icp.LicenceRuleFor] for its scope: the minimum registered capital and the foreign-share
// cap (e-commerce exempt). Thresholds the sources do not confirm give warnings, confirmed
// ones errors. A nil licence gives one problem. Paths are relative to the licence object.
func (v *Validator) CheckLicence(ctx context.Context, l *icp.Licence) Report {
	c := v.newChecker(nil)
	if l == nil {
		c.rule("", ruleInvalidInput, arg{"没有许可证数据", "no licence data"})
		return c.report()
	}
	if !c.hasRef {
		c.rule("", ruleReferenceTime)
		c.fieldProblems(ctx, l)
		return c.report()
	}
	c.fieldProblems(ctx, l)
	r, ok := icp.LicenceRuleFor(l.Scope, c.ref)
	if !ok {
		return c.report()
	}
	if !l.RegisteredCapital.IsZero() && !r.CapitalSufficient(l.RegisteredCapital) {
		c.ruleWithSeverity(r.CapitalConfirmed, "registeredCapital", ruleLicenceCapital, same(r.MinCapital.String()))
	}
	if !r.ForeignShareAllowed(l.ForeignShare, l.ECommerce) {
		c.ruleWithSeverity(r.ForeignShareConfirmed, "foreignShare", ruleLicenceForeignShare, same(r.MaxForeignShare.String()))
	}
	return c.report()
}

// ruleWithSeverity reports a rule as an error when its threshold is confirmed, else as a
// warning.
func (c *checker) ruleWithSeverity(confirmed bool, path, code string, args ...arg) {
	n := len(c.problems)
	c.rule(path, code, args...)
	if !confirmed {
		c.problems[n].Severity = SeverityWarning
	}
}
