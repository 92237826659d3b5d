package order

import (
	"database/sql/driver"
	"iter"
)

// Type is the filing type (备案类型) of an order: what it asks MIIT to do (domain.md §4). The
// provider decides it when it verifies the subject's certificate and the domains against MIIT
// records, and it cannot change afterwards. The zero value is unknown. Types encode as their
// stable ASCII name.
type Type uint8

// The filing types.
const (
	// FirstFiling (首次备案, also 新增备案): neither the subject nor the service is known to
	// MIIT.
	FirstFiling Type = iota + 1
	// NewWebsite (新增网站, 有主体): the subject is already filed through this provider and
	// adds a website.
	NewWebsite
	// NewWebsiteElsewhere (新增网站, 无主体; Alibaba "(无主体)新增互联网信息服务"): the subject
	// is filed through another provider and adds a website hosted here.
	NewWebsiteElsewhere
	// NewAccess (新增接入, 接入备案): subject and service are both filed elsewhere; this
	// provider becomes an additional access provider and the number stays the same.
	NewAccess
	// NewApp (新增APP): a filed subject adds an APP, wherever the subject was filed.
	NewApp
	// ChangeSubject (变更主体): change the approved subject data only.
	ChangeSubject
	// ChangeWebsite (变更网站, 变更互联网信息服务): change an approved website's data.
	ChangeWebsite
	// ChangeApp (变更APP): change an approved APP's data.
	ChangeApp
	// CancelSubject (注销主体): delete the subject and all its services at MIIT; irreversible.
	CancelSubject
	// CancelWebsite (注销网站): delete one website; the subject stays.
	CancelWebsite
	// CancelApp (注销APP): delete one APP; the subject stays.
	CancelApp
	// CancelAccess (取消接入): remove only this provider's access to a service; no SMS check.
	CancelAccess
	// Claim (认领备案, Huawei): bring records filed on a provider's old platform, or after a
	// migration, into its current system. Reviewed by the provider only.
	Claim

	typeEnd
)

var typeNames = [...]naming{
	{},
	FirstFiling:         {"first-filing", "首次备案"},
	NewWebsite:          {"new-website", "新增网站（有主体）"},
	NewWebsiteElsewhere: {"new-website-subject-elsewhere", "新增网站（无主体）"},
	NewAccess:           {"new-access", "新增接入"},
	NewApp:              {"new-app", "新增APP"},
	ChangeSubject:       {"change-subject", "变更主体"},
	ChangeWebsite:       {"change-website", "变更网站"},
	ChangeApp:           {"change-app", "变更APP"},
	CancelSubject:       {"cancel-subject", "注销主体"},
	CancelWebsite:       {"cancel-website", "注销网站"},
	CancelApp:           {"cancel-app", "注销APP"},
	CancelAccess:        {"cancel-access", "取消接入"},
	Claim:               {"claim", "认领备案"},
}

// ParseType returns the filing type whose ASCII name is exactly s ("first-filing",
// "cancel-access", …). Anything else is a [*ParseError] matching [ErrUnknownName].
func ParseType(s string) (Type, error) {
	return parseEnum[Type](s, typeNames[:], "type", false)
}

// Types yields every filing type in increasing order, from [FirstFiling] to [Claim].
func Types() iter.Seq[Type] { return allEnum[Type](typeNames[:]) }

// IsValid reports whether t is one of the defined filing types (the zero value is not).
func (t Type) IsValid() bool { return t > 0 && t < typeEnd }

// String returns the stable ASCII name ("new-access"), or "Type(N)".
func (t Type) String() string { return enumName(t, typeNames[:], "Type") }

// Label returns the Chinese name (新增接入), or "" for an undefined value.
func (t Type) Label() string { return enumLabel(t, typeNames[:]) }

// AppendText appends the ASCII name; the zero value appends nothing. An undefined value is a
// [*ValueError].
func (t Type) AppendText(b []byte) ([]byte, error) {
	return appendEnum(b, t, typeNames[:], "type")
}

// MarshalText returns the ASCII name; the zero value marshals as empty text.
func (t Type) MarshalText() ([]byte, error) { return t.AppendText(nil) }

// UnmarshalText sets t from an ASCII name; empty text gives the zero value. On error t is
// unchanged.
func (t *Type) UnmarshalText(text []byte) error {
	v, err := parseEnum[Type](string(text), typeNames[:], "type", true)
	if err == nil {
		*t = v
	}
	return err
}

// Scan implements [database/sql.Scanner]: a string or []byte name, NULL or "" for the zero
// value. On error t is unchanged.
func (t *Type) Scan(src any) error { return scanEnum(t, src, typeNames[:], "type") }

// Value implements [database/sql/driver.Valuer]: the ASCII name, or NULL for the zero value.
func (t Type) Value() (driver.Value, error) { return valueEnum(t, typeNames[:], "type") }

// Requires returns what an order of type t must carry: which existing filing numbers and who
// receives the MIIT SMS code (domain.md §3.6, §4.1). The zero value is returned for an
// undefined type.
func (t Type) Requires() Requirements {
	if !t.IsValid() || int(t) >= len(requirements) {
		return Requirements{}
	}
	return requirements[t]
}

// Requirements is what an order of a given filing type needs besides the application itself.
// See [Type.Requires].
type Requirements struct {
	// NeedsSubjectNumber: the order names the subject's existing filing number
	// (京ICP备12345678号).
	NeedsSubjectNumber bool
	// NeedsServiceNumber: the order names an existing service number (京ICP备12345678号-1).
	NeedsServiceNumber bool
	// SMS is who receives the MIIT verification code; empty when the type skips the SMS step.
	SMS Recipients
}

// requirements is indexed by Type. The SMS recipients follow Huawei's current table
// (domain.md §3.6): since 2020-08-17 every type except 取消接入 is SMS-verified; a claim never
// reaches MIIT.
var requirements = [...]Requirements{
	FirstFiling:         {SMS: SubjectPrincipal | ServicePrincipal},
	NewWebsite:          {NeedsSubjectNumber: true, SMS: ServicePrincipal},
	NewWebsiteElsewhere: {NeedsSubjectNumber: true, SMS: ServicePrincipal},
	NewAccess:           {NeedsSubjectNumber: true, NeedsServiceNumber: true, SMS: ServicePrincipal},
	NewApp:              {NeedsSubjectNumber: true, SMS: ServicePrincipal},
	ChangeSubject:       {NeedsSubjectNumber: true, SMS: SubjectPrincipal},
	ChangeWebsite:       {NeedsSubjectNumber: true, NeedsServiceNumber: true, SMS: ServicePrincipal},
	ChangeApp:           {NeedsSubjectNumber: true, NeedsServiceNumber: true, SMS: ServicePrincipal},
	CancelSubject:       {NeedsSubjectNumber: true, SMS: SubjectPrincipal},
	CancelWebsite:       {NeedsSubjectNumber: true, NeedsServiceNumber: true, SMS: ServicePrincipal},
	CancelApp:           {NeedsSubjectNumber: true, NeedsServiceNumber: true, SMS: ServicePrincipal},
	CancelAccess:        {NeedsSubjectNumber: true, NeedsServiceNumber: true},
	Claim:               {NeedsSubjectNumber: true},
}

// Recipients is a set of the people who receive the MIIT SMS verification code. The zero
// value is the empty set: no SMS step.
type Recipients uint8

// The possible recipients. A person holding both roles receives one code.
const (
	// SubjectPrincipal is the subject's principal (主体负责人).
	SubjectPrincipal Recipients = 1 << iota
	// ServicePrincipal is the responsible person of the website or APP (网站/APP负责人,
	// the internet information service principal).
	ServicePrincipal

	recipientsAll = SubjectPrincipal | ServicePrincipal
)

// Has reports whether every recipient in q is in r.
func (r Recipients) Has(q Recipients) bool { return r&q == q }

// String returns the ASCII names joined by "|" ("subject-principal|service-principal"),
// "none" for the empty set, or "Recipients(N)" when r holds undefined bits.
func (r Recipients) String() string {
	if r&^recipientsAll != 0 {
		return enumName(uint8(r), nil, "Recipients")
	}
	return r.join("none", "|", "subject-principal", "service-principal")
}

// Label returns the Chinese names joined by "、" (主体负责人、网站/APP负责人), 无 for the empty
// set, or "" when r holds undefined bits.
func (r Recipients) Label() string {
	if r&^recipientsAll != 0 {
		return ""
	}
	return r.join("无", "、", "主体负责人", "网站/APP负责人")
}

func (r Recipients) join(empty, sep, subject, service string) string {
	if r == 0 {
		return empty
	}
	s := ""
	if r.Has(SubjectPrincipal) {
		s = subject
	}
	if r.Has(ServicePrincipal) {
		if s != "" {
			s += sep
		}
		s += service
	}
	return s
}
