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
// The personal-data types (resident ID, mobile, landline, email, name,
// certificate number, phone) compare by their real values but appear in the
// diffs cmp prints only in masked form, shown as Inverse(Mask, …) — also when
// two different values mask alike, where cmp would otherwise print their raw
// fields. Use [RevealDiffs] instead of CmpOptions to see the real values when
// the data is synthetic.
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
			cmp.Transformer("Mask", func(v icp.ResidentID) masked { return masked{v.String(), v.Reveal} }),
			cmp.Transformer("Mask", func(v icp.Mobile) masked { return masked{v.String(), v.Reveal} }),
			cmp.Transformer("Mask", func(v icp.Landline) masked { return masked{v.String(), v.Reveal} }),
			cmp.Transformer("Mask", func(v icp.Email) masked { return masked{v.String(), v.Reveal} }),
			cmp.Transformer("Mask", func(v icp.Name) masked { return masked{v.String(), v.Reveal} }),
			cmp.Transformer("Mask", func(v icp.CertNumber) masked { return masked{v.String(), v.Reveal} }),
			cmp.Transformer("Mask", func(v icp.Phone) masked { return masked{v.String(), v.Reveal} }),
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

// masked is what CmpOptions turns a personal value into: the masked text
// for diffs and, for Equal alone, a function returning the real text. When
// two different values mask alike, cmp stops trusting String and prints the
// raw fields instead; a function prints as an address, so the real value
// stays out of the diff even then.
type masked struct {
	text string
	real func() string
}

// String returns the masked text.
func (m masked) String() string { return m.text }

// Equal compares the real values.
func (m masked) Equal(o masked) bool { return m.real() == o.real() }
