package number

import (
	"bytes"
	"iter"

	"github.com/beian-go/beian/province"
)

// Match is a number found in text by [FindAll], [Find] or [All].
type Match struct {
	// Start and End are byte offsets into the scanned text: text[Start:End]
	// is the number as written there, and ParseLenient of it returns Number
	// and Fixes.
	Start, End int
	// Number is the number found.
	Number Number
	// Fixes are the corrections needed to read text[Start:End].
	Fixes Fixes
}

// FindAll returns every number in text, in order, with its byte span. text
// may be plain text or raw HTML: numbers are recognised in the lenient forms
// of [ParseLenient] (spaces, &nbsp;, zero-width characters, full-width and
// lower-case letters, traditional characters, missing 号, aliases), except
// that labels are not part of a match and a telecom licence needs an ASCII
// '-' after its class. A digit run longer than the serial makes no match; a
// malformed or placeholder service suffix (号-X) is left out of the match,
// and so is a letter after white space or glued to a word (号-1 A股,
// 号-1About), which starts the next words rather than naming a service.
// In raw HTML, entities for spaces (&nbsp;) may sit inside a number, tags
// may not: run FindAll on extracted text to find 京ICP备<b>1</b>… .
// It returns nil when there is none and allocates nothing but the result.
func FindAll(text []byte) []Match {
	return AppendAll(nil, text)
}

// AppendAll appends the matches of [FindAll] to dst and returns the
// extended slice; it does not allocate when dst has room.
func AppendAll(dst []Match, text []byte) []Match {
	f := newFinder(text)
	for {
		m, ok := f.next()
		if !ok {
			return dst
		}
		dst = append(dst, m)
	}
}

// Find returns the first number in text, as [FindAll] would.
func Find(text []byte) (Match, bool) {
	f := newFinder(text)
	return f.next()
}

// All returns an iterator over the matches of [FindAll], computed as the
// loop advances. text must not change while iterating.
func All(text []byte) iter.Seq[Match] {
	return func(yield func(Match) bool) {
		f := newFinder(text)
		for {
			m, ok := f.next()
			if !ok || !yield(m) {
				return
			}
		}
	}
}

// Anchors are byte strings every number contains: 备 (ICP备, 公网安备), 证
// (ICP证), their traditional forms 備 and 證, and the '-' after the class of
// a telecom licence. The multi-byte anchors are found by their last byte
// with [bytes.IndexByte] (the rarest of their bytes in Chinese text), so
// text without numbers is skipped at memory speed.
var anchors = [...]string{"备", "備", "证", "證", "-"}

const (
	anchorBei = iota
	anchorBeiT
	anchorZheng
	anchorZhengT
	anchorDash
	numAnchors
)

// finder scans text for numbers from pos on.
type finder struct {
	text []byte
	pos  int             // where scanning continues
	low  int             // end of the last match: no match may start before it
	at   [numAnchors]int // next offset of each anchor at or after pos; -1 none; -2 not searched yet
}

func newFinder(text []byte) finder {
	f := finder{text: text}
	for k := range f.at {
		f.at[k] = -2
	}
	return f
}

// index returns the offset of the next anchor k at or after from that may
// start a number, or -1. It searches for the anchor's last byte with
// bytes.IndexByte and checks the bytes around each hit before the caller
// does any real work: the anchor itself, and what precedes it (P or 安
// before 备/证, a class digit before '-', or noise).
func index(text []byte, from, k int) int {
	a := anchors[k]
	last := a[len(a)-1]
	for i := from + len(a) - 1; i < len(text); i++ {
		j := bytes.IndexByte(text[i:], last)
		if j < 0 {
			return -1
		}
		i += j
		start := i + 1 - len(a)
		if string(text[start:i+1]) != a {
			continue
		}
		if start == 0 {
			return start
		}
		if k == anchorDash {
			switch b := text[start-1]; {
			case b == '1' || b == '2' || b >= 0x80 || b == ' ' || b == ';' || b == '\t' || b == '\n' || b == '\r':
				return start
			}
			continue
		}
		r, _ := decodeLastRune(text, 0, start)
		switch r {
		case 'P', 'p', 'Ｐ', 'ｐ', '安', ';':
			return start
		}
		if r < 0x80 && r != ' ' && r != '\t' && r != '\n' && r != '\r' && r != '\v' && r != '\f' {
			continue
		}
		if noiseRune(r) != 0 {
			return start
		}
	}
	return -1
}

// next returns the next match.
func (f *finder) next() (Match, bool) {
	for {
		best, which := -1, -1
		for k := range f.at {
			if f.at[k] == -2 || f.at[k] >= 0 && f.at[k] < f.pos {
				f.at[k] = index(f.text, f.pos, k)
			}
			if f.at[k] >= 0 && (best < 0 || f.at[k] < best) {
				best, which = f.at[k], k
			}
		}
		if best < 0 {
			f.pos = len(f.text)
			return Match{}, false
		}
		if m, ok := f.try(best, which); ok {
			f.pos, f.low = m.End, m.End
			return m, true
		}
		f.pos = best + len(anchors[which])
	}
}

// maxNoiseBack bounds how much noise the backward walk skips per step.
const maxNoiseBack = 32

// prev returns the significant rune ending at end (skipping noise
// backwards, not before f.low), folded as the lenient reader folds it, and
// where it starts.
func (f *finder) prev(end int) (rune, int, bool) {
	for range maxNoiseBack {
		if end <= f.low {
			return 0, 0, false
		}
		if n := noiseBefore(f.text, f.low, end); n > 0 {
			end -= n
			continue
		}
		r, size := decodeLastRune(f.text, f.low, end)
		r, _ = fold(r)
		return r, end - size, true
	}
	return 0, 0, false
}

// try attempts a match around the anchor at p.
func (f *finder) try(p, which int) (Match, bool) {
	var start int
	if which == anchorDash {
		s, ok := f.licenceStart(p)
		if !ok {
			return Match{}, false
		}
		start = s
	} else {
		c, s, ok := f.prev(p)
		if !ok {
			return Match{}, false
		}
		var want string
		switch {
		case c == 'P':
			want = "CI"
		case c == '安' && (which == anchorBei || which == anchorBeiT):
			want = "网公"
		default:
			return Match{}, false
		}
		for _, w := range want {
			if c, s, ok = f.prev(s); !ok || c != w {
				return Match{}, false
			}
		}
		if _, s, ok = f.prev(s); !ok {
			return Match{}, false
		}
		start = s
	}
	res := scan(f.text, start, modeFind)
	if res.err != nil {
		return Match{}, false
	}
	return Match{Start: start, End: res.end, Number: res.n, Fixes: res.fixes}, true
}

// licenceStart walks back from the '-' at p over licence classes (B2,
// B1.B2) and a province character, and returns where the licence starts.
func (f *finder) licenceStart(p int) (int, bool) {
	if p == 0 || f.text[p-1] != '1' && f.text[p-1] != '2' && f.text[p-1] < 0x80 && f.text[p-1] != ' ' && f.text[p-1] != ';' {
		return 0, false // fast rejection of the common a-b, 2024-05 …
	}
	end := p
	var start int
	for {
		d, s, ok := f.prev(end)
		if !ok || d != '1' && d != '2' {
			return 0, false
		}
		c, s, ok := f.prev(s)
		if !ok || c != 'A' && c != 'B' {
			return 0, false
		}
		start = s
		dot, s, ok := f.prev(s)
		if !ok || dot != '.' {
			break
		}
		end = s
	}
	c, s, ok := f.prev(start)
	switch {
	case !ok || c == '-' || c == '.':
		return start, true
	case c >= 0x80:
		if _, _, isProv := province.ByChar(c); isProv {
			return s, true
		}
		if province.IsNotMainlandChar(c) {
			return 0, false
		}
		return start, true
	case s == start-1 && isASCIIAlnum(f.text[s]):
		return 0, false // inside a word: AB2-…, 3B2-…
	}
	return start, true
}
