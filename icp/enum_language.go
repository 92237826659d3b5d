package icp

import "database/sql/driver"

// Language is a language a website is published in (网站语言). A website
// lists every language it actually uses (Xinjiang checks this), so
// [Website.Languages] is a list.
//
// The numeric value of each constant equals its MIIT form code (1–17), but
// text, JSON and SQL store the ASCII name. The zero Language is unset.
type Language uint8

// The website languages of the MIIT form.
const (
	LanguageSimplifiedChinese  Language = iota + 1 // 中文简体
	LanguageTraditionalChinese                     // 中文繁体
	LanguageUyghur                                 // 维吾尔语
	LanguageKazakh                                 // 哈萨克语
	LanguageKyrgyz                                 // 柯尔克孜语
	LanguageMongolian                              // 蒙古语
	LanguageTibetan                                // 藏语
	LanguageZhuang                                 // 壮语
	LanguageKorean                                 // 朝鲜语
	LanguageYi                                     // 彝文
	LanguageMiao                                   // 苗语
	LanguageEnglish                                // 英语
	LanguageJapanese                               // 日语
	LanguageFrench                                 // 法语
	LanguageRussian                                // 俄罗斯语
	LanguageSpanish                                // 西班牙语
	LanguageArabic                                 // 阿拉伯语
	languageEnd
)

var languageTable = [...]enumEntry{
	{},
	{"zh-hans", "中文简体"},
	{"zh-hant", "中文繁体"},
	{"uyghur", "维吾尔语"},
	{"kazakh", "哈萨克语"},
	{"kyrgyz", "柯尔克孜语"},
	{"mongolian", "蒙古语"},
	{"tibetan", "藏语"},
	{"zhuang", "壮语"},
	{"korean", "朝鲜语"},
	{"yi", "彝文"},
	{"miao", "苗语"},
	{"english", "英语"},
	{"japanese", "日语"},
	{"french", "法语"},
	{"russian", "俄罗斯语"},
	{"spanish", "西班牙语"},
	{"arabic", "阿拉伯语"},
}

// MIITCode returns the MIIT form code of v (1–17), or 0 when v is not valid.
func (v Language) MIITCode() int {
	if !v.IsValid() {
		return 0
	}
	return int(v)
}

// LanguageFromMIITCode returns the Language with the given MIIT form code.
func LanguageFromMIITCode(code int) (Language, bool) {
	if code <= 0 || code >= int(languageEnd) {
		return 0, false
	}
	return Language(code), true
}

// IsValid reports whether v is one of the Language constants.
func (v Language) IsValid() bool { return v > 0 && v < languageEnd }

// String returns the stable ASCII name ("zh-hans"), or "Language(N)" for a value that
// is not a constant.
func (v Language) String() string { return enumString(languageTable[:], "Language", int(v)) }

// Label returns the Chinese name (中文简体), or "" for a value that is not a constant.
func (v Language) Label() string { return enumLabel(languageTable[:], int(v)) }

// ParseLanguage returns the Language named s (as [Language.String] writes it, ignoring ASCII
// case). It returns an [*EnumError] for any other input, including "".
func ParseLanguage(s string) (Language, error) {
	n, err := enumParse(languageTable[:], "Language", s, false)
	return Language(n), err
}

// AppendText appends the name of v to b; the zero Language appends nothing.
func (v Language) AppendText(b []byte) ([]byte, error) {
	return enumAppendText(b, languageTable[:], "Language", int(v))
}

// MarshalText encodes v by name; the zero Language encodes as "".
func (v Language) MarshalText() ([]byte, error) { return v.AppendText(nil) }

// UnmarshalText decodes a name written by [Language.MarshalText]; "" is the zero Language.
func (v *Language) UnmarshalText(b []byte) error {
	n, err := enumParse(languageTable[:], "Language", string(b), true)
	if err != nil {
		return err
	}
	*v = Language(n)
	return nil
}

// Scan implements [database/sql.Scanner]: NULL and "" are the zero Language,
// text is decoded as by [Language.UnmarshalText].
func (v *Language) Scan(src any) error {
	s, err := scanText(src, "Language")
	if err != nil {
		return err
	}
	return v.UnmarshalText([]byte(s))
}

// Value implements [database/sql/driver.Valuer]: the name, or NULL for the zero Language.
func (v Language) Value() (driver.Value, error) { return enumValue(v.MarshalText()) }
