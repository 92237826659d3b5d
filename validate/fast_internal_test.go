package validate

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/go-playground/validator/v10"
	"github.com/shopspring/decimal"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/province"
)

// fillArgsByteWise is the straightforward form of fillArgs, kept as the reference.
func fillArgsByteWise(tmpl, lbl string, args []string) string {
	var b strings.Builder
	for i := 0; i < len(tmpl); i++ {
		if tmpl[i] == '{' && i+2 < len(tmpl) && tmpl[i+2] == '}' && isDigit(tmpl[i+1]) {
			switch n := int(tmpl[i+1] - '0'); {
			case n == 0:
				b.WriteString(lbl)
			case n <= len(args):
				b.WriteString(args[n-1])
			}
			i += 2
			continue
		}
		b.WriteByte(tmpl[i])
	}
	return b.String()
}

// FuzzFillArgs: fillArgs gives the byte-wise reference result for any template, and
// fillSentence that result as a sentence.
func FuzzFillArgs(f *testing.F) {
	for _, s := range ruleSpecs {
		f.Add(s.zh, "标签", "甲")
		f.Add(s.en, "label", "a")
	}
	f.Add("{", "x", "y")
	f.Add("{{0}}{1", "x", "y")
	f.Add("a{9}b{x}c{1}", "x", "y")
	f.Fuzz(func(t *testing.T, tmpl, lbl, arg string) {
		args := []string{arg}
		want := fillArgsByteWise(tmpl, lbl, args)
		if got := fillArgs(tmpl, lbl, args); got != want {
			t.Errorf("fillArgs(%q, %q, %q) = %q, want %q", tmpl, lbl, arg, got, want)
		}
		if got := fillSentence(tmpl, lbl, args); got != sentence(want) {
			t.Errorf("fillSentence(%q, %q, %q) = %q, want %q", tmpl, lbl, arg, got, sentence(want))
		}
	})
}

// labelForByPrefix is labelFor as it was before the joined tables: it walks the role tables.
func labelForByPrefix(path string) label {
	p := stripIndexes(path)
	if strings.HasSuffix(path, "]") {
		leaf := p[strings.LastIndexByte(p, '.')+1:]
		if l, ok := elementLabels[leaf]; ok {
			if role, ok := serviceRoles[p[:max(strings.IndexByte(p, '.'), 0)]]; ok {
				return label{role.zh + l.zh, role.en + l.en}
			}
			return l
		}
	}
	if l, ok := topLabels[p]; ok {
		return l
	}
	for prefix, role := range personRoles {
		if rest, ok := strings.CutPrefix(p, prefix+"."); ok {
			if l, ok := personLabels[rest]; ok {
				return label{role.zh + l.zh, role.en + l.en}
			}
		}
	}
	if rest, ok := strings.CutPrefix(p, "subject."); ok {
		if l, ok := subjectLabels[rest]; ok {
			return l
		}
	}
	for prefix, role := range serviceRoles {
		if rest, ok := strings.CutPrefix(p, prefix+"."); ok {
			if l, ok := serviceLabels[rest]; ok {
				return label{role.zh + l.zh, role.en + l.en}
			}
		}
	}
	last := p[strings.LastIndexByte(p, '.')+1:]
	if l, ok := leafLabels[last]; ok {
		return l
	}
	return label{last, last}
}

// TestLabelForTables: the joined label tables give the same label as walking the role
// tables, for every path the tables can form and for paths outside them.
func TestLabelForTables(t *testing.T) {
	paths := []string{"", "subject", "websites", "apps", "websites[3]", "nowhere", "a.b.c", "holder",
		"subject.principal", "websites[0].responsiblePerson", "apps[1].responsiblePerson.x"}
	for rest := range subjectLabels {
		paths = append(paths, "subject."+rest)
	}
	for _, prefix := range []string{"subject.principal", "websites[0].responsiblePerson", "apps[2].responsiblePerson"} {
		for rest := range personLabels {
			paths = append(paths, prefix+"."+rest)
		}
	}
	for _, prefix := range []string{"websites[1]", "apps[0]", "other[0]"} {
		for rest := range serviceLabels {
			paths = append(paths, prefix+"."+rest, prefix+"."+strings.Replace(rest, ".", "[0].", 1))
		}
		for leaf := range elementLabels {
			paths = append(paths, prefix+"."+leaf+"[0]", leaf+"[1]")
		}
	}
	for leaf := range leafLabels {
		paths = append(paths, leaf, "x."+leaf)
	}
	for _, p := range paths {
		if got, want := labelFor(p), labelForByPrefix(p); got != want {
			t.Errorf("labelFor(%q) = %v, want %v", p, got, want)
		}
	}
}

// TestValueAsMatchesInterface: valueAs answers like a type assertion on Interface(), for
// addressable and non-addressable fields and fields of interface type, and does not allocate.
func TestValueAsMatchesInterface(t *testing.T) {
	type fields struct {
		Code    province.Code
		Cert    icp.CertType
		Domain  icp.Domain
		Dec     decimal.Decimal
		Text    string
		Any     any
		Nothing any
	}
	d, err := icp.ParseDomain("example.cn")
	if err != nil {
		t.Fatal(err)
	}
	x := fields{Code: province.Beijing, Cert: icp.CertResidentID, Domain: d, Dec: decimal.NewFromInt(3), Any: icp.CertPassport}
	for _, root := range []reflect.Value{reflect.ValueOf(&x).Elem(), reflect.ValueOf(x)} {
		for i := range root.NumField() {
			v := root.Field(i)
			name := root.Type().Field(i).Name
			wantC, wantCOK := v.Interface().(icp.CertType)
			if gotC, gotCOK := valueAs[icp.CertType](v); gotC != wantC || gotCOK != wantCOK {
				t.Errorf("%s (addressable %v): valueAs[CertType] = %v, %v, want %v, %v", name, v.CanAddr(), gotC, gotCOK, wantC, wantCOK)
			}
			wantD, wantDOK := v.Interface().(icp.Domain)
			if gotD, gotDOK := valueAs[icp.Domain](v); gotD != wantD || gotDOK != wantDOK {
				t.Errorf("%s (addressable %v): valueAs[Domain] = %v, %v, want %v, %v", name, v.CanAddr(), gotD, gotDOK, wantD, wantDOK)
			}
		}
	}
	if _, ok := valueAs[icp.CertType](reflect.Value{}); ok {
		t.Error("valueAs accepts the invalid reflect.Value")
	}
	field := reflect.ValueOf(&x).Elem().Field(2)
	allocs := testing.AllocsPerRun(100, func() {
		if got, ok := valueAs[icp.Domain](field); !ok || got != d {
			t.Fatal("valueAs[icp.Domain] failed")
		}
	})
	if allocs != 0 {
		t.Errorf("valueAs on an addressable field: %v allocations, want 0", allocs)
	}
}

// TestOriginValid: the tags that skip parsing for a valid icp value give the same verdict as
// parsing its text, and parse as before when the field is text, a map element, or a value
// whose text is not the one validator passes.
func TestOriginValid(t *testing.T) {
	type holder struct {
		Email   icp.Email             `validate:"cn_email"`
		Text    string                `validate:"cn_email"`
		Domains []icp.Domain          `validate:"dive,filing_domain"`
		AppDoms []icp.Domain          `validate:"dive,filing_domain=app"`
		ByKey   map[string]icp.Domain `validate:"dive,filing_domain"`
	}
	v := validator.New()
	if err := Register(v); err != nil {
		t.Fatal(err)
	}
	mustDomain := func(s string) icp.Domain {
		d, err := icp.ParseDomain(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	email, err := icp.ParseEmail("someone@example.cn")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		h      holder
		failed []string // struct namespaces that fail, in order
	}{
		// Valid values everywhere: nothing fails.
		{"valid", holder{Email: email, Text: "a@example.cn", Domains: []icp.Domain{mustDomain("example.cn")},
			AppDoms: []icp.Domain{mustDomain("api.example.cn")}, ByKey: map[string]icp.Domain{"k": mustDomain("example.com")}}, nil},
		// A subdomain is not registrable for a website but fine for an APP.
		{"subdomain", holder{Email: email, Text: "a@example.cn", Domains: []icp.Domain{mustDomain("example.cn"), mustDomain("www.example.cn")},
			AppDoms: []icp.Domain{mustDomain("www.example.cn")}}, []string{"holder.Domains[1]", "holder.AppDoms[0]"}},
		// A map element is checked from its text.
		{"map", holder{Email: email, Text: "a@example.cn", ByKey: map[string]icp.Domain{"k": mustDomain("a.example.cn")}}, []string{"holder.ByKey[k]"}},
		// Zero values give "" to the tags, which fails as before.
		{"zero", holder{Text: "not an address", Domains: []icp.Domain{{}}}, []string{"holder.Email", "holder.Text", "holder.Domains[0]"}},
	}
	for _, tc := range tests {
		var got []string
		if err := v.Struct(tc.h); err != nil {
			var ves validator.ValidationErrors
			if !errors.As(err, &ves) {
				t.Fatalf("%s: %v", tc.name, err)
			}
			for _, fe := range ves {
				got = append(got, fe.StructNamespace())
			}
		}
		if !slices.Equal(got, tc.failed) {
			t.Errorf("%s: failed %v, want %v", tc.name, got, tc.failed)
		}
		// The same through a pointer (addressable fields).
		got = got[:0]
		if err := v.Struct(&tc.h); err != nil {
			var ves validator.ValidationErrors
			errors.As(err, &ves)
			for _, fe := range ves {
				got = append(got, fe.StructNamespace())
			}
		}
		if !slices.Equal(got, tc.failed) {
			t.Errorf("%s by pointer: failed %v, want %v", tc.name, got, tc.failed)
		}
	}
}

// TestOnDomain: onDomain is "host equals domain or ends in .domain".
func TestOnDomain(t *testing.T) {
	tests := []struct{ host, domain string }{
		{"example.cn", "example.cn"},       // the domain itself
		{"www.example.cn", "example.cn"},   // a subdomain
		{"wwwexample.cn", "example.cn"},    // a longer name, not a subdomain
		{"example.cn", "www.example.cn"},   // the parent of the domain
		{".example.cn", "example.cn"},      // an empty label in front
		{"a.b.example.cn", "b.example.cn"}, // two levels down
		{"", "example.cn"},                 // no host
		{"cn", "example.cn"},               // shorter than the domain
	}
	for _, tc := range tests {
		want := tc.host == tc.domain || strings.HasSuffix(tc.host, "."+tc.domain)
		if got := onDomain(tc.host, tc.domain); got != want {
			t.Errorf("onDomain(%q, %q) = %v, want %v", tc.host, tc.domain, got, want)
		}
	}
}

// stripIndexesByteWise is the straightforward form of stripIndexes, kept as the reference.
func stripIndexesByteWise(path string) string {
	if !strings.Contains(path, "[") {
		return path
	}
	var b strings.Builder
	skip := false
	for i := 0; i < len(path); i++ {
		switch c := path[i]; {
		case c == '[':
			skip = true
		case c == ']':
			skip = false
		case !skip:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// FuzzStripIndexes: stripIndexes gives the byte-wise reference result for any path.
func FuzzStripIndexes(f *testing.F) {
	for _, s := range []string{"", "websites[1].domains[0]", "a]b[c", "x[[y]z]w", "[", "]", "apps[10].platforms[2].packageName"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, path string) {
		if got, want := stripIndexes(path), stripIndexesByteWise(path); got != want {
			t.Errorf("stripIndexes(%q) = %q, want %q", path, got, want)
		}
	})
}

// TestProvinceRuleTable: the rules New keeps per province are those province.RulesAt gives
// at the reference time, in the same order; without a reference time, the default rules
// without dates.
func TestProvinceRuleTable(t *testing.T) {
	for _, at := range []time.Time{
		time.Date(2019, 1, 1, 0, 0, 0, 0, chinaTime),
		time.Date(2024, 6, 30, 23, 59, 0, 0, chinaTime),
		time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC),
	} {
		table := provinceRuleTable(at)
		for p := range province.All() {
			if got, want := table[p], province.RulesAt(p, at); !slices.Equal(got, want) {
				t.Errorf("%v at %v: table has %d rules, RulesAt %d", p, at, len(got), len(want))
			}
		}
		if rs := table[0]; len(rs) != 0 {
			t.Errorf("code 0 at %v has rules %v", at, rs)
		}
	}
	table := provinceRuleTable(time.Time{})
	for p := range province.All() {
		var want []province.Rule
		for r := range province.Rules() {
			if r.Province == p && r.Default && r.From.IsZero() && r.Until.IsZero() {
				want = append(want, r)
			}
		}
		if got := table[p]; !slices.Equal(got, want) {
			t.Errorf("%v without a date: table has %d rules, want %d", p, len(got), len(want))
		}
	}
}
