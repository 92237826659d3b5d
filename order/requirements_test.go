package order_test

import (
	"testing"

	"github.com/beian-go/beian/order"
)

func TestRequires(t *testing.T) {
	const (
		subj = order.SubjectPrincipal
		serv = order.ServicePrincipal
	)
	tests := []struct {
		typ     order.Type
		subject bool
		service bool
		sms     order.Recipients
	}{
		// A first filing has no number yet; both principals verify.
		{order.FirstFiling, false, false, subj | serv},
		// Adding a site names the subject number; the site principal verifies.
		{order.NewWebsite, true, false, serv},
		{order.NewWebsiteElsewhere, true, false, serv},
		{order.NewApp, true, false, serv},
		// New access names both numbers, which must match the approved data.
		{order.NewAccess, true, true, serv},
		// Changes verify whoever's data changes.
		{order.ChangeSubject, true, false, subj},
		{order.ChangeWebsite, true, true, serv},
		{order.ChangeApp, true, true, serv},
		// Cancellations are SMS-verified since 2020-08-17…
		{order.CancelSubject, true, false, subj},
		{order.CancelWebsite, true, true, serv},
		{order.CancelApp, true, true, serv},
		// …except 取消接入.
		{order.CancelAccess, true, true, 0},
		// A claim never reaches MIIT.
		{order.Claim, true, false, 0},
	}
	seen := map[order.Type]bool{}
	for _, tc := range tests {
		seen[tc.typ] = true
		r := tc.typ.Requires()
		if r.NeedsSubjectNumber != tc.subject || r.NeedsServiceNumber != tc.service || r.SMS != tc.sms {
			t.Errorf("%v.Requires() = %+v; want subject %v, service %v, SMS %v", tc.typ, r, tc.subject, tc.service, tc.sms)
		}
	}
	for ty := range order.Types() {
		if !seen[ty] {
			t.Errorf("%v has no expectation in TestRequires", ty)
		}
		// The SMS data and the table agree: a type has SMS recipients exactly when the table
		// can take it into SMS verification.
		hasSMS := ty.Requires().SMS != 0
		reachesSMS := reachable(ty, order.Draft)[order.SMSVerification]
		if hasSMS != reachesSMS {
			t.Errorf("%v: SMS recipients %v but the table reaches SMS verification: %v", ty, ty.Requires().SMS, reachesSMS)
		}
	}
	if (order.Type(0).Requires() != order.Requirements{}) || (order.Type(99).Requires() != order.Requirements{}) {
		t.Errorf("undefined types have requirements")
	}
}

func TestRecipients(t *testing.T) {
	tests := []struct {
		r           order.Recipients
		name, label string
		subj, serv  bool
	}{
		// Nobody: no SMS step.
		{0, "none", "无", false, false},
		// One principal.
		{order.SubjectPrincipal, "subject-principal", "主体负责人", true, false},
		{order.ServicePrincipal, "service-principal", "网站/APP负责人", false, true},
		// Both, in a fixed order.
		{order.ServicePrincipal | order.SubjectPrincipal, "subject-principal|service-principal", "主体负责人、网站/APP负责人", true, true},
		// Undefined bits.
		{order.Recipients(8), "Recipients(8)", "", false, false},
	}
	for _, tc := range tests {
		if tc.r.String() != tc.name || tc.r.Label() != tc.label ||
			tc.r.Has(order.SubjectPrincipal) != tc.subj || tc.r.Has(order.ServicePrincipal) != tc.serv {
			t.Errorf("Recipients(%d) = %q / %q / %v %v", tc.r, tc.r.String(), tc.r.Label(),
				tc.r.Has(order.SubjectPrincipal), tc.r.Has(order.ServicePrincipal))
		}
	}
}
