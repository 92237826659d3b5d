package validate

import (
	"errors"
	"strings"

	ut "github.com/go-playground/universal-translator"
	"github.com/go-playground/validator/v10"
)

// ErrNilValidator is returned by [Register] for a nil validator.
var ErrNilValidator = errors.New("validate: nil validator")

// Register installs this package's validation tags (cn_mobile, filing_domain, icp_number,
// dec_gt, …; see [Tags]) into a go-playground validator the caller already uses, so that
// struct tags of its own types get our rules by name. For every translator given, it also
// installs the tags' messages: Chinese for a translator whose locale starts with "zh",
// English for "en"; other locales are skipped. For Chinese translators it adds the messages
// of validator built-ins that validator's own zh translations lack (fqdn, e164, unique,
// hostname, http_url …); install validator's defaults first
// (translations/zh.RegisterDefaultTranslations) and ours after them.
//
// In those messages {0} is whatever the validator's tag-name function gives as the field name.
//
// Like every validator Register method, Register is not safe to call while the validator is
// in use: call it once at start-up. The cross-field, order and provincial rules need the
// reference time and the whole application; they run in [Validator.Check], not through tags.
func Register(v *validator.Validate, translators ...ut.Translator) error {
	if v == nil {
		return ErrNilValidator
	}
	for i := range customTags {
		if err := v.RegisterValidation(customTags[i].name, customTags[i].check); err != nil {
			return err
		}
	}
	for _, trans := range translators {
		if err := registerTranslations(v, trans); err != nil {
			return err
		}
	}
	return nil
}

// registerTranslations installs the messages of our tags, and for Chinese the built-ins
// that validator's zh translations do not cover.
func registerTranslations(v *validator.Validate, trans ut.Translator) error {
	if trans == nil {
		return nil
	}
	loc := strings.ToLower(trans.Locale())
	lang, err := ParseLanguage(loc)
	if err != nil {
		return nil // a locale we have no messages for
	}
	for i := range customTags {
		t := &customTags[i]
		text := t.zh
		if lang == English {
			text = t.en
		}
		if err := addTranslation(v, trans, t.name, text); err != nil {
			return err
		}
	}
	if lang != Chinese {
		return nil
	}
	for _, tag := range zhMissingBuiltins {
		m, _ := builtinMessage(tag, 0)
		if err := addTranslation(v, trans, tag, m.zh); err != nil {
			return err
		}
	}
	return nil
}

// zhMissingBuiltins are the built-in tags our messages cover and validator v10.30.6's zh
// translations do not (peers.md §4, go-playground/validator #1480, locales #39).
var zhMissingBuiltins = [...]string{
	"unique", "fqdn", "e164", "hostname", "hostname_rfc1123", "http_url", "https_url",
	"boolean", "startsnotwith", "endsnotwith", "printunicode",
}

func addTranslation(v *validator.Validate, trans ut.Translator, tag, text string) error {
	key := "beian." + tag
	return v.RegisterTranslation(tag, trans,
		func(t ut.Translator) error { return t.Add(key, text, true) },
		func(t ut.Translator, fe validator.FieldError) string {
			s, err := t.T(key, fe.Field(), fe.Param())
			if err != nil {
				return fe.Error()
			}
			return s
		})
}
