package icp

import "database/sql/driver"

// Nature is the nature of the filing subject (主办单位性质).
//
// Two numberings of the natures circulate and they disagree from 民办非企业单位
// on (domain.md §5.1): the current MIIT form ([Nature.MIITCode]) and an older
// one found in SQL schemas and API documents ([Nature.LegacyCode]). The
// numeric value of a Nature is internal and follows neither; text, JSON and
// SQL store the ASCII name from [Nature.String]. The zero Nature is unset and
// fails `validate:"required"`.
type Nature uint8

// The subject natures, in the order of the MIIT form.
const (
	NatureDefence               Nature = iota + 1 // 国防机构
	NatureGovernment                              // 政府机关
	NaturePublicInstitution                       // 事业单位
	NatureEnterprise                              // 企业 (个体工商户 file here too)
	NatureIndividual                              // 个人
	NatureSocialOrganisation                      // 社会团体
	NaturePrivateNonEnterprise                    // 民办非企业单位
	NatureFoundation                              // 基金会
	NatureLawFirm                                 // 律师执业机构
	NatureForeignCulturalCentre                   // 外国在华文化中心
	NatureMassOrganisation                        // 群众性团体组织
	NatureJudicialExpertise                       // 司法鉴定机构
	NatureReligiousGroup                          // 宗教团体
	NatureOverseasOrganisation                    // 境外机构
	NatureMedicalInstitution                      // 医疗机构
	NatureNotary                                  // 公证机构
	NatureRuralCollective                         // 集体经济 (农村集体经济组织)
	NatureArbitration                             // 仲裁机构
	natureEnd
)

var natureTable = [...]enumEntry{
	{},
	{"defence", "国防机构"},
	{"government", "政府机关"},
	{"public-institution", "事业单位"},
	{"enterprise", "企业"},
	{"individual", "个人"},
	{"social-organisation", "社会团体"},
	{"private-non-enterprise", "民办非企业单位"},
	{"foundation", "基金会"},
	{"law-firm", "律师执业机构"},
	{"foreign-cultural-centre", "外国在华文化中心"},
	{"mass-organisation", "群众性团体组织"},
	{"judicial-expertise", "司法鉴定机构"},
	{"religious-group", "宗教团体"},
	{"overseas-organisation", "境外机构"},
	{"medical-institution", "医疗机构"},
	{"notary", "公证机构"},
	{"rural-collective", "集体经济"},
	{"arbitration", "仲裁机构"},
}

// natureCodes holds the current MIIT form code and the legacy code per Nature;
// 0 means the numbering has no code for it.
var natureCodes = [...]struct{ miit, legacy uint8 }{
	{},
	{1, 1}, {2, 2}, {3, 3}, {4, 4}, {5, 5}, {6, 6},
	{9, 7}, {10, 8}, {11, 9}, {12, 10}, {13, 11}, {14, 12},
	{15, 13}, {16, 14}, {17, 15}, {18, 16}, {19, 0}, {20, 0},
}

// IsValid reports whether n is one of the Nature constants.
func (n Nature) IsValid() bool { return n > 0 && n < natureEnd }

// IsIndividual reports whether n is [NatureIndividual]; every other valid
// nature is a unit (单位).
func (n Nature) IsIndividual() bool { return n == NatureIndividual }

// String returns the stable ASCII name ("enterprise"), or "Nature(N)" for a
// value that is not a constant.
func (n Nature) String() string { return enumString(natureTable[:], "Nature", int(n)) }

// Label returns the Chinese name (企业), or "" for a value that is not a constant.
func (n Nature) Label() string { return enumLabel(natureTable[:], int(n)) }

// MIITCode returns the code of n on the current MIIT filing form (企业 = 4,
// 民办非企业单位 = 9, 仲裁机构 = 20), or 0 when n is not valid.
func (n Nature) MIITCode() int {
	if !n.IsValid() {
		return 0
	}
	return int(natureCodes[n].miit)
}

// LegacyCode returns the code of n in the older numbering (民办非企业单位 = 7),
// or 0 when that numbering has no code for n (集体经济, 仲裁机构) or n is not valid.
func (n Nature) LegacyCode() int {
	if !n.IsValid() {
		return 0
	}
	return int(natureCodes[n].legacy)
}

// NatureFromMIITCode returns the Nature with the given current MIIT form code.
func NatureFromMIITCode(code int) (Nature, bool) {
	for n := NatureDefence; n < natureEnd; n++ {
		if int(natureCodes[n].miit) == code {
			return n, true
		}
	}
	return 0, false
}

// NatureFromLegacyCode returns the Nature with the given code in the older numbering.
func NatureFromLegacyCode(code int) (Nature, bool) {
	if code <= 0 {
		return 0, false
	}
	for n := NatureDefence; n < natureEnd; n++ {
		if int(natureCodes[n].legacy) == code {
			return n, true
		}
	}
	return 0, false
}

// ParseNature returns the Nature named s (as [Nature.String] writes it,
// ignoring ASCII case). It returns an [*EnumError] for any other input,
// including "".
func ParseNature(s string) (Nature, error) {
	v, err := enumParse(natureTable[:], "Nature", s, false)
	return Nature(v), err
}

// AppendText appends the name of n to b; the zero Nature appends nothing.
func (n Nature) AppendText(b []byte) ([]byte, error) {
	return enumAppendText(b, natureTable[:], "Nature", int(n))
}

// MarshalText encodes n by name; the zero Nature encodes as "".
func (n Nature) MarshalText() ([]byte, error) { return n.AppendText(nil) }

// UnmarshalText decodes a name written by [Nature.MarshalText]; "" is the zero Nature.
func (n *Nature) UnmarshalText(b []byte) error {
	v, err := enumParse(natureTable[:], "Nature", string(b), true)
	if err != nil {
		return err
	}
	*n = Nature(v)
	return nil
}

// Scan implements [database/sql.Scanner]: NULL and "" are the zero Nature,
// text is decoded as by [Nature.UnmarshalText].
func (n *Nature) Scan(src any) error {
	s, err := scanText(src, "Nature")
	if err != nil {
		return err
	}
	return n.UnmarshalText([]byte(s))
}

// Value implements [database/sql/driver.Valuer]: the name, or NULL for the zero Nature.
func (n Nature) Value() (driver.Value, error) { return enumValue(n.MarshalText()) }
