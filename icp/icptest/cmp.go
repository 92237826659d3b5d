package icptest

import (
	"net/netip"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/number"
)

// CmpOptions returns the go-cmp options for comparing icp values and the
// structs that hold them: the identifier types (resident ID, credit code,
// organisation code, registration number, mobile, landline, email, domain),
// [icp.Date], [number.Number] and [netip.Addr] compare with ==, and
// [decimal.Decimal] with its Equal method, so 1e6 equals 1000000. Without
// them cmp.Diff panics on the unexported fields of these types.
//
// Personal data stays masked in the diffs cmp prints, because cmp shows
// values through their String methods; use [RevealDiffs] instead of
// CmpOptions to see the real values when the data is synthetic.
func CmpOptions() cmp.Option { return valueOptions(false) }

// RevealDiffs is [CmpOptions] with one difference: the masked personal-data
// types (resident ID, mobile, landline, email, name, certificate number,
// phone) are compared by their real text and diffs print that text, where
// CmpOptions would print 110105********002X on both sides. Use it instead of
// CmpOptions, not with it, and only on synthetic data: the real values end up
// in test logs.
func RevealDiffs() cmp.Option { return valueOptions(true) }

func valueOptions(reveal bool) cmp.Option {
	opts := cmp.Options{
		cmp.Comparer(func(a, b icp.CreditCode) bool { return a == b }),
		cmp.Comparer(func(a, b icp.OrgCode) bool { return a == b }),
		cmp.Comparer(func(a, b icp.RegistrationNumber) bool { return a == b }),
		cmp.Comparer(func(a, b icp.Domain) bool { return a == b }),
		cmp.Comparer(func(a, b icp.Date) bool { return a == b }),
		cmp.Comparer(func(a, b number.Number) bool { return a == b }),
		cmp.Comparer(func(a, b netip.Addr) bool { return a == b }),
		cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) }),
	}
	if !reveal {
		return append(opts,
			cmp.Comparer(func(a, b icp.ResidentID) bool { return a == b }),
			cmp.Comparer(func(a, b icp.Mobile) bool { return a == b }),
			cmp.Comparer(func(a, b icp.Landline) bool { return a == b }),
			cmp.Comparer(func(a, b icp.Email) bool { return a == b }),
		)
	}
	return append(opts,
		cmp.Transformer("Reveal", func(v icp.ResidentID) string { return v.Reveal() }),
		cmp.Transformer("Reveal", func(v icp.Mobile) string { return v.Reveal() }),
		cmp.Transformer("Reveal", func(v icp.Landline) string { return v.Reveal() }),
		cmp.Transformer("Reveal", func(v icp.Email) string { return v.Reveal() }),
		cmp.Transformer("Reveal", func(v icp.Name) string { return v.Reveal() }),
		cmp.Transformer("Reveal", func(v icp.CertNumber) string { return v.Reveal() }),
		cmp.Transformer("Reveal", func(v icp.Phone) string { return v.Reveal() }),
	)
}
