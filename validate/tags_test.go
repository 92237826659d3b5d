package validate_test

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/go-playground/locales/en"
	"github.com/go-playground/locales/zh"
	ut "github.com/go-playground/universal-translator"
	"github.com/go-playground/validator/v10"
	zh_translations "github.com/go-playground/validator/v10/translations/zh"
	"github.com/shopspring/decimal"

	"github.com/beian-go/beian/validate"
)

// icpTags collects every tag name used in the validate struct tags of package icp.
func icpTags(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "icp", "*.go"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no icp sources: %v", err)
	}
	re := regexp.MustCompile("validate:\"([^\"]*)\"")
	seen := map[string]bool{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(b), -1) {
			for _, part := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ',' || r == '|' }) {
				name, _, _ := strings.Cut(part, "=")
				switch name {
				case "omitempty", "omitzero", "omitnil", "dive", "keys", "endkeys", "-", "structonly", "nostructlevel":
					continue
				}
				seen[name] = true
			}
		}
	}
	var out []string
	for k := range seen {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// TestEveryICPTagHasMessages fails when a tag used anywhere in icp has no message in either
// language in the user-facing translations that Register installs alongside validator's.
func TestEveryICPTagHasMessages(t *testing.T) {
	v := validator.New()
	zhLoc, enLoc := zh.New(), en.New()
	uni := ut.New(zhLoc, zhLoc, enLoc)
	zhT, _ := uni.GetTranslator("zh")
	enT, _ := uni.GetTranslator("en")
	if err := zh_translations.RegisterDefaultTranslations(v, zhT); err != nil {
		t.Fatal(err)
	}
	if err := validate.Register(v, zhT, enT); err != nil {
		t.Fatal(err)
	}
	for _, tag := range icpTags(t) {
		zhMsg, enMsg := validate.TagMessage(tag, validate.Chinese), validate.TagMessage(tag, validate.English)
		if zhMsg == "" || enMsg == "" {
			t.Errorf("tag %q: zh %q, en %q", tag, zhMsg, enMsg)
		}
		if !strings.ContainsFunc(zhMsg, func(r rune) bool { return r >= 0x4E00 && r <= 0x9FFF }) {
			t.Errorf("tag %q: zh message %q has no Chinese", tag, zhMsg)
		}
	}
}

// TestRegisterIntoUserValidator shows a user's own validator getting our rules by tag.
func TestRegisterIntoUserValidator(t *testing.T) {
	type form struct {
		Mobile  string          `validate:"cn_mobile"`
		Domain  string          `validate:"filing_domain"`
		Number  string          `validate:"icp_subject_number"`
		Capital decimal.Decimal `validate:"dec_gte=1000000"`
		Share   decimal.Decimal `validate:"dec_lte=0.5"`
		Prov    string          `validate:"province"`
	}
	v := validator.New()
	zhLoc := zh.New()
	zhT, _ := ut.New(zhLoc, zhLoc).GetTranslator("zh")
	if err := validate.Register(v, zhT); err != nil {
		t.Fatal(err)
	}
	good := form{"13800000001", "example.cn", "京ICP备12345678号", decimal.RequireFromString("1000000"), decimal.RequireFromString("0.5"), "粤"}
	if err := v.Struct(good); err != nil {
		t.Fatalf("good form: %v", err)
	}
	bad := form{"1380000000", "www.example.cn", "京ICP备12345678号-1", decimal.RequireFromString("999999.99"), decimal.RequireFromString("0.5000001"), "香港"}
	err := v.Struct(bad)
	var ves validator.ValidationErrors
	if !asValidationErrors(err, &ves) || len(ves) != 6 {
		t.Fatalf("bad form: want 6 errors, got %v", err)
	}
	msg := ves[0].Translate(zhT)
	if !strings.Contains(msg, "手机号码") {
		t.Errorf("zh translation = %q", msg)
	}
	if validate.Register(nil) == nil {
		t.Error("Register(nil) did not fail")
	}
}

func asValidationErrors(err error, ves *validator.ValidationErrors) bool {
	v, ok := err.(validator.ValidationErrors)
	*ves = v
	return ok
}

// TestRegisterFillsZhGaps: built-ins that validator's zh translations lack get Chinese
// messages from Register instead of validator's English fallback.
func TestRegisterFillsZhGaps(t *testing.T) {
	type form struct {
		List []string `validate:"unique"`
		Host string   `validate:"fqdn"`
		Tel  string   `validate:"e164"`
	}
	v := validator.New()
	zhLoc := zh.New()
	zhT, _ := ut.New(zhLoc, zhLoc).GetTranslator("zh")
	if err := zh_translations.RegisterDefaultTranslations(v, zhT); err != nil {
		t.Fatal(err)
	}
	if err := validate.Register(v, zhT); err != nil {
		t.Fatal(err)
	}
	err := v.Struct(form{List: []string{"a", "a"}, Host: "-", Tel: "12"})
	var ves validator.ValidationErrors
	if !asValidationErrors(err, &ves) || len(ves) != 3 {
		t.Fatalf("want 3 errors, got %v", err)
	}
	for _, fe := range ves {
		msg := fe.Translate(zhT)
		if msg == fe.Error() || !strings.ContainsFunc(msg, func(r rune) bool { return r >= 0x4E00 && r <= 0x9FFF }) {
			t.Errorf("%s: zh message %q", fe.Tag(), msg)
		}
	}
}
