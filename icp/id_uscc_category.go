package icp

import "fmt"

// Authority is the registration authority (登记管理部门) named by the first
// character of a unified social credit code (GB 32100-2015). The zero value
// AuthorityUnknown is not an authority. Text encoding uses the stable ASCII
// name from String, never the number, so the order of the constants is
// internal.
type Authority uint8

// The registration authorities of GB 32100, in the order of their code
// characters 1–9, A, N, Y.
const (
	AuthorityUnknown          Authority = iota // not an authority
	AuthorityEstablishment                     // 1 机构编制
	AuthorityForeignAffairs                    // 2 外交
	AuthorityJustice                           // 3 司法行政
	AuthorityCulture                           // 4 文化
	AuthorityCivilAffairs                      // 5 民政
	AuthorityTourism                           // 6 旅游
	AuthorityReligion                          // 7 宗教
	AuthorityTradeUnion                        // 8 工会
	AuthorityMarketRegulation                  // 9 工商 (now market regulation)
	AuthorityMilitary                          // A 中央军委改革和编制办公室
	AuthorityAgriculture                       // N 农业
	AuthorityOther                             // Y 其他
	authorityEnd
)

// authorityTable is indexed by Authority.
var authorityTable = [authorityEnd]struct {
	code        byte
	name, label string
}{
	AuthorityUnknown:          {0, "unknown", "未知"},
	AuthorityEstablishment:    {'1', "establishment", "机构编制"},
	AuthorityForeignAffairs:   {'2', "foreign-affairs", "外交"},
	AuthorityJustice:          {'3', "justice", "司法行政"},
	AuthorityCulture:          {'4', "culture", "文化"},
	AuthorityCivilAffairs:     {'5', "civil-affairs", "民政"},
	AuthorityTourism:          {'6', "tourism", "旅游"},
	AuthorityReligion:         {'7', "religion", "宗教"},
	AuthorityTradeUnion:       {'8', "trade-union", "工会"},
	AuthorityMarketRegulation: {'9', "market-regulation", "工商"},
	AuthorityMilitary:         {'A', "military", "中央军委改革和编制办公室"},
	AuthorityAgriculture:      {'N', "agriculture", "农业"},
	AuthorityOther:            {'Y', "other", "其他"},
}

// authorityByCode returns the authority for a credit code's first character.
func authorityByCode(c byte) Authority {
	switch {
	case '1' <= c && c <= '9':
		return Authority(c - '0')
	case c == 'A':
		return AuthorityMilitary
	case c == 'N':
		return AuthorityAgriculture
	case c == 'Y':
		return AuthorityOther
	}
	return AuthorityUnknown
}

// IsValid reports whether a is one of the defined authorities.
func (a Authority) IsValid() bool { return a > AuthorityUnknown && a < authorityEnd }

// String returns the stable ASCII name, e.g. "market-regulation"; values
// outside the table print as Authority(N).
func (a Authority) String() string {
	if a >= authorityEnd {
		return fmt.Sprintf("Authority(%d)", uint8(a))
	}
	return authorityTable[a].name
}

// Label returns the Chinese name of the authority, e.g. 民政.
func (a Authority) Label() string {
	if a >= authorityEnd {
		return authorityTable[AuthorityUnknown].label
	}
	return authorityTable[a].label
}

// Code returns the code character of the authority ('1'…'9', 'A', 'N', 'Y'),
// or 0 when a is not valid.
func (a Authority) Code() byte {
	if a >= authorityEnd {
		return 0
	}
	return authorityTable[a].code
}

// MarshalText implements [encoding.TextMarshaler] with the ASCII name; the
// zero value marshals to an empty text and a value outside the table is an
// [*EnumError].
func (a Authority) MarshalText() ([]byte, error) {
	if a == AuthorityUnknown {
		return []byte{}, nil
	}
	if !a.IsValid() {
		return nil, enumErr("Authority", a.String())
	}
	return []byte(a.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]: it accepts the ASCII
// name in any ASCII case; an empty text gives AuthorityUnknown, and any other
// text is an [*EnumError].
func (a *Authority) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*a = AuthorityUnknown
		return nil
	}
	for i := AuthorityUnknown + 1; i < authorityEnd; i++ {
		if enumEqualFold(string(text), authorityTable[i].name) {
			*a = i
			return nil
		}
	}
	return enumErr("Authority", string(text))
}

// Category is the institution category (机构类别) named by the first two
// characters of a unified social credit code: each authority defines its own
// categories (GB 32100-2015). The zero value CategoryUnknown is not a
// category. Text encoding uses the stable ASCII name.
type Category uint8

// The institution categories of GB 32100, grouped by authority; the comment
// gives the two code characters.
const (
	CategoryUnknown                Category = iota // not a category
	CategoryOrganOfState                           // 11 机关
	CategoryPublicInstitution                      // 12 事业单位
	CategoryMassOrganisation                       // 13 中央编办直接管理机构编制的群众团体
	CategoryEstablishmentOther                     // 19 其他
	CategoryForeignNewsAgency                      // 21 外国常驻新闻机构
	CategoryForeignAffairsOther                    // 29 其他
	CategoryLawFirm                                // 31 律师执业机构
	CategoryNotaryOffice                           // 32 公证处
	CategoryGrassrootsLegalService                 // 33 基层法律服务所
	CategoryJudicialAppraisal                      // 34 司法鉴定机构
	CategoryArbitrationCommission                  // 35 仲裁委员会
	CategoryJusticeOther                           // 39 其他
	CategoryForeignCultureCentre                   // 41 外国在华文化中心
	CategoryCultureOther                           // 49 其他
	CategorySocialOrganisation                     // 51 社会团体
	CategoryPrivateNonEnterprise                   // 52 民办非企业单位
	CategoryFoundation                             // 53 基金会
	CategoryCivilAffairsOther                      // 59 其他
	CategoryForeignTourismOffice                   // 61 外国旅游部门常驻代表机构
	CategoryHKMOTWTourismOffice                    // 62 港澳台地区旅游部门常驻内地（大陆）代表机构
	CategoryTourismOther                           // 69 其他
	CategoryReligiousVenue                         // 71 宗教活动场所
	CategoryReligiousSchool                        // 72 宗教院校
	CategoryReligionOther                          // 79 其他
	CategoryGrassrootsTradeUnion                   // 81 基层工会
	CategoryTradeUnionOther                        // 89 其他
	CategoryEnterprise                             // 91 企业
	CategoryIndividualBusiness                     // 92 个体工商户
	CategoryFarmerCooperative                      // 93 农民专业合作社
	CategoryMilitaryInstitution                    // A1 军队事业单位
	CategoryMilitaryOther                          // A9 其他
	CategoryGroupCollective                        // N1 组级集体经济组织
	CategoryVillageCollective                      // N2 村级集体经济组织
	CategoryTownshipCollective                     // N3 乡镇级集体经济组织
	CategoryAgricultureOther                       // N9 其他
	CategoryOther                                  // Y1 其他 (no subdivision)
	categoryEnd
)

// categoryTable is indexed by Category. nature is the subject-nature name
// returned by SubjectNatureName.
var categoryTable = [categoryEnd]struct {
	authority   Authority
	code        byte // second character of the credit code
	name, label string
	nature      string
}{
	CategoryUnknown:                {AuthorityUnknown, 0, "unknown", "未知", ""},
	CategoryOrganOfState:           {AuthorityEstablishment, '1', "organ-of-state", "机关", "government"},
	CategoryPublicInstitution:      {AuthorityEstablishment, '2', "public-institution", "事业单位", "public-institution"},
	CategoryMassOrganisation:       {AuthorityEstablishment, '3', "mass-organisation", "中央编办直接管理机构编制的群众团体", "other"},
	CategoryEstablishmentOther:     {AuthorityEstablishment, '9', "establishment-other", "其他", "other"},
	CategoryForeignNewsAgency:      {AuthorityForeignAffairs, '1', "foreign-news-agency", "外国常驻新闻机构", "other"},
	CategoryForeignAffairsOther:    {AuthorityForeignAffairs, '9', "foreign-affairs-other", "其他", "other"},
	CategoryLawFirm:                {AuthorityJustice, '1', "law-firm", "律师执业机构", "law-firm"},
	CategoryNotaryOffice:           {AuthorityJustice, '2', "notary-office", "公证处", "notary"},
	CategoryGrassrootsLegalService: {AuthorityJustice, '3', "grassroots-legal-service", "基层法律服务所", "other"},
	CategoryJudicialAppraisal:      {AuthorityJustice, '4', "judicial-appraisal", "司法鉴定机构", "judicial-expertise"},
	CategoryArbitrationCommission:  {AuthorityJustice, '5', "arbitration-commission", "仲裁委员会", "arbitration"},
	CategoryJusticeOther:           {AuthorityJustice, '9', "justice-other", "其他", "other"},
	CategoryForeignCultureCentre:   {AuthorityCulture, '1', "foreign-culture-centre", "外国在华文化中心", "foreign-cultural-centre"},
	CategoryCultureOther:           {AuthorityCulture, '9', "culture-other", "其他", "other"},
	CategorySocialOrganisation:     {AuthorityCivilAffairs, '1', "social-organisation", "社会团体", "social-organisation"},
	CategoryPrivateNonEnterprise:   {AuthorityCivilAffairs, '2', "private-non-enterprise", "民办非企业单位", "private-non-enterprise"},
	CategoryFoundation:             {AuthorityCivilAffairs, '3', "foundation", "基金会", "foundation"},
	CategoryCivilAffairsOther:      {AuthorityCivilAffairs, '9', "civil-affairs-other", "其他", "other"},
	CategoryForeignTourismOffice:   {AuthorityTourism, '1', "foreign-tourism-office", "外国旅游部门常驻代表机构", "other"},
	CategoryHKMOTWTourismOffice:    {AuthorityTourism, '2', "hk-mo-tw-tourism-office", "港澳台地区旅游部门常驻内地（大陆）代表机构", "other"},
	CategoryTourismOther:           {AuthorityTourism, '9', "tourism-other", "其他", "other"},
	CategoryReligiousVenue:         {AuthorityReligion, '1', "religious-venue", "宗教活动场所", "religious-group"},
	CategoryReligiousSchool:        {AuthorityReligion, '2', "religious-school", "宗教院校", "religious-group"},
	CategoryReligionOther:          {AuthorityReligion, '9', "religion-other", "其他", "other"},
	CategoryGrassrootsTradeUnion:   {AuthorityTradeUnion, '1', "grassroots-trade-union", "基层工会", "other"},
	CategoryTradeUnionOther:        {AuthorityTradeUnion, '9', "trade-union-other", "其他", "other"},
	CategoryEnterprise:             {AuthorityMarketRegulation, '1', "enterprise", "企业", "enterprise"},
	CategoryIndividualBusiness:     {AuthorityMarketRegulation, '2', "individual-business", "个体工商户", "enterprise"},
	CategoryFarmerCooperative:      {AuthorityMarketRegulation, '3', "farmer-cooperative", "农民专业合作社", "enterprise"},
	CategoryMilitaryInstitution:    {AuthorityMilitary, '1', "military-institution", "军队事业单位", "other"},
	CategoryMilitaryOther:          {AuthorityMilitary, '9', "military-other", "其他", "other"},
	CategoryGroupCollective:        {AuthorityAgriculture, '1', "group-collective", "组级集体经济组织", "rural-collective"},
	CategoryVillageCollective:      {AuthorityAgriculture, '2', "village-collective", "村级集体经济组织", "rural-collective"},
	CategoryTownshipCollective:     {AuthorityAgriculture, '3', "township-collective", "乡镇级集体经济组织", "rural-collective"},
	CategoryAgricultureOther:       {AuthorityAgriculture, '9', "agriculture-other", "其他", "other"},
	CategoryOther:                  {AuthorityOther, '1', "other", "其他", "other"},
}

// categoryFirst is indexed by Authority: the first of the authority's
// categories, which are contiguous in categoryTable; categoryFirst[a+1] ends
// them.
var categoryFirst = [authorityEnd + 1]Category{
	AuthorityEstablishment:    CategoryOrganOfState,
	AuthorityForeignAffairs:   CategoryForeignNewsAgency,
	AuthorityJustice:          CategoryLawFirm,
	AuthorityCulture:          CategoryForeignCultureCentre,
	AuthorityCivilAffairs:     CategorySocialOrganisation,
	AuthorityTourism:          CategoryForeignTourismOffice,
	AuthorityReligion:         CategoryReligiousVenue,
	AuthorityTradeUnion:       CategoryGrassrootsTradeUnion,
	AuthorityMarketRegulation: CategoryEnterprise,
	AuthorityMilitary:         CategoryMilitaryInstitution,
	AuthorityAgriculture:      CategoryGroupCollective,
	AuthorityOther:            CategoryOther,
	authorityEnd:              categoryEnd,
}

// categoryByCode returns the category for an authority and a credit code's
// second character, or CategoryUnknown.
func categoryByCode(a Authority, c byte) Category {
	if !a.IsValid() {
		return CategoryUnknown
	}
	for i := categoryFirst[a]; i < categoryFirst[a+1]; i++ {
		if categoryTable[i].code == c {
			return i
		}
	}
	return CategoryUnknown
}

// IsValid reports whether c is one of the defined categories.
func (c Category) IsValid() bool { return c > CategoryUnknown && c < categoryEnd }

// String returns the stable ASCII name, e.g. "enterprise"; values outside the
// table print as Category(N).
func (c Category) String() string {
	if c >= categoryEnd {
		return fmt.Sprintf("Category(%d)", uint8(c))
	}
	return categoryTable[c].name
}

// Label returns the Chinese name of the category as GB 32100 words it, e.g.
// 事业单位; the catch-all categories are all 其他.
func (c Category) Label() string {
	if c >= categoryEnd {
		return categoryTable[CategoryUnknown].label
	}
	return categoryTable[c].label
}

// Authority returns the registration authority the category belongs to.
func (c Category) Authority() Authority {
	if c >= categoryEnd {
		return AuthorityUnknown
	}
	return categoryTable[c].authority
}

// Code returns the two code characters of the category, e.g. "91", or ""
// when c is not valid.
func (c Category) Code() string {
	if !c.IsValid() {
		return ""
	}
	e := categoryTable[c]
	return string([]byte{e.authority.Code(), e.code})
}

// SubjectNatureName returns the ASCII name of the filing subject nature
// (主办单位性质) an organisation of this category files under, as
// [Nature.String] writes it so that [ParseNature] reads it back: one of
// "enterprise", "government", "public-institution", "social-organisation",
// "private-non-enterprise", "foundation", "law-firm", "notary",
// "judicial-expertise", "arbitration", "foreign-cultural-centre",
// "religious-group" or "rural-collective"; "other" when no nature follows
// from the category, and "" for an invalid category.
//
// The mapping follows domain.md §7.2: 11 → government, 12 → public
// institution, 31/32/34/35 → law firm, notary, judicial expertise,
// arbitration, 41 → foreign cultural centre, 51/52/53 → social organisation,
// private non-enterprise, foundation, 71/72 → religious group, 91/92/93 →
// enterprise, N1–N3 → rural collective. Categories with no matching nature,
// and every "other" category, give "other", which is no Nature: the filer
// chooses the nature from the certificate.
func (c Category) SubjectNatureName() string {
	if c >= categoryEnd {
		return ""
	}
	return categoryTable[c].nature
}

// MarshalText implements [encoding.TextMarshaler] with the ASCII name; the
// zero value marshals to an empty text and a value outside the table is an
// [*EnumError].
func (c Category) MarshalText() ([]byte, error) {
	if c == CategoryUnknown {
		return []byte{}, nil
	}
	if !c.IsValid() {
		return nil, enumErr("Category", c.String())
	}
	return []byte(c.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]: it accepts the ASCII
// name in any ASCII case; an empty text gives CategoryUnknown, and any other
// text is an [*EnumError].
func (c *Category) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = CategoryUnknown
		return nil
	}
	for i := CategoryUnknown + 1; i < categoryEnd; i++ {
		if enumEqualFold(string(text), categoryTable[i].name) {
			*c = i
			return nil
		}
	}
	return enumErr("Category", string(text))
}
