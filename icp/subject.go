package icp

import "github.com/beian-go/beian/province"

// Subject is the filing subject (主体 / 主办单位): the unit or individual
// that runs the services, with its certificate, location, addresses and
// principal.
//
// For an individual (Nature is [NatureIndividual]) the name, certificate
// number, addresses and investor field identify a person, so [Subject.Format]
// and [Subject.LogValue] mask them; for units they are shown, except the
// principal, who is always masked. JSON keeps the real values.
//
// The zero Subject is empty and fails validation.
type Subject struct {
	// Nature is the nature of the subject (主办单位性质).
	Nature Nature `json:"nature" validate:"required,enum_valid"`
	// Name is the unit's name exactly as on its certificate, or the
	// individual's legal name.
	Name string `json:"name" validate:"required,max=128"`
	// CertType is the certificate presented; it must be one the Nature may
	// use ([CertTypeAllowed]).
	CertType CertType `json:"certType" validate:"required,enum_valid"`
	// CertNumber is the number on that certificate: for a business licence
	// the 18-character unified social credit code.
	CertNumber CertNumber `json:"certNumber" validate:"required,max=64,cert_number=CertType"`
	// Province is where the subject files: for units the province of the
	// certificate's issuer, for individuals that of the ID or residence.
	Province province.Code `json:"province" validate:"required,province"`
	// City is the six-digit GB/T 2260 code of the city (110100), inside Province.
	City int `json:"city" validate:"required,min=110000,max=659999"`
	// County is the six-digit GB/T 2260 code of the county or district
	// (110108), inside City; cities without counties leave it 0.
	County int `json:"county,omitempty" validate:"omitempty,min=110000,max=659999"`
	// CertAddress is the address printed on the certificate (证件住所).
	CertAddress string `json:"certAddress" validate:"required,max=512"`
	// MailingAddress is the real office or home address down to the house
	// number (通讯地址), in the filing province.
	MailingAddress string `json:"mailingAddress" validate:"required,max=512"`
	// Investor is the investor or superior unit (投资者或上级主管单位): for
	// individuals their own name, for companies the company, its legal
	// representative or its parent, for public bodies the direct superior.
	Investor string `json:"investor" validate:"required,max=512"`
	// Principal is the subject's principal (主体负责人), normally the legal
	// representative of a unit.
	Principal Person `json:"principal" validate:"required"`
	// Number is the subject-level ICP filing number when the subject is
	// already filed (京ICP备12345678号); empty for a first filing.
	Number string `json:"number,omitempty" validate:"omitempty,icp_subject_number"`
	// Remarks holds declarations the province asks for (备注).
	Remarks string `json:"remarks,omitempty" validate:"omitempty,max=1024"`
}

// IsIndividual reports whether the subject is an individual.
func (s Subject) IsIndividual() bool { return s.Nature == NatureIndividual }
