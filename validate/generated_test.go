package validate_test

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/beian-go/beian/icp/icptest"
	"github.com/beian-go/beian/province"
	"github.com/beian-go/beian/validate"
)

// TestGeneratedApplicationsPass: applications that icptest builds with valid defaults, for
// units and individuals in every province, have no errors at its reference time.
func TestGeneratedApplicationsPass(t *testing.T) {
	v := validate.New(validate.At(icptest.Reference()))
	g := icptest.New(7)
	for p := range province.All() {
		sites := 2
		if p == province.Hubei || p == province.Hunan {
			sites = 1 // one website per order there
		}
		for _, opts := range [][]icptest.Option{
			{icptest.InProvince(p), icptest.Websites(sites), icptest.Apps(1)},
			{icptest.InProvince(p), icptest.Individual(), icptest.Websites(1)},
		} {
			app := g.Application(opts...)
			r := v.Check(context.Background(), app)
			for _, pr := range r.Problems {
				if pr.Severity == validate.SeverityError {
					t.Errorf("%v: %s %s: %s", p, pr.Path, pr.Rule, pr.MessageEN)
				}
			}
		}
	}
}

// TestGeneratedDefectsAreReported: one invalid identifier of each kind of defect, put into a
// valid generated application, is reported at its path by the rule for its field.
func TestGeneratedDefectsAreReported(t *testing.T) {
	v := validate.New(validate.At(icptest.Reference()))
	g := icptest.New(11)
	type injection struct {
		path, rule string // rule "" accepts any problem at path
		value      string
	}
	var cases []injection
	for _, d := range icptest.MobileDefects() {
		cases = append(cases, injection{"subject.principal.mobile", "cn_mobile", g.InvalidMobile(d)})
	}
	for _, d := range icptest.DomainDefects() {
		cases = append(cases, injection{"websites[0].domains[0]", "filing_domain", g.InvalidDomain(d)})
	}
	for _, d := range icptest.CreditCodeDefects() {
		cases = append(cases, injection{"subject.certNumber", "cert_number", g.InvalidCreditCode(d)})
	}
	for _, d := range icptest.ResidentIDDefects() {
		cases = append(cases, injection{"subject.principal.certNumber", "", g.InvalidResidentID(d)})
	}
	for _, c := range cases {
		app := g.Application(icptest.Websites(1))
		var tree map[string]any
		b, err := json.Marshal(app)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &tree); err != nil {
			t.Fatal(err)
		}
		setPath(tree, c.path, c.value)
		b, err = json.Marshal(tree)
		if err != nil {
			t.Fatal(err)
		}
		r, _, err := v.CheckJSON(context.Background(), b)
		if err != nil {
			t.Fatalf("%s: %v", c.path, err)
		}
		if c.rule == "" && len(rulesAt(r, c.path)) > 0 {
			continue // any rule will do (a future birth date is a cross-field rule)
		}
		if !hasRule(r, c.path, c.rule) {
			t.Errorf("%s = %q: no %s problem; got %v", c.path, c.value, c.rule, rulesAt(r, c.path))
		}
	}
}

// setPath sets a value in a decoded JSON tree at a path such as "websites[0].domains[0]".
func setPath(tree map[string]any, path string, value any) {
	var cur any = tree
	parts := strings.Split(path, ".")
	for i, part := range parts {
		name, idx, hasIdx := strings.Cut(strings.TrimSuffix(part, "]"), "[")
		m := cur.(map[string]any)
		last := i == len(parts)-1
		if !hasIdx {
			if last {
				m[name] = value
				return
			}
			cur = m[name]
			continue
		}
		n, _ := strconv.Atoi(idx)
		list := m[name].([]any)
		if last {
			list[n] = value
			return
		}
		cur = list[n]
	}
}
