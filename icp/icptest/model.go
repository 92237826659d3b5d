package icptest

import (
	"net/netip"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/province"
)

// Person returns a responsible person with a resident identity card valid
// on the reference day, distinct mobile and emergency numbers, and an
// email address; in Beijing also a landline office phone. Options:
// [InProvince], [BornOn], [ValidOn].
func (g *Generator) Person(opts ...Option) icp.Person {
	cfg := configure(opts)
	return g.person(cfg, g.province(cfg))
}

func (g *Generator) person(cfg config, c province.Code) icp.Person {
	from := cfg.ref.AddDate(-g.between(1, 9), -g.between(0, 11), 0)
	p := icp.Person{
		Name:       g.Name(),
		CertType:   icp.CertResidentID,
		CertNumber: icp.CertNumber(g.residentIDText(g.birthFor(cfg), c)),
		ValidFrom:  from,
		ValidTo:    from.AddDate(20, 0, 0),
		Mobile:     g.Mobile(),
		Email:      g.Email(),
	}
	p.EmergencyPhone = g.Mobile()
	for p.EmergencyPhone == p.Mobile {
		p.EmergencyPhone = g.Mobile()
	}
	if c == province.Beijing {
		p.OfficePhone = icp.Phone(string(g.digits([]byte("010-6"), 7)))
	}
	return p
}

// Subject returns a subject of the configured nature ([WithNature]:
// enterprise by default, or individual) in the configured province, with
// its principal. An enterprise has a business licence with a credit code
// registered in that province; an individual is the principal themself.
func (g *Generator) Subject(opts ...Option) icp.Subject {
	cfg := configure(opts)
	return g.subject(cfg, g.province(cfg))
}

func (g *Generator) subject(cfg config, c province.Code) icp.Subject {
	city, county := g.areaOf(c)
	addr := c.FullName() + "示例路" + itoa(g.between(1, 999)) + "号"
	p := g.person(cfg, c)
	s := icp.Subject{
		Province:       c,
		City:           city,
		County:         county,
		CertAddress:    addr,
		MailingAddress: addr,
		Principal:      p,
	}
	if cfg.nature == icp.NatureIndividual {
		s.Nature = icp.NatureIndividual
		s.Name = p.Name.Reveal()
		s.CertType = icp.CertResidentID
		s.CertNumber = p.CertNumber
		s.Investor = s.Name
		s.Remarks = "个人网站，不涉及企业内容"
		return s
	}
	s.Nature = icp.NatureEnterprise
	s.Name = c.ShortName() + pick(g, givenChars) + pick(g, givenChars) + "示例科技有限公司"
	s.CertType = icp.CertBusinessLicence
	s.CertNumber = icp.CertNumber(g.creditCodeText(c))
	s.Investor = s.Name
	return s
}

// Website returns a website on one fresh registrable domain, hosted by
// cloud access in the configured province, with its own responsible person.
// An individual's website ([WithNature]) offers "other" content with a
// remark; a unit's is a unit portal.
func (g *Generator) Website(opts ...Option) icp.Website {
	cfg := configure(opts)
	c := g.province(cfg)
	return g.website(cfg, c, g.person(cfg, c))
}

func (g *Generator) website(cfg config, c province.Code, resp icp.Person) icp.Website {
	d := g.Domain()
	w := icp.Website{
		Name:              pick(g, givenChars) + pick(g, givenChars) + "示例官网",
		Domains:           []icp.Domain{d},
		HomeURLs:          []string{"https://www." + d.String() + "/"},
		ServiceContent:    icp.ServiceOrganisationPortal,
		AccessMethod:      icp.AccessCloud,
		ServerLocation:    icp.ServerLocationOf(c),
		IPRanges:          []icp.IPRange{g.ipRange()},
		Languages:         []icp.Language{icp.LanguageSimplifiedChinese},
		ResponsiblePerson: resp,
	}
	if cfg.nature == icp.NatureIndividual {
		w.Name = pick(g, givenChars) + pick(g, givenChars) + "学习笔记"
		w.ServiceContent = icp.ServiceOther
		w.Remarks = "个人学习笔记，不涉及企业内容"
	}
	return w
}

// ipRange returns one address of the 203.0.113.0/24 documentation block.
func (g *Generator) ipRange() icp.IPRange {
	a := netip.AddrFrom4([4]byte{203, 0, 113, byte(g.between(1, 254))})
	return icp.IPRange{Start: a, End: a}
}

// App returns an APP with an Android build, one API domain and its own
// responsible person, hosted in the configured province.
func (g *Generator) App(opts ...Option) icp.App {
	cfg := configure(opts)
	c := g.province(cfg)
	return g.app(c, g.person(cfg, c))
}

func (g *Generator) app(c province.Code, resp icp.Person) icp.App {
	d := g.Domain()
	return icp.App{
		Name: pick(g, givenChars) + pick(g, givenChars) + "示例助手",
		Platforms: []icp.AppPlatform{{
			Platform:    icp.PlatformAndroid,
			PackageName: "cn.example." + d.String()[:4] + ".app",
			Fingerprint: g.hex(32),
			PublicKey:   g.hex(256),
		}},
		Domains:           []icp.Domain{icp.MustParseDomain("api." + d.String())},
		ServiceContent:    icp.ServiceApp,
		AccessMethod:      icp.AccessCloud,
		ServerLocation:    icp.ServerLocationOf(c),
		IPRanges:          []icp.IPRange{g.ipRange()},
		ResponsiblePerson: resp,
	}
}

func (g *Generator) hex(n int) string {
	const digits = "0123456789abcdef"
	b := make([]byte, n)
	for i := range b {
		b[i] = digits[g.r.IntN(16)]
	}
	return string(b)
}

// Application returns a whole application with valid defaults: an
// enterprise subject (or an individual with [WithNature]) in one province,
// [Websites] websites (default 1) and [Apps] APPs (default 0), every
// certificate valid on the reference day ([ValidOn]). An individual's
// services name the individual as responsible person. Note that an
// individual must file websites and APPs in separate orders; asking for
// both gives an application the validate package rejects.
func (g *Generator) Application(opts ...Option) icp.Application {
	cfg := configure(opts)
	c := g.province(cfg)
	if cfg.nature != icp.NatureIndividual {
		cfg.nature = icp.NatureEnterprise
	}
	app := icp.Application{Subject: g.subject(cfg, c)}
	resp := func() icp.Person {
		if cfg.nature == icp.NatureIndividual {
			return app.Subject.Principal
		}
		return g.person(cfg, c)
	}
	for range cfg.websites {
		app.Websites = append(app.Websites, g.website(cfg, c, resp()))
	}
	for range cfg.apps {
		app.Apps = append(app.Apps, g.app(c, resp()))
	}
	return app
}
