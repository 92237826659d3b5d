package validatetest_test

import (
	"context"
	"fmt"

	"github.com/google/go-cmp/cmp"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/icp/icptest"
	"github.com/beian-go/beian/validate"
	"github.com/beian-go/beian/validate/validatetest"
)

// A downstream test changes one field of a valid application and states the
// one problem it expects by path, rule and rectification code; messages,
// order and provincial warnings are left out of the comparison.
func ExampleReportOptions() {
	app := icptest.Application(icptest.WithSubject(func(s *icp.Subject) {
		s.Principal.EmergencyPhone = s.Principal.Mobile
	}))
	report := validate.New(validate.At(icptest.Reference())).Check(context.Background(), app)

	want := []validate.Problem{{
		Path:          "subject.principal.emergencyPhone",
		Rule:          "mobile_equals_emergency",
		Rectification: string(icp.CodeContactMobileEqualsEmergency),
	}}
	diff := cmp.Diff(want, report.Problems, validatetest.ReportOptions(), validatetest.IgnoreWarnings())
	fmt.Println("as expected:", diff == "")
	// Output: as expected: true
}
