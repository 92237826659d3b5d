package display

import "github.com/beian-go/beian/number"

// Finding is one result of [Audit]: a stable code, how serious it is, and
// what it means in English and Chinese.
type Finding struct {
	// Code is a stable ASCII identifier such as "icp.not-linked"; the
	// codes are the Code* constants of this package.
	Code string `json:"code"`
	// Severity ranks the finding; [SeverityError] makes the page
	// non-compliant.
	Severity Severity `json:"severity"`
	// Message is the English explanation.
	Message string `json:"message"`
	// MessageZH is the Chinese explanation.
	MessageZH string `json:"messageZh"`
	// Number is the number the finding is about; the zero Number for
	// findings about the page as a whole (such as "icp.missing").
	Number number.Number `json:"number,omitzero"`
	// Path locates the element the finding is about (see [Shown.Path]),
	// or "" for the page as a whole.
	Path string `json:"path,omitempty"`
}

// Finding codes. They are stable: tools may store them and match on them.
const (
	CodeICPMissing               = "icp.missing"
	CodeICPNotLinked             = "icp.not-linked"
	CodeICPLicenceNotLinked      = "icp.licence-not-linked"
	CodeICPWrongLink             = "icp.wrong-link"
	CodeICPBrokenLink            = "icp.broken-link"
	CodeICPOutdatedLink          = "icp.outdated-link"
	CodeICPNotInFooter           = "icp.not-in-footer"
	CodeICPImageOnly             = "icp.image-only"
	CodeICPNonCanonical          = "icp.noncanonical"
	CodeICPUnexpectedNumber      = "icp.unexpected-number"
	CodeICPSubjectInsteadService = "icp.subject-instead-of-service"
	CodeICPServiceInsteadSubject = "icp.service-instead-of-subject"
	CodePSMissing                = "ps.missing"
	CodePSNotLinked              = "ps.not-linked"
	CodePSWrongLink              = "ps.wrong-link"
	CodePSBrokenLink             = "ps.broken-link"
	CodePSOutdatedLink           = "ps.outdated-link"
	CodePSCodeMissing            = "ps.code-missing"
	CodePSCodeMismatch           = "ps.code-mismatch"
	CodePSUnexpectedNumber       = "ps.unexpected-number"
	CodePSNoBadge                = "ps.no-badge"
	CodePSPrefixMismatch         = "ps.prefix-mismatch"
	CodePSNotInFooter            = "ps.not-in-footer"
	CodePSImageOnly              = "ps.image-only"
	CodePSNonCanonical           = "ps.noncanonical"
	CodePageTruncated            = "page.truncated"
)

// findingText is one row of the finding catalogue.
type findingText struct {
	code     string
	severity Severity
	en, zh   string
}

// findingCatalogue holds every finding [Audit] can report; it is read-only.
var findingCatalogue = [...]findingText{
	{CodeICPMissing, SeverityError,
		"no ICP filing or licence number is shown on the page",
		"页面未展示ICP备案号或经营许可证编号"},
	{CodeICPNotLinked, SeverityError,
		"the ICP filing number is not a link to the MIIT filing system https://beian.miit.gov.cn/",
		"ICP备案号未链接到工信部备案管理系统 https://beian.miit.gov.cn/"},
	{CodeICPLicenceNotLinked, SeverityWarning,
		"the operating licence number is not a link to the MIIT filing system https://beian.miit.gov.cn/",
		"经营许可证编号未链接到工信部备案管理系统 https://beian.miit.gov.cn/"},
	{CodeICPWrongLink, SeverityError,
		"the ICP number links somewhere other than the MIIT filing system https://beian.miit.gov.cn/",
		"ICP备案号的链接未指向工信部备案管理系统 https://beian.miit.gov.cn/"},
	{CodeICPBrokenLink, SeverityError,
		"the link to the MIIT filing system lacks \"https://\", so browsers open a page of this site instead",
		"备案号链接缺少“https://”，浏览器会打开本站的相对路径而不是工信部备案管理系统"},
	{CodeICPOutdatedLink, SeverityWarning,
		"the ICP number links to a former address of the MIIT filing system; link to https://beian.miit.gov.cn/",
		"ICP备案号链接的是工信部备案系统的旧网址，应改为 https://beian.miit.gov.cn/"},
	{CodeICPNotInFooter, SeverityWarning,
		"the ICP number is not at the bottom of the page, where the rules require it",
		"ICP备案号未放在网站首页底部"},
	{CodeICPImageOnly, SeverityWarning,
		"the ICP number appears only inside an image, not as page text",
		"ICP备案号仅以图片形式出现，页面文字中没有"},
	{CodeICPNonCanonical, SeverityWarning,
		"the ICP number is not written exactly as issued (spaces, full-width characters, missing 号 or similar)",
		"ICP备案号的写法与核发的号码不一致（多余空格、全角字符、缺少“号”等）"},
	{CodeICPUnexpectedNumber, SeverityError,
		"the page shows an ICP number that is not the one filed for this site",
		"页面展示的ICP备案号与该网站的备案号不符"},
	{CodeICPSubjectInsteadService, SeverityWarning,
		"the page shows the subject number; outside Guangdong the service number of this domain (with its -n suffix) is expected",
		"页面展示的是主体备案号；除广东外应展示该域名对应的网站备案号（带“-n”后缀）"},
	{CodeICPServiceInsteadSubject, SeverityWarning,
		"Guangdong sites are expected to show the subject number without the -n suffix",
		"广东省网站应展示不带“-n”后缀的主体备案号"},
	{CodePSMissing, SeverityError,
		"no public-security filing number is shown on the page",
		"页面未展示公安联网备案号"},
	{CodePSNotLinked, SeverityError,
		"the public-security filing number is not a link to the public-security filing platform",
		"公安联网备案号未链接到全国互联网安全管理服务平台"},
	{CodePSWrongLink, SeverityError,
		"the public-security filing number links somewhere other than the public-security filing platform",
		"公安联网备案号的链接未指向全国互联网安全管理服务平台"},
	{CodePSBrokenLink, SeverityError,
		"the link to the public-security platform lacks \"https://\", so browsers open a page of this site instead",
		"公安备案号链接缺少“https://”，浏览器会打开本站的相对路径"},
	{CodePSOutdatedLink, SeverityWarning,
		"the public-security number links to the former www.beian.gov.cn address; link to https://beian.mps.gov.cn/#/query/webSearch?code=…",
		"公安备案号链接的是旧网址 www.beian.gov.cn，应改为 https://beian.mps.gov.cn/#/query/webSearch?code=…"},
	{CodePSCodeMissing, SeverityError,
		"the link to the public-security platform does not carry the record code",
		"公安备案号链接中缺少备案编号（code 参数）"},
	{CodePSCodeMismatch, SeverityError,
		"the link to the public-security platform queries a different record code than the number shown",
		"公安备案号链接中的备案编号与页面展示的号码不一致"},
	{CodePSUnexpectedNumber, SeverityError,
		"the page shows a public-security filing number that is not the one filed for this site",
		"页面展示的公安联网备案号与该网站的备案号不符"},
	{CodePSNoBadge, SeverityInfo,
		"the public-security number is shown without the police badge image",
		"公安联网备案号旁没有公安备案图标"},
	{CodePSPrefixMismatch, SeverityInfo,
		"the province character before 公网安备 differs from the province of the number's area code; such numbers are issued, but check it",
		"公网安备前的省份简称与号码地区代码所属省份不一致；此类号码确有核发，但建议核对"},
	{CodePSNotInFooter, SeverityWarning,
		"the public-security number is not at the bottom of the page",
		"公安联网备案号未放在网站首页底部"},
	{CodePSImageOnly, SeverityWarning,
		"the public-security number appears only inside an image, not as page text",
		"公安联网备案号仅以图片形式出现，页面文字中没有"},
	{CodePSNonCanonical, SeverityWarning,
		"the public-security number is not written exactly as issued (full-width characters, missing 号 or similar)",
		"公安联网备案号的写法与核发的号码不一致（全角字符、缺少“号”等）"},
	{CodePageTruncated, SeverityWarning,
		"the page shows more numbers than the audit keeps; only the first ones are reported",
		"页面中的备案号数量超出上限，仅报告前面的部分"},
}

// FindingCodes returns every code [Audit] can report, in catalogue order.
func FindingCodes() []string {
	codes := make([]string, len(findingCatalogue))
	for i, f := range findingCatalogue {
		codes[i] = f.code
	}
	return codes
}

// Describe returns the severity and the English and Chinese messages for a
// finding code, and false for an unknown code.
func Describe(code string) (sev Severity, en, zh string, ok bool) {
	for _, f := range findingCatalogue {
		if f.code == code {
			return f.severity, f.en, f.zh, true
		}
	}
	return 0, "", "", false
}

// newFinding builds a Finding from the catalogue; code must be listed.
func newFinding(code string, n number.Number, path string) Finding {
	sev, en, zh, _ := Describe(code)
	return Finding{Code: code, Severity: sev, Message: en, MessageZH: zh, Number: n, Path: path}
}
