package icptest

import (
	"github.com/beian-go/beian/icp"
)

// Defect is the single mistake an invalid value is built with.
type Defect uint8

// The defects. Each names the sentinel error the icp parser reports for it
// ([Defect.Err]).
const (
	DefectCheckDigit Defect = iota + 1 // wrong check character → icp.ErrCheckDigit
	DefectLength                       // one character missing → icp.ErrLength
	DefectCharacter                    // a character outside the alphabet → icp.ErrCharacter
	DefectDate                         // birth month 13 → icp.ErrDate
	DefectArea                         // area code outside the mainland provinces → icp.ErrArea
	defectEnd
)

var defectNames = [...]string{"", "check-digit", "length", "character", "date", "area"}

// String returns the ASCII name of d.
func (d Defect) String() string {
	if d > 0 && d < defectEnd {
		return defectNames[d]
	}
	return "Defect(" + itoa(int(d)) + ")"
}

// Err returns the icp sentinel error a parser reports for d, or nil for an
// unknown defect.
func (d Defect) Err() error {
	switch d {
	case DefectCheckDigit:
		return icp.ErrCheckDigit
	case DefectLength:
		return icp.ErrLength
	case DefectCharacter:
		return icp.ErrCharacter
	case DefectDate:
		return icp.ErrDate
	case DefectArea:
		return icp.ErrArea
	}
	return nil
}

// InvalidResidentID returns an 18-character (17 for DefectLength) resident
// identity number that is valid except for defect d. Every defect is
// supported; an unknown one gives a valid number.
func (g *Generator) InvalidResidentID(d Defect, opts ...Option) string {
	cfg := configure(opts)
	b := g.residentIDText(g.birthFor(cfg), g.province(cfg))
	switch d {
	case DefectCheckDigit:
		b[17] = wrongCheck(b[17], "0123456789X")
	case DefectLength:
		b = b[:17]
	case DefectCharacter:
		b[g.between(0, 16)] = 'A'
	case DefectDate:
		b[10], b[11] = '1', '3'
		b[17] = residentIDCheck(b)
	case DefectArea:
		b[0], b[1] = '9', '9'
		b[17] = residentIDCheck(b)
	}
	return string(b)
}

// InvalidCreditCode returns a unified social credit code that is valid
// except for defect d: DefectCheckDigit, DefectLength or DefectCharacter
// (the letter I, which GB 32100 leaves out). Other defects give a valid code.
func (g *Generator) InvalidCreditCode(d Defect, opts ...Option) string {
	cfg := configure(opts)
	b := g.creditCodeText(g.province(cfg))
	switch d {
	case DefectCheckDigit:
		b[17] = wrongCheck(b[17], usccAlphabet)
	case DefectLength:
		b = b[:17]
	case DefectCharacter:
		b[17] = 'I'
	}
	return string(b)
}

// InvalidMobile returns a mobile number that is valid except for defect d:
// DefectLength (ten digits) or DefectCharacter (a letter). Other defects
// give a valid number.
func (g *Generator) InvalidMobile(d Defect) string {
	b := g.mobileText()
	switch d {
	case DefectLength:
		b = b[:10]
	case DefectCharacter:
		b[g.between(3, 10)] = 'a'
	}
	return string(b)
}

// wrongCheck returns a character of alphabet other than c.
func wrongCheck(c byte, alphabet string) byte {
	for i := 0; i < len(alphabet); i++ {
		if alphabet[i] == c {
			return alphabet[(i+1)%len(alphabet)]
		}
	}
	return alphabet[0]
}
