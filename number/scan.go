package number

import (
	"unicode/utf8"

	"github.com/beian-go/beian/province"
)

// mode selects how the scanner treats its input.
type mode uint8

const (
	// modeStrict accepts exactly the canonical form and nothing after it.
	modeStrict mode = iota
	// modeLenient accepts the variants of domain.md §1.5 and nothing after
	// the number but noise.
	modeLenient
	// modeFind is modeLenient that stops at the end of the number and drops
	// a malformed service suffix instead of failing.
	modeFind
)

// result is what scan returns: a number and where it ends, or an error
// and where it was found.
type result struct {
	n     Number
	end   int // offset just after the last byte of the number
	fixes Fixes
	err   error // a sentinel
	off   int   // offset of the error
}

// scan parses one number starting at s[start].
func scan[S text](s S, start int, m mode) result {
	r := reader[S]{s: s, i: start, lenient: m != modeStrict}
	c, st, en, fx := r.peek()
	if c == eof {
		return result{err: ErrEmpty, off: st}
	}
	var (
		n   fields
		err error
		off int
	)
	if c < 0x80 {
		if 'A' <= c && c <= 'Z' {
			off, err = r.telecom(&n, m)
		} else {
			off, err = st, ErrSyntax
		}
	} else if c == utf8.RuneError && en-st == 1 {
		off, err = st, ErrSyntax
	} else {
		pr, prOff := c, st
		r.take(en, fx)
		c, st, _, _ = r.peek()
		switch {
		case c == 'I':
			off, err = r.icp(&n, m, pr, prOff)
		case c == '公':
			off, err = r.publicSecurity(&n, pr, prOff)
		case 'A' <= c && c <= 'Z':
			n.prov, off, err = r.icpProvince(pr, prOff)
			if err == nil {
				off, err = r.telecom(&n, m)
			}
		default:
			off, err = st, ErrSyntax
		}
	}
	if err != nil {
		return result{err: err, off: off}
	}
	end := r.i
	if m != modeFind {
		c, st, _, fx := r.peek()
		if c != eof {
			return result{err: ErrSyntax, off: st}
		}
		r.fixes |= fx
	}
	return result{n: n.number(), end: end, fixes: r.fixes}
}

// icpProvince resolves the province character of ICP numbers and telecom
// licences.
func (r *reader[S]) icpProvince(c rune, off int) (province.Code, int, error) {
	if p, ok := icpChars.get(c); ok {
		return p, 0, nil
	}
	if province.IsNotMainlandChar(c) {
		return 0, off, ErrNotMainland
	}
	if p, alias, ok := province.ByChar(c); ok && alias {
		if !r.lenient {
			return 0, off, ErrProvinceAlias
		}
		r.fixes |= Fixes(FixProvinceAlias)
		return p, 0, nil
	}
	return 0, off, ErrUnknownProvince
}

// psCharProvince returns the province a public-security prefix character
// names: the characters the province table lists for public-security
// numbers, the ICP characters and the informal aliases.
func psCharProvince(c rune) (province.Code, bool) {
	if p, ok := psChars.get(c); ok {
		return p, true
	}
	if p, _, ok := province.ByChar(c); ok {
		return p, true
	}
	return 0, false
}

// icp reads the rest of an ICP filing or licence number after its province
// character; the reader stands before the 'I' of ICP.
func (r *reader[S]) icp(n *fields, m mode, pr rune, prOff int) (int, error) {
	r.expect('I')
	if off, ok := r.expect('C'); !ok {
		return off, ErrSyntax
	}
	if off, ok := r.expect('P'); !ok {
		return off, ErrSyntax
	}
	c, st, en, fx := r.peek()
	switch c {
	case '备':
		n.kind = KindICPFiling
	case '证':
		n.kind = KindICPLicence
	default:
		return st, ErrSyntax
	}
	r.take(en, fx)
	if n.kind == KindICPFiling && r.lenient {
		if c, _, en, fx := r.peek(); c == '案' {
			r.take(en, fx|Fixes(FixBeian))
		}
	}
	var err error
	var off int
	if n.prov, off, err = r.icpProvince(pr, prOff); err != nil {
		return off, err
	}
	v, cnt, start, err := r.serial()
	if err != nil {
		return start, err
	}
	if cnt != 8 && cnt != 10 && cnt != 6 || n.kind == KindICPLicence && cnt != 6 {
		return start, ErrSerialLength
	}
	if v == 0 {
		return start, ErrPlaceholder
	}
	n.serial, n.nser = v, uint8(cnt)
	missing := false
	c, st, en, fx = r.peek()
	switch {
	case c == '号':
		r.take(en, fx)
	case r.lenient:
		missing = true
		r.fixes |= Fixes(FixMissingHao)
	default:
		return st, ErrSyntax
	}
	if n.seq, n.svc, off, err = r.suffix(m); err != nil {
		return off, err
	}
	if missing && n.seq != 0 {
		if c, _, en, fx := r.peek(); c == '号' {
			r.take(en, fx|Fixes(FixExtraHao))
		}
	}
	return 0, nil
}

// publicSecurity reads the rest of a public-security number after its
// province character; the reader stands before 公.
func (r *reader[S]) publicSecurity(n *fields, pr rune, prOff int) (int, error) {
	r.expect('公')
	for _, want := range "网安备" {
		if off, ok := r.expect(want); !ok {
			return off, ErrSyntax
		}
	}
	if r.lenient {
		if c, _, en, fx := r.peek(); c == '案' {
			r.take(en, fx|Fixes(FixBeian))
		}
	}
	if _, ok := psCharProvince(pr); !ok {
		if province.IsNotMainlandChar(pr) {
			return prOff, ErrNotMainland
		}
		return prOff, ErrUnknownProvince
	}
	n.kind, n.pfx = KindPublicSecurity, pr
	v, cnt, start, err := r.serial()
	if err != nil {
		return start, err
	}
	if cnt != 14 && cnt != 12 {
		return start, ErrSerialLength
	}
	pc := int(v / pow10[cnt-2])
	p, ok := province.ByAreaCode(pc * 10000)
	if !ok {
		if pc == 71 || pc == 81 || pc == 82 {
			return start, ErrNotMainland
		}
		return start, ErrUnknownProvince
	}
	n.prov, n.serial, n.nser = p, v, uint8(cnt)
	c, st, en, fx := r.peek()
	switch {
	case c == '号':
		r.take(en, fx)
	case r.lenient:
		r.fixes |= Fixes(FixMissingHao)
	default:
		return st, ErrSyntax
	}
	return 0, nil
}

// telecom reads a telecom licence from its class letters on; n.prov is
// already set (0 for cross-regional licences).
func (r *reader[S]) telecom(n *fields, m mode) (int, error) {
	n.kind = KindTelecomLicence
	for {
		c, st, en, fx := r.peek()
		if c != 'A' && c != 'B' {
			// A letter and a digit (D3-) is a class this package does not
			// support; other text (ICP备…, words) is no licence at all.
			next := *r
			next.take(en, fx)
			if d, _, _, _ := next.peek(); 'A' <= c && c <= 'Z' && isDigit(d) {
				return st, ErrLicenceClass
			}
			return st, ErrSyntax
		}
		r.take(en, fx)
		d, _, en, fx := r.peek()
		if d != '1' && d != '2' {
			if isDigit(d) || d == '-' {
				return st, ErrLicenceClass
			}
			return st, ErrSyntax
		}
		bit := classA1 << (d - '1')
		if c == 'B' {
			bit <<= 2
		}
		switch {
		case n.class&bit != 0:
			return st, ErrLicenceClass
		case n.class > bit && !r.lenient:
			return st, ErrSyntax
		case n.class > bit:
			r.fixes |= Fixes(FixClassOrder)
		}
		n.class |= bit
		r.take(en, fx)
		c, st, en, fx = r.peek()
		r.take(en, fx)
		if c == '-' {
			break
		}
		if c != '.' {
			return st, ErrSyntax
		}
	}
	v, cnt, start, err := r.serial()
	if err != nil {
		return start, err
	}
	if cnt != 8 {
		return start, ErrSerialLength
	}
	if v == 0 {
		return start, ErrPlaceholder
	}
	n.serial, n.nser = v, uint8(cnt)
	if r.lenient {
		if c, _, en, fx := r.peek(); c == '号' {
			r.take(en, fx|Fixes(FixExtraHao))
		}
	}
	var off int
	if n.seq, n.svc, off, err = r.suffix(m); err != nil {
		return off, err
	}
	if r.lenient && n.seq != 0 {
		if c, _, en, fx := r.peek(); c == '号' {
			r.take(en, fx|Fixes(FixExtraHao))
		}
	}
	return 0, nil
}
