package validate

import "strings"

// label is a field's name for people, in both languages.
type label struct{ zh, en string }

// Field labels of the application, by JSON path without indexes. Person fields get the
// label of their role in front (主体负责人手机号码, the subject principal's mobile).
var (
	subjectLabels = map[string]label{
		"nature":         {"主办单位性质", "subject nature"},
		"name":           {"主办单位名称", "subject name"},
		"certType":       {"主办单位证件类型", "subject certificate type"},
		"certNumber":     {"主办单位证件号码", "subject certificate number"},
		"province":       {"主办单位所在省份", "subject province"},
		"city":           {"主办单位所在城市", "subject city"},
		"county":         {"主办单位所在区县", "subject county"},
		"certAddress":    {"主办单位证件住所", "subject certificate address"},
		"mailingAddress": {"主办单位通讯地址", "subject mailing address"},
		"investor":       {"投资者或上级主管单位", "investor or superior unit"},
		"principal":      {"主体负责人", "subject principal"},
		"number":         {"主体备案号", "subject filing number"},
		"remarks":        {"主体备注", "subject remarks"},
	}
	personLabels = map[string]label{
		"name":           {"姓名", "name"},
		"certType":       {"证件类型", "certificate type"},
		"certNumber":     {"证件号码", "certificate number"},
		"validFrom":      {"证件有效期起始日期", "certificate valid-from date"},
		"validTo":        {"证件有效期截止日期", "certificate valid-to date"},
		"longTerm":       {"证件长期有效", "long-term certificate flag"},
		"mobile":         {"手机号码", "mobile"},
		"emergencyPhone": {"应急联系电话", "emergency phone"},
		"officePhone":    {"办公电话", "office phone"},
		"email":          {"电子邮箱", "email"},
	}
	personRoles = map[string]label{
		"subject.principal":          {"主体负责人", "subject principal's "},
		"websites.responsiblePerson": {"网站负责人", "website principal's "},
		"apps.responsiblePerson":     {"APP负责人", "APP principal's "},
	}
	serviceLabels = map[string]label{
		"name":                  {"名称", "name"},
		"domains":               {"域名", "domains"},
		"homeUrls":              {"首页URL", "home URLs"},
		"serviceContent":        {"服务内容", "service content"},
		"preApprovals":          {"前置审批", "pre-approvals"},
		"preApprovals.category": {"前置审批类型", "pre-approval category"},
		"preApprovals.number":   {"前置审批文号", "pre-approval number"},
		"preApprovals.validTo":  {"前置审批有效期", "pre-approval validity"},
		"accessMethod":          {"接入方式", "access method"},
		"serverLocation":        {"服务器放置地", "server location"},
		"ipRanges":              {"IP地址", "IP addresses"},
		"ipRanges.start":        {"起始IP地址", "first IP address"},
		"ipRanges.end":          {"结束IP地址", "last IP address"},
		"languages":             {"语言", "languages"},
		"responsiblePerson":     {"负责人", "principal"},
		"number":                {"备案号", "filing number"},
		"remarks":               {"备注", "remarks"},
		"platforms":             {"运行平台", "platforms"},
		"platforms.platform":    {"运行平台", "platform"},
		"platforms.packageName": {"包名", "package name"},
		"platforms.fingerprint": {"签名MD5/SHA-1", "signature fingerprint"},
		"platforms.publicKey":   {"公钥", "public key"},
	}
	serviceRoles = map[string]label{
		"websites": {"网站", "website "},
		"apps":     {"APP", "APP "},
	}
	topLabels = map[string]label{
		"":         {"申请", "application"},
		"subject":  {"主体信息", "subject"},
		"websites": {"网站列表", "websites"},
		"apps":     {"APP列表", "APPs"},
	}
)

// leafLabels name the fields of other checked structs (operating-licence data) by their
// JSON name.
var leafLabels = map[string]label{
	"holder":            {"持证单位名称", "licence holder"},
	"creditCode":        {"统一社会信用代码", "unified social credit code"},
	"scope":             {"许可范围", "licence scope"},
	"registeredCapital": {"注册资本", "registered capital"},
	"foreignShare":      {"外资股比", "foreign share"},
	"eCommerce":         {"电子商务", "e-commerce"},
	"number":            {"许可证号", "licence number"},
}

// elementLabels name one element of a list field, for paths that end in an index.
var elementLabels = map[string]label{
	"domains":      {"域名", "domain"},
	"homeUrls":     {"首页URL", "home URL"},
	"languages":    {"语言", "language"},
	"ipRanges":     {"IP地址段", "IP range"},
	"preApprovals": {"前置审批", "pre-approval"},
	"platforms":    {"运行平台", "platform"},
	"websites":     {"网站", "website"},
	"apps":         {"APP应用", "APP"},
}

// stripIndexes turns "websites[1].domains[0]" into "websites.domains".
func stripIndexes(path string) string {
	if !strings.Contains(path, "[") {
		return path
	}
	var b strings.Builder
	b.Grow(len(path))
	skip := false // inside brackets
	for path != "" {
		i := strings.IndexAny(path, "[]")
		if i < 0 {
			i = len(path)
		}
		if !skip {
			b.WriteString(path[:i])
		}
		if i == len(path) {
			break
		}
		skip = path[i] == '['
		path = path[i+1:]
	}
	return b.String()
}

// pathLabels holds the label of every field path of the application model (indexes
// stripped) that labelFor words from the tables above: the top level, the subject, the
// persons with their role and the website and APP fields with theirs. It is built once, so
// that labelFor concatenates nothing.
var pathLabels = func() map[string]label {
	m := map[string]label{}
	add := func(path string, l label) {
		if _, taken := m[path]; !taken {
			m[path] = l
		}
	}
	// In labelFor's order of precedence: the first table that names a path wins.
	for p, l := range topLabels {
		add(p, l)
	}
	for prefix, role := range personRoles {
		for rest, l := range personLabels {
			add(prefix+"."+rest, label{role.zh + l.zh, role.en + l.en})
		}
	}
	for rest, l := range subjectLabels {
		add("subject."+rest, l)
	}
	for prefix, role := range serviceRoles {
		for rest, l := range serviceLabels {
			add(prefix+"."+rest, label{role.zh + l.zh, role.en + l.en})
		}
	}
	return m
}()

// elementPathLabels holds the labels of list elements under a service role ("websites.domains"
// for "websites[0].domains[1]"), built once like pathLabels.
var elementPathLabels = func() map[string]label {
	m := map[string]label{}
	for prefix, role := range serviceRoles {
		for leaf, l := range elementLabels {
			m[prefix+"\x00"+leaf] = label{role.zh + l.zh, role.en + l.en}
		}
	}
	return m
}()

// labelFor returns the labels of the field at a JSON path. Paths outside the application
// model fall back to their last name.
func labelFor(path string) label {
	p := stripIndexes(path)
	if strings.HasSuffix(path, "]") {
		leaf := p[strings.LastIndexByte(p, '.')+1:]
		if l, ok := elementLabels[leaf]; ok {
			if rl, ok := elementPathLabels[p[:max(strings.IndexByte(p, '.'), 0)]+"\x00"+leaf]; ok {
				return rl
			}
			return l
		}
	}
	if l, ok := pathLabels[p]; ok {
		return l
	}
	last := p[strings.LastIndexByte(p, '.')+1:]
	if l, ok := leafLabels[last]; ok {
		return l
	}
	return label{last, last}
}
