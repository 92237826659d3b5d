package icp

import (
	"strconv"
	"time"
)

// NewResidentID builds the resident identity number with the given six-digit
// area code, birth date (its calendar date in its own location) and
// three-digit sequence number (0–999; odd for men, even for women),
// computing the check character. The result must pass [ParseResidentID];
// otherwise the error is the one ParseResidentID gives, with ErrRange for a
// sequence or area outside its digits. Test kits use it to make synthetic
// numbers.
func NewResidentID(area int, birth time.Time, sequence int) (ResidentID, error) {
	y, m, d := birth.Date()
	switch {
	case area < 100000 || area > 999999:
		return ResidentID{}, idErrorFrom(residentIDType, "", idFailAt(idCodeRange, idPartArea, -1))
	case y < 0 || y > 9999:
		return ResidentID{}, idErrorFrom(residentIDType, "", idFailAt(idCodeRange, idPartDate, -1))
	case sequence < 0 || sequence > 999:
		return ResidentID{}, idErrorFrom(residentIDType, "", idFailAt(idCodeRange, idPartSequence, -1))
	}
	b := make([]byte, 0, residentIDLen)
	b = strconv.AppendInt(b, int64(area), 10)
	b = idAppendPadded(b, y, 4)
	b = idAppendPadded(b, int(m), 2)
	b = idAppendPadded(b, d, 2)
	b = idAppendPadded(b, sequence, 3)
	b = append(b, residentIDCheckChar(b))
	return ParseResidentID(string(b))
}

// CompleteCreditCode appends the mod-31 check character to the first 17
// characters of a unified social credit code and parses the result with
// [ParseCreditCode], whose errors it returns (ErrLength unless first17 has
// 17 bytes). The embedded organisation code must already carry its own
// check character (see [CompleteOrgCode]). Test kits use it to make
// synthetic codes.
func CompleteCreditCode(first17 string) (CreditCode, error) {
	check, err := CreditCodeCheckChar(first17)
	if err != nil {
		return CreditCode{}, err
	}
	return ParseCreditCode(first17 + string(check))
}

// CreditCodeCheckChar returns the GB 32100 mod-31 check character for the
// first 17 characters of a unified social credit code. It checks only the
// length and the alphabet, not the authority, category, area or embedded
// organisation code, so test kits can build codes that are wrong in exactly
// one of those parts and right in their check character.
func CreditCodeCheckChar(first17 string) (byte, error) {
	if len(first17) != creditCodeLen-1 {
		return 0, idErrorFrom(creditCodeType, first17, idFailAt(idCodeLength, idPartLength, -1))
	}
	sum := 0
	for i := 0; i < creditCodeLen-1; i++ {
		v := creditCodeValues[first17[i]]
		if v == 0 {
			return 0, idErrorFrom(creditCodeType, first17, idFailAt(idCodeCharacter, idPartCharacter, i))
		}
		sum += int(v-1) * int(creditCodeWeights[i])
	}
	return creditCodeAlphabet[(31-sum%31)%31], nil
}

// CompleteOrgCode appends the GB 11714 check character to eight body
// characters (digits or upper-case letters) and returns the organisation
// code, or the error [ParseOrgCode] gives for the body.
func CompleteOrgCode(body string) (OrgCode, error) {
	check, err := OrgCodeCheckChar(body)
	if err != nil {
		return OrgCode{}, err
	}
	return ParseOrgCode(body + string(check))
}

// OrgCodeCheckChar returns the GB 11714 check character for eight body
// characters (digits or upper-case letters), or the error [ParseOrgCode]
// would give for a body of the wrong length or with other characters.
func OrgCodeCheckChar(body string) (byte, error) {
	if len(body) != 8 {
		return 0, idErrorFrom(orgCodeType, body, idFailAt(idCodeLength, idPartLength, -1))
	}
	for i := 0; i < 8; i++ {
		if !orgCodeBodyChar(body[i]) {
			return 0, idErrorFrom(orgCodeType, body, idFailAt(idCodeCharacter, idPartCharacter, i))
		}
	}
	return orgCodeCheckCharString(body), nil
}

// CompleteRegistrationNumber appends the MOD 11,10 check digit to the first
// 14 digits of a business registration number and parses the result with
// [ParseRegistrationNumber], whose errors it returns.
func CompleteRegistrationNumber(first14 string) (RegistrationNumber, error) {
	if len(first14) != regNoLen-1 {
		return RegistrationNumber{}, idErrorFrom(regNoType, first14, idFailAt(idCodeLength, idPartLength, -1))
	}
	for i := 0; i < regNoLen-1; i++ {
		if !idIsDigit(first14[i]) {
			return RegistrationNumber{}, idErrorFrom(regNoType, first14, idFailAt(idCodeCharacter, idPartCharacter, i))
		}
	}
	return ParseRegistrationNumber(first14 + string(regNoCheckDigit([]byte(first14))))
}

// idAppendPadded appends n in decimal, zero-padded to width digits.
func idAppendPadded(b []byte, n, width int) []byte {
	var a [8]byte
	for i := width - 1; i >= 0; i-- {
		a[i] = byte('0' + n%10)
		n /= 10
	}
	return append(b, a[:width]...)
}
