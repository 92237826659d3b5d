package ordertest_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/beian-go/beian/icp/icptest"
	"github.com/beian-go/beian/order"
	"github.com/beian-go/beian/order/ordertest"
	"github.com/beian-go/beian/validate"
)

// resubmit is the downstream code under test: a provider's order service
// that sends a rejected order back after the applicant fixed it.
func resubmit(o *order.Order, at time.Time) error {
	if o.Status() != order.BureauRejected {
		return errors.New("only orders the bureau rejected are resubmitted here")
	}
	return o.Apply(order.Resubmit, at, order.By("applicant"))
}

// A downstream test starts from an order already rejected by the bureau,
// without replaying submit, review, push and SMS by hand.
func Example() {
	o := ordertest.Order(order.NewWebsite, ordertest.InStatus(order.BureauRejected))
	fmt.Println(o.Status(), len(o.History()))

	err := resubmit(o, icptest.Reference().Add(48*time.Hour))
	fmt.Println(err, o.Status())

	report := validate.New(validate.At(icptest.Reference())).CheckOrder(context.Background(), o, validate.OrderFacts{})
	fmt.Println("errors:", report.Errors())
	// Output:
	// bureau-rejected 5
	// <nil> provider-review
	// errors: 0
}

// Path lists the shortest legal way between two statuses.
func ExamplePath() {
	path, ok := ordertest.Path(order.CancelAccess, order.Draft, order.Approved)
	fmt.Println(ok, path)
	_, ok = ordertest.Path(order.Claim, order.Draft, order.BureauReview)
	fmt.Println(ok)
	// Output:
	// true [submit provider-pass push-to-bureau bureau-approve]
	// false
}

// DriveTo moves an existing order; statuses the type cannot reach are an
// error that leaves the order alone.
func ExampleDriveTo() {
	o := ordertest.Order(order.Claim)
	at := icptest.Reference().Add(time.Hour)
	fmt.Println(ordertest.DriveTo(o, order.Approved, at), o.Status())
	err := ordertest.DriveTo(o, order.BureauReview, at)
	fmt.Println(errors.Is(err, ordertest.ErrUnreachable), o.Status())
	// Output:
	// <nil> approved
	// true approved
}
