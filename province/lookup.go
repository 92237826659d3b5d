package province

import (
	"strings"
	"unicode/utf8"
)

// Form tells which way of writing a province [Resolve] recognised.
type Form uint8

// The forms [Resolve] accepts.
const (
	FormICPChar   Form = iota + 1 // the ICP character: 京, 蜀
	FormAliasChar                 // an informal character that is not the ICP one: 川, 秦
	FormShortName                 // 北京, 内蒙古
	FormFullName                  // 北京市, 内蒙古自治区
	FormEnglish                   // Beijing, BEIJING, Inner Mongolia, InnerMongolia, Xizang
	FormCode                      // 11
	FormAreaCode                  // 110000, 110105
)

var formNames = [...]string{
	FormICPChar:   "icp-char",
	FormAliasChar: "alias-char",
	FormShortName: "short-name",
	FormFullName:  "full-name",
	FormEnglish:   "english",
	FormCode:      "code",
	FormAreaCode:  "area-code",
}

// String returns the stable ASCII name of f.
func (f Form) String() string {
	if f >= FormICPChar && f <= FormAreaCode {
		return formNames[f]
	}
	return "Form(invalid)"
}

// Resolution is what [Resolve] found: the province and the form it was written in.
type Resolution struct {
	Code Code
	Form Form
}

// IsAlias reports whether the input was an informal character, so the canonical ICP character
// (Resolution.Code.ICPChar()) differs from what was written.
func (r Resolution) IsAlias() bool { return r.Form == FormAliasChar }

// Lookup returns the province s names. It accepts the forms listed at [Resolve]; use Resolve to
// learn which form matched. It does not allocate.
func Lookup(s string) (Code, error) {
	r, err := Resolve(s)
	return r.Code, err
}

// Resolve returns the province s names and the form it is written in. Leading and trailing
// white space is ignored (Unicode white space, so the ideographic space U+3000 and the no-break
// space too); letters are matched without regard to case. Digits and Latin letters must be
// ASCII: full-width forms such as １１ or ＢＥＩＪＩＮＧ are not folded and give [ErrUnknown]
// (fold them first, e.g. with golang.org/x/text/width, when input comes from Chinese forms). Accepted: the ICP character
// (京), the informal characters 川 秦 申 楚 贵 云 甘, the short and full Chinese names, the English
// name with or without spaces and a few pinyin spellings (Xizang, Neimenggu), the two-digit code
// and any six-digit area code whose first two digits are a province.
//
// Failures are a [*LookupError] wrapping [ErrEmpty], [ErrNotMainland] (Hong Kong, Macau, Taiwan
// in any of the same forms) or [ErrUnknown].
func Resolve(s string) (Resolution, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return Resolution{}, &LookupError{Input: s, Err: ErrEmpty}
	}
	if r, ok := resolveDigits(t); ok {
		if err := notMainlandCode(s, r); err != nil {
			return Resolution{}, err
		}
		return r, nil
	}
	if r, n := utf8.DecodeRuneInString(t); n == len(t) {
		if c, alias := byRune(r); c != 0 {
			f := FormICPChar
			if alias {
				f = FormAliasChar
			}
			return Resolution{Code: c, Form: f}, nil
		}
	}
	if t[0] < utf8.RuneSelf {
		if c, ok := byEnglishName(t); ok {
			return Resolution{Code: c, Form: FormEnglish}, nil
		}
	} else if c, f := byChineseName(t); c != 0 {
		return Resolution{Code: c, Form: f}, nil
	}
	if place := notMainlandPlace(t); place != "" {
		return Resolution{}, &LookupError{Input: s, Place: place, Err: ErrNotMainland}
	}
	return Resolution{}, &LookupError{Input: s, Err: ErrUnknown}
}

// maxEnglishName bounds the English input byEnglishName folds; longer text names no province.
const maxEnglishName = 32

// byEnglishName matches t against the English names and ASCII aliases, ignoring case and spaces.
// It folds t into a fixed buffer, so it does not allocate.
func byEnglishName(t string) (Code, bool) {
	var buf [maxEnglishName]byte
	n := 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c == ' ':
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if n == len(buf) {
			return 0, false
		}
		buf[n] = c
		n++
	}
	c := byFoldedEnglish(string(buf[:n]))
	return c, c != 0
}

// resolveDigits handles the two- and six-digit forms. A numeric input that is no province returns
// ok with a zero Code so the caller can report it.
func resolveDigits(t string) (Resolution, bool) {
	if len(t) != 2 && len(t) != 6 {
		return Resolution{}, false
	}
	n := 0
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return Resolution{}, false
		}
		n = n*10 + int(t[i]-'0')
	}
	if len(t) == 2 {
		return Resolution{Code: Code(n), Form: FormCode}, true
	}
	return Resolution{Code: Code(n / 10000), Form: FormAreaCode}, true
}

// notMainlandCode turns a numeric resolution into the right error, or nil for a province.
func notMainlandCode(input string, r Resolution) error {
	if r.Code.IsValid() {
		return nil
	}
	switch r.Code {
	case 71:
		return &LookupError{Input: input, Place: "Taiwan", Err: ErrNotMainland}
	case 81:
		return &LookupError{Input: input, Place: "Hong Kong", Err: ErrNotMainland}
	case 82:
		return &LookupError{Input: input, Place: "Macau", Err: ErrNotMainland}
	}
	return &LookupError{Input: input, Err: ErrUnknown}
}

// notMainlandPlace names the region t refers to when it is Hong Kong, Macau or Taiwan.
func notMainlandPlace(t string) string {
	switch {
	case t == "港" || t == "香港" || t == "香港特别行政区" || foldEqualIgnoringSpace(t, "Hong Kong") || strings.EqualFold(t, "HK"):
		return "Hong Kong"
	case t == "澳" || t == "澳门" || t == "澳門" || t == "澳门特别行政区" || foldEqualIgnoringSpace(t, "Macau") || foldEqualIgnoringSpace(t, "Macao") || strings.EqualFold(t, "MO"):
		return "Macau"
	case t == "台" || t == "台湾" || t == "臺灣" || t == "台湾省" || foldEqualIgnoringSpace(t, "Taiwan") || strings.EqualFold(t, "TW"):
		return "Taiwan"
	}
	return ""
}

// foldEqualIgnoringSpace compares ASCII text case-insensitively, skipping spaces in both.
func foldEqualIgnoringSpace(a, b string) bool {
	i, j := 0, 0
	for {
		for i < len(a) && a[i] == ' ' {
			i++
		}
		for j < len(b) && b[j] == ' ' {
			j++
		}
		if i == len(a) || j == len(b) {
			return i == len(a) && j == len(b)
		}
		x, y := a[i], b[j]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
		i++
		j++
	}
}
