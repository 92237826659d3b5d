package icp_test

import (
	"net/netip"
	"slices"
	"testing"

	"github.com/beian-go/beian/icp"
)

// TestIPRange covers validity, membership and the MIIT text form.
func TestIPRange(t *testing.T) {
	a := netip.MustParseAddr
	tests := []struct {
		r     icp.IPRange
		valid bool
		text  string
		in    string
	}{
		{icp.IPRange{a("203.0.113.10"), a("203.0.113.10")}, true, "203.0.113.10", "203.0.113.10"},              // single address
		{icp.IPRange{a("203.0.113.10"), a("203.0.113.20")}, true, "203.0.113.10-203.0.113.20", "203.0.113.15"}, // range
		{icp.IPRange{a("2001:db8::1"), a("2001:db8::ff")}, true, "2001:db8::1-2001:db8::ff", "2001:db8::2"},    // IPv6
		{icp.IPRange{a("203.0.113.20"), a("203.0.113.10")}, false, "203.0.113.20-203.0.113.10", ""},            // reversed
		{icp.IPRange{a("203.0.113.1"), a("2001:db8::1")}, false, "203.0.113.1-2001:db8::1", ""},                // mixed families
		{icp.IPRange{}, false, "invalid IP", ""},                                                               // zero
	}
	for _, tt := range tests {
		if got := tt.r.IsValid(); got != tt.valid {
			t.Errorf("%v.IsValid() = %v", tt.r, got)
		}
		if got := tt.r.String(); got != tt.text {
			t.Errorf("String() = %q, want %q", got, tt.text)
		}
		if tt.in != "" && !tt.r.Contains(a(tt.in)) {
			t.Errorf("%v does not contain %s", tt.r, tt.in)
		}
		if tt.r.Contains(a("198.51.100.1")) {
			t.Errorf("%v contains an outside address", tt.r)
		}
	}
}

// TestApplicationIterators checks the paths, the order and early exit of
// Persons and Domains, and that Persons yields pointers into the value.
func TestApplicationIterators(t *testing.T) {
	app := loadApplication(t, "sample-application.json")
	var paths []string
	for path := range app.Persons() {
		paths = append(paths, path)
	}
	want := []string{"subject.principal", "websites[0].responsiblePerson", "websites[1].responsiblePerson", "apps[0].responsiblePerson"}
	if !slices.Equal(paths, want) {
		t.Errorf("Persons paths = %v", paths)
	}
	for _, p := range app.Persons() {
		p.Email = icp.Email{}
		break
	}
	if app.Subject.Principal.Email.IsValid() {
		t.Error("Persons does not yield pointers into the application")
	}
	var domains []string
	for path, d := range app.Domains() {
		domains = append(domains, path+"="+d.String())
	}
	wantD := []string{"websites[0].domains[0]=xinghe-example.cn", "websites[1].domains[0]=xinghe-edu-example.com", "apps[0].domains[0]=api.xinghe-example.cn"}
	if !slices.Equal(domains, wantD) {
		t.Errorf("Domains = %v", domains)
	}
	n := 0
	for range app.Domains() {
		n++
		break
	}
	if n != 1 {
		t.Errorf("Domains did not stop: %d", n)
	}
	w := app.Websites[1]
	if w.PreApprovalMask() != icp.PreApprovalEducation || app.Apps[0].PreApprovalMask() != 0 {
		t.Errorf("PreApprovalMask = %v", w.PreApprovalMask())
	}
	if got := w.PreApprovals[0].String(); got != "education:京教示例〔2024〕0001号:2027-12-31" {
		t.Errorf("PreApprovalItem.String() = %q", got)
	}
	if got := app.Apps[0].Platforms[1].String(); got != "ios:cn.xinghe.example.assistant" {
		t.Errorf("AppPlatform.String() = %q", got)
	}
	if !app.Websites[0].ResponsiblePerson.ValidOn(icp.MustParseDate("2029-07-15")) || app.Subject.IsIndividual() {
		t.Error("sample person or subject")
	}
}
