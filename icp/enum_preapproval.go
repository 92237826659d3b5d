package icp

import (
	"database/sql/driver"
	"iter"
)

// PreApproval is a set of 前置审批 (pre-approval) categories: content that
// needs the approval of a competent department before it may be filed. It is
// a bitmask whose bits are the MIIT form values (64, 128 and 1024 are unused
// there); unknown bits are kept. A website or APP lists each approval it holds
// as a [PreApprovalItem] whose Category is a single bit. The zero value means
// none.
type PreApproval uint64

// The 前置审批 categories of the MIIT form.
const (
	PreApprovalNews              PreApproval = 1 << 0  // 新闻
	PreApprovalPublishing        PreApproval = 1 << 1  // 出版
	PreApprovalEducation         PreApproval = 1 << 2  // 教育
	PreApprovalHealthcare        PreApproval = 1 << 3  // 医疗保健
	PreApprovalDrugs             PreApproval = 1 << 4  // 药品和医疗器械
	PreApprovalBulletinBoard     PreApproval = 1 << 5  // 电子公告服务
	PreApprovalCulture           PreApproval = 1 << 8  // 文化
	PreApprovalBroadcasting      PreApproval = 1 << 9  // 广播电影电视节目
	PreApprovalRideHailing       PreApproval = 1 << 11 // 网络预约车
	PreApprovalInternetFinance   PreApproval = 1 << 12 // 互联网金融
	PreApprovalOffCampusTutoring PreApproval = 1 << 13 // 校外培训（高中及以下阶段）
	PreApprovalReligion          PreApproval = 1 << 14 // 宗教
)

var preApprovalTable = &bitTable{typ: "PreApproval", entries: []bitEntry{
	{1 << 0, "news", "新闻"},
	{1 << 1, "publishing", "出版"},
	{1 << 2, "education", "教育"},
	{1 << 3, "healthcare", "医疗保健"},
	{1 << 4, "drugs-and-medical-devices", "药品和医疗器械"},
	{1 << 5, "bulletin-board", "电子公告服务"},
	{1 << 8, "culture", "文化"},
	{1 << 9, "broadcasting", "广播电影电视节目"},
	{1 << 11, "ride-hailing", "网络预约车"},
	{1 << 12, "internet-finance", "互联网金融"},
	{1 << 13, "off-campus-tutoring", "校外培训（高中及以下阶段）"},
	{1 << 14, "religion", "宗教"},
}}

// IsSingle reports whether exactly one named bit is set, as the Category of a
// [PreApprovalItem] requires.
func (v PreApproval) IsSingle() bool { return v.IsValid() && v&(v-1) == 0 }

// IsValid reports whether v is non-zero and every bit of v has a name.
// Values decoded from text keep unknown bits, so they may be invalid.
func (v PreApproval) IsValid() bool { return v != 0 && uint64(v)&^preApprovalTable.known() == 0 }

// Has reports whether every bit of x is set in v; Has(0) is false.
func (v PreApproval) Has(x PreApproval) bool { return x != 0 && v&x == x }

// Unknown returns the bits of v that have no name.
func (v PreApproval) Unknown() PreApproval { return v &^ PreApproval(preApprovalTable.known()) }

// Bits iterates over the single bits set in v, lowest first, including
// unknown ones.
func (v PreApproval) Bits() iter.Seq[PreApproval] {
	return func(yield func(PreApproval) bool) {
		bitsEach(uint64(v), func(b uint64) bool { return yield(PreApproval(b)) })
	}
}

// String returns the text form of v ("news,culture"): names of the set bits in
// ascending bit order, comma-separated, then unknown bits as one hex token.
// The zero PreApproval is "".
func (v PreApproval) String() string { return string(preApprovalTable.appendText(nil, uint64(v))) }

// Label returns the Chinese labels of the set bits joined by "、" (新闻、文化).
func (v PreApproval) Label() string { return preApprovalTable.label(uint64(v)) }

// ParsePreApproval decodes the text form written by [PreApproval.String]: comma-separated
// names (ASCII case ignored, spaces around them allowed) and hex tokens such
// as "0x1000000", ORed together. It returns an [*EnumError] for "" and for
// any token that is neither.
func ParsePreApproval(s string) (PreApproval, error) {
	if s == "" {
		return 0, enumErr("PreApproval", s)
	}
	n, err := preApprovalTable.parse(s)
	return PreApproval(n), err
}

// AppendText appends the text form of v to b. It never fails: unknown bits
// are written in hex.
func (v PreApproval) AppendText(b []byte) ([]byte, error) {
	return preApprovalTable.appendText(b, uint64(v)), nil
}

// MarshalText encodes v in its text form; the zero PreApproval encodes as "".
func (v PreApproval) MarshalText() ([]byte, error) { return v.AppendText(nil) }

// UnmarshalText decodes the text form; "" is the zero PreApproval.
func (v *PreApproval) UnmarshalText(b []byte) error {
	n, err := preApprovalTable.parse(string(b))
	if err != nil {
		return err
	}
	*v = PreApproval(n)
	return nil
}

// Scan implements [database/sql.Scanner]: NULL and "" are the zero PreApproval,
// text is decoded as by [PreApproval.UnmarshalText].
func (v *PreApproval) Scan(src any) error {
	s, err := scanText(src, "PreApproval")
	if err != nil {
		return err
	}
	return v.UnmarshalText([]byte(s))
}

// Value implements [database/sql/driver.Valuer]: the text form, or NULL for the zero PreApproval.
func (v PreApproval) Value() (driver.Value, error) { return enumValue(v.MarshalText()) }
