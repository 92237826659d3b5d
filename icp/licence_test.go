package icp_test

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/beian-go/beian/icp"
)

// TestLicenceRules checks the threshold table of domain.md §5.10.
func TestLicenceRules(t *testing.T) {
	rules := icp.LicenceRules()
	if len(rules) < 2 {
		t.Fatalf("%d rules", len(rules))
	}
	prov, ok := icp.LicenceRuleFor(icp.ScopeProvincial, icp.MustParseDate("2026-01-01"))
	if !ok || !prov.MinCapital.Equal(decimal.NewFromInt(1_000_000)) || !prov.CapitalConfirmed {
		t.Errorf("provincial rule = %+v", prov)
	}
	cross, ok := icp.LicenceRuleFor(icp.ScopeCrossRegional, icp.Date{})
	if !ok || !cross.MinCapital.Equal(decimal.NewFromInt(10_000_000)) || cross.CapitalConfirmed {
		t.Errorf("cross-regional rule = %+v (must be flagged unconfirmed)", cross)
	}
	for _, r := range rules {
		if !r.MaxForeignShare.Equal(decimal.RequireFromString("0.5")) || !r.ECommerceExempt || r.Source == "" {
			t.Errorf("rule %+v", r)
		}
	}
	if _, ok := icp.LicenceRuleFor(0, icp.Date{}); ok {
		t.Error("rule for the unset scope")
	}
	// LicenceRules returns a copy.
	rules[0].Source = "changed"
	if icp.LicenceRules()[0].Source == "changed" {
		t.Error("LicenceRules exposes the table")
	}
}

// TestLicenceShortfalls checks the thresholds at their edges.
func TestLicenceShortfalls(t *testing.T) {
	at := icp.MustParseDate("2026-01-01")
	d := decimal.RequireFromString
	tests := []struct {
		scope   icp.LicenceScope
		capital string
		share   string
		ecom    bool
		want    []icp.NoticeCode
	}{
		{icp.ScopeProvincial, "1000000", "0", false, nil},                                                       // exactly the minimum
		{icp.ScopeProvincial, "999999.99", "0", false, []icp.NoticeCode{icp.CodeLicenceCapitalTooLow}},          // one cent short
		{icp.ScopeProvincial, "5000000", "0.5", false, nil},                                                     // exactly the cap
		{icp.ScopeProvincial, "5000000", "0.5001", false, []icp.NoticeCode{icp.CodeLicenceForeignShareTooHigh}}, // above the cap
		{icp.ScopeProvincial, "5000000", "1", true, nil},                                                        // e-commerce exemption
		{icp.ScopeProvincial, "5000000", "-0.1", true, []icp.NoticeCode{icp.CodeLicenceForeignShareTooHigh}},    // negative share
		{icp.ScopeCrossRegional, "9000000", "0.6", false, []icp.NoticeCode{icp.CodeLicenceCapitalTooLow, icp.CodeLicenceForeignShareTooHigh}},
		{0, "0", "1", false, nil}, // no rule for an unset scope
	}
	for _, tt := range tests {
		l := icp.Licence{Scope: tt.scope, RegisteredCapital: d(tt.capital), ForeignShare: d(tt.share), ECommerce: tt.ecom}
		if got := l.Shortfalls(at); !slices.Equal(got, tt.want) {
			t.Errorf("%v %s %s ecom=%v: %v, want %v", tt.scope, tt.capital, tt.share, tt.ecom, got, tt.want)
		}
	}
}

// TestLicenceJSON checks decimals survive a JSON round trip exactly.
func TestLicenceJSON(t *testing.T) {
	in := `{"holder":"北京星河示例科技有限公司","creditCode":"91110108MA0EXM7K8T","scope":"provincial",` +
		`"registeredCapital":"1000000.00","foreignShare":"0.25","number":"京ICP证000001号"}`
	var l icp.Licence
	if err := json.Unmarshal([]byte(in), &l); err != nil {
		t.Fatal(err)
	}
	if !l.RegisteredCapital.Equal(decimal.NewFromInt(1_000_000)) || l.Scope != icp.ScopeProvincial || !l.CreditCode.IsValid() {
		t.Errorf("decoded %+v", l)
	}
	out, err := json.Marshal(l)
	if err != nil {
		t.Fatal(err)
	}
	var back icp.Licence
	if err := json.Unmarshal(out, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(l, back, modelCmpOptions); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}
