package icp

// App is one APP of the application, filed with its own responsible person.
// A website filing does not cover an APP, even one on the same domain.
//
// The zero App is empty and fails validation.
type App struct {
	// Name is the APP's real name, the same on every platform.
	Name string `json:"name" validate:"required,max=64"`
	// Platforms lists, per operating system, the package and signature data.
	Platforms []AppPlatform `json:"platforms" validate:"required,min=1,dive"`
	// Domains are the domains the APP calls, at the level actually used (up
	// to the fourth), never a www. form.
	Domains []Domain `json:"domains" validate:"required,min=1,unique,dive,required,filing_domain=app"`
	// ServiceContent is what the APP offers.
	ServiceContent ServiceContent `json:"serviceContent" validate:"required,enum_valid"`
	// PreApprovals lists the 前置审批 approvals the content needs.
	PreApprovals []PreApprovalItem `json:"preApprovals,omitempty" validate:"omitempty,dive"`
	// AccessMethod is how the APP's servers are connected.
	AccessMethod AccessMethod `json:"accessMethod" validate:"required,enum_valid"`
	// ServerLocation is where the APP's servers stand.
	ServerLocation ServerLocation `json:"serverLocation" validate:"required,enum_valid"`
	// IPRanges are the provider's public mainland addresses the APP uses.
	IPRanges []IPRange `json:"ipRanges,omitempty" validate:"omitempty,dive"`
	// ResponsiblePerson is the APP's responsible person (APP负责人).
	ResponsiblePerson Person `json:"responsiblePerson" validate:"required"`
	// Number is the APP's ICP filing number when it is already filed
	// (京ICP备12345678号-2A).
	Number string `json:"number,omitempty" validate:"omitempty,icp_number"`
	// Remarks describes the APP or holds declarations.
	Remarks string `json:"remarks,omitempty" validate:"omitempty,max=1024"`
}

// AppPlatform is an APP's build for one operating system.
type AppPlatform struct {
	// Platform is the operating system, never an app store.
	Platform Platform `json:"platform" validate:"required,enum_valid"`
	// PackageName is the Android package name or the iOS bundle ID.
	PackageName string `json:"packageName" validate:"required,max=255,printascii"`
	// Fingerprint is the signing certificate's fingerprint (特征信息) in hex
	// without separators: MD5 (32 digits) on Android and most platforms,
	// SHA-1 (40 digits) on iOS — see [Platform.FingerprintHexLen].
	Fingerprint string `json:"fingerprint" validate:"required,hexadecimal,len=32|len=40"`
	// PublicKey is the signing key in hex: the modulus on Android, the key
	// from the certificate on iOS.
	PublicKey string `json:"publicKey" validate:"required,hexadecimal,max=4096"`
}

// PreApprovalMask returns the union of the categories of the items.
func (a App) PreApprovalMask() PreApproval { return preApprovalUnion(a.PreApprovals) }
