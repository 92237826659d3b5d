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

// reader walks the input one significant rune at a time. In lenient modes
// it skips noise (spaces, invisible characters, their HTML entities) and
// folds runes (see fold), remembering the fixes of what it has taken.
type reader[S text] struct {
	s       S
	i       int // offset of the next byte to read
	lenient bool
	fixes   Fixes
}

// peek returns the next significant rune, the offsets where it starts and
// ends, and the fixes taking it implies. At the end of the input it returns
// eof with start and end at len(s).
func (r *reader[S]) peek() (c rune, start, end int, fx Fixes) {
	i := r.i
	if !r.lenient {
		if i >= len(r.s) {
			return eof, i, i, 0
		}
		c, n := decodeRune(r.s, i)
		return c, i, i + n, 0
	}
	for i < len(r.s) {
		if b := r.s[i]; b < utf8.RuneSelf {
			switch {
			case b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\v' || b == '\f':
				fx |= Fixes(FixSpace)
				i++
				continue
			case b == '&':
				if n, f := noiseAt(r.s, i); n > 0 {
					fx |= f
					i += n
					continue
				}
			case 'a' <= b && b <= 'z':
				return rune(b - ('a' - 'A')), i, i + 1, fx | Fixes(FixCase)
			}
			return rune(b), i, i + 1, fx
		}
		c, n := decodeRune(r.s, i)
		if f := noiseRune(c); f != 0 {
			fx |= f
			i += n
			continue
		}
		c, f := fold(c)
		return c, i, i + n, fx | f
	}
	return eof, i, i, fx
}

// take consumes the input up to end, recording fx.
func (r *reader[S]) take(end int, fx Fixes) {
	r.i = end
	r.fixes |= fx
}

// expect consumes want, or returns the offset of what stands there instead.
func (r *reader[S]) expect(want rune) (int, bool) {
	c, st, en, fx := r.peek()
	if c != want {
		return st, false
	}
	r.take(en, fx)
	return st, true
}

// digits reads decimal digits and returns their value (exact up to 19
// digits), their count, the offset of the first one and the first digit.
// In lenient modes invisible characters may sit anywhere between digits,
// but spaces only when they separate every digit (1 2 3 4 5 6), so that a
// number never swallows a neighbouring figure (粤ICP备040144 2024 has the
// serial 040144).
func (r *reader[S]) digits() (v uint64, n, start int, first rune) {
	c, st, en, fx := r.peek()
	start, first = st, c
	var (
		v1         uint64
		n1         = -1
		i1         int
		f1         Fixes
		runLen     int
		singleRuns = true
	)
	for isDigit(c) {
		if n > 0 && fx&Fixes(FixSpace) != 0 { // a space ended a run of digits
			if n1 < 0 {
				n1, v1, i1, f1 = n, v, r.i, r.fixes
			}
			if runLen != 1 {
				singleRuns = false
			}
			runLen = 0
		}
		if n < 19 {
			v = v*10 + uint64(c-'0')
		}
		n++
		runLen++
		r.take(en, fx)
		c, _, en, fx = r.peek()
	}
	if n1 >= 0 && (!singleRuns || runLen != 1) {
		v, n, r.i, r.fixes = v1, n1, i1, f1
	}
	return v, n, start, first
}

// serial reads the serial digits of a number, rejecting placeholders.
func (r *reader[S]) serial() (v uint64, n, start int, err error) {
	c, st, _, _ := r.peek()
	if isPlaceholder(c) {
		return 0, 0, st, ErrPlaceholder
	}
	v, n, start, _ = r.digits()
	if n == 0 {
		return 0, 0, start, ErrSyntax
	}
	if c, st, _, _ := r.peek(); isPlaceholder(c) {
		return 0, 0, st, ErrPlaceholder
	}
	return v, n, start, nil
}

// suffix reads an optional service suffix: '-', the sequence and an
// optional service letter. In modeFind a malformed suffix is left unread.
func (r *reader[S]) suffix(m mode) (seq uint32, svc Service, off int, err error) {
	save := *r
	c, _, en, fx := r.peek()
	if c != '-' {
		return 0, ServiceNone, 0, nil
	}
	r.take(en, fx)
	c, st, _, _ := r.peek()
	bad := error(nil)
	v, n, start, first := uint64(0), 0, st, rune(0)
	switch {
	case isPlaceholder(c):
		bad = ErrPlaceholder
	default:
		v, n, start, first = r.digits()
		switch {
		case n == 0:
			bad = ErrSyntax
		case first == '0' || n > 5:
			bad = ErrSequence
		}
	}
	if bad != nil {
		if m == modeFind {
			*r = save
			return 0, ServiceNone, 0, nil
		}
		return 0, ServiceNone, start, bad
	}
	svc = ServiceWebsite
	c, _, en, fx = r.peek()
	if s, ok := serviceByLetter(c); ok {
		// In text, a letter glued to a word (号-1About) is not a service letter.
		if m != modeFind || en >= len(r.s) || !isASCIIAlnum(r.s[en]) {
			r.take(en, fx)
			svc = s
		}
	}
	return uint32(v), svc, 0, nil
}

// scan parses one number starting at s[start].
func scan[S text](s S, start int, m mode) result {
	r := reader[S]{s: s, i: start, lenient: m != modeStrict}
	c, st, en, fx := r.peek()
	if c == eof {
		return result{err: ErrEmpty, off: st}
	}
	var (
		n   Number
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
	return result{n: n, end: end, fixes: r.fixes}
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
func (r *reader[S]) icp(n *Number, m mode, pr rune, prOff int) (int, error) {
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
func (r *reader[S]) publicSecurity(n *Number, pr rune, prOff int) (int, error) {
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
func (r *reader[S]) telecom(n *Number, m mode) (int, error) {
	n.kind = KindTelecomLicence
	for {
		c, st, en, fx := r.peek()
		if c != 'A' && c != 'B' {
			if 'A' <= c && c <= 'Z' {
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
