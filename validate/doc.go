// Package validate pre-checks ICP filing applications the way a provider's first review
// would, and lists every problem at once: where it is (a JSON path such as
// "websites[1].domains[0]"), which rule it breaks, whether it is an error or a warning, a
// message in Chinese and English, and the entry of the rectification catalogue
// ([icp.LookupNotice]) that says what to do.
//
// A [Validator] wraps one go-playground/validator instance with this package's tags and
// messages installed once, in [New]. It is safe for concurrent use; build one and share it.
// The reference time is an option ([At]): the library never reads the clock, so ages,
// certificate validity and dated provincial rules are evaluated on the day the caller names.
//
//	v := validate.New(validate.At(submitted), validate.WithLanguage(validate.English))
//	report := v.Check(ctx, &app)               // an *icp.Application
//	report = v.CheckOrder(ctx, o, facts)       // an *order.Order: adds the filing-type rules
//	report, app, err := v.CheckJSON(ctx, data) // JSON in, with positions for bad values
//	report, app, err = v.CheckOrderJSON(ctx, data, order.NewWebsite, facts)
//	report = v.CheckLicence(ctx, &licence)     // operating-licence thresholds, exact decimals
//
// Check runs three layers. Field tags on the icp model (cn_resident_id, cn_credit_code,
// cn_org_code, cn_mobile, cn_landline, cn_email, filing_domain, icp_number,
// icp_subject_number, province, site_name, cert_number, dec_gt/dec_gte/dec_lt/dec_lte on
// decimal.Decimal, enum_valid, and validator built-ins) call the domain packages, never a
// private regular expression. Cross-field rules check what one field cannot: the certificate
// type against the subject nature and the credit code's category, individuals' age, nationality
// and home province, certificate validity against the provider window, the contact rules
// between the principal and the other responsible persons, website names, duplicate domains,
// home URLs on the site's own domains, and what individuals may file. Provincial rules come from
// [province.RulesAt] at the reference time; the ones about documents or facts the application
// does not record (the legal representative, commitment letters) are warnings.
//
// The cross-field rules are plain Go over the typed application rather than validator
// struct-level functions: they need the reference time and the provincial rules, they report
// warnings as well as errors, each carries a rectification code that a validator FieldError
// has no room for, and a clean application allocates no FieldError at all.
//
// [Validator.Check] and [Validator.CheckOrder] are two methods rather than one Check(any): each input gets a typed
// signature, and the order rules need [OrderFacts] the order does not record.
//
// Teams with their own validator instance call [Register] to get the same tags and their
// zh/en messages by name.
//
// Messages name fields by their Chinese or English label (主体负责人手机号码, the subject
// principal's mobile) and never quote the values, so reports can be logged without leaking
// identity numbers, mobiles, email addresses or names.
package validate
