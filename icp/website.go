package icp

import "net/netip"

// Website is one website of the application (网站), filed with its own
// responsible person.
//
// Domains are registrable domains (no www., no subdomains; since 2019-04-22
// new websites carry one domain), and every home URL must lie on one of them.
// The zero Website is empty and fails validation.
type Website struct {
	// Name is the website name (网站名称), see domain.md §5.8.
	Name string `json:"name" validate:"required,site_name"`
	// Domains are the registrable domains the website is served under.
	Domains []Domain `json:"domains" validate:"required,min=1,unique,dive,required,filing_domain"`
	// HomeURLs are the home page URLs (首页URL) with their scheme, each on
	// one of Domains.
	HomeURLs []string `json:"homeUrls" validate:"required,min=1,unique,dive,required,max=512,url"`
	// ServiceContent is what the website offers (网站服务内容).
	ServiceContent ServiceContent `json:"serviceContent" validate:"required,enum_valid"`
	// PreApprovals lists the 前置审批 approvals the content needs, one per category.
	PreApprovals []PreApprovalItem `json:"preApprovals,omitempty" validate:"omitempty,dive"`
	// AccessMethod is how the website is connected (接入方式).
	AccessMethod AccessMethod `json:"accessMethod" validate:"required,enum_valid"`
	// ServerLocation is where its servers stand (服务器放置地).
	ServerLocation ServerLocation `json:"serverLocation" validate:"required,enum_valid"`
	// IPRanges are the provider's public mainland addresses the website uses.
	IPRanges []IPRange `json:"ipRanges,omitempty" validate:"omitempty,dive"`
	// Languages are the languages the website is published in.
	Languages []Language `json:"languages" validate:"required,min=1,unique,dive,enum_valid"`
	// ResponsiblePerson is the website's responsible person (网站负责人).
	ResponsiblePerson Person `json:"responsiblePerson" validate:"required"`
	// Number is the website's ICP filing number when it is already filed
	// (京ICP备12345678号-1), for access or change filings.
	Number string `json:"number,omitempty" validate:"omitempty,icp_number"`
	// Remarks describes the content or holds declarations (备注).
	Remarks string `json:"remarks,omitempty" validate:"omitempty,max=1024"`
}

// PreApprovalItem is one 前置审批 approval held for a website or APP.
type PreApprovalItem struct {
	// Category is a single 前置审批 category ([PreApproval.IsSingle]).
	Category PreApproval `json:"category" validate:"required,enum_valid"`
	// Number is the approval or licence number issued by the authority.
	Number string `json:"number" validate:"required,max=128"`
	// ValidTo is the last day the approval is valid; unset when it does not expire.
	ValidTo Date `json:"validTo,omitzero" validate:"omitempty"`
}

// IPRange is a range of addresses, written "start-end" on the MIIT form; a
// single address has Start equal to End. IPv4 and IPv6 are both accepted.
type IPRange struct {
	// Start is the first address.
	Start netip.Addr `json:"start" validate:"required"`
	// End is the last address, of the same family as Start and not before it.
	End netip.Addr `json:"end" validate:"required"`
}

// IsValid reports whether r is a well-formed range: both ends set, of the
// same family, and End not before Start.
func (r IPRange) IsValid() bool {
	return r.Start.IsValid() && r.End.IsValid() && r.Start.Is4() == r.End.Is4() &&
		r.Start.Compare(r.End) <= 0
}

// Contains reports whether a lies in r.
func (r IPRange) Contains(a netip.Addr) bool {
	return r.IsValid() && a.IsValid() && r.Start.Compare(a) <= 0 && a.Compare(r.End) <= 0
}

// String returns "start-end", or the single address when Start equals End.
func (r IPRange) String() string {
	if r.Start == r.End {
		return r.Start.String()
	}
	return r.Start.String() + "-" + r.End.String()
}

// PreApprovalMask returns the union of the categories of the items.
func (w Website) PreApprovalMask() PreApproval { return preApprovalUnion(w.PreApprovals) }

func preApprovalUnion(items []PreApprovalItem) PreApproval {
	var m PreApproval
	for _, it := range items {
		m |= it.Category
	}
	return m
}
