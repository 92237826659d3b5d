package validate_test

import (
	"context"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/validate"
)

func TestCheckLicence(t *testing.T) {
	v := validate.New(validate.At(refTime))
	d := decimal.RequireFromString
	base := icp.Licence{
		Holder: "北京星河示例科技有限公司", CreditCode: icp.MustParseCreditCode("91110108MA0EXM7K8T"),
		Scope: icp.ScopeProvincial, RegisteredCapital: d("1000000"), ForeignShare: d("0.5"),
	}
	tests := []struct {
		name   string
		modify func(l *icp.Licence)
		path   string
		rule   string
		want   bool
	}{
		// Exactly the minimum capital passes.
		{"capital at minimum", func(*icp.Licence) {}, "registeredCapital", "licence_capital", false},
		// One fen less does not.
		{"capital one fen short", func(l *icp.Licence) { l.RegisteredCapital = d("999999.99") }, "registeredCapital", "licence_capital", true},
		// A foreign share just over one half.
		{"foreign share over cap", func(l *icp.Licence) { l.ForeignShare = d("0.5000001") }, "foreignShare", "licence_foreign_share", true},
		// E-commerce is exempt from the cap.
		{"e-commerce exempt", func(l *icp.Licence) { l.ForeignShare = d("0.8"); l.ECommerce = true }, "foreignShare", "licence_foreign_share", false},
		// A share above 1 fails the field tag.
		{"share above one", func(l *icp.Licence) { l.ForeignShare = d("1.01") }, "foreignShare", "dec_lte", true},
		// Zero capital fails dec_gt=0.
		{"zero capital", func(l *icp.Licence) { l.RegisteredCapital = decimal.Zero }, "registeredCapital", "dec_gt", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := base
			tt.modify(&l)
			r := v.CheckLicence(context.Background(), &l)
			if got := hasRule(r, tt.path, tt.rule); got != tt.want {
				t.Errorf("%s at %s: got %v, want %v; %+v", tt.rule, tt.path, got, tt.want, r.Problems)
			}
		})
	}
	if r := v.CheckLicence(context.Background(), nil); !r.HasErrors() {
		t.Error("nil licence passed")
	}
}
