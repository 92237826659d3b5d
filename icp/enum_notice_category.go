package icp

import "database/sql/driver"

// NoticeCategory groups the entries of the rectification catalogue the way
// providers' notices do (主体信息不准确, 互联网信息不准确, 网站内容不合格 …).
// The numeric value is internal; text stores the ASCII name. The zero value
// is unset.
type NoticeCategory uint8

// The notice categories.
const (
	NoticeSubject      NoticeCategory = iota + 1 // 主体信息不准确
	NoticePerson                                 // 负责人信息不合格
	NoticeWebsite                                // 网站信息不准确
	NoticeDomain                                 // 域名不合规
	NoticeContent                                // 网站内容不合格
	NoticeApp                                    // APP信息不准确
	NoticeMaterials                              // 备案材料不合格
	NoticeOrder                                  // 备案类型或订单问题
	NoticeVerification                           // 核验未通过
	NoticeLicence                                // 经营许可条件不符
	noticeCategoryEnd
)

var noticeCategoryTable = [...]enumEntry{
	{},
	{"subject", "主体信息不准确"},
	{"person", "负责人信息不合格"},
	{"website", "网站信息不准确"},
	{"domain", "域名不合规"},
	{"content", "网站内容不合格"},
	{"app", "APP信息不准确"},
	{"materials", "备案材料不合格"},
	{"order", "备案类型或订单问题"},
	{"verification", "核验未通过"},
	{"licence", "经营许可条件不符"},
}

// IsValid reports whether v is one of the NoticeCategory constants.
func (v NoticeCategory) IsValid() bool { return v > 0 && v < noticeCategoryEnd }

// String returns the stable ASCII name ("subject"), or "NoticeCategory(N)" for a value that
// is not a constant.
func (v NoticeCategory) String() string {
	return enumString(noticeCategoryTable[:], "NoticeCategory", int(v))
}

// Label returns the Chinese name (主体信息不准确), or "" for a value that is not a constant.
func (v NoticeCategory) Label() string { return enumLabel(noticeCategoryTable[:], int(v)) }

// ParseNoticeCategory returns the NoticeCategory named s (as [NoticeCategory.String] writes it, ignoring ASCII
// case). It returns an [*EnumError] for any other input, including "".
func ParseNoticeCategory(s string) (NoticeCategory, error) {
	n, err := enumParse(noticeCategoryTable[:], "NoticeCategory", s, false)
	return NoticeCategory(n), err
}

// AppendText appends the name of v to b; the zero NoticeCategory appends nothing.
func (v NoticeCategory) AppendText(b []byte) ([]byte, error) {
	return enumAppendText(b, noticeCategoryTable[:], "NoticeCategory", int(v))
}

// MarshalText encodes v by name; the zero NoticeCategory encodes as "".
func (v NoticeCategory) MarshalText() ([]byte, error) { return v.AppendText(nil) }

// UnmarshalText decodes a name written by [NoticeCategory.MarshalText]; "" is the zero NoticeCategory.
func (v *NoticeCategory) UnmarshalText(b []byte) error {
	n, err := enumParse(noticeCategoryTable[:], "NoticeCategory", string(b), true)
	if err != nil {
		return err
	}
	*v = NoticeCategory(n)
	return nil
}

// Scan implements [database/sql.Scanner]: NULL and "" are the zero NoticeCategory,
// text is decoded as by [NoticeCategory.UnmarshalText].
func (v *NoticeCategory) Scan(src any) error {
	s, err := scanText(src, "NoticeCategory")
	if err != nil {
		return err
	}
	return v.UnmarshalText([]byte(s))
}

// Value implements [database/sql/driver.Valuer]: the name, or NULL for the zero NoticeCategory.
func (v NoticeCategory) Value() (driver.Value, error) { return enumValue(v.MarshalText()) }
