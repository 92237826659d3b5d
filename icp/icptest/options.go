package icptest

import (
	"fmt"
	"time"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/province"
)

// Option narrows what a generator method or the application builder
// produces. Options that do not concern the value being built are ignored,
// so one list can serve several calls: InProvince(province.Sichuan) gives a
// resident ID, a credit code and a whole application in Sichuan. An option
// given an impossible value (a province that is not one, a negative age)
// panics: it is a mistake in the test, not input to handle.
type Option func(*config)

// config collects the options; zero fields mean "choose".
type config struct {
	prov     province.Code
	area     int
	birth    time.Time
	age      int // with ageRef set: years old on ageRef
	ageRef   time.Time
	sex      icp.Sex
	category icp.Category
	auth     icp.Authority
	national bool
	carrier  icp.Carrier
	tld      string

	nature   icp.Nature
	websites int // -1: none
	apps     int
	subject  []func(*icp.Subject)
	website  []func(*icp.Website)
	app      []func(*icp.App)
	whole    []func(*icp.Application)
}

func configure(opts []Option) config {
	c := config{}
	for _, o := range opts {
		o(&c)
	}
	return c
}

// InProvince places the value in province c: the area code of resident IDs
// and credit codes, the carrier-independent parts of an application (subject
// province, city, addresses, landline area code, everyone's ID).
func InProvince(c province.Code) Option {
	return func(cfg *config) {
		if !c.IsValid() {
			panic(fmt.Sprintf("icptest: InProvince(%d): not a mainland province", uint8(c)))
		}
		cfg.prov, cfg.area = c, 0
	}
}

// InArea sets the six-digit area code of resident IDs and credit codes, such
// as the real county code 110105, instead of the synthetic PP99NN. It also
// sets the province.
func InArea(area int) Option {
	return func(cfg *config) {
		p, ok := province.ByAreaCode(area)
		if !ok {
			panic(fmt.Sprintf("icptest: InArea(%d): not inside a mainland province", area))
		}
		cfg.prov, cfg.area = p, area
	}
}

// BornOn sets the birth date of resident IDs (the calendar date of t in its
// location). It may be in the future: the number still parses, but
// [icp.ParseResidentIDAt] rejects it at an earlier reference.
func BornOn(t time.Time) Option {
	return func(cfg *config) {
		if t.Year() < 1800 || t.Year() > 9999 {
			panic(fmt.Sprintf("icptest: BornOn(%v): resident IDs hold years 1800–9999", t.Format(time.DateOnly)))
		}
		y, m, d := t.Date()
		cfg.birth, cfg.ageRef = time.Date(y, m, d, 0, 0, 0, 0, time.UTC), time.Time{}
	}
}

// AgedAt sets a random birth date such that the person is exactly years old
// on ref's calendar date ([icp.ResidentID.AgeAt] reports years). It panics
// for a negative age or one over 200, for a zero ref, and when the birth
// year could fall outside 1800–9999, which resident IDs cannot hold.
func AgedAt(years int, ref time.Time) Option {
	return func(cfg *config) {
		if years < 0 || years > 200 {
			panic(fmt.Sprintf("icptest: AgedAt(%d): not an age", years))
		}
		if ref.IsZero() {
			panic(fmt.Sprintf("icptest: AgedAt(%d, zero time): no reference date", years))
		}
		if y := ref.Year() - years; y-1 < 1800 || y > 9999 {
			panic(fmt.Sprintf("icptest: AgedAt(%d, %v): resident IDs hold birth years 1800–9999",
				years, ref.Format(time.DateOnly)))
		}
		cfg.birth, cfg.age, cfg.ageRef = time.Time{}, years, ref
	}
}

// Female makes resident IDs (and generated people) female: an even
// sequence digit.
func Female() Option { return func(cfg *config) { cfg.sex = icp.SexFemale } }

// Male makes resident IDs (and generated people) male: an odd sequence digit.
func Male() Option { return func(cfg *config) { cfg.sex = icp.SexMale } }

// WithCategory sets the institution category of credit codes (and so their
// registration authority), such as icp.CategoryPublicInstitution (12).
func WithCategory(c icp.Category) Option {
	return func(cfg *config) {
		if !c.IsValid() {
			panic(fmt.Sprintf("icptest: WithCategory(%v): not a category", c))
		}
		cfg.category, cfg.auth = c, c.Authority()
	}
}

// WithAuthority sets the registration authority of credit codes; the
// category is one of the authority's, at random.
func WithAuthority(a icp.Authority) Option {
	return func(cfg *config) {
		if !a.IsValid() {
			panic(fmt.Sprintf("icptest: WithAuthority(%v): not an authority", a))
		}
		cfg.auth, cfg.category = a, 0
	}
}

// National gives credit codes the area code 100000 of national-level
// registration authorities.
func National() Option { return func(cfg *config) { cfg.national = true } }

// WithCarrier draws mobile numbers from the ranges of carrier c.
func WithCarrier(c icp.Carrier) Option {
	return func(cfg *config) {
		if len(mobilePrefixes(c)) == 0 {
			panic(fmt.Sprintf("icptest: WithCarrier(%v): no ranges for this carrier", c))
		}
		cfg.carrier = c
	}
}

// WithTLD sets the suffix of generated domains, in ASCII form without the
// leading dot: "cn", "com", "gov.cn", "xn--fiqs8s" (.中国). Its last label
// must be an approved TLD ([icp.ApprovedTLD]).
func WithTLD(suffix string) Option {
	return func(cfg *config) {
		d, err := icp.ParseDomain("example." + suffix)
		if err != nil || !d.TLDApproved() {
			panic(fmt.Sprintf("icptest: WithTLD(%q): not an approved suffix", suffix))
		}
		cfg.tld = suffix
	}
}

// WithNature sets the nature of the subject of [Generator.Subject] and the
// applications; the default is [icp.NatureEnterprise]. Units get a
// certificate their nature may present, numbered with a credit code whose
// category matches the nature; individuals present their resident ID.
func WithNature(n icp.Nature) Option {
	return func(cfg *config) {
		if !n.IsValid() {
			panic(fmt.Sprintf("icptest: WithNature(%v): not a nature", n))
		}
		cfg.nature = n
	}
}

// Individual is WithNature(icp.NatureIndividual): the subject is a person
// filing a personal website (content "blog", no company words in its name).
func Individual() Option { return WithNature(icp.NatureIndividual) }

// Websites sets how many websites an application carries (default 1), each
// with its own domain.
func Websites(n int) Option {
	return func(cfg *config) {
		if n < 0 {
			panic(fmt.Sprintf("icptest: Websites(%d): negative", n))
		}
		cfg.websites = n
		if n == 0 {
			cfg.websites = -1
		}
	}
}

// Apps sets how many APPs an application carries (default 0). Individuals
// file websites and APPs in separate orders, so an application with both
// fails validation for an individual.
func Apps(n int) Option {
	return func(cfg *config) {
		if n < 0 {
			panic(fmt.Sprintf("icptest: Apps(%d): negative", n))
		}
		cfg.apps = n
	}
}

// WithSubject edits the subject after the defaults are built: the way a
// test changes only the field it is about.
func WithSubject(f func(*icp.Subject)) Option {
	return func(cfg *config) { cfg.subject = append(cfg.subject, f) }
}

// WithWebsite edits every website after the defaults are built.
func WithWebsite(f func(*icp.Website)) Option {
	return func(cfg *config) { cfg.website = append(cfg.website, f) }
}

// WithApp edits every APP after the defaults are built.
func WithApp(f func(*icp.App)) Option {
	return func(cfg *config) { cfg.app = append(cfg.app, f) }
}

// With edits the whole application last, after WithSubject, WithWebsite
// and WithApp.
func With(f func(*icp.Application)) Option {
	return func(cfg *config) { cfg.whole = append(cfg.whole, f) }
}
