package number

import "strconv"

// Service is the kind of internet information service a service number
// belongs to; it is written as a letter after the sequence (-2A, -3X, -4K),
// websites having none. The zero value, [ServiceNone], marks a subject-level
// number that has no sequence.
type Service uint8

// The service kinds.
const (
	// ServiceNone marks a subject-level number (no -N suffix).
	ServiceNone Service = iota
	// ServiceWebsite is a website: -N with no letter.
	ServiceWebsite
	// ServiceApp is a mobile application: -NA.
	ServiceApp
	// ServiceMiniProgram is a mini-program (小程序): -NX.
	ServiceMiniProgram
	// ServiceQuickApp is a quick app (快应用): -NK.
	ServiceQuickApp
)

var serviceNames = [...]string{"none", "website", "app", "mini-program", "quick-app"}

var serviceLabels = [...]string{"主体", "网站", "APP", "小程序", "快应用"}

var serviceLetters = [...]string{"", "", "A", "X", "K"}

// String returns the stable ASCII name of s: "none", "website", "app",
// "mini-program", "quick-app", or "Service(N)" for values without a name.
func (s Service) String() string {
	if int(s) < len(serviceNames) {
		return serviceNames[s]
	}
	return "Service(" + strconv.Itoa(int(s)) + ")"
}

// Label returns the Chinese name of s (主体, 网站, APP, 小程序, 快应用), or ""
// for values without a name.
func (s Service) Label() string {
	if int(s) < len(serviceLabels) {
		return serviceLabels[s]
	}
	return ""
}

// Letter returns the letter written after the sequence: "" for websites and
// [ServiceNone], "A" for APPs, "X" for mini-programs, "K" for quick apps.
func (s Service) Letter() string {
	if int(s) < len(serviceLetters) {
		return serviceLetters[s]
	}
	return ""
}

// IsValid reports whether s is one of the named service kinds, including
// [ServiceNone].
func (s Service) IsValid() bool { return int(s) < len(serviceNames) }

// MarshalText implements [encoding.TextMarshaler]; it writes the name of s.
func (s Service) MarshalText() ([]byte, error) {
	if !s.IsValid() {
		return nil, &ParseError{Input: s.String(), Err: ErrSyntax}
	}
	return []byte(serviceNames[s]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]; it accepts the names
// String returns, and "" for [ServiceNone].
func (s *Service) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*s = ServiceNone
		return nil
	}
	for i := range serviceNames {
		if string(b) == serviceNames[i] {
			*s = Service(i)
			return nil
		}
	}
	return &ParseError{Input: string(b), Err: ErrSyntax}
}

// serviceByLetter maps the upper-case letter after a sequence to its service.
func serviceByLetter(c rune) (Service, bool) {
	switch c {
	case 'A':
		return ServiceApp, true
	case 'X':
		return ServiceMiniProgram, true
	case 'K':
		return ServiceQuickApp, true
	}
	return ServiceNone, false
}
