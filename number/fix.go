package number

import (
	"iter"
	"math/bits"
	"strconv"
	"strings"
)

// Fix is one correction [ParseLenient] (and [FindAll]) may apply to reach
// the canonical form. Each Fix is a single bit of a [Fixes] set.
type Fix uint16

// The corrections, one bit each.
const (
	// FixWidth: full-width letters or digits (ＩＣＰ, １２３) folded to ASCII.
	FixWidth Fix = 1 << iota
	// FixSpace: spaces (ASCII, U+3000, no-break space, &nbsp;) removed.
	FixSpace
	// FixInvisible: zero-width characters and byte-order marks removed.
	FixInvisible
	// FixCase: lower-case Latin letters (icp, b2, -1a) upper-cased.
	FixCase
	// FixTraditional: traditional characters (備 證 號 網, 粵 滬 …) replaced.
	FixTraditional
	// FixBeian: 备案 written where the number has 备.
	FixBeian
	// FixDash: an en, em, full-width or other dash replaced by '-'.
	FixDash
	// FixMissingHao: 号 was missing after the serial and is added.
	FixMissingHao
	// FixExtraHao: a 号 that the canonical form does not have was removed
	// (苏B2-20130048号) or moved (沪B2-20090059号-13).
	FixExtraHao
	// FixLabel: a leading label such as 备案号： was removed.
	FixLabel
	// FixProvinceAlias: an informal province character (川) was replaced by
	// the issued one (蜀).
	FixProvinceAlias
	// FixClassOrder: licence classes were put in canonical order (B2.B1 → B1.B2).
	FixClassOrder

	lastFix = FixClassOrder
)

var fixNames = [...]string{"width", "space", "invisible", "case", "traditional", "beian",
	"dash", "missing-hao", "extra-hao", "label", "province-alias", "class-order"}

var fixLabels = [...]string{"全角字符转为半角", "删除空格", "删除不可见字符", "字母转为大写", "繁体字转为简体",
	"“备案”改为“备”", "统一连字符", "补全“号”", "删除多余的“号”", "删除前缀标签", "省份简称改为备案用字", "许可证类别排序"}

// String returns the stable ASCII name of f, such as "width" or
// "province-alias"; "Fix(N)" for values that are not a single known bit.
func (f Fix) String() string {
	if i := f.index(); i >= 0 {
		return fixNames[i]
	}
	return "Fix(" + strconv.Itoa(int(f)) + ")"
}

// Label returns a short Chinese description of f, or "" for unknown values.
func (f Fix) Label() string {
	if i := f.index(); i >= 0 {
		return fixLabels[i]
	}
	return ""
}

func (f Fix) index() int {
	if f == 0 || f&(f-1) != 0 || f > lastFix {
		return -1
	}
	return bits.TrailingZeros16(uint16(f))
}

// Fixes is the set of corrections made while parsing; the zero value is the
// empty set. It is a plain bit set, comparable and cheap to copy.
type Fixes uint16

// Has reports whether f is in the set.
func (s Fixes) Has(f Fix) bool { return f != 0 && Fix(s)&f == f }

// Len returns the number of corrections in the set.
func (s Fixes) Len() int { return bits.OnesCount16(uint16(s)) }

// All iterates over the corrections in the set, in the order of the constants.
func (s Fixes) All() iter.Seq[Fix] {
	return func(yield func(Fix) bool) {
		for f := Fix(1); f != 0 && f <= lastFix; f <<= 1 {
			if s.Has(f) && !yield(f) {
				return
			}
		}
	}
}

// String lists the names of the corrections separated by commas, such as
// "width,space"; "none" for the empty set.
func (s Fixes) String() string {
	if s == 0 {
		return "none"
	}
	var b strings.Builder
	for f := range s.All() {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(f.String())
	}
	return b.String()
}

// MarshalText implements [encoding.TextMarshaler]: the names joined by
// commas, "" for the empty set.
func (s Fixes) MarshalText() ([]byte, error) {
	if s == 0 {
		return []byte{}, nil
	}
	return []byte(s.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]: it reads the names
// MarshalText writes, joined by commas, and "" as the empty set. Unknown or
// empty names fail with a [*ParseError] wrapping [ErrSyntax].
func (s *Fixes) UnmarshalText(b []byte) error {
	var set Fixes
	for rest := string(b); rest != ""; {
		name, tail, more := strings.Cut(rest, ",")
		f, ok := fixByName(name)
		if !ok || more && tail == "" {
			return &ParseError{Input: string(b), Offset: len(b) - len(rest), Err: ErrSyntax}
		}
		set |= Fixes(f)
		rest = tail
	}
	*s = set
	return nil
}

// fixByName returns the Fix whose String is name.
func fixByName(name string) (Fix, bool) {
	for i, n := range fixNames {
		if n == name {
			return Fix(1) << i, true
		}
	}
	return 0, false
}
