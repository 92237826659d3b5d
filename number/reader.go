package number

import (
	"unicode/utf8"
)

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
		// In text, a letter glued to a word (号-1About) or set apart by
		// white space (号-1 A股) is not a service letter.
		if m != modeFind || fx&Fixes(FixSpace) == 0 && (en >= len(r.s) || !isASCIIAlnum(r.s[en])) {
			r.take(en, fx)
			svc = s
		}
	}
	return uint32(v), svc, 0, nil
}
