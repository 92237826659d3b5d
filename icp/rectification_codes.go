package icp

// The codes of the rectification catalogue. See [LookupNotice] for the text
// behind each.
const (
	// Subject (主体) data.
	CodeSubjectContactInvalid         NoticeCode = "subject.contact-invalid"
	CodeSubjectCertificateOutdated    NoticeCode = "subject.certificate-outdated"
	CodeSubjectCertificateNumberWrong NoticeCode = "subject.certificate-number-wrong"
	CodeSubjectCertificateTypeWrong   NoticeCode = "subject.certificate-type-wrong"
	CodeSubjectNameWrong              NoticeCode = "subject.name-wrong"
	CodeSubjectPrincipalWrong         NoticeCode = "subject.principal-wrong"
	CodeSubjectPrincipalNotLegalRep   NoticeCode = "subject.principal-not-legal-rep"
	CodeSubjectAbnormal               NoticeCode = "subject.abnormal"
	CodeSubjectAddressWrong           NoticeCode = "subject.address-wrong"
	CodeSubjectMailingAddressWrong    NoticeCode = "subject.mailing-address-wrong"
	CodeSubjectCrossProvince          NoticeCode = "subject.cross-province"
	CodeSubjectShell                  NoticeCode = "subject.shell"
	CodeSubjectIncomplete             NoticeCode = "subject.incomplete"

	// Responsible persons (负责人) and their contact details.
	CodePersonIDExpired              NoticeCode = "person.id-expired"
	CodePersonIDExpiring             NoticeCode = "person.id-expiring"
	CodePersonCertificateInvalid     NoticeCode = "person.certificate-invalid"
	CodePersonUnderage               NoticeCode = "person.underage"
	CodePersonForeignIndividual      NoticeCode = "person.foreign-individual"
	CodePersonBoundElsewhere         NoticeCode = "person.bound-elsewhere"
	CodeContactPhoneUnusable         NoticeCode = "contact.phone-unusable"
	CodeContactMobileEqualsEmergency NoticeCode = "contact.mobile-equals-emergency"
	CodeContactSharedBetweenPersons  NoticeCode = "contact.shared-between-persons"
	CodeContactEmailInvalid          NoticeCode = "contact.email-invalid"

	// Website (网站) data.
	CodeWebsiteContactInvalid           NoticeCode = "website.contact-invalid"
	CodeWebsiteNameUnqualified          NoticeCode = "website.name-unqualified"
	CodeWebsiteHomeURLInvalid           NoticeCode = "website.home-url-invalid"
	CodeWebsiteServiceContentInvalid    NoticeCode = "website.service-content-invalid"
	CodeWebsiteServerLocationInvalid    NoticeCode = "website.server-location-invalid"
	CodeWebsiteResolutionMismatch       NoticeCode = "website.resolution-mismatch"
	CodeWebsiteOnlineBeforeApproval     NoticeCode = "website.online-before-approval"
	CodeWebsiteExistingSiteNoncompliant NoticeCode = "website.existing-site-noncompliant"

	// Domains (域名).
	CodeDomainNotRealName           NoticeCode = "domain.not-real-name"
	CodeDomainHolderMismatch        NoticeCode = "domain.holder-mismatch"
	CodeDomainRegisteredAfterFiling NoticeCode = "domain.registered-after-filing"
	CodeDomainExpired               NoticeCode = "domain.expired"
	CodeDomainRegistrarUnapproved   NoticeCode = "domain.registrar-unapproved"
	CodeDomainTLDUnapproved         NoticeCode = "domain.tld-unapproved"
	CodeDomainNotRegistrable        NoticeCode = "domain.not-registrable"

	// Website content (网站内容) and number display.
	CodeContentUnreachable           NoticeCode = "content.unreachable"
	CodeContentOutOfScope            NoticeCode = "content.out-of-scope"
	CodeContentPreApprovalMissing    NoticeCode = "content.pre-approval-missing"
	CodeContentNumberNotDisplayed    NoticeCode = "content.number-not-displayed"
	CodeContentNumberNotLinked       NoticeCode = "content.number-not-linked"
	CodeContentPublicSecurityMissing NoticeCode = "content.public-security-missing"

	// APPs.
	CodeAppContactInvalid     NoticeCode = "app.contact-invalid"
	CodeAppNameUnqualified    NoticeCode = "app.name-unqualified"
	CodeAppPackageInvalid     NoticeCode = "app.package-invalid"
	CodeAppFeatureInvalid     NoticeCode = "app.feature-invalid"
	CodeAppResolutionMismatch NoticeCode = "app.resolution-mismatch"
	CodeAppPlatformInvalid    NoticeCode = "app.platform-invalid"
	CodeServiceNoLongerUsed   NoticeCode = "service.no-longer-used"

	// Uploaded materials.
	CodeMaterialsCertificateUnqualified NoticeCode = "materials.certificate-unqualified"

	// Filing type and orders.
	CodeOrderTypeWrong          NoticeCode = "order.type-wrong"
	CodeOrderOpenOrderExists    NoticeCode = "order.open-order-exists"
	CodeOrderSubjectConflict    NoticeCode = "order.subject-conflict"
	CodeOrderAccessDataMismatch NoticeCode = "order.access-data-mismatch"
	CodeOrderAddWhileChange     NoticeCode = "order.add-while-change"
	CodeOrderIndividualMixed    NoticeCode = "order.individual-website-and-app"

	// Verification steps.
	CodeVerificationLivenessFailed  NoticeCode = "verification.liveness-failed"
	CodeVerificationPhoneUnanswered NoticeCode = "verification.phone-unanswered"

	// Operating-licence conditions.
	CodeLicenceCapitalTooLow       NoticeCode = "licence.capital-too-low"
	CodeLicenceForeignShareTooHigh NoticeCode = "licence.foreign-share-too-high"
)
