package province

import (
	"strconv"
	"time"
)

// chinaTime is China Standard Time (UTC+8), the zone in which rule dates take effect.
var chinaTime = time.FixedZone("CST", 8*60*60)

// Subject tells which kind of filer a [Rule] applies to.
type Subject uint8

// The subject kinds.
const (
	SubjectAny        Subject = iota + 1 // units and individuals
	SubjectUnit                          // 单位: companies, institutions, agencies …
	SubjectIndividual                    // 个人
)

var subjectNames = [...]struct{ name, label string }{
	SubjectAny:        {"any", "不限"},
	SubjectUnit:       {"unit", "单位"},
	SubjectIndividual: {"individual", "个人"},
}

// String returns the stable ASCII name of s.
func (s Subject) String() string {
	if s >= SubjectAny && s <= SubjectIndividual {
		return subjectNames[s].name
	}
	return "Subject(" + strconv.Itoa(int(s)) + ")"
}

// Label returns the Chinese name of s.
func (s Subject) Label() string {
	if s >= SubjectAny && s <= SubjectIndividual {
		return subjectNames[s].label
	}
	return ""
}

// Covers reports whether a rule for s applies to a filer of kind k (SubjectUnit or SubjectIndividual).
func (s Subject) Covers(k Subject) bool { return s == SubjectAny || s == k }

// RuleKind says what a provincial [Rule] requires; [Rule.Param] carries its number where it has one.
type RuleKind uint8

// The rule kinds. The comment says what Param means where it is used.
const (
	RulePrincipalLegalRep             RuleKind = iota + 1 // the subject's principal must be its legal representative
	RulePrincipalAny                                      // the principal may be someone other than the legal representative, no letter needed
	RulePrincipalAuthorisation                            // a principal who is not the legal representative needs a signed authorisation
	RuleWebsitePrincipalAuthorisation                     // a website principal who is not the legal representative needs a signed authorisation
	RuleNonLegalRepAuthorisation                          // any principal who is not the legal representative needs the legal representative's authorisation
	RuleMinimumAge                                        // Param: the minimum age in years
	RuleForeignerRefused                                  // foreign nationals cannot file as individuals
	RuleCrossProvinceRefused                              // individuals must hold a local identity card
	RuleCrossProvinceResidencePermit                      // non-local individuals need a local residence permit or similar proof
	RuleAuthenticityCommitment                            // the service principal signs an authenticity notice and commitment
	RuleCommitmentLetter                                  // a signed filing commitment letter is required
	RuleFinanceApproval                                   // internet-finance subjects need the regulator's approval or a commitment
	RuleShellSubjectMayAdd                                // a subject with no live services may add services directly
	RuleOneWebsitePerOrder                                // one website (and one domain) per order
	RuleMaxDomainsPerOrder                                // Param: the most domains one order may carry
	RuleDomainMinValidity                                 // Param: months the domain must remain registered
	RuleBureauReviewDays                                  // Param: working days the bureau may take
	RuleLandlineRequired                                  // units must give a fixed-line office phone
	RuleMobileDiffersFromEmergency                        // the principal's mobile and the emergency number must differ
	RuleSameCityAddress                                   // mailing and certificate addresses in the same city
	RuleDomainHolderUnitName                              // the domain holder must be the unit itself
	RuleShowSubjectNumber                                 // sites show the subject number, not the service number
	RuleOfficePhoneDiffersFromMobile                      // the principal's office phone must not be their mobile
)

var ruleKindNames = [...]struct{ name, label string }{
	RulePrincipalLegalRep:             {"principal-legal-rep", "主体负责人须为法定代表人"},
	RulePrincipalAny:                  {"principal-any", "主体负责人可非法定代表人"},
	RulePrincipalAuthorisation:        {"principal-authorisation", "非法定代表人任主体负责人须提供授权书"},
	RuleWebsitePrincipalAuthorisation: {"website-principal-authorisation", "网站负责人非法定代表人须提供授权书"},
	RuleNonLegalRepAuthorisation:      {"non-legal-rep-authorisation", "负责人非法定代表人须提供法人授权书"},
	RuleMinimumAge:                    {"minimum-age", "最低年龄"},
	RuleForeignerRefused:              {"foreigner-refused", "外籍个人不予备案"},
	RuleCrossProvinceRefused:          {"cross-province-refused", "不接受外省个人备案"},
	RuleCrossProvinceResidencePermit:  {"cross-province-residence-permit", "外省个人须提供居住证明"},
	RuleAuthenticityCommitment:        {"authenticity-commitment", "须签署真实性责任告知书和承诺书"},
	RuleCommitmentLetter:              {"commitment-letter", "须提交互联网信息服务备案承诺书"},
	RuleFinanceApproval:               {"finance-approval", "互联网金融须提供主管部门批复或承诺书"},
	RuleShellSubjectMayAdd:            {"shell-subject-may-add", "空壳主体可直接新增"},
	RuleOneWebsitePerOrder:            {"one-website-per-order", "每单仅限一个网站"},
	RuleMaxDomainsPerOrder:            {"max-domains-per-order", "每单域名数量上限"},
	RuleDomainMinValidity:             {"domain-min-validity", "域名剩余有效期下限（月）"},
	RuleBureauReviewDays:              {"bureau-review-days", "管局审核时限（工作日）"},
	RuleLandlineRequired:              {"landline-required", "单位须填写固定电话"},
	RuleMobileDiffersFromEmergency:    {"mobile-differs-from-emergency", "手机号码与应急电话不能相同"},
	RuleSameCityAddress:               {"same-city-address", "通讯地址与证件住所须同市"},
	RuleDomainHolderUnitName:          {"domain-holder-unit-name", "域名持有者须为单位本身"},
	RuleShowSubjectNumber:             {"show-subject-number", "网站底部展示主体备案号"},
	RuleOfficePhoneDiffersFromMobile:  {"office-phone-differs-from-mobile", "办公电话不能与主体负责人手机号码相同"},
}

// IsValid reports whether k is a known rule kind.
func (k RuleKind) IsValid() bool {
	return k >= RulePrincipalLegalRep && k <= RuleOfficePhoneDiffersFromMobile
}

// String returns the stable ASCII name of k, as used in rules.tsv.
func (k RuleKind) String() string {
	if k.IsValid() {
		return ruleKindNames[k].name
	}
	return "RuleKind(" + strconv.Itoa(int(k)) + ")"
}

// Label returns the Chinese description of k.
func (k RuleKind) Label() string {
	if k.IsValid() {
		return ruleKindNames[k].label
	}
	return ""
}

// Rule is one provincial filing rule that differs from, or adds to, the national ones.
//
// From and Until bound the days on which the rule is in force, in China time; a zero From means
// "as far back as the sources go", a zero Until means "still in force". Until is exclusive.
//
// Where sources disagree, every version is kept with its Source; Default marks the version the
// library applies. The choice favours the provider's current published list (Tencent's for who may
// be the principal, Huawei's newest pages elsewhere) over older or single-page statements.
type Rule struct {
	Province Code
	From     time.Time
	Until    time.Time
	Subject  Subject
	Kind     RuleKind
	Param    int    // the number the kind needs (years, months, days, a count); 0 otherwise
	Default  bool   // applied by default; false for a conflicting version kept for reference
	Source   string // comma-separated source tags: HW (Huawei), TC (Tencent), TC18 (Tencent, about 2018), SEED
	Note     string // what the rule means, in English
}

// InForce reports whether r applies on the day of at (evaluated in China time).
func (r Rule) InForce(at time.Time) bool {
	if !r.From.IsZero() && at.Before(r.From) {
		return false
	}
	return r.Until.IsZero() || at.Before(r.Until)
}

// RulesAt returns the default rules for c that are in force at at, in data order. The result is
// a new slice the caller may keep. It is empty for codes that are not provinces.
func RulesAt(c Code, at time.Time) []Rule {
	var out []Rule
	for _, r := range ruleTable {
		if r.Province == c && r.Default && r.InForce(at) {
			out = append(out, r)
		}
	}
	return out
}

// AllRulesAt is like [RulesAt] but also returns the versions that conflict with a default rule
// and are kept for reference (Default is false on those).
func AllRulesAt(c Code, at time.Time) []Rule {
	var out []Rule
	for _, r := range ruleTable {
		if r.Province == c && r.InForce(at) {
			out = append(out, r)
		}
	}
	return out
}

// Rules iterates over every rule of every province, whatever its dates, in data order.
func Rules() func(yield func(Rule) bool) {
	return func(yield func(Rule) bool) {
		for _, r := range ruleTable {
			if !yield(r) {
				return
			}
		}
	}
}
