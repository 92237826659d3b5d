package icptest

import (
	"errors"
	"slices"
	"strconv"

	"github.com/beian-go/beian/icp"
)

// Defect is the one thing wrong with an identifier made by the Invalid
// methods ([Generator.InvalidResidentID] …). Each defect makes the icp
// parser fail with one sentinel error, [Defect.Err]. The zero value is not a
// defect.
type Defect uint8

// The defects, with the sentinel error of package icp each produces and the
// identifiers it applies to.
const (
	// DefectCheckDigit: the last character is not the computed check
	// character. ErrCheckDigit (Part "check character"). Resident IDs,
	// credit codes, organisation codes.
	DefectCheckDigit Defect = iota + 1
	// DefectOrgCheck: the organisation code inside a credit code has a wrong
	// check character (position 17), while the credit code's own check
	// character fits. ErrCheckDigit (Part "organisation code"). Credit codes.
	DefectOrgCheck
	// DefectDate: a birth date that is no calendar date (month 13, 30
	// February) or before 1800. ErrDate. Resident IDs.
	DefectDate
	// DefectFutureBirth: a birth date in the 22nd century. ParseResidentID
	// accepts the number; ParseResidentIDAt (and CheckAt) fail with
	// ErrFutureDate at any earlier reference. Resident IDs.
	DefectFutureBirth
	// DefectProvince: an area code outside the 31 mainland provinces (99…,
	// or Hong Kong's 81…). ErrArea. Resident IDs, credit codes.
	DefectProvince
	// DefectLength: a character too many or too few (or the legacy 15-digit
	// resident ID). ErrLength. Resident IDs, credit codes, organisation codes,
	// mobiles.
	DefectLength
	// DefectCharacter: a character outside the identifier's alphabet (a
	// letter among digits, a lower-case letter, an underscore in a domain).
	// ErrCharacter. Resident IDs, credit codes, organisation codes, mobiles,
	// domains.
	DefectCharacter
	// DefectForbiddenLetter: one of I, O, S, V, Z, which GB 32100 leaves out of
	// credit codes. ErrCharacter. Credit codes.
	DefectForbiddenLetter
	// DefectAuthority: a first character that is no registration authority
	// (0, B, C …). ErrAuthority. Credit codes.
	DefectAuthority
	// DefectCategory: a second character that is no category of the
	// authority (94: authority 9 has only 91–93). ErrCategory. Credit codes.
	DefectCategory
	// DefectPrefix: eleven digits in a range that is not allocated (10…,
	// 12…). ErrRange. Mobiles.
	DefectPrefix
	// DefectHyphen: a label starting or ending with a hyphen, or with "--" in
	// positions 3–4. ErrHyphen. Domains.
	DefectHyphen
	// DefectTooLong: a label over 63 bytes. ErrTooLong. Domains.
	DefectTooLong
	// DefectTLD: a top-level domain that does not exist. ErrTLD. Domains.
	// (For a real TLD that is not approved for filing, see
	// [Generator.UnapprovedDomain].)
	DefectTLD
	// DefectSyntax: a wrong separator in an organisation code (XXXXXXXX_C),
	// an empty label or a single label in a domain. ErrSyntax.
	// Organisation codes, domains.
	DefectSyntax
	defectEnd
)

// defectTable is indexed by Defect. Read-only.
var defectTable = [defectEnd]struct {
	name string
	err  error
	part string // the IDError.Part it must carry, "" when any
}{
	DefectCheckDigit:      {"check-digit", icp.ErrCheckDigit, "check character"},
	DefectOrgCheck:        {"org-check", icp.ErrCheckDigit, "organisation code"},
	DefectDate:            {"date", icp.ErrDate, ""},
	DefectFutureBirth:     {"future-birth", icp.ErrFutureDate, ""},
	DefectProvince:        {"province", icp.ErrArea, ""},
	DefectLength:          {"length", icp.ErrLength, ""},
	DefectCharacter:       {"character", icp.ErrCharacter, ""},
	DefectForbiddenLetter: {"forbidden-letter", icp.ErrCharacter, ""},
	DefectAuthority:       {"authority", icp.ErrAuthority, ""},
	DefectCategory:        {"category", icp.ErrCategory, ""},
	DefectPrefix:          {"prefix", icp.ErrRange, ""},
	DefectHyphen:          {"hyphen", icp.ErrHyphen, ""},
	DefectTooLong:         {"too-long", icp.ErrTooLong, ""},
	DefectTLD:             {"tld", icp.ErrTLD, ""},
	DefectSyntax:          {"syntax", icp.ErrSyntax, ""},
}

// The defects each Invalid method supports. Read-only.
var (
	residentIDDefects = []Defect{DefectCheckDigit, DefectDate, DefectFutureBirth, DefectProvince, DefectLength, DefectCharacter}
	creditCodeDefects = []Defect{DefectCheckDigit, DefectOrgCheck, DefectProvince, DefectLength, DefectCharacter,
		DefectForbiddenLetter, DefectAuthority, DefectCategory}
	orgCodeDefects = []Defect{DefectCheckDigit, DefectLength, DefectCharacter, DefectSyntax}
	mobileDefects  = []Defect{DefectPrefix, DefectLength, DefectCharacter}
	domainDefects  = []Defect{DefectHyphen, DefectTooLong, DefectTLD, DefectCharacter, DefectSyntax}
)

// ResidentIDDefects returns the defects [Generator.InvalidResidentID]
// supports, for table tests.
func ResidentIDDefects() []Defect { return slices.Clone(residentIDDefects) }

// CreditCodeDefects returns the defects [Generator.InvalidCreditCode]
// supports.
func CreditCodeDefects() []Defect { return slices.Clone(creditCodeDefects) }

// OrgCodeDefects returns the defects [Generator.InvalidOrgCode] supports.
func OrgCodeDefects() []Defect { return slices.Clone(orgCodeDefects) }

// MobileDefects returns the defects [Generator.InvalidMobile] supports.
func MobileDefects() []Defect { return slices.Clone(mobileDefects) }

// DomainDefects returns the defects [Generator.InvalidDomain] supports.
func DomainDefects() []Defect { return slices.Clone(domainDefects) }

// IsValid reports whether d is one of the named defects.
func (d Defect) IsValid() bool { return d > 0 && d < defectEnd }

// String returns the stable ASCII name of d, such as "check-digit", or
// "Defect(N)" for values without a name.
func (d Defect) String() string {
	if !d.IsValid() {
		return "Defect(" + strconv.Itoa(int(d)) + ")"
	}
	return defectTable[d].name
}

// Err returns the sentinel error of package icp the parser reports for this
// defect, or nil for values without a name.
func (d Defect) Err() error {
	if !d.IsValid() {
		return nil
	}
	return defectTable[d].err
}

// Matches reports whether err is what the icp parser reports for this
// defect and nothing else: an [*icp.IDError] whose sentinel is [Defect.Err]
// and, for the two check-character defects, whose Part says which check
// failed.
func (d Defect) Matches(err error) bool {
	var e *icp.IDError
	if !d.IsValid() || !errors.As(err, &e) || e.Err != d.Err() {
		return false
	}
	return defectTable[d].part == "" || e.Part == defectTable[d].part
}
