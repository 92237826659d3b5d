package icp

import (
	"database/sql/driver"
	"iter"
)

// ServiceContent is the set of services a website or APP offers (网站服务内容),
// a bitmask whose bits are the MIIT form values: uint64(v) is the MIIT field
// and ServiceContent(field) converts back. Bits 2^24–2^26 are unused on the
// form. Unknown bits are kept (see [ServiceContent.String]). The zero value
// is unset and fails `validate:"required"`.
//
// Individuals may normally choose only [ServiceBlog] or [ServiceOther]
// (domain.md §5.9); that rule belongs to the validate package.
type ServiceContent uint64

// The service-content bits of the MIIT form.
const (
	ServiceInstantMessaging   ServiceContent = 1 << 0  // 即时通信
	ServiceSearchEngine       ServiceContent = 1 << 1  // 搜索引擎
	ServicePortal             ServiceContent = 1 << 2  // 综合门户
	ServiceWebmail            ServiceContent = 1 << 3  // 网上邮局
	ServiceNews               ServiceContent = 1 << 4  // 网络新闻
	ServiceBlog               ServiceContent = 1 << 5  // 博客/个人空间
	ServiceAdvertising        ServiceContent = 1 << 6  // 网络广告/信息
	ServiceOrganisationPortal ServiceContent = 1 << 7  // 单位门户网站
	ServiceShopping           ServiceContent = 1 << 8  // 网络购物
	ServicePayment            ServiceContent = 1 << 9  // 网上支付
	ServiceOnlineBanking      ServiceContent = 1 << 10 // 网上银行
	ServiceSecurities         ServiceContent = 1 << 11 // 网上炒股/股票基金
	ServiceGames              ServiceContent = 1 << 12 // 网络游戏
	ServiceMusic              ServiceContent = 1 << 13 // 网络音乐
	ServiceVideo              ServiceContent = 1 << 14 // 网络影视
	ServicePictures           ServiceContent = 1 << 15 // 网络图片
	ServiceSoftwareDownload   ServiceContent = 1 << 16 // 网络软件/下载
	ServiceJobs               ServiceContent = 1 << 17 // 网上求职
	ServiceDating             ServiceContent = 1 << 18 // 网上交友/婚介
	ServiceRealEstate         ServiceContent = 1 << 19 // 网上房产
	ServiceEducation          ServiceContent = 1 << 20 // 网络教育
	ServiceWebBuilding        ServiceContent = 1 << 21 // 网站建设
	ServiceWAP                ServiceContent = 1 << 22 // WAP
	ServiceOther              ServiceContent = 1 << 23 // 其他
	ServiceApp                ServiceContent = 1 << 27 // APP
	ServiceP2PLending         ServiceContent = 1 << 28 // 网络借贷信息中介
	ServiceEquityCrowdfunding ServiceContent = 1 << 29 // 互联网股权融资
	ServiceInsurance          ServiceContent = 1 << 30 // 互联网保险
	ServiceCrossSectorFinance ServiceContent = 1 << 31 // 互联网跨界金融及资产管理
	ServiceNonBankPayment     ServiceContent = 1 << 32 // 网上非银支付
)

var serviceTable = &bitTable{typ: "ServiceContent", entries: []bitEntry{
	{1 << 0, "instant-messaging", "即时通信"},
	{1 << 1, "search-engine", "搜索引擎"},
	{1 << 2, "portal", "综合门户"},
	{1 << 3, "webmail", "网上邮局"},
	{1 << 4, "news", "网络新闻"},
	{1 << 5, "blog", "博客/个人空间"},
	{1 << 6, "advertising", "网络广告/信息"},
	{1 << 7, "organisation-portal", "单位门户网站"},
	{1 << 8, "shopping", "网络购物"},
	{1 << 9, "payment", "网上支付"},
	{1 << 10, "online-banking", "网上银行"},
	{1 << 11, "securities", "网上炒股/股票基金"},
	{1 << 12, "games", "网络游戏"},
	{1 << 13, "music", "网络音乐"},
	{1 << 14, "video", "网络影视"},
	{1 << 15, "pictures", "网络图片"},
	{1 << 16, "software-download", "网络软件/下载"},
	{1 << 17, "jobs", "网上求职"},
	{1 << 18, "dating", "网上交友/婚介"},
	{1 << 19, "real-estate", "网上房产"},
	{1 << 20, "education", "网络教育"},
	{1 << 21, "web-building", "网站建设"},
	{1 << 22, "wap", "WAP"},
	{1 << 23, "other", "其他"},
	{1 << 27, "app", "APP"},
	{1 << 28, "p2p-lending", "网络借贷信息中介"},
	{1 << 29, "equity-crowdfunding", "互联网股权融资"},
	{1 << 30, "insurance", "互联网保险"},
	{1 << 31, "cross-sector-finance", "互联网跨界金融及资产管理"},
	{1 << 32, "non-bank-payment", "网上非银支付"},
}}

// IsValid reports whether v is non-zero and every bit of v has a name.
// Values decoded from text keep unknown bits, so they may be invalid.
func (v ServiceContent) IsValid() bool { return v != 0 && uint64(v)&^serviceTable.known() == 0 }

// Has reports whether every bit of x is set in v; Has(0) is false.
func (v ServiceContent) Has(x ServiceContent) bool { return x != 0 && v&x == x }

// Unknown returns the bits of v that have no name.
func (v ServiceContent) Unknown() ServiceContent { return v &^ ServiceContent(serviceTable.known()) }

// Bits iterates over the single bits set in v, lowest first, including
// unknown ones.
func (v ServiceContent) Bits() iter.Seq[ServiceContent] {
	return func(yield func(ServiceContent) bool) {
		bitsEach(uint64(v), func(b uint64) bool { return yield(ServiceContent(b)) })
	}
}

// String returns the text form of v ("blog,other"): names of the set bits in
// ascending bit order, comma-separated, then unknown bits as one hex token.
// The zero ServiceContent is "".
func (v ServiceContent) String() string { return string(serviceTable.appendText(nil, uint64(v))) }

// Label returns the Chinese labels of the set bits joined by "、" (博客/个人空间、其他).
func (v ServiceContent) Label() string { return serviceTable.label(uint64(v)) }

// ParseServiceContent decodes the text form written by [ServiceContent.String]: comma-separated
// names (ASCII case ignored, spaces around them allowed) and hex tokens such
// as "0x1000000", ORed together. It returns an [*EnumError] for "" and for
// any token that is neither.
func ParseServiceContent(s string) (ServiceContent, error) {
	if s == "" {
		return 0, enumErr("ServiceContent", s)
	}
	n, err := serviceTable.parse(s)
	return ServiceContent(n), err
}

// AppendText appends the text form of v to b. It never fails: unknown bits
// are written in hex.
func (v ServiceContent) AppendText(b []byte) ([]byte, error) {
	return serviceTable.appendText(b, uint64(v)), nil
}

// MarshalText encodes v in its text form; the zero ServiceContent encodes as "".
func (v ServiceContent) MarshalText() ([]byte, error) { return v.AppendText(nil) }

// UnmarshalText decodes the text form; "" is the zero ServiceContent.
func (v *ServiceContent) UnmarshalText(b []byte) error {
	n, err := serviceTable.parse(string(b))
	if err != nil {
		return err
	}
	*v = ServiceContent(n)
	return nil
}

// Scan implements [database/sql.Scanner]: NULL and "" are the zero ServiceContent,
// text is decoded as by [ServiceContent.UnmarshalText].
func (v *ServiceContent) Scan(src any) error {
	s, err := scanText(src, "ServiceContent")
	if err != nil {
		return err
	}
	return v.UnmarshalText([]byte(s))
}

// Value implements [database/sql/driver.Valuer]: the text form, or NULL for the zero ServiceContent.
func (v ServiceContent) Value() (driver.Value, error) { return enumValue(v.MarshalText()) }
