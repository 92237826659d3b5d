package numbertest

import (
	"errors"
	"strconv"

	"github.com/beian-go/beian/number"
)

// Defect is the one thing wrong with a number made by [Generator.Invalid].
// Each defect makes [number.Parse] fail with one sentinel error, [Defect.Err].
// The zero value is not a defect.
type Defect uint8

// The defects, each with the sentinel error it produces.
const (
	// DefectProvince: a prefix character that names no province (测ICP备…), or
	// for public-security numbers an area code outside the mainland codes
	// (99…). ErrUnknownProvince.
	DefectProvince Defect = iota + 1
	// DefectNotMainland: a 港, 澳 or 台 prefix, or for public-security numbers
	// the area code of Taiwan, Hong Kong or Macau (71, 81, 82). ErrNotMainland.
	DefectNotMainland
	// DefectProvinceAlias: an informal province character (川ICP备… instead
	// of 蜀ICP备…), which only the lenient parser accepts. ErrProvinceAlias.
	// Not for public-security numbers, whose prefixes may be informal.
	DefectProvinceAlias
	// DefectSerialLength: a serial with a digit count its kind never has
	// (7 or 9 digits in an ICP filing number). ErrSerialLength.
	DefectSerialLength
	// DefectPlaceholder: a template instead of digits (京ICP备XXXXXXXX号,
	// an all-zero serial, 号-X). ErrPlaceholder.
	DefectPlaceholder
	// DefectSequence: a service sequence of 0, with a leading zero or with
	// more than five digits. ErrSequence. Not for public-security numbers.
	DefectSequence
	// DefectSyntax: text that breaks the grammar (a missing 号, a space,
	// lower-case icp, trailing text). ErrSyntax.
	DefectSyntax
	// DefectLicenceClass: a telecom licence class other than A1, A2, B1, B2
	// (D3, B3) or a repeated one. ErrLicenceClass. Telecom licences only.
	DefectLicenceClass
	defectEnd
)

// defectTable is indexed by Defect. Read-only.
var defectTable = [defectEnd]struct {
	name string
	err  error
}{
	DefectProvince:      {"province", number.ErrUnknownProvince},
	DefectNotMainland:   {"not-mainland", number.ErrNotMainland},
	DefectProvinceAlias: {"province-alias", number.ErrProvinceAlias},
	DefectSerialLength:  {"serial-length", number.ErrSerialLength},
	DefectPlaceholder:   {"placeholder", number.ErrPlaceholder},
	DefectSequence:      {"sequence", number.ErrSequence},
	DefectSyntax:        {"syntax", number.ErrSyntax},
	DefectLicenceClass:  {"licence-class", number.ErrLicenceClass},
}

// Defects returns every defect in order, for table tests.
func Defects() []Defect {
	out := make([]Defect, 0, defectEnd-1)
	for d := Defect(1); d < defectEnd; d++ {
		out = append(out, d)
	}
	return out
}

// IsValid reports whether d is one of the named defects.
func (d Defect) IsValid() bool { return d > 0 && d < defectEnd }

// String returns the stable ASCII name of d, such as "serial-length", or
// "Defect(N)" for values without a name.
func (d Defect) String() string {
	if !d.IsValid() {
		return "Defect(" + strconv.Itoa(int(d)) + ")"
	}
	return defectTable[d].name
}

// Err returns the sentinel error of package number that [number.Parse]
// returns for a number with this defect, or nil for values without a name.
func (d Defect) Err() error {
	if !d.IsValid() {
		return nil
	}
	return defectTable[d].err
}

// AppliesTo reports whether numbers of kind k can have the defect:
// [Generator.Invalid] panics for the combinations where it is false.
func (d Defect) AppliesTo(k number.Kind) bool {
	if !d.IsValid() || !k.IsValid() {
		return false
	}
	switch d {
	case DefectProvinceAlias, DefectSequence:
		return k != number.KindPublicSecurity
	case DefectLicenceClass:
		return k == number.KindTelecomLicence
	}
	return true
}

// Matches reports whether err is what [number.Parse] returns for this defect
// and nothing else: a [*number.ParseError] whose sentinel is [Defect.Err].
func (d Defect) Matches(err error) bool {
	var pe *number.ParseError
	return d.IsValid() && errors.As(err, &pe) && pe.Err == d.Err()
}
