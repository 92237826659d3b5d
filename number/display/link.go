package display

import (
	"fmt"
	"net/url"
	"strings"
)

// Platform names the filing system a hyperlink points to.
// The zero value, [PlatformNone], means the link goes somewhere else or
// there is no link.
type Platform uint8

// The filing systems a footer link can point to.
const (
	// PlatformNone: not a filing system (or no link at all).
	PlatformNone Platform = iota
	// PlatformMIIT: the MIIT ICP filing system (beian.miit.gov.cn and its
	// historical hosts).
	PlatformMIIT
	// PlatformPublicSecurity: the Ministry of Public Security filing
	// platform (beian.mps.gov.cn and the older www.beian.gov.cn).
	PlatformPublicSecurity
)

// String returns a stable ASCII name: "none", "miit" or "public-security".
func (p Platform) String() string {
	switch p {
	case PlatformMIIT:
		return "miit"
	case PlatformPublicSecurity:
		return "public-security"
	default:
		return "none"
	}
}

// MarshalText implements [encoding.TextMarshaler] with the [Platform.String] name.
func (p Platform) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler]; it accepts the
// names [Platform.String] returns, and "" for [PlatformNone].
func (p *Platform) UnmarshalText(b []byte) error {
	for c := PlatformNone; c <= PlatformPublicSecurity; c++ {
		if string(b) == c.String() {
			*p = c
			return nil
		}
	}
	if len(b) == 0 {
		*p = PlatformNone
		return nil
	}
	return fmt.Errorf("display: unknown platform %q", b)
}

// Link is what [ParseLink] learns from one href attribute.
// The zero value describes "no link".
type Link struct {
	// Href is the attribute value as written in the page (trimmed).
	Href string `json:"href,omitempty"`
	// Platform is the filing system the link goes to, if any.
	Platform Platform `json:"platform"`
	// Outdated reports a historical host: www.beian.miit.gov.cn,
	// miibeian.gov.cn, www.miibeian.gov.cn for MIIT; www.beian.gov.cn /
	// beian.gov.cn (registerSystemInfo?recordcode=…) for public security.
	Outdated bool `json:"outdated,omitempty"`
	// MissingScheme reports an href such as "beian.miit.gov.cn" or
	// "www.miibeian.gov.cn/" written without "https://" or "//": a browser
	// resolves it relative to the page, so the link does not reach the
	// filing system even though the text looks right.
	MissingScheme bool `json:"missingScheme,omitempty"`
	// Code is the record code a public-security link queries (the digits
	// after code= or recordcode=), or "" when there is none.
	Code string `json:"code,omitempty"`
}

// Works reports whether a browser following the link reaches the filing
// system it names: a known host (current or historical), with a scheme.
func (l Link) Works() bool { return l.Platform != PlatformNone && !l.MissingScheme }

// ParseLink classifies an href attribute value. It parses it with
// [net/url] once tabs and line breaks are removed (as browsers do), compares
// host names case-insensitively (ignoring a port and a trailing dot) and
// recognises:
//
//   - MIIT, current: beian.miit.gov.cn over https or http, any path or
//     fragment (for example https://beian.miit.gov.cn/#/Integrated/index);
//   - MIIT, historical: www.beian.miit.gov.cn (2019–2020), miibeian.gov.cn
//     and www.miibeian.gov.cn (before 2019);
//   - public security, current: beian.mps.gov.cn, with the record code taken
//     from "code=" in the fragment (#/query/webSearch?code=…) or the query;
//   - public security, historical: www.beian.gov.cn and beian.gov.cn, code
//     from "recordcode=".
//
// Anything else, including javascript: URLs and unparsable values, is
// [PlatformNone]. ParseLink never fails and is safe for concurrent use.
func ParseLink(href string) Link {
	href = strings.TrimSpace(href)
	l := Link{Href: href}
	if href == "" {
		return l
	}
	// Browsers remove tabs and line breaks anywhere in a URL (WHATWG URL
	// standard); net/url rejects them as control characters.
	u, err := url.Parse(strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return -1
		}
		return r
	}, href))
	if err != nil {
		return l
	}
	host := u.Hostname()
	if u.Scheme == "" && u.Host == "" {
		// "beian.miit.gov.cn/..." is a relative path to a browser.
		first, _, _ := strings.Cut(u.Path, "/")
		host = first
		l.MissingScheme = true
	} else if u.Scheme != "" && !strings.EqualFold(u.Scheme, "http") && !strings.EqualFold(u.Scheme, "https") {
		return l
	}
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	switch host {
	case "beian.miit.gov.cn":
		l.Platform = PlatformMIIT
	case "www.beian.miit.gov.cn", "miibeian.gov.cn", "www.miibeian.gov.cn":
		l.Platform, l.Outdated = PlatformMIIT, true
	case "beian.mps.gov.cn":
		l.Platform = PlatformPublicSecurity
		l.Code = queryValue(u, "code")
	case "www.beian.gov.cn", "beian.gov.cn":
		l.Platform, l.Outdated = PlatformPublicSecurity, true
		l.Code = queryValue(u, "recordcode")
	default:
		l.MissingScheme = false
	}
	return l
}

// queryValue finds key in the query string or in a query embedded in the
// fragment (single-page apps put it there: #/query/webSearch?code=…).
func queryValue(u *url.URL, key string) string {
	if v := lookupQuery(u.RawQuery, key); v != "" {
		return v
	}
	if _, q, ok := strings.Cut(u.Fragment, "?"); ok {
		return lookupQuery(q, key)
	}
	return ""
}

func lookupQuery(raw, key string) string {
	for raw != "" {
		var pair string
		pair, raw, _ = strings.Cut(raw, "&")
		k, v, _ := strings.Cut(pair, "=")
		if !strings.EqualFold(k, key) {
			continue
		}
		if uv, err := url.QueryUnescape(v); err == nil {
			v = uv
		}
		return strings.TrimSpace(v)
	}
	return ""
}
