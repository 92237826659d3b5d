package validate

import (
	"slices"
	"strings"

	"github.com/beian-go/beian/icp"
)

// ruleSpec is one cross-field, order or provincial rule: its code, severity, rectification
// entry and message templates ({0} is the label of the field at the problem's path, {1}, {2}
// … the rule's arguments).
type ruleSpec struct {
	code     string
	severity Severity
	notice   icp.NoticeCode
	zh, en   string
}

// The rule codes of the cross-field rules. Field-tag failures use the tag as the code.
const (
	ruleReferenceTime        = "reference_time"
	ruleCancelled            = "check_cancelled"
	ruleInvalidInput         = "invalid_input"
	ruleJSONType             = "json_type"
	ruleJSONUnknownField     = "json_unknown_field"
	ruleJSONDate             = "date"
	ruleJSONValue            = "json_value"
	ruleCertTypeNature       = "cert_type_nature"
	ruleCreditCodeNature     = "credit_code_nature"
	ruleCreditCodeProvince   = "credit_code_province"
	ruleCityProvince         = "city_province"
	ruleIndividualName       = "individual_name"
	ruleIndividualCert       = "individual_certificate"
	ruleIndividualForeign    = "individual_foreign"
	ruleMinimumAge           = "minimum_age"
	ruleAgeProof             = "age_proof"
	ruleCrossProvince        = "cross_province"
	ruleResidencePermit      = "residence_permit"
	rulePersonCertType       = "person_cert_type"
	ruleCertExpired          = "cert_expired"
	ruleCertExpiring         = "cert_expiring"
	ruleCertNotYetValid      = "cert_not_yet_valid"
	ruleCertValidity         = "cert_validity_order"
	ruleMobileEmergency      = "mobile_equals_emergency"
	ruleEmergencyIsOther     = "emergency_is_other_mobile"
	ruleContactShared        = "contact_shared"
	ruleLandlineRequired     = "landline_required"
	ruleOfficePhoneMobile    = "office_phone_equals_mobile"
	ruleWebsiteAuthorisation = "website_authorisation_letter"
	ruleDomainHolderUnit     = "domain_holder_unit"
	ruleSameCityAddress      = "same_city_address"
	ruleSiteNameReserved     = "site_name_reserved"
	ruleSiteNameIndividual   = "site_name_individual"
	ruleSiteNameTopic        = "site_name_topic"
	ruleSiteNameHan          = "site_name_han"
	ruleDomainDuplicate      = "domain_duplicate"
	ruleDomainSuffix         = "domain_suffix_nature"
	ruleHomeURLDomain        = "home_url_domain"
	ruleIndividualContent    = "individual_service_content"
	ruleIndividualApproval   = "individual_pre_approval"
	ruleIndividualMixed      = "individual_website_and_app"
	ruleOneWebsitePerOrder   = "one_website_per_order"
	ruleMaxDomainsPerOrder   = "max_domains_per_order"
	rulePrincipalLegalRep    = "principal_legal_rep"
	ruleAuthorisation        = "authorisation_letter"
	ruleAuthenticity         = "authenticity_commitment"
	ruleCommitmentLetter     = "commitment_letter"
	ruleFinanceApproval      = "finance_approval"
	ruleDomainValidity       = "domain_min_validity"
	ruleOrderType            = "order_type"
	ruleSubjectNumber        = "subject_number_required"
	ruleServiceNumber        = "service_number_required"
	ruleSubjectNumberProv    = "subject_number_province"
	ruleServiceUnderSubject  = "service_number_subject"
	ruleAddWhileChange       = "add_while_change"
	ruleShellSubject         = "shell_subject"
	ruleOrderNoService       = "order_without_service"
	ruleOrderNoWebsite       = "order_without_website"
	ruleOrderNoApp           = "order_without_app"
	ruleOrderServiceNumbered = "new_service_has_number"
	rulePOBox                = "mailing_address_po_box"
	ruleBirthDateFuture      = "birth_date_future"
	ruleLicenceCapital       = "licence_capital"
	ruleLicenceForeignShare  = "licence_foreign_share"
)

// ruleSpecs holds every cross-field rule; a test checks each has both messages.
var ruleSpecs = [...]ruleSpec{
	{ruleReferenceTime, SeverityWarning, "", "未设置参考日期，未检查年龄、证件有效期和按日期生效的省管局规定", "no reference date was set; ages, certificate validity and dated provincial rules were not checked"},
	{ruleCancelled, SeverityError, "", "检查被中断，报告不完整", "the check was cancelled; the report is incomplete"},
	{ruleInvalidInput, SeverityError, "", "无法检查：{1}", "cannot check: {1}"},
	{ruleJSONType, SeverityError, "", "{0}的数据类型不对（第{1}行第{2}列）：{3}", "{0} has the wrong type (line {1}, column {2}): {3}"},
	{ruleJSONUnknownField, SeverityWarning, "", "未知字段{0}已忽略（第{1}行第{2}列）", "unknown field {0} ignored (line {1}, column {2})"},
	{ruleJSONDate, SeverityError, "", "{0}不是有效日期（格式为YYYY-MM-DD）", "{0} is not a valid date (YYYY-MM-DD)"},
	{ruleJSONValue, SeverityError, "", "{0}的值无效", "{0} has an invalid value"},
	{ruleCertTypeNature, SeverityError, icp.CodeSubjectCertificateTypeWrong, "{0}“{1}”不适用于主办单位性质“{2}”", "{0} \"{1}\" does not fit the subject nature \"{2}\""},
	{ruleCreditCodeNature, SeverityError, icp.CodeSubjectCertificateTypeWrong, "{0}与统一社会信用代码的机构类别（{1}）不符", "{0} does not match the institution category of the credit code ({1})"},
	{ruleCreditCodeProvince, SeverityError, icp.CodeSubjectCrossProvince, "{0}（{1}）与统一社会信用代码的登记地（{2}）不符，单位不能跨省备案", "{0} ({1}) differs from where the credit code was issued ({2}); units cannot file in another province"},
	{ruleCityProvince, SeverityError, icp.CodeSubjectAddressWrong, "{0}不在所选省份内", "{0} is not in the chosen province"},
	{ruleIndividualName, SeverityError, icp.CodeSubjectNameWrong, "个人备案的{0}必须是主体负责人本人的姓名", "for an individual, {0} must be the principal's own name"},
	{ruleIndividualCert, SeverityError, icp.CodeSubjectCertificateNumberWrong, "个人备案的{0}必须与主体负责人的证件一致", "for an individual, {0} must be the principal's own certificate"},
	{ruleIndividualForeign, SeverityError, icp.CodePersonForeignIndividual, "外籍人士不能以个人身份备案（{0}为{1}）", "foreign nationals cannot file as individuals ({0} is {1})"},
	{ruleMinimumAge, SeverityError, icp.CodePersonUnderage, "{0}在参考日期未满{1}周岁，{2}不予备案", "the {0} is under {1} on the reference date; {2} refuses the filing"},
	{ruleAgeProof, SeverityWarning, icp.CodePersonUnderage, "{0}未满18周岁：{1}可能要求提供就业或收入证明", "the {0} is under 18: {1} may ask for proof of employment or income"},
	{ruleCrossProvince, SeverityError, icp.CodeSubjectCrossProvince, "{0}显示证件属于{1}，{2}不接受外省个人备案", "{0} was issued in {1}; {2} does not accept individuals from other provinces"},
	{ruleResidencePermit, SeverityWarning, icp.CodeSubjectCrossProvince, "{0}显示证件属于{1}：在{2}备案需提供当地居住证等证明", "{0} was issued in {1}: filing in {2} needs a local residence permit or similar proof"},
	{rulePersonCertType, SeverityError, icp.CodePersonCertificateInvalid, "{0}“{1}”不是个人证件", "{0} \"{1}\" is not a personal identity document"},
	{ruleCertExpired, SeverityError, icp.CodePersonIDExpired, "{0}早于参考日期，证件已过期", "{0} is before the reference date: the certificate has expired"},
	{ruleCertExpiring, SeverityError, icp.CodePersonIDExpiring, "{0}在参考日期后{1}个月内，证件即将到期，服务商不予受理", "{0} is within {1} months of the reference date: providers refuse certificates about to expire"},
	{ruleCertNotYetValid, SeverityError, icp.CodePersonCertificateInvalid, "{0}晚于参考日期", "{0} is after the reference date"},
	{ruleCertValidity, SeverityError, icp.CodePersonCertificateInvalid, "{0}早于证件有效期起始日期", "{0} is before the valid-from date"},
	{ruleMobileEmergency, SeverityError, icp.CodeContactMobileEqualsEmergency, "{0}不能与手机号码相同", "{0} must differ from the mobile"},
	{ruleEmergencyIsOther, SeverityWarning, icp.CodeContactMobileEqualsEmergency, "{0}不宜与{1}相同", "{0} should not be the same as the {1}"},
	{ruleContactShared, SeverityError, icp.CodeContactSharedBetweenPersons, "{0}与{1}相同，但两者不是同一人", "{0} is the same as the {1}, but they are different people"},
	{ruleLandlineRequired, SeverityError, icp.CodeContactPhoneUnusable, "{0}必须是固定电话（{1}要求单位填写固话）", "{0} must be a landline ({1} requires one for units)"},
	{ruleOfficePhoneMobile, SeverityError, icp.CodeContactPhoneUnusable, "{0}不能与主体负责人手机号码相同（{1}要求）", "{0} must not be the principal's mobile ({1} requires this)"},
	{ruleWebsiteAuthorisation, SeverityWarning, icp.CodeSubjectPrincipalNotLegalRep, "{1}：网站负责人不是法定代表人时须提供网站负责人授权书", "{1}: a website principal who is not the legal representative needs a signed authorisation letter"},
	{ruleDomainHolderUnit, SeverityWarning, icp.CodeDomainHolderMismatch, "{1}要求域名持有者为单位本身，不能登记在法定代表人或其他个人名下", "{1} requires domains to be registered to the unit itself, not to its legal representative or another person"},
	{ruleSameCityAddress, SeverityWarning, icp.CodeSubjectMailingAddressWrong, "{1}要求{0}与证件住所在同一省、同一市", "{1} requires the {0} to be in the same province and city as the certificate address"},
	{ruleSiteNameReserved, SeverityError, icp.CodeWebsiteNameUnqualified, "{0}不能以“{1}”开头：仅国家级单位可以使用", "{0} cannot start with \"{1}\": only state-level units may"},
	{ruleSiteNameIndividual, SeverityError, icp.CodeWebsiteNameUnqualified, "个人网站的{0}不能含有“{1}”等单位或企业字样", "an individual's {0} cannot contain \"{1}\" or other company or organisation words"},
	{ruleSiteNameTopic, SeverityWarning, icp.CodeWebsiteNameUnqualified, "个人网站的{0}含有“{1}”：论坛、社区等通常需要单位备案和前置审批", "an individual's {0} contains \"{1}\": forums and communities usually need a unit filing and pre-approval"},
	{ruleSiteNameHan, SeverityWarning, icp.CodeWebsiteNameUnqualified, "{0}的汉字少于3个，部分服务商不予受理", "{0} has fewer than three Chinese characters, which some providers refuse"},
	{ruleDomainDuplicate, SeverityError, icp.CodeDomainNotRegistrable, "{0}已在{1}中填写，同一域名只能备案一次", "{0} is already listed at {1}; a domain can be filed only once"},
	{ruleDomainSuffix, SeverityError, icp.CodeDomainTLDUnapproved, "{0}：{1}的网站域名须以{2}结尾", "{0}: websites of a {1} must use a domain ending in {2}"},
	{ruleHomeURLDomain, SeverityError, icp.CodeWebsiteHomeURLInvalid, "{0}不在该网站的域名下", "{0} is not on one of the website's domains"},
	{ruleIndividualContent, SeverityError, icp.CodeContentOutOfScope, "个人网站的{0}只能选择“博客/个人空间”或“其他”", "an individual's {0} may only be blog/personal space or other"},
	{ruleIndividualApproval, SeverityError, icp.CodeContentOutOfScope, "个人不能备案需要前置审批的内容（{0}）", "individuals cannot file content that needs pre-approval ({0})"},
	{ruleIndividualMixed, SeverityError, icp.CodeOrderIndividualMixed, "个人主体须将网站和APP分为两个订单备案", "an individual files websites and APPs in separate orders"},
	{ruleOneWebsitePerOrder, SeverityError, icp.CodeOrderTypeWrong, "{1}每个订单只能备案一个网站、一个域名", "{1} accepts one website with one domain per order"},
	{ruleMaxDomainsPerOrder, SeverityError, icp.CodeOrderTypeWrong, "{1}每个订单最多{2}个域名，本次共{3}个", "{1} accepts at most {2} domains per order; this one has {3}"},
	{rulePrincipalLegalRep, SeverityWarning, icp.CodeSubjectPrincipalNotLegalRep, "{1}要求主体负责人为法定代表人", "{1} requires the subject principal to be the legal representative"},
	{ruleAuthorisation, SeverityWarning, icp.CodeSubjectPrincipalNotLegalRep, "{1}：负责人不是法定代表人时须提供法定代表人授权书", "{1}: a principal who is not the legal representative needs the legal representative's authorisation letter"},
	{ruleAuthenticity, SeverityWarning, icp.CodeVerificationLivenessFailed, "{1}（自{2}起）：网站负责人须本人完成核验，并签署《ICP备案信息真实性责任告知书》和《ICP备案信息真实性承诺书》", "{1} (since {2}): the service principal verifies in person and signs the ICP filing authenticity notice and commitment"},
	{ruleCommitmentLetter, SeverityWarning, "", "{1}（自{2}起）：须提交法定代表人或本人签字的《互联网信息服务备案承诺书》", "{1} (since {2}): submit the internet information service filing commitment signed by the legal representative or the individual"},
	{ruleFinanceApproval, SeverityWarning, icp.CodeContentPreApprovalMissing, "{1}（自{2}起）：涉及互联网金融的须提供金融监管部门批复，或签署不从事金融业务的承诺书", "{1} (since {2}): internet-finance services need the regulator's approval or a signed commitment not to offer them"},
	{ruleDomainValidity, SeverityWarning, icp.CodeDomainExpired, "{1}要求域名在备案时剩余有效期超过{2}个月", "{1} requires domains to stay registered for more than {2} months after filing"},
	{ruleOrderType, SeverityError, icp.CodeOrderTypeWrong, "订单备案类型无效", "the order's filing type is not valid"},
	{ruleSubjectNumber, SeverityError, icp.CodeOrderTypeWrong, "{1}须填写已有的{0}", "{1} needs the existing {0}"},
	{ruleServiceNumber, SeverityError, icp.CodeOrderTypeWrong, "{1}须填写已有的{0}", "{1} needs the existing {0}"},
	{ruleSubjectNumberProv, SeverityError, icp.CodeOrderTypeWrong, "{0}的省份（{1}）与主办单位所在省份（{2}）不符", "{0} was issued in {1}, but the subject is in {2}"},
	{ruleServiceUnderSubject, SeverityError, icp.CodeOrderTypeWrong, "{0}不属于主体备案号{1}", "{0} does not belong to the subject number {1}"},
	{ruleAddWhileChange, SeverityError, icp.CodeOrderAddWhileChange, "{1}不能同时变更已备案信息：请先完成变更备案，再新增", "{1} cannot carry changes to approved data: file the change first, then add"},
	{ruleShellSubject, SeverityError, icp.CodeSubjectShell, "空壳主体在{1}不能直接{2}：请先注销主体，再重新首次备案", "a shell subject cannot {2} directly in {1}: cancel the subject, then file anew"},
	{ruleOrderNoService, SeverityError, icp.CodeOrderTypeWrong, "{1}须至少包含一个网站或APP", "{1} needs at least one website or APP"},
	{ruleOrderNoWebsite, SeverityError, icp.CodeOrderTypeWrong, "{1}须至少包含一个网站", "{1} needs at least one website"},
	{ruleOrderNoApp, SeverityError, icp.CodeOrderTypeWrong, "{1}须至少包含一个APP", "{1} needs at least one APP"},
	{ruleBirthDateFuture, SeverityError, icp.CodePersonCertificateInvalid, "{0}中的出生日期晚于参考日期", "{0} holds a birth date after the reference date"},
	{ruleLicenceCapital, SeverityError, icp.CodeLicenceCapitalTooLow, "{0}低于该许可范围要求的{1}元", "{0} is below the {1} yuan this licence scope requires"},
	{ruleLicenceForeignShare, SeverityError, icp.CodeLicenceForeignShareTooHigh, "{0}超过该许可范围允许的上限{1}", "{0} exceeds the cap of {1} for this licence scope"},
	{rulePOBox, SeverityError, icp.CodeSubjectMailingAddressWrong, "{0}须是详细的实际地址，不能使用信箱", "{0} must be the full street address, not a post-office box"},
	{ruleOrderServiceNumbered, SeverityError, icp.CodeOrderTypeWrong, "{1}时{0}尚未下发，应留空", "{0} does not exist yet in a {1}; leave it empty"},
}

func specOf(code string) ruleSpec {
	for i := range ruleSpecs {
		if ruleSpecs[i].code == code {
			return ruleSpecs[i]
		}
	}
	return ruleSpec{code: code, zh: code, en: code}
}

// arg is a rule argument in both languages.
type arg struct{ zh, en string }

// same is an argument that reads the same in both languages (a number, a domain).
func same(s string) arg { return arg{s, s} }

// fillArgs replaces {0} with the label and {1}… with the arguments in one pass.
func fillArgs(tmpl string, lbl string, args []string) string {
	return fillTemplate(tmpl, lbl, args, false)
}

// fillSentence is sentence(fillArgs(tmpl, lbl, args)) without the second copy.
func fillSentence(tmpl string, lbl string, args []string) string {
	return fillTemplate(tmpl, lbl, args, true)
}

// fillTemplate fills a message template; with capital it starts the result with a capital
// letter as sentence does.
func fillTemplate(tmpl string, lbl string, args []string, capital bool) string {
	i := strings.IndexByte(tmpl, '{')
	if i < 0 {
		if capital {
			return sentence(tmpl)
		}
		return tmpl
	}
	var b strings.Builder
	b.Grow(len(tmpl) + len(lbl) + 16)
	write := func(s string) {
		if capital && s != "" {
			capital = false
			if c := s[0]; c >= 'a' && c <= 'z' {
				b.WriteByte(c - 'a' + 'A')
				s = s[1:]
			}
		}
		b.WriteString(s)
	}
	for ; i >= 0; i = strings.IndexByte(tmpl, '{') {
		if i+2 < len(tmpl) && tmpl[i+2] == '}' && isDigit(tmpl[i+1]) {
			write(tmpl[:i])
			switch n := int(tmpl[i+1] - '0'); {
			case n == 0:
				write(lbl)
			case n <= len(args):
				write(args[n-1])
			}
			tmpl = tmpl[i+3:]
			continue
		}
		write(tmpl[:i+1])
		tmpl = tmpl[i+1:]
	}
	write(tmpl)
	return b.String()
}

// rule reports a cross-field rule at path.
func (c *checker) rule(path, code string, args ...arg) {
	spec := specOf(code)
	lbl := labelFor(path)
	var zhBuf, enBuf [4]string // rules take at most a few arguments
	zh, en := zhBuf[:0], enBuf[:0]
	for _, a := range args {
		zh, en = append(zh, a.zh), append(en, a.en)
	}
	c.add(Problem{
		Path: path, Rule: code, Severity: spec.severity,
		MessageZH: fillArgs(spec.zh, lbl.zh, zh), MessageEN: fillSentence(spec.en, lbl.en, en),
		Rectification: string(spec.notice),
	})
}

// Tags returns the names of the validation tags this package installs, sorted.
func Tags() []string {
	out := make([]string, len(customTags))
	for i := range customTags {
		out[i] = customTags[i].name
	}
	slices.Sort(out)
	return out
}

// RuleCodes returns the codes of the cross-field, order and provincial rules [Validator.Check]
// may report besides the tag names, sorted.
func RuleCodes() []string {
	out := make([]string, len(ruleSpecs))
	for i := range ruleSpecs {
		out[i] = ruleSpecs[i].code
	}
	slices.Sort(out)
	return out
}
