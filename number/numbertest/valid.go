package numbertest

import (
	"fmt"
	"strconv"

	"github.com/beian-go/beian/number"
	"github.com/beian-go/beian/province"
)

// Default year ranges, inclusive, when no [Year] is given.
const (
	era6Year          = 2004
	era8FirstYear     = 2005
	era8LastYear      = 2020
	era10FirstYear    = 2020
	era10LastYear     = 2025
	licenceFirstYear  = 2000
	licenceLastYear   = 2012
	telecomFirstYear  = 2000
	telecomLastYear   = 2025
	defaultMaxService = 20
)

// Number returns a valid number of kind k, as the method for that kind does.
// It panics for [number.KindInvalid] and values without a name.
func (g *Generator) Number(k number.Kind, opts ...Option) number.Number {
	switch k {
	case number.KindICPFiling:
		return g.ICPFiling(opts...)
	case number.KindICPLicence:
		return g.Licence(opts...)
	case number.KindTelecomLicence:
		return g.TelecomLicence(opts...)
	case number.KindPublicSecurity:
		return g.PublicSecurity(opts...)
	}
	panic(fmt.Sprintf("numbertest: Number(%v): not a kind of number", k))
}

// ICPFiling returns an ICP filing number such as 浙ICP备2023912345号: the
// province of [InProvince] (random otherwise), a serial of the era chosen by
// [Era] or [Year] (random otherwise) and, with [Service], a service suffix.
func (g *Generator) ICPFiling(opts ...Option) number.Number {
	return mustParse(g.icpFilingText(configure(opts)))
}

// Licence returns a legacy ICP operating licence number such as
// 京ICP证079123号: six digits, the year of issue (2000–2012 by default, or
// [Year]) and a counter; [Service] adds a suffix.
func (g *Generator) Licence(opts ...Option) number.Number {
	return mustParse(g.licenceText(configure(opts)))
}

// TelecomLicence returns a value-added telecom business licence number such
// as 粤B2-20149123: the province (or none with [CrossRegional]), the classes
// of [Classes] (B2 by default), the year of issue (2000–2025 or [Year]) and
// a counter; [Service] adds a suffix.
func (g *Generator) TelecomLicence(opts ...Option) number.Number {
	return mustParse(g.telecomText(configure(opts)))
}

// PublicSecurity returns a public-security filing number such as
// 京公网安备11990102912345号: the prefix character of the province (or
// [Prefix]), an area code (synthetic PP99NN, or [InArea]), 02 and a
// six-digit sequence; with [Legacy] the old 12-digit form.
func (g *Generator) PublicSecurity(opts ...Option) number.Number {
	return mustParse(g.publicSecurityText(configure(opts)))
}

func mustParse(s string) number.Number {
	n, err := number.Parse(s)
	if err != nil {
		panic("numbertest: generated an invalid number (a bug in numbertest): " + err.Error())
	}
	return n
}

func (g *Generator) province(c config) province.Code {
	if c.prov != 0 {
		return c.prov
	}
	return g.Province()
}

// icpSerial returns the serial digits of an ICP filing number.
func (g *Generator) icpSerial(c config) []byte {
	era, year := c.era, c.year
	if era == 0 {
		switch {
		case year == 0:
			era = pick(g, []int{6, 8, 10})
		case year <= era6Year:
			era = 6
		case year < era10FirstYear:
			era = 8
		case year == era10FirstYear:
			era = pick(g, []int{8, 10})
		default:
			era = 10
		}
	}
	switch era {
	case 6:
		if year == 0 {
			year = era6Year
		} else if year > era6Year {
			panic(fmt.Sprintf("numbertest: Era(6) with Year(%d): six-digit serials end in %d", year, era6Year))
		}
		return g.counter(twoDigits(nil, year%100), 4)
	case 8:
		if year == 0 {
			year = g.between(era8FirstYear, era8LastYear)
		} else if year < era8FirstYear || year > era8LastYear {
			panic(fmt.Sprintf("numbertest: Era(8) with Year(%d): eight-digit serials run %d–%d", year, era8FirstYear, era8LastYear))
		}
		return g.counter(twoDigits(nil, year%100), 6)
	default:
		if year == 0 {
			year = g.between(era10FirstYear, era10LastYear)
		} else if year < era10FirstYear {
			panic(fmt.Sprintf("numbertest: Era(10) with Year(%d): ten-digit serials start in %d", year, era10FirstYear))
		}
		return g.counter(strconv.AppendInt(nil, int64(year), 10), 6)
	}
}

// counter appends an n-digit counter starting with 9 to b.
func (g *Generator) counter(b []byte, n int) []byte {
	return g.digits(append(b, '9'), n-1)
}

// suffix appends the service suffix the options ask for.
func (g *Generator) suffix(b []byte, c config) []byte {
	if c.svc == number.ServiceNone {
		return b
	}
	seq := c.seq
	if seq == 0 {
		seq = g.between(1, defaultMaxService)
	}
	b = append(b, '-')
	b = strconv.AppendInt(b, int64(seq), 10)
	return append(b, c.svc.Letter()...)
}

func (g *Generator) icpFilingText(c config) string {
	b := append([]byte(string(g.province(c).ICPChar())), "ICP备"...)
	b = append(b, g.icpSerial(c)...)
	b = append(b, "号"...)
	return string(g.suffix(b, c))
}

func (g *Generator) licenceText(c config) string {
	year := c.year
	if year == 0 {
		year = g.between(licenceFirstYear, licenceLastYear)
	}
	b := append([]byte(string(g.province(c).ICPChar())), "ICP证"...)
	b = g.counter(twoDigits(b, year%100), 4)
	b = append(b, "号"...)
	return string(g.suffix(b, c))
}

func (g *Generator) telecomText(c config) string {
	var b []byte
	if !c.cross {
		b = append(b, string(g.province(c).ICPChar())...)
	}
	classes := c.classes
	if classes == "" {
		classes = "B2"
	}
	year := c.year
	if year == 0 {
		year = g.between(telecomFirstYear, telecomLastYear)
	}
	b = append(b, classes...)
	b = append(b, '-')
	b = strconv.AppendInt(b, int64(year), 10)
	b = g.counter(b, 4)
	return string(g.suffix(b, c))
}

// psDigits returns the digits of a public-security number.
func (g *Generator) psDigits(c config) []byte {
	area := c.area
	if area == 0 {
		area = int(g.province(c))*10000 + 9900 + g.between(1, 99)
	}
	b := strconv.AppendInt(nil, int64(area), 10)
	if c.legacy {
		return g.counter(b, 6)
	}
	b = append(b, '0', '2')
	return g.counter(b, 6)
}

func (g *Generator) publicSecurityText(c config) string {
	digits := g.psDigits(c)
	prefix := c.psPrefix
	if prefix == 0 {
		p, _ := province.ByAreaCode(atoi(digits[:6]))
		prefix = []rune(p.PublicSecurityChars())[0]
	}
	return string(prefix) + "公网安备" + string(digits) + "号"
}

// twoDigits appends n (0–99) as two digits.
func twoDigits(b []byte, n int) []byte { return append(b, byte('0'+n/10), byte('0'+n%10)) }

// atoi reads ASCII digits.
func atoi(b []byte) int {
	n := 0
	for _, d := range b {
		n = n*10 + int(d-'0')
	}
	return n
}
