package numbertest

import (
	"fmt"

	"github.com/beian-go/beian/number"
	"github.com/beian-go/beian/province"
)

// Option narrows what a generator method produces. Options that do not
// concern the kind of number being generated are ignored, so one option list
// can serve several methods. An option given an impossible value (Era(7),
// a province that is not one) makes the generator method panic: it is a
// mistake in the test, not input to handle.
type Option func(*config)

// config collects the options; zero fields mean "choose at random".
type config struct {
	prov     province.Code
	era      int
	year     int
	seq      int
	svc      number.Service
	classes  string
	cross    bool
	legacy   bool
	area     int
	psPrefix rune
}

func configure(opts []Option) config {
	var c config
	for _, o := range opts {
		o(&c)
	}
	return c
}

// InProvince sets the province that issues the number: the province
// character of ICP numbers and licences, the area code of public-security
// numbers.
func InProvince(c province.Code) Option {
	return func(cfg *config) {
		if !c.IsValid() {
			panic(fmt.Sprintf("numbertest: InProvince(%d): not a mainland province", uint8(c)))
		}
		cfg.prov = c
	}
}

// Era sets the number of digits of an ICP filing serial: 6 (first approved
// in 2004 or before), 8 (2005 to 2020) or 10 (2020 on). Without Era or
// [Year] the era is chosen at random.
func Era(digits int) Option {
	return func(cfg *config) {
		if digits != 6 && digits != 8 && digits != 10 {
			panic(fmt.Sprintf("numbertest: Era(%d): ICP serials have 6, 8 or 10 digits", digits))
		}
		cfg.era = digits
	}
}

// Year sets the year encoded in the serial: the first-approval year of an ICP
// filing (which also picks the era when [Era] is not given: up to 2004 six
// digits, 2005–2019 eight, 2020 either, from 2021 ten), or the year of issue
// of a licence. Number.FirstApprovalYear reports it back.
func Year(y int) Option {
	return func(cfg *config) {
		if y < 2000 || y > 2099 {
			panic(fmt.Sprintf("numbertest: Year(%d): outside 2000–2099", y))
		}
		cfg.year = y
	}
}

// Service makes an ICP filing number or a licence a service number with
// sequence seq (1–99999; 0 picks one at random between 1 and 20) and kind s
// (website, APP, mini-program, quick app). Service(0, number.ServiceNone)
// asks for a subject-level number, the default.
func Service(seq int, s number.Service) Option {
	return func(cfg *config) {
		if seq < 0 || seq > 99999 || !s.IsValid() || (s == number.ServiceNone && seq != 0) {
			panic(fmt.Sprintf("numbertest: Service(%d, %v): not a service number", seq, s))
		}
		cfg.seq, cfg.svc = seq, s
	}
}

// Classes sets the classes of a telecom licence in canonical form, such as
// "B2" (the default), "B1.B2" or "A2".
func Classes(classes string) Option {
	return func(cfg *config) {
		if _, err := number.Parse(classes + "-20209999"); err != nil {
			panic(fmt.Sprintf("numbertest: Classes(%q): not canonical licence classes", classes))
		}
		cfg.classes = classes
	}
}

// CrossRegional makes a telecom licence one issued by MIIT itself, written
// without a province (B2-20209999).
func CrossRegional() Option { return func(cfg *config) { cfg.cross = true } }

// Legacy makes a public-security number one of the old 12-digit ones.
func Legacy() Option { return func(cfg *config) { cfg.legacy = true } }

// InArea sets the six-digit area code that starts a public-security number
// (for example the real county code 330106); it must lie in a mainland
// province, which then also names the prefix character.
func InArea(area int) Option {
	return func(cfg *config) {
		p, ok := province.ByAreaCode(area)
		if !ok {
			panic(fmt.Sprintf("numbertest: InArea(%d): not inside a mainland province", area))
		}
		cfg.area, cfg.prov = area, p
	}
}

// Prefix sets the character printed before 公网安备; it must be one of the
// province's [province.Code.PublicSecurityChars] or any other character the
// parser knows, such as 川 for Sichuan. By default the province's most common
// character is used.
func Prefix(r rune) Option {
	return func(cfg *config) {
		if _, ok := province.ByPublicSecurityChar(r); !ok {
			if _, _, ok := province.ByChar(r); !ok {
				panic(fmt.Sprintf("numbertest: Prefix(%q): not a province character", r))
			}
		}
		cfg.psPrefix = r
	}
}
