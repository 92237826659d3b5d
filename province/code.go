package province

import (
	"iter"
	"strconv"
	"strings"
)

// Code is a mainland provincial-level division, valued by its two-digit GB/T 2260 code.
//
// The zero Code is invalid; so is any value that is not one of the 31 constants. Hong Kong (81),
// Macau (82) and Taiwan (71) are not filing provinces and have no constant.
type Code uint8

// IsValid reports whether c is one of the 31 mainland provinces.
func (c Code) IsValid() bool { return lookupEntry(c) != nil }

// String returns the stable English name of c ("Beijing", "Inner Mongolia"), or "Code(N)" when c is
// not a province. The name is what text, JSON and SQL encodings store.
func (c Code) String() string {
	if e := lookupEntry(c); e != nil {
		return e.english
	}
	return "Code(" + strconv.Itoa(int(c)) + ")"
}

// Label returns the Chinese full name of c (北京市), or "" when c is not a province.
func (c Code) Label() string { return c.FullName() }

// FullName returns the official Chinese name (北京市, 广西壮族自治区), or "".
func (c Code) FullName() string {
	if e := lookupEntry(c); e != nil {
		return e.full
	}
	return ""
}

// ShortName returns the common short Chinese name (北京, 广西), or "".
func (c Code) ShortName() string {
	if e := lookupEntry(c); e != nil {
		return e.short
	}
	return ""
}

// ICPChar returns the character that starts ICP filing numbers issued in c (京; 蜀 for Sichuan),
// or 0 when c is not a province.
func (c Code) ICPChar() rune {
	if e := lookupEntry(c); e != nil {
		return e.icp
	}
	return 0
}

// PublicSecurityChars returns every character seen at the start of public-security filing numbers
// of c, the most common first: "京" for Beijing, "川蜀" for Sichuan. It always includes the ICP
// character and is "" when c is not a province.
func (c Code) PublicSecurityChars() string {
	if e := lookupEntry(c); e != nil {
		return e.publicSecurity
	}
	return ""
}

// EnglishName returns the English name; it is the same as [Code.String] for valid codes and "" otherwise.
func (c Code) EnglishName() string {
	if e := lookupEntry(c); e != nil {
		return e.english
	}
	return ""
}

// Region returns the region c belongs to, or zero when c is not a province.
func (c Code) Region() Region {
	if e := lookupEntry(c); e != nil {
		return e.region
	}
	return 0
}

// Administration returns the communications administration (管局) that handles filings for c,
// such as 北京市通信管理局, or "".
func (c Code) Administration() string {
	if e := lookupEntry(c); e != nil {
		return e.full + "通信管理局"
	}
	return ""
}

// ServerLocationBit returns the bit MIIT filing forms use for "server located in c"
// (服务器放置地). The bits go beyond 32 bits, so the value is a uint64; it is 0 when c is not a
// province.
func (c Code) ServerLocationBit() uint64 {
	if e := lookupEntry(c); e != nil {
		return e.serverBit
	}
	return 0
}

// AreaCode returns the six-digit GB/T 2260 code of the province as a whole (110000), or 0.
func (c Code) AreaCode() int {
	if !c.IsValid() {
		return 0
	}
	return int(c) * 10000
}

// All iterates over the 31 provinces in code order.
func All() iter.Seq[Code] {
	return func(yield func(Code) bool) {
		for i := range provinceTable {
			if !yield(provinceTable[i].code) {
				return
			}
		}
	}
}

// ByICPChar returns the province whose ICP filing numbers start with r. Only the characters the
// filing system issues are accepted: 蜀 finds Sichuan, 川 does not (see [ByChar]).
func ByICPChar(r rune) (Code, bool) {
	c, alias := byRune(r)
	return c, c != 0 && !alias
}

// ByChar returns the province that r stands for, accepting the ICP character and the informal
// characters people also write (川 秦 申 楚 贵 云 甘). alias is true when r is not the character the
// filing system uses, so a caller can say that 川ICP备 should read 蜀ICP备.
func ByChar(r rune) (c Code, alias bool, ok bool) {
	c, alias = byRune(r)
	return c, alias, c != 0
}

// ByPublicSecurityChar returns the province whose public-security filing numbers may start with r;
// both 川 and 蜀 find Sichuan.
func ByPublicSecurityChar(r rune) (Code, bool) {
	for i := range provinceTable {
		if strings.ContainsRune(provinceTable[i].publicSecurity, r) {
			return provinceTable[i].code, true
		}
	}
	return 0, false
}

// ByAreaCode returns the province of a six-digit GB/T 2260 area code such as 110105 (a district
// of Beijing). Only the first two digits are checked: county codes change over time and a list of
// them would reject real identity numbers. Codes of Hong Kong, Macau and Taiwan and prefixes that
// are no province return false.
func ByAreaCode(area int) (Code, bool) {
	if area < 100000 || area > 999999 {
		return 0, false
	}
	c := Code(area / 10000)
	return c, c.IsValid()
}

// IsNotMainlandChar reports whether r is 港, 澳 or 台: characters some tables put in front of ICP
// numbers although no such numbers are issued.
func IsNotMainlandChar(r rune) bool {
	return r == '港' || r == '澳' || r == '台'
}
