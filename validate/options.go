package validate

import (
	"errors"
	"strings"
	"time"
)

// Language chooses the language of [Problem.Message]. Both languages are always filled in
// [Problem.MessageZH] and [Problem.MessageEN]; the zero value is [Chinese].
type Language uint8

// The message languages.
const (
	Chinese Language = iota // 简体中文
	English
)

// ErrUnknownLanguage is returned by [ParseLanguage] for anything but zh or en.
var ErrUnknownLanguage = errors.New("validate: unknown message language")

// ParseLanguage accepts "zh", "en" and the tags that start with them ("zh-CN", "en_US"),
// ignoring case.
func ParseLanguage(s string) (Language, error) {
	l := strings.ToLower(s)
	switch {
	case l == "zh" || strings.HasPrefix(l, "zh-") || strings.HasPrefix(l, "zh_"):
		return Chinese, nil
	case l == "en" || strings.HasPrefix(l, "en-") || strings.HasPrefix(l, "en_"):
		return English, nil
	}
	return 0, ErrUnknownLanguage
}

// String returns "zh" or "en".
func (l Language) String() string {
	if l == English {
		return "en"
	}
	return "zh"
}

// DefaultCertificateWindow is how long a certificate must stay valid after the reference
// date unless [WithCertificateWindow] says otherwise: providers refuse certificates that
// expire within three months (domain.md §5.4, §6.2 "证件不合格").
const DefaultCertificateWindow = 3 // months

// Option configures a [Validator] built by [New].
type Option func(*config)

type config struct {
	at           time.Time
	lang         Language
	windowMonths int
}

// At sets the reference time: the moment the application is assumed to be submitted. Ages,
// certificate validity and dated provincial rules are evaluated on its calendar day in China
// (UTC+8). The library never reads the clock; a Validator built without At skips the rules
// that need a date and says so in every report (rule "reference_time").
func At(t time.Time) Option { return func(c *config) { c.at = t } }

// WithLanguage sets the language of [Problem.Message]; the default is [Chinese].
func WithLanguage(l Language) Option { return func(c *config) { c.lang = l } }

// WithCertificateWindow sets how many months a certificate must remain valid after the
// reference date; the default is [DefaultCertificateWindow]. Values below zero count as zero.
func WithCertificateWindow(months int) Option {
	return func(c *config) { c.windowMonths = max(months, 0) }
}
