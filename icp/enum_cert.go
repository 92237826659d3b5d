package icp

import "database/sql/driver"

// CertType is the kind of certificate (证件类型) that identifies a subject or
// a responsible person.
//
// A CertType is the kind of document, not the MIIT form code: the MIIT form
// gives the same document a different code under each subject nature (组织机构代码证
// is 3, 9, 10, 12, 16, 18 or 20), so the code is only defined together with the
// [Nature] — see [CertType.MIITCode] and [CertTypeFromMIITCode]. Which types a
// nature may use is [Nature.CertTypes]; the grouping follows the order of the
// options on the scraped MIIT form and is likely rather than confirmed
// (domain.md §8.16). Persons (主体负责人, 网站负责人) use the seven types for
// which [CertType.IsPersonal] is true.
//
// The numeric value is internal; text, JSON and SQL store the ASCII name. The
// zero CertType is unset and fails `validate:"required"`.
type CertType uint8

// The certificate types.
const (
	CertBusinessLicence           CertType = iota + 1 // 营业执照（个人或企业）
	CertOrgCode                                       // 组织机构代码证
	CertForeignEnterpriseOffice                       // 外国企业常驻代表机构登记证
	CertLawFirmLicence                                // 律师事务所执业许可证
	CertForeignCulturalCentre                         // 外国在华文化中心登记证
	CertForeignTourismOffice                          // 外国政府旅游部门常驻代表机构批准登记证
	CertEmbassySchoolLicence                          // 北京市外国驻华使馆人员子女学校办学许可证
	CertCreditCode                                    // 统一社会信用代码证书
	CertJudicialExpertiseLicence                      // 司法鉴定许可证
	CertReligiousVenue                                // 宗教活动场所登记证
	CertOverseasOrganisation                          // 境外机构证件
	CertMedicalInstitutionLicence                     // 医疗机构执业许可证
	CertNotaryLicence                                 // 公证机构执业证
	CertRuralCollective                               // 农村集体经济组织登记证
	CertMilitaryUnitCode                              // 部队代号
	CertMilitaryServiceLicence                        // 军队单位对外有偿服务许可证
	CertPublicInstitution                             // 事业单位法人证书
	CertSocialOrganisation                            // 社会团体法人登记证书
	CertPrivateNonEnterprise                          // 民办非企业单位登记证书
	CertSocialServiceOrganisation                     // 社会服务机构登记证书
	CertPrivateSchoolLicence                          // 民办学校办学许可证
	CertArbitrationCommission                         // 仲裁委员会登记证
	CertFoundation                                    // 基金会法人登记证书
	CertResidentID                                    // 居民身份证 (person)
	CertPassport                                      // 护照 (person)
	CertTaiwanTravelPermit                            // 台湾居民来往大陆通行证 (person)
	CertHKMacaoTravelPermit                           // 港澳居民来往内地通行证 (person)
	CertForeignPermanentResident                      // 外国人永久居留身份证 (person)
	CertHKMacaoResidencePermit                        // 港澳居民居住证 (person)
	CertTaiwanResidencePermit                         // 台湾居民居住证 (person)
	certTypeEnd
)

var certTypeTable = [...]enumEntry{
	{},
	{"business-licence", "营业执照（个人或企业）"},
	{"org-code-certificate", "组织机构代码证"},
	{"foreign-enterprise-office", "外国企业常驻代表机构登记证"},
	{"law-firm-licence", "律师事务所执业许可证"},
	{"foreign-cultural-centre", "外国在华文化中心登记证"},
	{"foreign-tourism-office", "外国政府旅游部门常驻代表机构批准登记证"},
	{"embassy-school-licence", "北京市外国驻华使馆人员子女学校办学许可证"},
	{"credit-code-certificate", "统一社会信用代码证书"},
	{"judicial-expertise-licence", "司法鉴定许可证"},
	{"religious-venue", "宗教活动场所登记证"},
	{"overseas-organisation", "境外机构证件"},
	{"medical-institution-licence", "医疗机构执业许可证"},
	{"notary-licence", "公证机构执业证"},
	{"rural-collective", "农村集体经济组织登记证"},
	{"military-unit-code", "部队代号"},
	{"military-service-licence", "军队单位对外有偿服务许可证"},
	{"public-institution", "事业单位法人证书"},
	{"social-organisation", "社会团体法人登记证书"},
	{"private-non-enterprise", "民办非企业单位登记证书"},
	{"social-service-organisation", "社会服务机构登记证书"},
	{"private-school-licence", "民办学校办学许可证"},
	{"arbitration-commission", "仲裁委员会登记证"},
	{"foundation", "基金会法人登记证书"},
	{"resident-id", "居民身份证"},
	{"passport", "护照"},
	{"taiwan-travel-permit", "台湾居民来往大陆通行证"},
	{"hk-macao-travel-permit", "港澳居民来往内地通行证"},
	{"foreign-permanent-resident-id", "外国人永久居留身份证"},
	{"hk-macao-residence-permit", "港澳居民居住证"},
	{"taiwan-residence-permit", "台湾居民居住证"},
}

// certFormCode is one option of the MIIT form: the code of a certificate type
// under a subject nature. Person types are listed under NatureIndividual.
type certFormCode struct {
	code   uint8
	nature Nature
	cert   CertType
}

// certFormCodes is sorted by code (domain.md §5.2).
var certFormCodes = [...]certFormCode{
	{1, NatureEnterprise, CertBusinessLicence},
	{2, NatureIndividual, CertResidentID},
	{3, NaturePublicInstitution, CertOrgCode},
	{4, NaturePublicInstitution, CertPublicInstitution},
	{5, NatureDefence, CertMilitaryUnitCode},
	{6, NatureSocialOrganisation, CertSocialOrganisation},
	{7, NatureIndividual, CertPassport},
	{9, NatureGovernment, CertOrgCode},
	{10, NatureSocialOrganisation, CertOrgCode},
	{11, NatureIndividual, CertTaiwanTravelPermit},
	{12, NatureEnterprise, CertOrgCode},
	{13, NatureGovernment, CertCreditCode},
	{14, NatureIndividual, CertHKMacaoTravelPermit},
	{15, NaturePublicInstitution, CertCreditCode},
	{16, NaturePrivateNonEnterprise, CertOrgCode},
	{17, NaturePrivateNonEnterprise, CertPrivateNonEnterprise},
	{18, NatureFoundation, CertOrgCode},
	{19, NatureFoundation, CertFoundation},
	{20, NatureLawFirm, CertOrgCode},
	{21, NatureLawFirm, CertLawFirmLicence},
	{22, NatureForeignCulturalCentre, CertForeignCulturalCentre},
	{23, NatureDefence, CertMilitaryServiceLicence},
	{24, NatureMassOrganisation, CertCreditCode},
	{25, NatureReligiousGroup, CertReligiousVenue},
	{27, NatureEnterprise, CertForeignEnterpriseOffice},
	{28, NatureJudicialExpertise, CertJudicialExpertiseLicence},
	{30, NatureIndividual, CertForeignPermanentResident},
	{34, NatureForeignCulturalCentre, CertForeignTourismOffice},
	{35, NatureOverseasOrganisation, CertOverseasOrganisation},
	{36, NaturePrivateNonEnterprise, CertSocialServiceOrganisation},
	{37, NaturePrivateNonEnterprise, CertPrivateSchoolLicence},
	{38, NatureMedicalInstitution, CertMedicalInstitutionLicence},
	{39, NatureNotary, CertNotaryLicence},
	{40, NatureForeignCulturalCentre, CertEmbassySchoolLicence},
	{41, NatureIndividual, CertHKMacaoResidencePermit},
	{42, NatureIndividual, CertTaiwanResidencePermit},
	{43, NatureRuralCollective, CertRuralCollective},
	{44, NatureArbitration, CertArbitrationCommission},
}

// IsPersonal reports whether v identifies a natural person: one of the seven
// types a responsible person or an individual subject may use (居民身份证,
// 护照, the four HK/MO/TW permits and 外国人永久居留身份证).
func (v CertType) IsPersonal() bool { return v >= CertResidentID && v < certTypeEnd }

// MIITCode returns the MIIT form code of certificate type v under subject
// nature n, and false when the form does not offer v for n. Person types
// have the same code for every nature (a unit's principal also shows a
// 居民身份证 as code 2), so for them n is ignored.
func (v CertType) MIITCode(n Nature) (int, bool) {
	if v.IsPersonal() {
		n = NatureIndividual
	}
	for _, f := range certFormCodes {
		if f.cert == v && f.nature == n {
			return int(f.code), true
		}
	}
	return 0, false
}

// CertTypeFromMIITCode returns the certificate type with the given MIIT form
// code and the subject nature the code belongs to ([NatureIndividual] for the
// person types).
func CertTypeFromMIITCode(code int) (CertType, Nature, bool) {
	for _, f := range certFormCodes {
		if int(f.code) == code {
			return f.cert, f.nature, true
		}
	}
	return 0, 0, false
}

// CertTypes returns the certificate types a subject of nature n may present,
// in MIIT code order, as a new slice. It returns nil when n is not valid.
func (n Nature) CertTypes() []CertType {
	var out []CertType
	for _, f := range certFormCodes {
		if f.nature == n {
			out = append(out, f.cert)
		}
	}
	return out
}

// CertTypeAllowed reports whether a subject of nature n may present a
// certificate of type c.
func CertTypeAllowed(n Nature, c CertType) bool {
	_, ok := c.MIITCode(n)
	if c.IsPersonal() {
		return ok && n == NatureIndividual
	}
	return ok
}

// PersonCertTypes returns, as a new slice, the certificate types a
// responsible person may present, in MIIT code order (2, 7, 11, 14, 30, 41, 42).
func PersonCertTypes() []CertType { return NatureIndividual.CertTypes() }

// IsValid reports whether v is one of the CertType constants.
func (v CertType) IsValid() bool { return v > 0 && v < certTypeEnd }

// String returns the stable ASCII name ("resident-id"), or "CertType(N)" for a value that
// is not a constant.
func (v CertType) String() string { return enumString(certTypeTable[:], "CertType", int(v)) }

// Label returns the Chinese name (居民身份证), or "" for a value that is not a constant.
func (v CertType) Label() string { return enumLabel(certTypeTable[:], int(v)) }

// ParseCertType returns the CertType named s (as [CertType.String] writes it, ignoring ASCII
// case). It returns an [*EnumError] for any other input, including "".
func ParseCertType(s string) (CertType, error) {
	n, err := enumParse(certTypeTable[:], "CertType", s, false)
	return CertType(n), err
}

// AppendText appends the name of v to b; the zero CertType appends nothing.
func (v CertType) AppendText(b []byte) ([]byte, error) {
	return enumAppendText(b, certTypeTable[:], "CertType", int(v))
}

// MarshalText encodes v by name; the zero CertType encodes as "".
func (v CertType) MarshalText() ([]byte, error) { return v.AppendText(nil) }

// UnmarshalText decodes a name written by [CertType.MarshalText]; "" is the zero CertType.
func (v *CertType) UnmarshalText(b []byte) error {
	n, err := enumParse(certTypeTable[:], "CertType", string(b), true)
	if err != nil {
		return err
	}
	*v = CertType(n)
	return nil
}

// Scan implements [database/sql.Scanner]: NULL and "" are the zero CertType,
// text is decoded as by [CertType.UnmarshalText].
func (v *CertType) Scan(src any) error {
	s, err := scanText(src, "CertType")
	if err != nil {
		return err
	}
	return v.UnmarshalText([]byte(s))
}

// Value implements [database/sql/driver.Valuer]: the name, or NULL for the zero CertType.
func (v CertType) Value() (driver.Value, error) { return enumValue(v.MarshalText()) }
