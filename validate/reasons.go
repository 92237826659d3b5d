package validate

import (
	"errors"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/number"
	"github.com/beian-go/beian/province"
)

// reason says why a value failed a rule, in both languages, and optionally names a more
// precise rectification entry than the rule's own.
type reason struct {
	zh, en string
	notice icp.NoticeCode
}

// sentinelReasons maps the domain packages' sentinel errors to words. Lookups go through
// errors.Is, never through error text.
var sentinelReasons = [...]struct {
	err error
	reason
}{
	{icp.ErrEmpty, reason{zh: "未填写", en: "it is empty"}},
	{icp.ErrLength, reason{zh: "长度不对", en: "it has the wrong length"}},
	{icp.ErrCharacter, reason{zh: "含有不允许的字符", en: "it contains a character that is not allowed"}},
	{icp.ErrSyntax, reason{zh: "格式不对", en: "it is not in the expected format"}},
	{icp.ErrDate, reason{zh: "出生日期无效", en: "the birth date is not a real date"}},
	{icp.ErrFutureDate, reason{zh: "出生日期晚于参考日期", en: "the birth date is after the reference date"}},
	{icp.ErrArea, reason{zh: "地区代码无效", en: "the area code is unknown"}},
	{icp.ErrCheckDigit, reason{zh: "校验位错误", en: "the check character is wrong"}},
	{icp.ErrAuthority, reason{zh: "登记管理部门代码无效", en: "the registration-authority code is unknown"}},
	{icp.ErrCategory, reason{zh: "机构类别代码无效", en: "the institution-category code is unknown"}},
	{icp.ErrRange, reason{zh: "号段未启用", en: "the number range is not in use"}},
	{icp.ErrTLD, reason{zh: "顶级域无效", en: "the top-level domain is not valid", notice: icp.CodeDomainTLDUnapproved}},
	{icp.ErrHyphen, reason{zh: "标签不能以连字符开头或结尾", en: "a label starts or ends with a hyphen"}},
	{icp.ErrPublicSuffix, reason{zh: "只是公共后缀，缺少主域名", en: "it is a public suffix without a registrable name"}},
	{icp.ErrTooLong, reason{zh: "过长", en: "it is too long"}},
	{number.ErrEmpty, reason{zh: "未填写", en: "it is empty"}},
	{number.ErrSyntax, reason{zh: "格式不对", en: "it is not in the expected format"}},
	{number.ErrUnknownProvince, reason{zh: "省份简称无效", en: "the province character is unknown"}},
	{number.ErrProvinceAlias, reason{zh: "使用了非正式的省份简称", en: "it uses an informal province character"}},
	{number.ErrNotMainland, reason{zh: "港澳台不发放备案号", en: "no numbers are issued outside the mainland"}},
	{number.ErrSerialLength, reason{zh: "序号位数不对", en: "the serial has the wrong number of digits"}},
	{number.ErrSequence, reason{zh: "服务序号无效", en: "the service sequence is invalid"}},
	{number.ErrPlaceholder, reason{zh: "是占位符而非真实号码", en: "it is a placeholder, not a real number"}},
	{number.ErrLicenceClass, reason{zh: "许可证类别无效", en: "the licence class is not supported"}},
	{province.ErrNotMainland, reason{zh: "不是中国大陆省份", en: "it is not a mainland province"}},
}

// reasonOf describes err; ok is false for nil and for errors without a known sentinel.
func reasonOf(err error) (reason, bool) {
	if err == nil {
		return reason{}, false
	}
	for _, s := range sentinelReasons {
		if errors.Is(err, s.err) {
			return s.reason, true
		}
	}
	return reason{}, false
}
