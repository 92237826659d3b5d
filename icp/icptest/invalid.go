package icptest

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// unknownProvincePrefixes are first two digits of area codes outside the
// mainland provinces (81 and 82 are Hong Kong and Macau, 71 Taiwan).
// Read-only.
var unknownProvincePrefixes = []string{"00", "19", "29", "39", "49", "59", "66", "71", "81", "82", "90", "99"}

func needDefect(method string, d Defect, supported []Defect) {
	if !slices.Contains(supported, d) {
		panic(fmt.Sprintf("icptest: %s(%v): defect not supported for this identifier", method, d))
	}
}

// otherThan returns a random character of alphabet other than c.
func (g *Generator) otherThan(c byte, alphabet string) byte {
	for {
		if x := alphabet[g.r.IntN(len(alphabet))]; x != c {
			return x
		}
	}
}

// InvalidResidentID returns a resident identity number that is valid but
// for the defect d, one of [ResidentIDDefects]; the options shape the rest
// as for [Generator.ResidentID]. [icp.ParseResidentID] rejects it with
// d.Err() and nothing else, except for [DefectFutureBirth], which only
// [icp.ParseResidentIDAt] rejects. It panics for other defects.
func (g *Generator) InvalidResidentID(d Defect, opts ...Option) string {
	needDefect("InvalidResidentID", d, residentIDDefects)
	c := configure(opts)
	if d == DefectFutureBirth {
		c.birth, c.ageRef = g.birthForAge(0, time.Date(g.between(2102, 2199), 6, 30, 0, 0, 0, 0, time.UTC)), time.Time{}
	}
	b := g.residentIDText(c)
	switch d {
	case DefectCheckDigit:
		b[17] = g.otherThan(b[17], "0123456789X")
	case DefectDate:
		copy(b[6:14], pick(g, []string{"19991301", "20000001", "19870230", "19900431", "20010100", "19851232", "17991231"}))
		b[17] = residentIDCheck(b)
	case DefectProvince:
		copy(b[0:2], pick(g, unknownProvincePrefixes))
		b[17] = residentIDCheck(b)
	case DefectLength:
		switch g.r.IntN(3) {
		case 0:
			b = b[:17]
		case 1:
			b = g.digits(b, 1)
		default: // the legacy 15-digit form
			b = append(b[:6:6], b[8:17]...)
		}
	case DefectCharacter:
		b[g.r.IntN(17)] = pick(g, []byte("AZx-. "))
	}
	return string(b)
}

// InvalidCreditCode returns a unified social credit code that is valid but
// for the defect d, one of [CreditCodeDefects]; the options shape the rest as
// for [Generator.CreditCode]. [icp.ParseCreditCode] rejects it with d.Err()
// and nothing else. It panics for other defects.
func (g *Generator) InvalidCreditCode(d Defect, opts ...Option) string {
	needDefect("InvalidCreditCode", d, creditCodeDefects)
	c := configure(opts)
	b := g.creditCodeText(c)
	switch d {
	case DefectCheckDigit:
		b[17] = g.otherThan(b[17], usccAlphabet)
	case DefectOrgCheck:
		b[16] = g.otherThan(b[16], "0123456789X")
		b[17] = usccCheck(b)
	case DefectProvince:
		copy(b[2:4], pick(g, unknownProvincePrefixes))
		b[17] = usccCheck(b)
	case DefectLength:
		if g.r.IntN(2) == 0 {
			b = b[:17]
		} else {
			b = append(b, usccAlphabet[g.r.IntN(len(usccAlphabet))])
		}
	case DefectCharacter:
		b[g.r.IntN(18)] = pick(g, []byte("abcmx-_ "))
	case DefectForbiddenLetter:
		b[g.r.IntN(18)] = pick(g, []byte("IOSVZ"))
	case DefectAuthority:
		b[0] = pick(g, []byte("0BCDEFGHJKLMPQRTUWX"))
		b[17] = usccCheck(b)
	case DefectCategory:
		valid := ""
		for _, cat := range categoriesOf(g.category(c).Authority()) {
			valid += cat.Code()[1:]
		}
		for {
			x := usccAlphabet[g.r.IntN(len(usccAlphabet))]
			if !strings.ContainsRune(valid, rune(x)) {
				b[1] = x
				break
			}
		}
		b[17] = usccCheck(b)
	}
	return string(b)
}

// InvalidOrgCode returns an organisation code in its printed form
// XXXXXXXX-C that is valid but for the defect d, one of [OrgCodeDefects].
// [icp.ParseOrgCode] rejects it with d.Err() and nothing else. It panics for
// other defects.
func (g *Generator) InvalidOrgCode(d Defect) string {
	needDefect("InvalidOrgCode", d, orgCodeDefects)
	b := g.orgCodeText()
	switch d {
	case DefectCheckDigit:
		b[8] = g.otherThan(b[8], "0123456789X")
	case DefectLength:
		if g.r.IntN(2) == 0 {
			return string(b[:7]) + string(b[8]) // eight characters, no hyphen
		}
		return string(b[:8]) + "-" + string(b[8]) + "0"
	case DefectCharacter:
		if g.r.IntN(2) == 0 {
			b[g.r.IntN(8)] = pick(g, []byte("abz_* "))
		} else {
			b[8] = pick(g, []byte("ABY"))
		}
	case DefectSyntax:
		return string(b[:8]) + pick(g, []string{"_", " ", ".", "/"}) + string(b[8])
	}
	return string(b[:8]) + "-" + string(b[8])
}

// InvalidMobile returns a mobile number that is valid but for the defect d,
// one of [MobileDefects]. [icp.ParseMobile] rejects it with d.Err() and
// nothing else. It panics for other defects.
func (g *Generator) InvalidMobile(d Defect, opts ...Option) string {
	needDefect("InvalidMobile", d, mobileDefects)
	b := g.mobileText(configure(opts))
	switch d {
	case DefectPrefix:
		copy(b[0:3], pick(g, []string{"100", "104", "110", "116", "120", "127"}))
	case DefectLength:
		if g.r.IntN(2) == 0 {
			b = b[:10]
		} else {
			b = g.digits(b, 1)
		}
	case DefectCharacter:
		b[g.between(3, 10)] = pick(g, []byte("aO- "))
	}
	return string(b)
}

// InvalidDomain returns a domain that is valid but for the defect d, one of
// [DomainDefects]. [icp.ParseDomain] rejects it with d.Err() and nothing
// else. It panics for other defects.
func (g *Generator) InvalidDomain(d Defect, opts ...Option) string {
	needDefect("InvalidDomain", d, domainDefects)
	s := g.domainText(configure(opts))
	label, suffix, _ := strings.Cut(s, ".")
	switch d {
	case DefectHyphen:
		switch g.r.IntN(3) {
		case 0:
			label = "-" + label
		case 1:
			label += "-"
		default:
			label = label[:2] + "--" + label[2:]
		}
	case DefectTooLong:
		label += "-" + g.label(64-len(label))
	case DefectTLD:
		suffix = "t" + g.label(3) + "0" // no TLD has a digit
	case DefectCharacter:
		i := g.between(1, len(label)-1)
		label = label[:i] + pick(g, []string{"_", " ", "!", "*", "@"}) + label[i:]
	case DefectSyntax:
		switch g.r.IntN(3) {
		case 0:
			return label
		case 1:
			return label + ".." + suffix
		default:
			return s + "."
		}
	}
	return label + "." + suffix
}
