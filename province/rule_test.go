package province_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/beian-go/beian/province"
)

var cst = time.FixedZone("CST", 8*60*60)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, cst) }

func hasKind(rules []province.Rule, k province.RuleKind) bool {
	return slices.ContainsFunc(rules, func(r province.Rule) bool { return r.Kind == k })
}

// TestRulesAtDates checks that dated rules appear exactly from their first day.
func TestRulesAtDates(t *testing.T) {
	tests := []struct {
		name string
		code province.Code
		at   time.Time
		kind province.RuleKind
		want bool
	}{
		{"Jiangsu day before", province.Jiangsu, day(2021, 5, 31), province.RuleAuthenticityCommitment, false},
		{"Jiangsu first day", province.Jiangsu, day(2021, 6, 1), province.RuleAuthenticityCommitment, true},
		{"Jiangsu last second before, in UTC", province.Jiangsu, time.Date(2021, 5, 31, 15, 59, 59, 0, time.UTC), province.RuleAuthenticityCommitment, false},
		{"Jiangsu midnight China time, in UTC", province.Jiangsu, time.Date(2021, 5, 31, 16, 0, 0, 0, time.UTC), province.RuleAuthenticityCommitment, true},
		{"Jiangsu authorisation from the same day", province.Jiangsu, day(2021, 6, 1), province.RuleNonLegalRepAuthorisation, true},
		{"Guangdong letter day before", province.Guangdong, day(2021, 6, 20), province.RuleCommitmentLetter, false},
		{"Guangdong letter first day", province.Guangdong, day(2021, 6, 21), province.RuleCommitmentLetter, true},
		{"Guangdong finance before 2016 rule", province.Guangdong, day(2016, 6, 19), province.RuleFinanceApproval, false},
		{"Guangdong finance from 2016 rule", province.Guangdong, day(2016, 6, 20), province.RuleFinanceApproval, true},
		{"undated rule always", province.Zhejiang, day(2000, 1, 1), province.RuleBureauReviewDays, true},
		{"other province unaffected", province.Beijing, day(2026, 1, 1), province.RuleCommitmentLetter, false},
	}
	for _, tt := range tests {
		if got := hasKind(province.RulesAt(tt.code, tt.at), tt.kind); got != tt.want {
			t.Errorf("%s: rule %v present = %v, want %v", tt.name, tt.kind, got, tt.want)
		}
	}
	if got := province.RulesAt(0, day(2026, 1, 1)); len(got) != 0 {
		t.Errorf("RulesAt(0) = %v", got)
	}
}

// TestConflictsKept checks that conflicting versions are kept but not applied by default.
func TestConflictsKept(t *testing.T) {
	at := day(2026, 1, 1)
	def := province.RulesAt(province.Beijing, at)
	all := province.AllRulesAt(province.Beijing, at)
	if hasKind(def, province.RulePrincipalLegalRep) || !hasKind(def, province.RulePrincipalAny) {
		t.Errorf("Beijing defaults = %v", def)
	}
	if !hasKind(all, province.RulePrincipalLegalRep) {
		t.Error("Beijing's conflicting legal-representative rule was dropped")
	}
	for _, r := range all {
		if r.Kind == province.RulePrincipalLegalRep && r.Default {
			t.Error("conflicting rule marked default")
		}
	}
}

// TestRuleTableInvariants checks the whole rule table.
func TestRuleTableInvariants(t *testing.T) {
	type key struct {
		p province.Code
		s province.Subject
		k province.RuleKind
	}
	defaults := map[key]bool{}
	principal := map[province.Code]int{}
	shell := []province.Code{}
	for r := range province.Rules() {
		if !r.Province.IsValid() || !r.Kind.IsValid() || r.Subject.String() == "" || r.Source == "" || r.Note == "" {
			t.Errorf("incomplete rule %+v", r)
		}
		if !r.Until.IsZero() && !r.From.Before(r.Until) {
			t.Errorf("rule ends before it starts: %+v", r)
		}
		if strings.HasPrefix(r.Kind.String(), "RuleKind(") || r.Kind.Label() == "" {
			t.Errorf("kind %d has no name", r.Kind)
		}
		if !r.Default {
			continue
		}
		k := key{r.Province, r.Subject, r.Kind}
		if defaults[k] {
			t.Errorf("two default rules for %v %v %v", r.Province, r.Subject, r.Kind)
		}
		defaults[k] = true
		switch r.Kind {
		case province.RulePrincipalLegalRep, province.RulePrincipalAny, province.RulePrincipalAuthorisation:
			principal[r.Province]++
		case province.RuleShellSubjectMayAdd:
			shell = append(shell, r.Province)
		case province.RuleMinimumAge, province.RuleMaxDomainsPerOrder, province.RuleDomainMinValidity, province.RuleBureauReviewDays:
			if r.Param <= 0 {
				t.Errorf("rule %v needs a parameter: %+v", r.Kind, r)
			}
		}
	}
	for c := range province.All() {
		if principal[c] != 1 {
			t.Errorf("%v has %d default principal rules, want exactly 1", c, principal[c])
		}
	}
	// domain.md §2.3: the eleven provinces where a shell subject may add services directly.
	want := []province.Code{province.Beijing, province.Tianjin, province.Shanxi, province.Liaoning,
		province.Shanghai, province.Jiangsu, province.Zhejiang, province.Guangxi, province.Sichuan,
		province.Guizhou, province.Yunnan}
	slices.Sort(shell)
	if !slices.Equal(shell, want) {
		t.Errorf("shell-subject provinces = %v, want %v", shell, want)
	}
	for k := province.RuleKind(1); k.IsValid(); k++ {
		if k.Label() == "" || strings.HasPrefix(k.String(), "RuleKind(") {
			t.Errorf("rule kind %d lacks a name", k)
		}
	}
}

// TestSubjectCovers checks which filers a rule's subject kind covers.
func TestSubjectCovers(t *testing.T) {
	if !province.SubjectAny.Covers(province.SubjectIndividual) || !province.SubjectUnit.Covers(province.SubjectUnit) ||
		province.SubjectUnit.Covers(province.SubjectIndividual) {
		t.Error("Covers is wrong")
	}
	for s := province.SubjectAny; s <= province.SubjectIndividual; s++ {
		if s.Label() == "" || strings.HasPrefix(s.String(), "Subject(") {
			t.Errorf("subject %d lacks a name", s)
		}
	}
}
