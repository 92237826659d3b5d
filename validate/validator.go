package validate

import (
	"context"
	"errors"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/go-playground/locales/en"
	"github.com/go-playground/locales/zh"
	ut "github.com/go-playground/universal-translator"
	"github.com/go-playground/validator/v10"
	en_translations "github.com/go-playground/validator/v10/translations/en"
	zh_translations "github.com/go-playground/validator/v10/translations/zh"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/province"
)

// chinaTime is the zone in which reference dates are taken (UTC+8).
var chinaTime = time.FixedZone("CST", 8*60*60)

// Validator checks filing applications. It wraps one go-playground validator with this
// package's tags and messages installed, plus the reference time and message language it
// was built with. Build it once with [New] and share it: it is safe for concurrent use, and
// nothing is registered after New returns. The zero Validator is not usable.
type Validator struct {
	v      *validator.Validate
	zh, en ut.Translator
	cfg    config
	// ref is the reference day in China, rules the provincial rules that apply at the
	// reference time (see provinceRuleTable); both are fixed by New.
	ref   icp.Date
	rules map[province.Code][]province.Rule
}

// New returns a Validator configured by opts. Tags and translations are installed here,
// once; see [At] for why the reference time matters.
func New(opts ...Option) *Validator {
	cfg := config{windowMonths: DefaultCertificateWindow}
	for _, o := range opts {
		o(&cfg)
	}
	v := validator.New(validator.WithRequiredStructEnabled())
	v.RegisterTagNameFunc(jsonName)

	zhLoc, enLoc := zh.New(), en.New()
	uni := ut.New(zhLoc, zhLoc, enLoc)
	zhT, _ := uni.GetTranslator("zh")
	enT, _ := uni.GetTranslator("en")
	// The translations are fixed data; failing to install them is a programming error in
	// this package or validator, which the tests catch.
	must(zh_translations.RegisterDefaultTranslations(v, zhT))
	must(en_translations.RegisterDefaultTranslations(v, enT))
	must(Register(v, zhT, enT))
	for _, b := range fastBuiltins {
		must(v.RegisterValidation(b.tag, b.check))
	}
	val := &Validator{v: v, zh: zhT, en: enT, cfg: cfg, rules: provinceRuleTable(cfg.at)}
	if !cfg.at.IsZero() {
		val.ref = icp.DateOf(cfg.at.In(chinaTime))
	}
	return val
}

func must(err error) {
	if err != nil {
		panic("validate: installing rules: " + err.Error())
	}
}

// jsonName names fields by their json tag, so that paths and namespaces match the JSON form
// of the data. Fields without one keep their Go name; json:"-" fields are skipped.
func jsonName(f reflect.StructField) string {
	tag := f.Tag.Get("json")
	if tag == "" {
		return f.Name
	}
	name, _, _ := strings.Cut(tag, ",")
	switch name {
	case "-":
		return "-"
	case "":
		return f.Name
	}
	return name
}

// Reference returns the reference time the Validator was built with, the zero time if none.
func (v *Validator) Reference() time.Time { return v.cfg.at }

// Language returns the language of [Problem.Message].
func (v *Validator) Language() Language { return v.cfg.lang }

// Struct runs the field tags of any struct, ours and validator's built-ins, and returns
// validator's own result: nil, a [validator.ValidationErrors] or an
// [*validator.InvalidValidationError]. Field names in the errors are the json names. Use
// [Validator.Check] for a report with messages and the cross-field rules.
func (v *Validator) Struct(x any) error { return v.v.Struct(x) }

// Translator returns the universal translator for lang with validator's default messages
// and ours installed, for callers that translate [validator.FieldError] values themselves.
func (v *Validator) Translator(lang Language) ut.Translator {
	if lang == English {
		return v.en
	}
	return v.zh
}

// checker collects the problems of one Check call.
type checker struct {
	v        *Validator
	app      *icp.Application
	prov     province.Code
	hasRef   bool
	ref      icp.Date
	rules    []province.Rule
	problems []Problem
	// decodeBad holds the paths CheckJSON already reported as undecodable; tag failures there
	// (a required value that is now zero) would only repeat them. See repeatsDecodeProblem.
	decodeBad map[string]bool
	// decodeBadInside holds the paths that contain a path of decodeBad.
	decodeBadInside map[string]bool
}

func (c *checker) add(p Problem) {
	p.MessageEN = sentence(p.MessageEN)
	if c.v.cfg.lang == English {
		p.Message = p.MessageEN
	} else {
		p.Message = p.MessageZH
	}
	c.problems = append(c.problems, p)
}

// fieldProblems runs the struct tags on x and turns every failure into a Problem.
func (c *checker) fieldProblems(ctx context.Context, x any) { c.fieldProblemsAt(ctx, x, "") }

// fieldProblemsAt is fieldProblems for a value at the JSON path prefix of the application.
func (c *checker) fieldProblemsAt(ctx context.Context, x any, prefix string) {
	err := c.v.v.StructCtx(ctx, x)
	if err == nil {
		return
	}
	var ves validator.ValidationErrors
	if !errors.As(err, &ves) {
		c.rule(prefix, ruleInvalidInput, same(err.Error()))
		return
	}
	for _, fe := range ves {
		path := joinPath(prefix, pathOf(fe.Namespace()))
		if c.repeatsDecodeProblem(path, fe.Tag()) {
			// An object that was given but holds only undecodable values decodes as empty,
			// and validator does not look inside an empty required struct: look inside it
			// here, so that its other missing fields are reported at once too.
			if fe.Kind() == reflect.Struct && !c.atOrUnderDecodeBad(path) {
				if sub, ok := valueAt(reflect.ValueOf(c.app), path); ok {
					c.fieldProblemsAt(ctx, sub.Interface(), path)
				}
			}
			continue
		}
		lbl := labelFor(path)
		m, r := fieldMessage(fe, lbl)
		if fe.Tag() == "cert_number" {
			if why, ok := c.certNumberReason(path); ok {
				m = withReason(m, why)
			}
		}
		c.add(Problem{
			Path: path, Rule: fe.Tag(), Severity: SeverityError,
			MessageZH: m.zh, MessageEN: m.en, Rectification: string(r.notice),
		})
	}
}

// valueAt returns the value at a JSON path such as "websites[1].responsiblePerson" inside v,
// naming fields by their json names; ok is false when the path leads nowhere.
func valueAt(v reflect.Value, path string) (reflect.Value, bool) {
	for path != "" {
		for v.Kind() == reflect.Pointer {
			if v.IsNil() {
				return reflect.Value{}, false
			}
			v = v.Elem()
		}
		if path[0] == '[' {
			end := strings.IndexByte(path, ']')
			i, err := strconv.Atoi(path[1:max(end, 1)])
			if end < 0 || err != nil || (v.Kind() != reflect.Slice && v.Kind() != reflect.Array) || i < 0 || i >= v.Len() {
				return reflect.Value{}, false
			}
			v, path = v.Index(i), strings.TrimPrefix(path[end+1:], ".")
			continue
		}
		end := strings.IndexAny(path, ".[")
		if end < 0 {
			end = len(path)
		}
		name := path[:end]
		path = strings.TrimPrefix(path[end:], ".")
		if v.Kind() != reflect.Struct {
			return reflect.Value{}, false
		}
		found := false
		for i := range v.NumField() {
			if f := v.Type().Field(i); f.IsExported() && jsonName(f) == name {
				v, found = v.Field(i), true
				break
			}
		}
		if !found {
			return reflect.Value{}, false
		}
	}
	return v, v.IsValid()
}

// repeatsDecodeProblem reports whether a tag failure at path only repeats a value CheckJSON
// could not decode: the failure lies at or inside that value (an object of the wrong type
// leaves all its fields empty), or it is "required" on an object that holds it (the object
// was given, but nothing in it could be decoded). It looks up path and its ancestors, so a
// report costs the same per problem however many values were undecodable.
func (c *checker) repeatsDecodeProblem(path, tag string) bool {
	if len(c.decodeBad) == 0 {
		return false
	}
	return (tag == "required" && c.decodeBadInside[path]) || c.atOrUnderDecodeBad(path)
}

// atOrUnderDecodeBad reports whether path or one of its ancestors could not be decoded.
func (c *checker) atOrUnderDecodeBad(path string) bool {
	for i := range len(path) + 1 {
		if (i == len(path) || path[i] == '.' || path[i] == '[') && c.decodeBad[path[:i]] {
			return true
		}
	}
	return false
}

// pathAncestors returns the set of paths that hold one of paths: for "a.b[0].c", "a",
// "a.b" and "a.b[0]".
func pathAncestors(paths map[string]bool) map[string]bool {
	out := map[string]bool{}
	for p := range paths {
		for i := range len(p) {
			if p[i] == '.' || p[i] == '[' {
				out[p[:i]] = true
			}
		}
	}
	return out
}

// pathOf turns validator's namespace "Application.websites[1].domains[0]" into the JSON
// path "websites[1].domains[0]" by dropping the root type name.
func pathOf(ns string) string {
	_, rest, ok := strings.Cut(ns, ".")
	if !ok {
		return ""
	}
	return rest
}

// sentence starts an English message with a capital letter.
func sentence(s string) string {
	if s != "" && s[0] >= 'a' && s[0] <= 'z' {
		return string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

// certNumberReason explains a cert_number failure in the application: the tag function
// cannot say why, but here the certificate type beside the number is known.
func (c *checker) certNumberReason(path string) (reason, bool) {
	if c.app == nil {
		return reason{}, false
	}
	if path == "subject.certNumber" {
		return reasonOf(certNumberError(c.app.Subject.CertType, c.app.Subject.CertNumber.Reveal()))
	}
	for p, person := range c.app.Persons() {
		if p+".certNumber" == path {
			return reasonOf(certNumberError(person.CertType, person.CertNumber.Reveal()))
		}
	}
	return reason{}, false
}
