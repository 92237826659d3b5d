package icptest

import (
	"net/netip"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/beian-go/beian/icp"
)

// CmpOptions returns go-cmp options that compare icp values by value: the
// identifier types, [icp.Date] and [netip.Addr] with ==, and decimals with
// [decimal.Decimal.Equal]. Use it as cmp.Diff(want, got, icptest.CmpOptions()).
func CmpOptions() cmp.Option {
	return cmp.Options{
		cmp.Comparer(func(a, b icp.ResidentID) bool { return a == b }),
		cmp.Comparer(func(a, b icp.CreditCode) bool { return a == b }),
		cmp.Comparer(func(a, b icp.OrgCode) bool { return a == b }),
		cmp.Comparer(func(a, b icp.RegistrationNumber) bool { return a == b }),
		cmp.Comparer(func(a, b icp.Mobile) bool { return a == b }),
		cmp.Comparer(func(a, b icp.Landline) bool { return a == b }),
		cmp.Comparer(func(a, b icp.Email) bool { return a == b }),
		cmp.Comparer(func(a, b icp.Domain) bool { return a == b }),
		cmp.Comparer(func(a, b icp.Date) bool { return a == b }),
		cmp.Comparer(func(a, b netip.Addr) bool { return a == b }),
		cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) }),
	}
}
