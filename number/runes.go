package number

import (
	"unicode/utf8"

	"golang.org/x/text/width"
)

// text is the input of the generic scanners: Parse and ParseLenient read
// strings, FindAll reads byte slices, with the same code and no copies.
type text interface{ ~string | ~[]byte }

// eof is what peek returns at the end of the input.
const eof rune = -1

// decodeRune decodes the UTF-8 sequence starting at s[i]. Invalid or
// truncated sequences decode as utf8.RuneError with size 1.
func decodeRune[S text](s S, i int) (rune, int) {
	b0 := s[i]
	if b0 < utf8.RuneSelf {
		return rune(b0), 1
	}
	rest := len(s) - i
	switch {
	case b0&0xE0 == 0xC0 && rest >= 2:
		b1 := s[i+1]
		if b1&0xC0 == 0x80 {
			if r := rune(b0&0x1F)<<6 | rune(b1&0x3F); r >= 0x80 {
				return r, 2
			}
		}
	case b0&0xF0 == 0xE0 && rest >= 3:
		b1, b2 := s[i+1], s[i+2]
		if b1&0xC0 == 0x80 && b2&0xC0 == 0x80 {
			r := rune(b0&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F)
			if r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
				return r, 3
			}
		}
	case b0&0xF8 == 0xF0 && rest >= 4:
		b1, b2, b3 := s[i+1], s[i+2], s[i+3]
		if b1&0xC0 == 0x80 && b2&0xC0 == 0x80 && b3&0xC0 == 0x80 {
			r := rune(b0&0x07)<<18 | rune(b1&0x3F)<<12 | rune(b2&0x3F)<<6 | rune(b3&0x3F)
			if r >= 0x10000 && r <= utf8.MaxRune {
				return r, 4
			}
		}
	}
	return utf8.RuneError, 1
}

// decodeLastRune decodes the rune that ends at s[end-1], not looking before
// low. Invalid sequences decode as utf8.RuneError with size 1.
func decodeLastRune[S text](s S, low, end int) (rune, int) {
	start := end - 1
	for start > low && end-start < utf8.UTFMax && s[start]&0xC0 == 0x80 {
		start--
	}
	r, n := decodeRune(s, start)
	if start+n != end {
		return utf8.RuneError, 1
	}
	return r, n
}

// noiseRune reports whether the lenient parser skips r, and which fix that is.
func noiseRune(r rune) Fixes {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return Fixes(FixSpace)
	case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xAD:
		return Fixes(FixInvisible)
	}
	if r >= 0x2000 && r <= 0x200A {
		return Fixes(FixSpace)
	}
	return 0
}

// entities are the HTML character references for spaces and invisible
// characters that footers put inside numbers; the lenient parser skips them
// (ASCII case-insensitively) so that raw HTML scans like extracted text.
var entities = [...]struct {
	name string
	fix  Fixes
}{
	{"&nbsp;", Fixes(FixSpace)}, {"&#160;", Fixes(FixSpace)}, {"&#xa0;", Fixes(FixSpace)},
	{"&ensp;", Fixes(FixSpace)}, {"&emsp;", Fixes(FixSpace)}, {"&thinsp;", Fixes(FixSpace)},
	{"&#32;", Fixes(FixSpace)}, {"&#12288;", Fixes(FixSpace)}, {"&#x3000;", Fixes(FixSpace)},
	{"&#8203;", Fixes(FixInvisible)}, {"&#x200b;", Fixes(FixInvisible)}, {"&zwj;", Fixes(FixInvisible)},
	{"&zwnj;", Fixes(FixInvisible)}, {"&#65279;", Fixes(FixInvisible)}, {"&#xfeff;", Fixes(FixInvisible)},
	{"&shy;", Fixes(FixInvisible)},
}

// hasFoldPrefix reports whether s[i:] starts with the ASCII string p,
// ignoring ASCII case.
func hasFoldPrefix[S text](s S, i int, p string) bool {
	if len(s)-i < len(p) {
		return false
	}
	for k := 0; k < len(p); k++ {
		c := s[i+k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[k] {
			return false
		}
	}
	return true
}

// noiseAt returns the length of the noise (space, invisible character or
// HTML entity for one) starting at s[i], 0 if there is none, and its fix.
func noiseAt[S text](s S, i int) (int, Fixes) {
	b := s[i]
	switch {
	case b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\v' || b == '\f':
		return 1, Fixes(FixSpace)
	case b == '&':
		for _, e := range entities {
			if hasFoldPrefix(s, i, e.name) {
				return len(e.name), e.fix
			}
		}
	case b >= utf8.RuneSelf:
		r, n := decodeRune(s, i)
		if fx := noiseRune(r); fx != 0 {
			return n, fx
		}
	}
	return 0, 0
}

// noiseBefore returns the length of the noise ending at s[end-1], not
// looking before low, 0 if there is none.
func noiseBefore[S text](s S, low, end int) int {
	if end <= low {
		return 0
	}
	b := s[end-1]
	switch {
	case b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\v' || b == '\f':
		return 1
	case b == ';':
		for _, e := range entities {
			if start := end - len(e.name); start >= low && hasFoldPrefix(s, start, e.name) {
				return len(e.name)
			}
		}
	case b >= utf8.RuneSelf:
		if r, n := decodeLastRune(s, low, end); noiseRune(r) != 0 {
			return n
		}
	}
	return 0
}

// fold maps a significant rune to the form the grammar expects, for the
// lenient parser: ASCII upper case, full-width forms to ASCII (through
// golang.org/x/text/width), dashes to '-', traditional characters to
// simplified ones. It returns the fixes that implies.
func fold(r rune) (rune, Fixes) {
	var fx Fixes
	switch {
	case r < utf8.RuneSelf:
	case r >= 0xFF01 && r <= 0xFF5E: // full-width ASCII
		if nr := width.LookupRune(r).Narrow(); nr != 0 {
			r = nr
			if r == '-' {
				fx |= Fixes(FixDash)
			} else {
				fx |= Fixes(FixWidth)
			}
		}
	case r >= 0x2010 && r <= 0x2015, r == 0x2212, r == 0xFE58, r == 0xFE63:
		return '-', Fixes(FixDash)
	default:
		if s := simplified(r); s != 0 {
			return s, Fixes(FixTraditional)
		}
		return r, 0
	}
	if 'a' <= r && r <= 'z' {
		r -= 'a' - 'A'
		fx |= Fixes(FixCase)
	}
	return r, fx
}

// simplified returns the simplified form of the traditional characters that
// occur in numbers, or 0.
func simplified(r rune) rune {
	switch r {
	case '備':
		return '备'
	case '證':
		return '证'
	case '號':
		return '号'
	case '網':
		return '网'
	case '滬':
		return '沪'
	case '粵':
		return '粤'
	case '遼':
		return '辽'
	case '蘇':
		return '苏'
	case '閩':
		return '闽'
	case '贛':
		return '赣'
	case '魯':
		return '鲁'
	case '貴':
		return '贵'
	case '雲':
		return '云'
	case '隴':
		return '陇'
	case '陝':
		return '陕'
	case '寧':
		return '宁'
	case '晉':
		return '晋'
	case '瓊':
		return '琼'
	}
	return 0
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

func isASCIIAlnum(b byte) bool {
	return '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

// isPlaceholder reports whether r stands in for digits in templates
// (京ICP备XXXXXXXX号-X, 京ICP备00000000号-*).
func isPlaceholder(r rune) bool { return r == 'X' || r == '*' || r == '×' }
