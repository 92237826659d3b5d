// Package icp is the domain model of an ICP filing (ICP备案): the
// application and its parts, the identifier types they use, the code tables
// of the MIIT filing form, and the catalogue of rectification notices and
// rejection reasons.
//
// # The application
//
// An [Application] holds a [Subject] (主体: the unit or individual that
// files, with its certificate, location and principal), its [Website]s and
// its [App]s. Every responsible person is a [Person]. Operating-licence data
// is a separate [Licence]. The kind of filing (first filing, new website,
// change …) belongs to the order package, not to the application.
//
// The structs are plain data with `json` tags in lowerCamelCase and
// `validate` tags that state every rule concerning a single field. The tags
// are meant for github.com/go-playground/validator/v10 as set up by this
// module's validate package, which registers the custom tags used here:
// cn_resident_id, cn_credit_code, cn_org_code, cn_mobile, cn_landline,
// cn_email, filing_domain (with the parameter "app" for APP domains, which may
// be subdomains), icp_number, icp_subject_number, province, site_name,
// cert_number (with the sibling field holding the [CertType] as parameter),
// dec_gt, dec_gte, dec_lte and enum_valid (the value's IsValid method reports
// true). Rules spanning several fields or records — certificate type fits the
// nature, age, mobile ≠ emergency phone, home URL on a listed domain — are
// struct-level rules of the validate package. This package imports no
// validator.
//
// testdata/sample-application.json is a complete, realistic application with
// synthetic data; testdata/sample-application-mistakes.json decodes too but
// carries the typical mistakes a provider's first review rejects.
//
// # Identifiers
//
// [ResidentID], [CreditCode], [OrgCode], [RegistrationNumber], [Mobile],
// [Landline], [Email] and [Domain] are small comparable values with one
// strict parser each (ParseXxx); their zero values are invalid. Certificate
// numbers whose grammar depends on a certificate type are [CertNumber]
// strings, office phones that may be landlines or mobiles are [Phone]
// strings, names are [Name] strings, and civil dates are [Date].
//
// # Enums
//
// [Nature], [CertType], [Language], [Platform], [NoticeCategory], [Stage] and
// [LicenceScope] are small unsigned integers; [ServiceContent],
// [PreApproval], [AccessMethod] and [ServerLocation] are uint64 bitmasks
// whose bits are the MIIT form values. All of them have a stable ASCII
// String, a Chinese Label, and encode as text by name, never by number, so
// reordering constants cannot corrupt stored data. The zero value of each is
// unset and fails `validate:"required"`. Unknown names fail to decode with
// an [*EnumError]; bitmasks keep unknown bits as a hex token ("blog,0x1000000")
// so they survive a round trip. Where the MIIT form has codes, MIITCode
// methods and XxxFromMIITCode functions map them; [Nature] also maps the older
// numbering ([Nature.LegacyCode]).
//
// # Rectification catalogue
//
// [LookupNotice] and [Notices] give the catalogue of 整改通知 and 驳回
// reasons, each a [Notice] with a stable [NoticeCode], a category, a stage,
// and title, cause and advice in Chinese and English. The validate package
// attaches one code to every problem it reports. The catalogue is data: it
// lives in notices.tsv, from which `go generate ./icp` writes the Go tables,
// and a test fails when they are stale.
//
// # Personal data
//
// Names, certificate numbers of persons, mobile and landline numbers and
// email addresses are never printed in full: String, every fmt verb (%v,
// %+v, %#v …) and log/slog (through LogValue, for the text and the JSON
// handler alike) show them masked, and so do [Person], [Subject] (for
// individuals), [Website], [App] and [Application]. Marshalling for data
// exchange — JSON, MarshalText, database values — keeps the real values;
// Reveal methods return them on purpose. Log the model values themselves,
// not slices of them: slog's JSON handler marshals a plain slice such as
// []Website with encoding/json, which is data exchange. The fmt package
// itself bypasses the masking for two misuses it reports as bad verbs, %p
// given a value rather than a pointer and %w outside fmt.Errorf: it then
// prints the raw fields without asking the type, so never use them on the
// model.
//
// # Concurrency
//
// The package has no mutable state: its tables are read-only and every
// function is safe for concurrent use. Values are not synchronised; share an
// [Application] between goroutines only for reading.
package icp
