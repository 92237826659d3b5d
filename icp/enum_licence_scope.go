package icp

import "database/sql/driver"

// LicenceScope is the territorial scope of a value-added telecom operating
// licence: one province (issued by its communications administration) or
// several (issued by MIIT). The numeric value is internal; text stores the
// ASCII name. The zero value is unset.
type LicenceScope uint8

// The licence scopes.
const (
	ScopeProvincial    LicenceScope = iota + 1 // 省内（省级通信管理局核发）
	ScopeCrossRegional                         // 跨地区（工业和信息化部核发）
	licenceScopeEnd
)

var licenceScopeTable = [...]enumEntry{
	{},
	{"provincial", "省内经营"},
	{"cross-regional", "跨地区经营"},
}

// IsValid reports whether v is one of the LicenceScope constants.
func (v LicenceScope) IsValid() bool { return v > 0 && v < licenceScopeEnd }

// String returns the stable ASCII name ("provincial"), or "LicenceScope(N)" for a value that
// is not a constant.
func (v LicenceScope) String() string {
	return enumString(licenceScopeTable[:], "LicenceScope", int(v))
}

// Label returns the Chinese name (省内经营), or "" for a value that is not a constant.
func (v LicenceScope) Label() string { return enumLabel(licenceScopeTable[:], int(v)) }

// ParseLicenceScope returns the LicenceScope named s (as [LicenceScope.String] writes it, ignoring ASCII
// case). It returns an [*EnumError] for any other input, including "".
func ParseLicenceScope(s string) (LicenceScope, error) {
	n, err := enumParse(licenceScopeTable[:], "LicenceScope", s, false)
	return LicenceScope(n), err
}

// AppendText appends the name of v to b; the zero LicenceScope appends nothing.
func (v LicenceScope) AppendText(b []byte) ([]byte, error) {
	return enumAppendText(b, licenceScopeTable[:], "LicenceScope", int(v))
}

// MarshalText encodes v by name; the zero LicenceScope encodes as "".
func (v LicenceScope) MarshalText() ([]byte, error) { return v.AppendText(nil) }

// UnmarshalText decodes a name written by [LicenceScope.MarshalText]; "" is the zero LicenceScope.
func (v *LicenceScope) UnmarshalText(b []byte) error {
	n, err := enumParse(licenceScopeTable[:], "LicenceScope", string(b), true)
	if err != nil {
		return err
	}
	*v = LicenceScope(n)
	return nil
}

// Scan implements [database/sql.Scanner]: NULL and "" are the zero LicenceScope,
// text is decoded as by [LicenceScope.UnmarshalText].
func (v *LicenceScope) Scan(src any) error {
	s, err := scanText(src, "LicenceScope")
	if err != nil {
		return err
	}
	return v.UnmarshalText([]byte(s))
}

// Value implements [database/sql/driver.Valuer]: the name, or NULL for the zero LicenceScope.
func (v LicenceScope) Value() (driver.Value, error) { return enumValue(v.MarshalText()) }
