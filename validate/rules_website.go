package validate

import (
	"net/url"
	"strconv"
	"strings"
	"unicode"

	"github.com/beian-go/beian/icp"
)

// reservedNamePrefixes may start a website name only for state-level units (domain.md §5.8).
var reservedNamePrefixes = [...]string{"中国", "中华", "中央", "国家", "人民", "人大"}

// companyWords mark a name as a unit's, which individuals may not use (domain.md §5.8).
var companyWords = [...]string{
	"公司", "企业", "集团", "有限", "股份", "工作室", "官网", "官方", "旗舰", "商城", "商贸",
	"科技", "协会", "学会", "基金会", "研究院", "研究所", "中心", "学校", "学院", "大学",
	"医院", "诊所", "银行", "政府", "机关", "委员会", "事务所", "门户",
}

// topicWords in an individual's site name usually mean a forum, community or similar
// service that needs a unit filing or pre-approval.
var topicWords = [...]string{"论坛", "社区", "交流", "在线", "博客"}

// natureDomainSuffixes: government agencies use .gov.cn or .政务, public institutions .cn or
// .公益 (互联网政务应用安全管理规定; domain.md §5.7).
var natureDomainSuffixes = map[icp.Nature]struct {
	suffixes []string // ASCII form
	shown    string
}{
	icp.NatureGovernment:        {[]string{".gov.cn", ".xn--zfr164b"}, ".gov.cn / .政务"},
	icp.NaturePublicInstitution: {[]string{".cn", ".xn--55qw42g"}, ".cn / .公益"},
}

// individualContent is what an individual's website may offer (domain.md §5.9).
const individualContent = icp.ServiceBlog | icp.ServiceOther

// websiteRules checks names, domains, home URLs and content of every website and APP. Paths
// are built only for the rules that fire.
func (c *checker) websiteRules() {
	s := &c.app.Subject
	type listed struct{ site, index int } // where a domain was first listed
	var seen map[string]listed            // made at the first valid domain
	base := func(i int) string { return "websites[" + strconv.Itoa(i) + "]" }
	domainPath := func(at listed) string { return base(at.site) + ".domains[" + strconv.Itoa(at.index) + "]" }
	for i := range c.app.Websites {
		w := &c.app.Websites[i]
		c.siteName(i, w.Name)
	domains:
		for j, d := range w.Domains {
			if !d.IsValid() {
				continue
			}
			here := listed{i, j}
			if first, dup := seen[d.String()]; dup {
				if first.site != i {
					c.rule(domainPath(here), ruleDomainDuplicate, same(domainPath(first)))
				}
				continue domains
			}
			if seen == nil {
				seen = map[string]listed{}
			}
			seen[d.String()] = here
			if want, ok := natureDomainSuffixes[s.Nature]; ok && !hasAnySuffix(d.String(), want.suffixes) {
				c.rule(domainPath(here), ruleDomainSuffix, arg{s.Nature.Label(), s.Nature.String()}, same(want.shown))
			}
		}
		onSite := domainSet(w.Domains, len(w.HomeURLs))
		for j, u := range w.HomeURLs {
			if u != "" && !urlOnDomains(u, w.Domains, onSite) {
				c.rule(base(i)+".homeUrls["+strconv.Itoa(j)+"]", ruleHomeURLDomain)
			}
		}
		if s.Nature.IsIndividual() {
			if w.ServiceContent.IsValid() && w.ServiceContent&^individualContent != 0 {
				c.rule(base(i)+".serviceContent", ruleIndividualContent)
			}
			if len(w.PreApprovals) > 0 {
				c.rule(base(i)+".preApprovals", ruleIndividualApproval, labelArg(base(i)+".preApprovals"))
			}
		}
	}
	if s.Nature.IsIndividual() {
		for i := range c.app.Apps {
			if len(c.app.Apps[i].PreApprovals) > 0 {
				path := "apps[" + strconv.Itoa(i) + "].preApprovals"
				c.rule(path, ruleIndividualApproval, labelArg(path))
			}
		}
		if len(c.app.Websites) > 0 && len(c.app.Apps) > 0 {
			c.rule("apps", ruleIndividualMixed)
		}
	}
}

// siteName applies the naming rules that depend on the subject to the name of website i
// (the subject-independent ones are the site_name tag).
func (c *checker) siteName(i int, name string) {
	if name == "" || siteNameFault(name) != siteNameOK {
		return
	}
	path := func() string { return "websites[" + strconv.Itoa(i) + "].name" }
	n := c.app.Subject.Nature
	if n != icp.NatureGovernment && n != icp.NatureDefence {
		for _, p := range reservedNamePrefixes {
			if strings.HasPrefix(name, p) {
				c.rule(path(), ruleSiteNameReserved, same(p))
				break
			}
		}
	}
	if n.IsIndividual() {
		if w, ok := containsAny(name, companyWords[:]); ok {
			c.rule(path(), ruleSiteNameIndividual, same(w))
		} else if w, ok := containsAny(name, topicWords[:]); ok {
			c.rule(path(), ruleSiteNameTopic, same(w))
		}
	}
	han := 0
	for _, r := range name {
		if unicode.Is(unicode.Han, r) {
			han++
		}
	}
	if han < siteNameMinRunes {
		c.rule(path(), ruleSiteNameHan)
	}
}

func containsAny(s string, words []string) (string, bool) {
	for _, w := range words {
		if strings.Contains(s, w) {
			return w, true
		}
	}
	return "", false
}

func hasAnySuffix(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// urlOnDomains reports whether the host of a home URL is one of the domains or a subdomain
// of one. URLs are accepted with or without a scheme, as filing forms show both. set, when
// not nil, holds the valid domains (see domainSet) and is used instead of the list.
func urlOnDomains(raw string, domains []icp.Domain, set map[string]bool) bool {
	s := raw
	if !strings.Contains(s, "://") {
		s = "http://" + s
	}
	u, err := url.Parse(s)
	if err != nil || u.Hostname() == "" {
		return false
	}
	host, err := icp.ParseDomain(u.Hostname())
	if err != nil {
		return false
	}
	h := host.String()
	if set != nil {
		// host is on a domain when it or one of its parents, cut at a dot, is that domain.
		for rest := h; ; {
			if set[rest] {
				return true
			}
			_, after, ok := strings.Cut(rest, ".")
			if !ok {
				return false
			}
			rest = after
		}
	}
	for _, d := range domains {
		if d.IsValid() && onDomain(h, d.String()) {
			return true
		}
	}
	return false
}

// domainSet returns the valid domains as a set when comparing urls home URLs with each of
// them would take long, and nil otherwise: real websites have a few of each, and a hostile
// one with a hundred thousand of both must not take 10¹⁰ comparisons.
func domainSet(domains []icp.Domain, urls int) map[string]bool {
	if len(domains)*urls <= 256 {
		return nil
	}
	set := make(map[string]bool, len(domains))
	for _, d := range domains {
		if d.IsValid() {
			set[d.String()] = true
		}
	}
	return set
}

// onDomain reports whether host is domain or a subdomain of it.
func onDomain(host, domain string) bool {
	if host == domain {
		return true
	}
	n := len(host) - len(domain)
	return n > 0 && host[n-1] == '.' && host[n:] == domain
}
