package validate

import (
	"strconv"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/province"
)

// provinceRules applies the provincial rules in force at the reference time that are not
// part of the subject, person and website rules: documents to prepare, per-order limits and
// who may be the principal (domain.md §2.2–2.3). Rules about documents and facts the
// application cannot show (the legal representative, domain expiry) are warnings.
func (c *checker) provinceRules() {
	if !c.prov.IsValid() || !c.app.Subject.Nature.IsValid() {
		return
	}
	kind := c.subjectKind()
	pa := provinceArg(c.prov)
	for _, r := range c.rules {
		if !r.Subject.Covers(kind) {
			continue
		}
		since := func() arg { return same(r.From.Format("2006-01-02")) }
		switch r.Kind {
		case province.RuleOneWebsitePerOrder:
			if len(c.app.Websites) > 1 || c.domainCount() > 1 {
				c.rule("websites", ruleOneWebsitePerOrder, pa)
			}
		case province.RuleMaxDomainsPerOrder:
			if n := c.domainCount(); n > r.Param {
				c.rule("websites", ruleMaxDomainsPerOrder, pa, same(strconv.Itoa(r.Param)), same(strconv.Itoa(n)))
			}
		case province.RulePrincipalLegalRep:
			c.rule("subject.principal", rulePrincipalLegalRep, pa)
		case province.RulePrincipalAuthorisation, province.RuleNonLegalRepAuthorisation:
			c.rule("subject.principal", ruleAuthorisation, pa)
		case province.RuleAuthenticityCommitment:
			c.rule("", ruleAuthenticity, pa, since())
		case province.RuleCommitmentLetter:
			c.rule("", ruleCommitmentLetter, pa, since())
		case province.RuleFinanceApproval:
			if c.offersFinance() {
				c.rule("", ruleFinanceApproval, pa, since())
			}
		case province.RuleDomainMinValidity:
			if c.domainCount() > 0 {
				c.rule("websites", ruleDomainValidity, pa, same(strconv.Itoa(r.Param)))
			}
		case province.RuleDomainHolderUnitName:
			if c.domainCount() > 0 {
				c.rule("websites", ruleDomainHolderUnit, pa)
			}
		case province.RuleSameCityAddress:
			c.rule("subject.mailingAddress", ruleSameCityAddress, pa)
		case province.RuleWebsitePrincipalAuthorisation:
			c.websiteAuthorisation(pa)
		}
	}
}

// websiteAuthorisation warns, for each website whose principal is not the subject's principal,
// that the province wants a signed authorisation when that person is not the legal
// representative (which the application cannot show).
func (c *checker) websiteAuthorisation(pa arg) {
	for i := range c.app.Websites {
		if !samePerson(&c.app.Websites[i].ResponsiblePerson, &c.app.Subject.Principal) {
			c.rule("websites["+strconv.Itoa(i)+"].responsiblePerson", ruleWebsiteAuthorisation, pa)
		}
	}
}

// domainCount is the number of website domains in the application.
func (c *checker) domainCount() int {
	n := 0
	for i := range c.app.Websites {
		n += len(c.app.Websites[i].Domains)
	}
	return n
}

// financeContent are the service-content bits of internet finance.
const financeContent = icp.ServiceP2PLending | icp.ServiceEquityCrowdfunding | icp.ServiceInsurance |
	icp.ServiceCrossSectorFinance | icp.ServiceNonBankPayment | icp.ServicePayment |
	icp.ServiceOnlineBanking | icp.ServiceSecurities

// offersFinance reports whether a website or APP declares internet-finance content.
func (c *checker) offersFinance() bool {
	for i := range c.app.Websites {
		w := &c.app.Websites[i]
		if w.ServiceContent&financeContent != 0 || w.PreApprovalMask().Has(icp.PreApprovalInternetFinance) {
			return true
		}
	}
	for i := range c.app.Apps {
		a := &c.app.Apps[i]
		if a.ServiceContent&financeContent != 0 || a.PreApprovalMask().Has(icp.PreApprovalInternetFinance) {
			return true
		}
	}
	return false
}
