package number

import "unicode/utf8"

// Parse parses the canonical text of a number (see [Number.String]) and
// nothing else: no spaces, no full-width or lower-case letters, no aliases,
// 号 exactly where it is issued. Use [ParseLenient] for text typed or
// scraped by people.
//
// Accepted serials: ICP filing numbers with 6 (2004), 8 (2005–2020) or 10
// (2020 on) digits; ICP licences with 6; telecom licences with 8;
// public-security numbers with 14 or the legacy 12. Shorter legacy serials
// seen in the wild (皖ICP备05001号) are rejected by both parsers, because no
// canonical form could round-trip them. Service sequences run from 1 to
// 99999 without leading zeros.
//
// The error is always a [*ParseError] wrapping one of the sentinel errors.
// Parse does not allocate unless it fails.
func Parse(s string) (Number, error) {
	var f fields
	if parseFast(s, &f) {
		return f.number(), nil
	}
	res := scan(s, 0, modeStrict)
	if res.err != nil {
		return Number{}, &ParseError{Input: s, Offset: res.off, Err: res.err}
	}
	return res.n, nil
}

// MustParse is like [Parse] but panics when s is not a canonical number.
// It is meant for constants and tests, not for input.
func MustParse(s string) Number {
	n, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return n
}

// ParseLenient parses a number as people write it and reports what it had
// to fix to reach the canonical form. Beyond what [Parse] accepts it allows
// (domain.md §1.5):
//
//   - full-width letters, digits and dashes (folded with golang.org/x/text/width): [FixWidth], [FixDash]
//   - spaces, no-break spaces, U+3000 and &nbsp; anywhere: [FixSpace]
//   - zero-width characters and byte-order marks: [FixInvisible]
//   - lower-case icp, b2, -1a: [FixCase]
//   - 備 證 號 網 and traditional province characters: [FixTraditional]
//   - 备案 for 备: [FixBeian]
//   - en, em and other dashes: [FixDash]
//   - a missing 号: [FixMissingHao]; a 号 on a telecom licence or after the sequence: [FixExtraHao]
//   - a leading label such as 备案号：, ICP备案号:, 备案/许可证编号： or 国家信息产业部: [FixLabel]
//   - informal province characters 川 贵 云 甘 秦 申 楚: [FixProvinceAlias]
//   - telecom licence classes out of order: [FixClassOrder]
//
// It still rejects what is not a number: unknown provinces
// ([ErrUnknownProvince]), 港/澳/台 ([ErrNotMainland]), wrong serial lengths
// ([ErrSerialLength]), placeholders such as 号-X ([ErrPlaceholder]),
// parenthesised insertions and any other text around the number
// ([ErrSyntax]). Offsets in errors refer to s. When it succeeds with no
// fixes, s was canonical and Parse accepts it too.
func ParseLenient(s string) (Number, Fixes, error) {
	start, label := stripLabels(s)
	res := scan(s, start, modeLenient)
	if res.err != nil {
		return Number{}, 0, &ParseError{Input: s, Offset: res.off, Err: res.err}
	}
	if label {
		res.fixes |= Fixes(FixLabel)
	}
	return res.n, res.fixes, nil
}

// labels are the texts that precede numbers in footers and forms, in the
// folded form the lenient reader produces (so 備案號 matches 备案号), longest
// first. A ':' may follow.
var labels = [...]string{
	"增值电信业务经营许可证编号", "增值电信业务经营许可证号", "增值电信业务经营许可证",
	"互联网信息服务许可证号", "经营性网站备案信息", "备案/许可证编号", "ICP经营许可证号",
	"ICP备案证书号", "备案/许可证号", "ICP经营许可证", "ICP许可证号", "公网安备案号", "工信部备案号",
	"国家信息产业部", "网站备案编号", "经营许可证号", "网站备案号", "公安备案号", "ICP备案号", "工信部备案",
	"许可证编号", "经营许可证", "网站备案", "ICP备案", "ICP证号", "许可证号", "备案编号", "ICP证", "许可证",
	"备案号", "ICP号", "ICP",
}

// labelFirst holds the first rune of each label, so that most inputs are
// told apart from every label with one comparison each.
var labelFirst = func() (first [len(labels)]rune) {
	for i, l := range labels {
		first[i], _ = utf8.DecodeRuneInString(l)
	}
	return first
}()

// stripLabels returns where the number starts once known labels (and the
// colon after them) are skipped, and whether there were any.
func stripLabels(s string) (int, bool) {
	i, found := 0, false
	for range 3 {
		j, ok := stripLabel(s, i)
		if !ok {
			break
		}
		i, found = j, true
	}
	return i, found
}

func stripLabel(s string, i int) (int, bool) {
	first := reader[string]{s: s, i: i, lenient: true}
	c0, _, _, _ := first.peek()
	for k, l := range labels {
		if labelFirst[k] != c0 {
			continue
		}
		r := reader[string]{s: s, i: i, lenient: true}
		ok := true
		for _, want := range l {
			c, _, en, fx := r.peek()
			if c != want {
				ok = false
				break
			}
			r.take(en, fx)
		}
		if !ok {
			continue
		}
		if c, _, en, fx := r.peek(); c == ':' {
			r.take(en, fx)
		}
		return r.i, true
	}
	return i, false
}
