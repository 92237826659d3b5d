package number

import "strconv"

// Kind says which family of number a [Number] is. The zero value,
// [KindInvalid], is the kind of the zero [Number]. Text forms (String,
// MarshalText) use stable ASCII names, so stored data never depends on the
// order of the constants.
type Kind uint8

// The kinds of number this package understands.
const (
	// KindInvalid is the kind of the zero Number.
	KindInvalid Kind = iota
	// KindICPFiling is an ICP filing number, 京ICP备12345678号.
	KindICPFiling
	// KindICPLicence is a legacy ICP operating licence number, 京ICP证030173号.
	KindICPLicence
	// KindTelecomLicence is a telecom business licence number such as
	// 京B2-20090059 (value-added, class B2), B2-20080101 (cross-regional,
	// issued by MIIT), 皖B1.B2-20070020 (several classes) or 粤A2-20044005
	// (basic telecom).
	KindTelecomLicence
	// KindPublicSecurity is a public-security (公安联网) filing number,
	// 京公网安备11010502030143号.
	KindPublicSecurity
)

var kindNames = [...]string{"invalid", "icp-filing", "icp-licence", "telecom-licence", "public-security"}

var kindLabels = [...]string{"", "ICP备案号", "ICP经营许可证号", "电信业务经营许可证号", "公安联网备案号"}

// String returns the stable ASCII name of k: "icp-filing", "icp-licence",
// "telecom-licence", "public-security", "invalid" for [KindInvalid] and
// "Kind(N)" for values without a name.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// Label returns the Chinese name of k, such as ICP备案号; "" for
// [KindInvalid] and unknown values.
func (k Kind) Label() string {
	if int(k) < len(kindLabels) {
		return kindLabels[k]
	}
	return ""
}

// IsValid reports whether k is one of the named kinds other than [KindInvalid].
func (k Kind) IsValid() bool { return k > KindInvalid && int(k) < len(kindNames) }

// MarshalText implements [encoding.TextMarshaler]. It writes the name of k,
// "" for [KindInvalid], and fails for values without a name.
func (k Kind) MarshalText() ([]byte, error) {
	if k == KindInvalid {
		return []byte{}, nil
	}
	if !k.IsValid() {
		return nil, &ParseError{Input: k.String(), Err: ErrSyntax}
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts the names
// String returns, and "" for [KindInvalid].
func (k *Kind) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*k = KindInvalid
		return nil
	}
	for i := KindICPFiling; int(i) < len(kindNames); i++ {
		if string(b) == kindNames[i] {
			*k = i
			return nil
		}
	}
	return &ParseError{Input: string(b), Err: ErrSyntax}
}
