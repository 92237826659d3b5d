package icp

// Person is a responsible person (负责人): the subject's principal
// (主体负责人 / 主办单位负责人) or the person in charge of a website or APP
// (互联网信息服务负责人). For an individual subject the principal is the filer.
//
// Everything that identifies the person is personal data and masked when
// printed or logged — see [Person.Format] and [Person.LogValue]; JSON keeps
// the real values for data exchange.
//
// The zero Person is empty and fails validation. Single-field rules are in
// the `validate` tags; rules across fields (certificate type fits the number,
// validity covers the reference date, mobile differs from the emergency
// phone, age) belong to the validate package.
type Person struct {
	// Name is the legal name as on the certificate.
	Name Name `json:"name" validate:"required,max=64"`
	// CertType is one of the personal certificate types ([CertType.IsPersonal]).
	CertType CertType `json:"certType" validate:"required,enum_valid"`
	// CertNumber is the number on that certificate; its grammar depends on CertType.
	CertNumber CertNumber `json:"certNumber" validate:"required,max=64,cert_number=CertType"`
	// ValidFrom is the first day the certificate is valid.
	ValidFrom Date `json:"validFrom" validate:"required"`
	// ValidTo is the last day the certificate is valid; it is unset when
	// LongTerm is true.
	ValidTo Date `json:"validTo,omitzero" validate:"required_unless=LongTerm true"`
	// LongTerm marks a certificate valid without end (长期有效).
	LongTerm bool `json:"longTerm,omitempty" validate:"excluded_with=ValidTo"`
	// Mobile is the person's mobile number; MIIT sends results to it.
	Mobile Mobile `json:"mobile" validate:"required,cn_mobile"`
	// EmergencyPhone is the emergency contact number (应急联系电话); most
	// provinces require it to differ from Mobile.
	EmergencyPhone Mobile `json:"emergencyPhone" validate:"required,cn_mobile"`
	// OfficePhone is the office phone (办公电话), a landline or, where allowed,
	// a mobile. Jiangsu units must give a landline.
	OfficePhone Phone `json:"officePhone,omitempty" validate:"omitempty,max=32,cn_landline|cn_mobile"`
	// Email is the person's email address; MIIT sends results to it.
	Email Email `json:"email" validate:"required,cn_email"`
}

// ValidOn reports whether the certificate is valid on day d: ValidFrom is
// not after d and either LongTerm is set or ValidTo is not before d. It is
// false when ValidFrom or d is unset, or when neither LongTerm nor ValidTo is
// set.
func (p Person) ValidOn(d Date) bool {
	if d.IsZero() || p.ValidFrom.IsZero() || p.ValidFrom.After(d) {
		return false
	}
	if p.LongTerm {
		return true
	}
	return !p.ValidTo.IsZero() && !p.ValidTo.Before(d)
}

// ResidentID parses CertNumber as a resident identity number when CertType is
// [CertResidentID]. It reports false for any other certificate type and for
// a number that does not parse.
func (p Person) ResidentID() (ResidentID, bool) {
	if p.CertType != CertResidentID {
		return ResidentID{}, false
	}
	id, err := ParseResidentID(string(p.CertNumber))
	if err != nil {
		return ResidentID{}, false
	}
	return id, true
}
