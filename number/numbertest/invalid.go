package numbertest

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/beian-go/beian/number"
	"github.com/beian-go/beian/province"
)

// parts are the pieces of a number's canonical text.
type parts struct {
	prefix string // province character, "" for cross-regional licences
	mid    string // ICP备, ICP证, B2-, 公网安备
	serial string
	hao    string // 号 or ""
	suffix string // -N[AXK] or ""
}

// String joins the parts into the text of the number.
func (p parts) String() string { return p.prefix + p.mid + p.serial + p.hao + p.suffix }

// Invalid returns the text of a number of kind k that has exactly the defect
// d: [number.Parse] rejects it with d.Err() and nothing else. The options
// shape the valid number the defect is put into (its province, era, service
// suffix …). Invalid panics when d does not apply to k ([Defect.AppliesTo]).
func (g *Generator) Invalid(k number.Kind, d Defect, opts ...Option) string {
	if !d.AppliesTo(k) {
		panic(fmt.Sprintf("numbertest: Invalid(%v, %v): the defect does not apply to this kind", k, d))
	}
	c := configure(opts)
	if d == DefectProvinceAlias {
		c.cross = false
		if _, ok := aliasOf(c.prov); !ok {
			c.prov = pick(g, aliasProvinces)
		}
	}
	if d == DefectSequence && c.svc == number.ServiceNone {
		c.svc = number.ServiceWebsite
	}
	p := g.parts(k, c)
	switch d {
	case DefectProvince:
		if k == number.KindPublicSecurity && g.r.IntN(2) == 0 {
			p.serial = pick(g, unknownAreaPrefixes) + p.serial[2:]
		} else {
			p.prefix = string(pick(g, unknownChars))
		}
	case DefectNotMainland:
		if k == number.KindPublicSecurity && g.r.IntN(2) == 0 {
			p.serial = pick(g, []string{"71", "81", "82"}) + p.serial[2:]
		} else {
			p.prefix = pick(g, []string{"港", "澳", "台"})
		}
	case DefectProvinceAlias:
		r, _ := aliasOf(c.prov)
		p.prefix = string(r)
	case DefectSerialLength:
		p.serial = g.wrongLengthSerial(k)
	case DefectPlaceholder:
		g.placeholder(k, &p)
	case DefectSequence:
		p.suffix = g.badSequence() + c.svc.Letter()
	case DefectSyntax:
		g.syntaxError(k, &p)
	case DefectLicenceClass:
		p.mid = pick(g, []string{"D3", "B3", "C1", "A3", "B2.B2", "B1.B1.B2"}) + "-"
	}
	return p.String()
}

// parts builds a valid number of kind k as parts.
func (g *Generator) parts(k number.Kind, c config) parts {
	switch k {
	case number.KindICPFiling:
		return parts{string(g.province(c).ICPChar()), "ICP备", string(g.icpSerial(c)), "号", string(g.suffix(nil, c))}
	case number.KindICPLicence:
		s := g.licenceText(c)
		i := strings.Index(s, "号")
		return parts{s[:3], "ICP证", s[3+len("ICP证") : i], "号", s[i+len("号"):]}
	case number.KindTelecomLicence:
		s := g.telecomText(c)
		dash := strings.IndexByte(s, '-')
		var p parts
		if s[0] >= 0x80 {
			p.prefix, s, dash = s[:3], s[3:], dash-3
		}
		p.mid, p.serial, p.suffix = s[:dash+1], s[dash+1:dash+9], s[dash+9:]
		return p
	default:
		s := g.publicSecurityText(c)
		_, prefixLen := utf8.DecodeRuneInString(s)
		rest := s[prefixLen+len("公网安备"):]
		return parts{s[:prefixLen], "公网安备", strings.TrimSuffix(rest, "号"), "号", ""}
	}
}

// wrongSerialLengths are the digit counts each kind never has.
var wrongSerialLengths = map[number.Kind][]int{
	number.KindICPFiling:      {5, 7, 9, 11},
	number.KindICPLicence:     {4, 5, 7, 8},
	number.KindTelecomLicence: {6, 7, 9, 10},
	number.KindPublicSecurity: {10, 11, 13, 15},
}

func (g *Generator) wrongLengthSerial(k number.Kind) string {
	n := pick(g, wrongSerialLengths[k])
	b := []byte{byte('1' + g.r.IntN(6))} // a plausible province digit, never 0
	return string(g.digits(b, n-1))
}

func (g *Generator) placeholder(k number.Kind, p *parts) {
	n := len(p.serial)
	switch choice := g.r.IntN(3); {
	case k == number.KindPublicSecurity || choice == 0:
		p.serial = strings.Repeat(pick(g, []string{"X", "*"}), n)
	case choice == 1:
		p.serial = strings.Repeat("0", n)
	default:
		p.suffix = "-" + pick(g, []string{"X", "*", "XX"})
	}
}

func (g *Generator) badSequence() string {
	switch g.r.IntN(3) {
	case 0:
		return "-0"
	case 1:
		return "-0" + string(rune('1'+g.r.IntN(9)))
	default:
		return "-" + string(g.digits([]byte{byte('1' + g.r.IntN(9))}, 5))
	}
}

func (g *Generator) syntaxError(k number.Kind, p *parts) {
	type variant func()
	vs := []variant{
		func() { p.suffix += pick(g, []string{" ", "。", "!", "号"}) },
		func() { p.mid = " " + p.mid },
	}
	if p.hao != "" {
		vs = append(vs, func() { p.hao = "" })
	}
	if k == number.KindICPFiling || k == number.KindICPLicence {
		vs = append(vs, func() { p.mid = "icp" + strings.TrimPrefix(p.mid, "ICP") })
	}
	pick(g, vs)()
}

// aliasChars maps provinces to the informal characters the strict parser
// refuses. Read-only.
var aliasChars = map[province.Code]rune{
	province.Sichuan:  '川',
	province.Guizhou:  '贵',
	province.Yunnan:   '云',
	province.Gansu:    '甘',
	province.Shaanxi:  '秦',
	province.Shanghai: '申',
	province.Hubei:    '楚',
}

var aliasProvinces = []province.Code{
	province.Shanghai, province.Hubei, province.Sichuan, province.Guizhou,
	province.Yunnan, province.Shaanxi, province.Gansu,
}

func aliasOf(c province.Code) (rune, bool) {
	r, ok := aliasChars[c]
	return r, ok
}

// unknownChars are Han characters that name no province in any form the
// parsers know. Read-only.
var unknownChars = func() []rune {
	var out []rune
	for _, r := range "测试样例虚拟假设" {
		_, _, byChar := province.ByChar(r)
		_, byPS := province.ByPublicSecurityChar(r)
		if !byChar && !byPS && !province.IsNotMainlandChar(r) {
			out = append(out, r)
		}
	}
	return out
}()

// unknownAreaPrefixes are first two digits of area codes that are no
// province (and not Taiwan, Hong Kong or Macau). Read-only.
var unknownAreaPrefixes = []string{"00", "10", "19", "29", "39", "49", "59", "66", "70", "80", "90", "99"}
