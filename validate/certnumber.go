package validate

import (
	"reflect"
	"strings"

	"github.com/go-playground/validator/v10"

	"github.com/beian-go/beian/icp"
)

// certTypeBeside finds the certificate type that a cert_number field is checked against:
// the sibling field named by the tag parameter, or else the first sibling of type
// icp.CertType.
func certTypeBeside(parent reflect.Value, param string) (icp.CertType, bool) {
	for parent.Kind() == reflect.Pointer {
		if parent.IsNil() {
			return 0, false
		}
		parent = parent.Elem()
	}
	if parent.Kind() != reflect.Struct {
		return 0, false
	}
	if param != "" {
		f := parent.FieldByName(param)
		return valueAs[icp.CertType](f)
	}
	certType := reflect.TypeFor[icp.CertType]()
	for i := range parent.NumField() {
		if f := parent.Field(i); f.Type() == certType {
			return icp.CertType(f.Uint()), true
		}
	}
	return 0, false
}

func checkCertNumber(fl validator.FieldLevel) bool {
	s, ok := textOf(fl.Field())
	if !ok {
		return false
	}
	t, ok := certTypeBeside(fl.Parent(), fl.Param())
	if !ok || !t.IsValid() {
		// Without a certificate type there is nothing to check the number against; the
		// type's own `required` tag reports the missing type.
		return true
	}
	return certNumberError(t, s) == nil
}

// explainCertNumber cannot see the sibling type, so it only says what is wrong with the
// text itself when that is clear.
func explainCertNumber(v reflect.Value, _ string) (reason, bool) {
	s, ok := textOf(v)
	if !ok || strings.TrimSpace(s) != "" {
		return reason{}, false
	}
	return reasonOf(icp.ErrEmpty)
}

// certNumberError checks a certificate number against its type. Identity numbers and
// registry codes go through the icp parsers; for documents whose numbers icp does not model
// (passports, travel permits, residence permits, sector licences) it checks the shape those
// documents are printed with.
func certNumberError(t icp.CertType, s string) error {
	switch t {
	case icp.CertResidentID:
		_, err := icp.ParseResidentID(s)
		return err
	case icp.CertCreditCode:
		_, err := icp.ParseCreditCode(s)
		return err
	case icp.CertBusinessLicence:
		// A licence issued after 2015-10-01 carries the USCC; older ones the 15-digit
		// registration number.
		if len(s) == 15 {
			_, err := icp.ParseRegistrationNumber(s)
			return err
		}
		_, err := icp.ParseCreditCode(s)
		return err
	case icp.CertOrgCode:
		if len(s) == 18 {
			_, err := icp.ParseCreditCode(s)
			return err
		}
		_, err := icp.ParseOrgCode(s)
		return err
	case icp.CertPassport:
		return shape(s, 5, 17, isUpperAlnum)
	case icp.CertHKMacaoTravelPermit:
		if s == "" || (s[0] != 'H' && s[0] != 'M') {
			return icp.ErrCharacter
		}
		if len(s) != 9 && len(s) != 11 {
			return icp.ErrLength
		}
		return shape(s[1:], 8, 10, isDigitRune)
	case icp.CertTaiwanTravelPermit:
		return shape(s, 8, 10, isDigitRune)
	case icp.CertForeignPermanentResident:
		if len(s) == 18 {
			return residencePermitShape(s, "9")
		}
		return shape(s, 15, 15, isUpperAlnum)
	case icp.CertHKMacaoResidencePermit:
		if strings.HasPrefix(s, "81") {
			return residencePermitShape(s, "810000")
		}
		return residencePermitShape(s, "820000")
	case icp.CertTaiwanResidencePermit:
		return residencePermitShape(s, "830000")
	}
	// Sector certificates (事业单位法人证书, 社会团体法人登记证书, 医疗机构执业许可证 …) are
	// numbered by their issuers; since the 2015 reform most carry the USCC.
	if len(s) == 18 && icp.ValidCreditCode(s) {
		return nil
	}
	return shape(s, 4, 64, func(r rune) bool {
		return isUpperAlnum(r) || r == '-' || r == '(' || r == ')' || r == '（' || r == '）' ||
			(r >= 0x4E00 && r <= 0x9FFF)
	})
}

// residencePermitShape checks the 18-character layout shared with resident identity
// numbers: the given prefix, digits, and a final digit or X.
func residencePermitShape(s, prefix string) error {
	if len(s) != 18 {
		return icp.ErrLength
	}
	if !strings.HasPrefix(s, prefix) {
		return icp.ErrArea
	}
	for i := range 17 {
		if !isDigitRune(rune(s[i])) {
			return icp.ErrCharacter
		}
	}
	if c := s[17]; !isDigitRune(rune(c)) && c != 'X' {
		return icp.ErrCharacter
	}
	return nil
}

// shape checks a length range (in characters) and a character class.
func shape(s string, minLen, maxLen int, ok func(rune) bool) error {
	n := 0
	for _, r := range s {
		if !ok(r) {
			return icp.ErrCharacter
		}
		n++
	}
	switch {
	case n == 0:
		return icp.ErrEmpty
	case n < minLen || n > maxLen:
		return icp.ErrLength
	}
	return nil
}

func isDigitRune(r rune) bool { return r >= '0' && r <= '9' }

func isUpperAlnum(r rune) bool { return isDigitRune(r) || (r >= 'A' && r <= 'Z') }
