package validate_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/beian-go/beian/validate"
)

// TestCheckJSONHostileInput runs the lenient decoder on input a careless or hostile filer
// sends and checks what the report says, what it must not say, and that no personal data
// typed in the input appears in any path or message.
func TestCheckJSONHostileInput(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    [][2]string // path, rule that must be reported
		notWant [][2]string // path, rule that must not be reported
		secrets []string    // text that must appear in no path or message
	}{
		{
			// Windows editors write a byte order mark; it is not part of the JSON.
			name: "byte order mark",
			in:   "\xef\xbb\xbf{\"subject\": {}, \"zz\": 1}",
			want: [][2]string{{"subject", "required"}, {"zz", "json_unknown_field"}},
		},
		{
			// A mobile typed as a key must not be quoted back in full.
			name:    "unknown key holding a mobile",
			in:      `{"subject": {}, "13800138000": "张三"}`,
			want:    [][2]string{{"1***0", "json_unknown_field"}},
			secrets: []string{"13800138000"},
		},
		{
			// Nor an email address or an identity number.
			name:    "unknown keys holding an email and an ID",
			in:      `{"subject": {"principal": {"zhang.san@example.com": 1, "11010519491231002X": 2}}}`,
			want:    [][2]string{{"subject.principal.z***m", "json_unknown_field"}, {"subject.principal.1***X", "json_unknown_field"}},
			secrets: []string{"zhang.san@example.com", "11010519491231002X", "zhang"},
		},
		{
			// An ordinary misspelt field name is shown as typed.
			name: "misspelt field name",
			in:   `{"subject": {}, "websties": []}`,
			want: [][2]string{{"websties", "json_unknown_field"}},
		},
		{
			// A bad mobile is reported at its path without quoting it, and the subject that
			// holds it was given: no "subject is required", but what it lacks besides.
			name:    "bad mobile",
			in:      `{"subject": {"principal": {"mobile": "13800138000x"}}}`,
			want:    [][2]string{{"subject.principal.mobile", "cn_mobile"}, {"subject.name", "required"}, {"subject.principal.name", "required"}},
			notWant: [][2]string{{"subject", "required"}, {"subject.principal", "required"}, {"subject.principal.mobile", "required"}},
			secrets: []string{"13800138000"},
		},
		{
			// A bad email likewise.
			name:    "bad email",
			in:      `{"subject": {"principal": {"email": "zhang.san@@example.com"}}}`,
			want:    [][2]string{{"subject.principal.email", "cn_email"}},
			secrets: []string{"zhang.san", "example.com"},
		},
		{
			// A resident ID with a wrong check character is named, not quoted.
			name:    "bad resident ID",
			in:      `{"subject": {"principal": {"certType": "resident-id", "certNumber": "110105194912310020", "mobile": 13800138000}}}`,
			want:    [][2]string{{"subject.principal.certNumber", "cert_number"}, {"subject.principal.mobile", "json_type"}},
			secrets: []string{"110105194912310020", "13800138000"},
		},
		{
			// An array where a website object belongs: one problem at the website, not a
			// "required" for every field of the empty website it decodes to.
			name:    "array for an object",
			in:      `{"subject": {}, "websites": [[["deep"]]]}`,
			want:    [][2]string{{"websites[0]", "json_type"}},
			notWant: [][2]string{{"websites[0].name", "required"}, {"websites[0].domains", "required"}},
		},
		{
			// A website whose only value is undecodable: its other missing fields are still
			// listed, its name only once.
			name:    "bad value in a website",
			in:      `{"subject": {}, "websites": [{"name": 5}]}`,
			want:    [][2]string{{"websites[0].name", "json_type"}, {"websites[0].domains", "required"}, {"websites[0].responsiblePerson", "required"}},
			notWant: [][2]string{{"websites[0]", "required"}, {"websites[0].name", "required"}},
		},
		{
			// A string where an object belongs.
			name:    "string for the subject",
			in:      `{"subject": "北京星河示例科技有限公司"}`,
			want:    [][2]string{{"subject", "json_type"}},
			notWant: [][2]string{{"subject", "required"}},
		},
		{
			// A date that does not exist has its own listed rule code.
			name: "impossible date",
			in:   `{"subject": {"principal": {"validTo": "2036-02-30"}}}`,
			want: [][2]string{{"subject.principal.validTo", "date"}},
		},
	}
	v := validate.New(validate.At(refTime))
	for _, tt := range tests {
		r, app, err := v.CheckJSON(context.Background(), []byte(tt.in))
		if err != nil || app == nil {
			t.Errorf("%s: error %v", tt.name, err)
			continue
		}
		for _, w := range tt.want {
			if !hasRule(r, w[0], w[1]) {
				t.Errorf("%s: no %s at %q in %+v", tt.name, w[1], w[0], r.Problems)
			}
		}
		for _, w := range tt.notWant {
			if hasRule(r, w[0], w[1]) {
				t.Errorf("%s: unexpected %s at %q", tt.name, w[1], w[0])
			}
		}
		for _, p := range r.Problems {
			for _, s := range tt.secrets {
				for _, text := range []string{p.Path, p.Message, p.MessageZH, p.MessageEN} {
					if strings.Contains(text, s) {
						t.Errorf("%s: %q quotes %q", tt.name, text, s)
					}
				}
			}
		}
	}
}

// TestReportedRulesAreListed checks that every rule code a report carries is documented: one
// of RuleCodes, or a tag with a message of its own in both languages.
func TestReportedRulesAreListed(t *testing.T) {
	codes := validate.RuleCodes()
	v := validate.New(validate.At(refTime))
	var inputs [][]byte
	for _, name := range []string{"sample-application-mistakes.json", "bad-values.json"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, b)
	}
	inputs = append(inputs, []byte(`{"subject": {"principal": {"validTo": "2036-02-30", "mobile": 1}}, "x": 1}`))
	for _, in := range inputs {
		r, _, err := v.CheckJSON(context.Background(), in)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range r.Problems {
			listed := slices.Contains(codes, p.Rule) ||
				validate.TagMessage(p.Rule, validate.Chinese) != "" && validate.TagMessage(p.Rule, validate.English) != ""
			if !listed {
				t.Errorf("rule %q at %q is neither a rule code nor a tag with messages", p.Rule, p.Path)
			}
		}
	}
}

// TestCheckJSONDeepNesting: a skipped value nested deeper than encoding/json accepts is refused
// with their position, like any malformed input, wherever they occur; at the limit they are
// skipped as an unknown field.
func TestCheckJSONDeepNesting(t *testing.T) {
	const limit = 10000
	nested := func(depth int) string { return strings.Repeat("[", depth) + strings.Repeat("]", depth) }
	tests := []struct {
		name   string
		in     string
		col    int // column of the first bracket too many; 0 when the input is accepted
		always string
	}{
		{"unknown field at the limit", `{"x":` + nested(limit) + `}`, 0, "x"},
		{"unknown field over the limit", `{"x":` + nested(limit+1) + `}`, 6 + limit, ""},
		{"website over the limit", `{"websites":[` + nested(limit+1) + `]}`, 14 + limit, ""},
	}
	v := validate.New(validate.At(refTime))
	for _, tt := range tests {
		r, _, err := v.CheckJSON(context.Background(), []byte(tt.in))
		if tt.col == 0 {
			if err != nil || !hasRule(r, tt.always, "json_unknown_field") {
				t.Errorf("%s: error %v, problems %+v", tt.name, err, r.Problems)
			}
			continue
		}
		var ie *validate.InputError
		if !asInputError(err, &ie) || ie.Line != 1 || ie.Column != tt.col || !strings.Contains(err.Error(), "nested too deeply") {
			t.Errorf("%s: error %v, want one at column %d", tt.name, err, tt.col)
		}
	}
}
