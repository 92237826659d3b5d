package validate

import (
	"context"
	"strconv"

	"github.com/beian-go/beian/number"
	"github.com/beian-go/beian/order"
	"github.com/beian-go/beian/province"
)

// OrderFacts are what the order-type rules need to know that neither the order nor its
// application records. The zero value claims nothing.
type OrderFacts struct {
	// ChangesApprovedData: besides adding, the order changes approved subject or service
	// data (address, contacts, certificates …).
	ChangesApprovedData bool
	// ShellSubject: the subject is filed but all its services were cancelled (空壳主体).
	ShellSubject bool
}

// CheckOrder runs [Validator.Check] on the order's application and adds the rules of its
// filing type (domain.md §4): 新增网站/新增APP need the existing subject number, 新增接入
// also the existing service numbers, which must belong to that subject; numbers that do not
// exist yet must be left empty; additions cannot be combined with changes; a shell subject
// may add services directly only in the provinces whose rules allow it. A nil order gives
// one problem.
func (v *Validator) CheckOrder(ctx context.Context, o *order.Order, facts OrderFacts) Report {
	if o == nil {
		c := v.newChecker(nil)
		c.application(ctx, nil)
		return c.report()
	}
	c := v.newChecker(&o.Application)
	c.application(ctx, &o.Application)
	c.then(ctx, func(c *checker) { c.orderRules(o.Type(), facts) })
	return c.report()
}

// typeArg names a filing type in both languages.
func typeArg(t order.Type) arg { return arg{t.Label(), t.String()} }

func (c *checker) orderRules(t order.Type, facts OrderFacts) {
	if !t.IsValid() {
		c.rule("", ruleOrderType)
		return
	}
	app := c.app
	ta := typeArg(t)
	req := t.Requires()
	subj, subjErr := number.Parse(app.Subject.Number)
	switch {
	case req.NeedsSubjectNumber && app.Subject.Number == "":
		c.rule("subject.number", ruleSubjectNumber, ta)
	case !req.NeedsSubjectNumber && app.Subject.Number != "":
		c.rule("subject.number", ruleOrderServiceNumbered, ta)
	case subjErr == nil && subj.Province().IsValid() && app.Subject.Province.IsValid() &&
		subj.Province() != app.Subject.Province:
		c.rule("subject.number", ruleSubjectNumberProv, provinceArg(subj.Province()), provinceArg(app.Subject.Province))
	}

	switch t {
	case order.NewWebsite, order.NewWebsiteElsewhere:
		if len(app.Websites) == 0 {
			c.rule("websites", ruleOrderNoWebsite, ta)
		}
	case order.NewApp:
		if len(app.Apps) == 0 {
			c.rule("apps", ruleOrderNoApp, ta)
		}
	case order.FirstFiling, order.NewAccess:
		if len(app.Websites) == 0 && len(app.Apps) == 0 {
			c.rule("", ruleOrderNoService, ta)
		}
	}
	c.serviceNumbers(t, req.NeedsServiceNumber, subj, subjErr == nil)

	adds := order.Additions.Has(t) && t != order.FirstFiling
	if adds && facts.ChangesApprovedData {
		c.rule("", ruleAddWhileChange, ta)
	}
	if adds && t != order.NewAccess && facts.ShellSubject {
		if _, ok := c.ruleIn(province.RuleShellSubjectMayAdd, c.subjectKind()); !ok {
			c.rule("subject.number", ruleShellSubject, provinceArg(c.prov), ta)
		}
	}
}

// serviceNumbers checks the service numbers of websites and APPs against the filing type:
// required (and under the subject's number) when the service exists already, empty when the
// order creates it.
func (c *checker) serviceNumbers(t order.Type, needed bool, subj number.Number, haveSubj bool) {
	ta := typeArg(t)
	check := func(path, num string) {
		switch {
		case needed && num == "":
			c.rule(path, ruleServiceNumber, ta)
		case !needed && num != "" && order.Additions.Has(t):
			c.rule(path, ruleOrderServiceNumbered, ta)
		case needed && haveSubj:
			if n, err := number.Parse(num); err == nil && n.Kind() == number.KindICPFiling && n.Subject() != subj {
				c.rule(path, ruleServiceUnderSubject, same(subj.String()))
			}
		}
	}
	for i := range c.app.Websites {
		check("websites["+strconv.Itoa(i)+"].number", c.app.Websites[i].Number)
	}
	for i := range c.app.Apps {
		check("apps["+strconv.Itoa(i)+"].number", c.app.Apps[i].Number)
	}
}
