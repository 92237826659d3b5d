package number

import (
	"strconv"

	"github.com/beian-go/beian/province"
)

// MIITURL is the MIIT ICP filing system, where ICP numbers (and the licence
// numbers licence holders are listed under) can be looked up and which
// footers must link to.
const MIITURL = "https://beian.miit.gov.cn/"

// PublicSecurityQueryURL is the query page of the national public-security
// filing platform; [Number.QueryURL] appends the digits.
const PublicSecurityQueryURL = "https://beian.mps.gov.cn/#/query/webSearch?code="

// Number is a parsed ICP filing, ICP licence, telecom licence or
// public-security filing number, optionally with a service suffix (-1, -2A,
// -3X, -4K).
//
// A Number is a small value (two machine words) without pointers: it is immutable,
// comparable with ==, usable as a map key and safe for concurrent use. Two
// Numbers are equal exactly when their canonical texts ([Number.String]) are
// equal. The zero value is not a number: [Number.IsValid] reports false,
// String returns "" and every accessor returns its zero value.
type Number struct {
	serial uint64 // the serial digits as an integer; meta gives the width
	meta   meta   // kind, province, widths, service, classes, sequence and prefix
}

// licenceClass is a set of telecom licence classes in canonical order.
type licenceClass uint8

const (
	classA1 licenceClass = 1 << iota
	classA2
	classB1
	classB2
)

// IsValid reports whether n is a number, that is, not the zero value.
func (n Number) IsValid() bool { return n.meta.kind() != KindInvalid }

// Kind returns the kind of number, [KindInvalid] for the zero value.
func (n Number) Kind() Kind { return n.meta.kind() }

// Province returns the province that issued the number. For public-security
// numbers it is the province of the area code's first two digits, whatever
// the prefix character says (see [Number.PrefixProvince]). It returns 0 for
// cross-regional licences issued by MIIT and for the zero value.
func (n Number) Province() province.Code { return n.meta.prov() }

// Prefix returns the province character the canonical form starts with: the
// ICP character of the province for ICP numbers and licences (蜀, not 川),
// the character as printed for public-security numbers (川 or 蜀), and 0 for
// cross-regional licences and the zero value.
func (n Number) Prefix() rune {
	if n.meta.kind() == KindPublicSecurity {
		return n.meta.pfx()
	}
	if n.meta.prov() == 0 {
		return 0
	}
	return n.meta.prov().ICPChar()
}

// PrefixProvince returns the province named by the prefix character. It
// differs from [Number.Province] only for public-security numbers whose
// prefix does not match their area code (黔公网安备33010802007421号: prefix
// Guizhou, area code Zhejiang); such numbers exist and are accepted.
func (n Number) PrefixProvince() province.Code {
	if n.meta.kind() != KindPublicSecurity {
		return n.meta.prov()
	}
	if c, ok := psCharProvince(n.meta.pfx()); ok {
		return c
	}
	return 0
}

// Serial returns the serial digits: 12345678 of 京ICP备12345678号-1,
// 20090059 of 粤B2-20090059, all 14 (or 12) digits of a public-security
// number. It returns "" for the zero value.
func (n Number) Serial() string {
	var buf [20]byte
	return string(appendSerial(buf[:0], n.serial, n.meta.nser()))
}

// FirstApprovalYear returns the year encoded at the start of the serial:
// the year the subject was first approved for ICP filing numbers (6 and 8
// digits: 20YY, 10 digits: YYYY), the year of issue for ICP licences (20YY)
// and telecom licences (YYYY). It returns 0 for public-security numbers, for
// the zero value and when the digits cannot be a year (a 10-digit serial not
// starting with 20).
func (n Number) FirstApprovalYear() int {
	switch n.meta.kind() {
	case KindICPFiling, KindICPLicence:
		switch n.meta.nser() {
		case 6, 8:
			return 2000 + int(n.serial/pow10[n.meta.nser()-2])
		case 10:
			if y := int(n.serial / pow10[6]); y >= 2000 && y <= 2099 {
				return y
			}
		}
	case KindTelecomLicence:
		if y := int(n.serial / pow10[4]); y >= 1990 && y <= 2099 {
			return y
		}
	}
	return 0
}

// Sequence returns the service sequence (the N of -N), 0 for subject-level
// numbers.
func (n Number) Sequence() int { return int(n.meta.seq()) }

// Service returns the service kind of a service number, [ServiceNone] for
// subject-level numbers.
func (n Number) Service() Service { return n.meta.svc() }

// IsService reports whether n is a service number (has a -N suffix).
func (n Number) IsService() bool { return n.meta.seq() != 0 }

// IsCrossRegional reports whether n is a telecom licence issued by MIIT
// itself, written without a province (B2-20080101).
func (n Number) IsCrossRegional() bool {
	return n.meta.kind() == KindTelecomLicence && n.meta.prov() == 0
}

// LicenceClass returns the telecom licence classes as written in the
// canonical form, such as "B2" or "B1.B2"; "" for other kinds.
func (n Number) LicenceClass() string {
	if n.meta.kind() != KindTelecomLicence {
		return ""
	}
	var buf [12]byte
	return string(appendClass(buf[:0], n.meta.class()))
}

// Subject returns the subject-level number of a service number
// (京ICP备12345678号 for 京ICP备12345678号-2A); other numbers are returned
// unchanged.
func (n Number) Subject() Number {
	n.meta = n.meta.subject()
	return n
}

// maxSequence is the largest service sequence accepted (five digits).
const maxSequence = 99999

// WithService returns the service number with sequence seq and kind s under
// the subject of n (any existing suffix is replaced). WithService(0,
// ServiceNone) returns n.Subject(). It fails with [ErrNoService] for
// public-security numbers and the zero value, and with [ErrSequence] when
// seq is outside 1–99999 or s is not a service kind; the error is a
// [*ParseError] whose Input is the number that was asked for.
func (n Number) WithService(seq int, s Service) (Number, error) {
	if seq == 0 && s == ServiceNone && n.IsValid() {
		return n.Subject(), nil
	}
	sub := n.Subject()
	if n.meta.kind() == KindInvalid || n.meta.kind() == KindPublicSecurity {
		return Number{}, &ParseError{Input: sub.String(), Offset: len(sub.String()), Err: ErrNoService}
	}
	if seq < 1 || seq > maxSequence || s == ServiceNone || !s.IsValid() {
		in := sub.String() + "-" + strconv.Itoa(seq) + s.Letter()
		return Number{}, &ParseError{Input: in, Offset: len(sub.String()), Err: ErrSequence}
	}
	f := sub.fields()
	f.seq, f.svc = uint32(seq), s
	return f.number(), nil
}

// AreaCode returns the six-digit area code of the public-security unit, the
// first six digits of a public-security number (110105 for
// 京公网安备11010502030143号); 0 for other kinds.
func (n Number) AreaCode() int {
	if n.meta.kind() != KindPublicSecurity {
		return 0
	}
	return int(n.serial / pow10[n.meta.nser()-6])
}

// QueryURL returns where the number can be checked: for public-security
// numbers the platform's query page with the digits
// (https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143), for the
// other kinds [MIITURL], and "" for the zero value.
func (n Number) QueryURL() string {
	switch n.meta.kind() {
	case KindInvalid:
		return ""
	case KindPublicSecurity:
		var buf [len(PublicSecurityQueryURL) + 20]byte
		return string(appendSerial(append(buf[:0], PublicSecurityQueryURL...), n.serial, n.meta.nser()))
	}
	return MIITURL
}

// pow10[i] is 10 to the power i.
var pow10 = [...]uint64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19}
