package icptest

import (
	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/province"
)

// Option adjusts what a Generator method produces. Options a method does
// not use are ignored.
type Option func(*config)

type config struct {
	province province.Code
	nature   icp.Nature
	birth    icp.Date
	ref      icp.Date
	websites int
	apps     int
}

// defaultRef is the reference day the defaults are valid on.
var defaultRef = icp.MustParseDate("2026-01-01")

func configure(opts []Option) config {
	cfg := config{nature: icp.NatureEnterprise, ref: defaultRef, websites: 1}
	for _, o := range opts {
		o(&cfg)
	}
	return cfg
}

// InProvince places identifiers, subjects and server locations in province
// c. Without it the generator picks a province at random.
func InProvince(c province.Code) Option { return func(cfg *config) { cfg.province = c } }

// WithNature sets the subject nature of [Generator.Subject] and
// [Generator.Application]; the default is [icp.NatureEnterprise]. Only
// enterprise and individual subjects are supported; others fall back to
// enterprise.
func WithNature(n icp.Nature) Option { return func(cfg *config) { cfg.nature = n } }

// BornOn fixes the birth date of a generated resident identity number or
// person. Without it the person is between 20 and 60 years old on the
// reference day.
func BornOn(d icp.Date) Option { return func(cfg *config) { cfg.birth = d } }

// ValidOn sets the reference day: generated certificates are valid on it
// and persons are adults on it. The default is 2026-01-01.
func ValidOn(d icp.Date) Option { return func(cfg *config) { cfg.ref = d } }

// Websites sets how many websites [Generator.Application] adds (default 1).
func Websites(n int) Option { return func(cfg *config) { cfg.websites = max(n, 0) } }

// Apps sets how many APPs [Generator.Application] adds (default 0).
func Apps(n int) Option { return func(cfg *config) { cfg.apps = max(n, 0) } }
