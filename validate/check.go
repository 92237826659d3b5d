package validate

import (
	"context"
	"slices"
	"time"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/province"
)

// Check pre-checks a filing application the way a provider's first review would and returns
// every problem at once: the field tags of the model, the cross-field rules (ages, certificate
// validity, contact rules, naming, domains, home URLs) and the provincial rules in force at
// the reference time for the subject's province. A nil application gives one problem.
//
// When ctx is cancelled, Check stops between rule groups and the report carries a
// "check_cancelled" error (at path "", so it sorts first), so it is never mistaken for a
// clean one. Check does not modify app.
func (v *Validator) Check(ctx context.Context, app *icp.Application) Report {
	c := v.newChecker(app)
	c.application(ctx, app)
	return c.report()
}

func (v *Validator) newChecker(app *icp.Application) *checker {
	c := &checker{v: v, app: app}
	if !v.cfg.at.IsZero() {
		c.hasRef = true
		c.ref = v.ref
	}
	if app == nil {
		return c
	}
	c.prov = app.Subject.Province
	c.rules = v.rules[c.prov]
	return c
}

// provinceRuleTable lists, per province, the default rules that apply with the reference
// time at: those in force then, or without a time only the rules that have no dates. New
// builds it once; the slices are shared by every Check and only read.
func provinceRuleTable(at time.Time) map[province.Code][]province.Rule {
	t := map[province.Code][]province.Rule{}
	for r := range province.Rules() {
		if !r.Default {
			continue
		}
		if at.IsZero() && (!r.From.IsZero() || !r.Until.IsZero()) {
			continue
		}
		if !at.IsZero() && !r.InForce(at) {
			continue
		}
		t[r.Province] = append(t[r.Province], r)
	}
	for p, rs := range t {
		t[p] = slices.Clip(rs)
	}
	return t
}

// application runs every application-level rule group.
func (c *checker) application(ctx context.Context, app *icp.Application) {
	if app == nil {
		c.rule("", ruleInvalidInput, arg{"没有申请数据", "no application"})
		return
	}
	if !c.hasRef {
		c.rule("", ruleReferenceTime)
	}
	groups := [...]func(){
		// A copy, not the pointer: validator boxes every addressable field it visits to
		// look for its Valuer interface, while the fields of a value are boxed in place.
		func() { c.fieldProblems(ctx, *app) },
		c.subjectRules,
		c.personRules,
		c.websiteRules,
		c.provinceRules,
	}
	for _, g := range groups {
		if ctx.Err() != nil {
			c.rule("", ruleCancelled)
			return
		}
		g()
	}
}

// then runs the rule group extra, when there is one, after the application's; when ctx was
// cancelled by then it reports the check as cancelled instead of skipping extra silently.
func (c *checker) then(ctx context.Context, extra func(*checker)) {
	if extra == nil {
		return
	}
	if ctx.Err() != nil {
		c.rule("", ruleCancelled)
		return
	}
	extra(c)
}

// report sorts the problems; the list is empty rather than nil so that JSON shows [].
func (c *checker) report() Report {
	if len(c.problems) == 0 {
		return Report{Problems: []Problem{}}
	}
	return Report{Problems: sortProblems(c.problems)}
}

// provinceArg names a province in both languages.
func provinceArg(p province.Code) arg {
	if !p.IsValid() {
		return arg{"未知省份", "an unknown province"}
	}
	return arg{p.FullName(), p.String()}
}

// ruleIn returns the first default rule of kind k in force for the subject's province that
// covers a filer of kind s.
func (c *checker) ruleIn(k province.RuleKind, s province.Subject) (province.Rule, bool) {
	for _, r := range c.rules {
		if r.Kind == k && r.Subject.Covers(s) {
			return r, true
		}
	}
	return province.Rule{}, false
}

// subjectKind is the province.Subject of the application's subject.
func (c *checker) subjectKind() province.Subject {
	if c.app.Subject.Nature.IsIndividual() {
		return province.SubjectIndividual
	}
	return province.SubjectUnit
}
