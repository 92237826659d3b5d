package ordertest

import (
	"fmt"
	"slices"
	"time"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/icp/icptest"
	"github.com/beian-go/beian/number"
	"github.com/beian-go/beian/number/numbertest"
	"github.com/beian-go/beian/order"
)

// DefaultID is the ID of orders built without [WithID].
const DefaultID = "order-test-0001"

// Option changes what [Order] builds.
type Option func(*config)

type config struct {
	id      string
	created time.Time
	seed    uint64
	app     *icp.Application
	appOpts []icptest.Option
	status  order.Status
}

// WithID sets the order's ID (default [DefaultID]).
func WithID(id string) Option { return func(c *config) { c.id = id } }

// CreatedAt sets the creation time (default [icptest.Reference]).
func CreatedAt(t time.Time) Option { return func(c *config) { c.created = t } }

// Seed draws the application's identifiers and the filing numbers from
// generators seeded with seed, for varied orders. The default,
// [icptest.ApplicationSeed], gives the application of [icptest.Application].
func Seed(seed uint64) Option { return func(c *config) { c.seed = seed } }

// WithApplication makes the order carry a copy of app instead of a built
// one; no filing numbers are added to it.
func WithApplication(app *icp.Application) Option { return func(c *config) { c.app = app } }

// AppOptions passes options to the application builder
// ([icptest.Generator.Application]), after the ones the filing type implies.
func AppOptions(opts ...icptest.Option) Option {
	return func(c *config) { c.appOpts = append(c.appOpts, opts...) }
}

// InStatus moves the built order to status s with [DriveTo], one hour after
// its creation.
func InStatus(s order.Status) Option { return func(c *config) { c.status = s } }

// Order returns a new order of filing type t. Its application is valid for
// the type: a first filing carries one website without numbers; types that
// name existing filings ([order.Type.Requires]) carry a subject number in
// the subject's province and, where needed, service numbers under it; 新增APP,
// 变更APP and 注销APP carry one APP and no website. validate's CheckOrder at
// [icptest.Reference] reports no errors for it.
//
// Order panics when t is not a filing type or when [InStatus] names a status
// the type cannot reach: both are mistakes in the test.
func Order(t order.Type, opts ...Option) *order.Order {
	c := config{id: DefaultID, created: icptest.Reference(), seed: icptest.ApplicationSeed}
	for _, o := range opts {
		o(&c)
	}
	o, err := order.New(c.id, t, c.created)
	if err != nil {
		panic(fmt.Sprintf("ordertest: Order(%v): %v", t, err))
	}
	if c.app != nil {
		o.Application = copyApplication(c.app)
	} else {
		o.Application = *application(t, c)
	}
	if c.status != 0 {
		if err := DriveTo(o, c.status, c.created.Add(time.Hour)); err != nil {
			panic(fmt.Sprintf("ordertest: InStatus(%v): %v", c.status, err))
		}
	}
	return o
}

// appTypes are the filing types about an APP.
var appTypes = order.TypesOf(order.NewApp, order.ChangeApp, order.CancelApp)

// application builds the application for type t.
func application(t order.Type, c config) *icp.Application {
	var opts []icptest.Option
	if appTypes.Has(t) {
		opts = append(opts, icptest.Websites(0), icptest.Apps(1))
	}
	app := icptest.New(c.seed).Application(append(opts, c.appOpts...)...)
	req := t.Requires()
	if !req.NeedsSubjectNumber {
		return app
	}
	subject := numbertest.New(c.seed).ICPFiling(numbertest.InProvince(app.Subject.Province))
	app.Subject.Number = subject.String()
	if !req.NeedsServiceNumber {
		return app
	}
	seq := 0
	for i := range app.Websites {
		seq++
		app.Websites[i].Number = mustService(subject, seq, number.ServiceWebsite)
	}
	for i := range app.Apps {
		seq++
		app.Apps[i].Number = mustService(subject, seq, number.ServiceApp)
	}
	return app
}

func mustService(subject number.Number, seq int, s number.Service) string {
	n, err := subject.WithService(seq, s)
	if err != nil {
		panic("ordertest: " + err.Error())
	}
	return n.String()
}

// copyApplication copies app down to the lists inside its websites and
// APPs, so that the order does not share any slice with the caller.
func copyApplication(app *icp.Application) icp.Application {
	c := *app
	c.Websites = slices.Clone(app.Websites)
	for i := range c.Websites {
		w := &c.Websites[i]
		w.Domains = slices.Clone(w.Domains)
		w.HomeURLs = slices.Clone(w.HomeURLs)
		w.PreApprovals = slices.Clone(w.PreApprovals)
		w.IPRanges = slices.Clone(w.IPRanges)
		w.Languages = slices.Clone(w.Languages)
	}
	c.Apps = slices.Clone(app.Apps)
	for i := range c.Apps {
		a := &c.Apps[i]
		a.Platforms = slices.Clone(a.Platforms)
		a.Domains = slices.Clone(a.Domains)
		a.PreApprovals = slices.Clone(a.PreApprovals)
		a.IPRanges = slices.Clone(a.IPRanges)
	}
	return c
}
