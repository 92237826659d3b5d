package validate

import (
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/beian-go/beian/icp"
)

func hasHan(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Han, r) })
}

// TestTablesComplete: every tag and rule has a message in both languages, codes are unique.
func TestTablesComplete(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range customTags {
		if seen[s.name] || s.check == nil || !hasHan(s.zh) || s.en == "" || !strings.Contains(s.zh, "{0}") || !strings.Contains(s.en, "{0}") {
			t.Errorf("tag %q incomplete or repeated", s.name)
		}
		seen[s.name] = true
	}
	for _, s := range ruleSpecs {
		if seen[s.code] || !hasHan(s.zh) || s.en == "" {
			t.Errorf("rule %q incomplete or repeated", s.code)
		}
		seen[s.code] = true
		if s.notice != "" {
			if _, ok := icp.LookupNotice(s.notice); !ok {
				t.Errorf("rule %q names unknown notice %q", s.code, s.notice)
			}
		}
	}
	for _, s := range customTags {
		if s.notice != "" {
			if _, ok := icp.LookupNotice(s.notice); !ok {
				t.Errorf("tag %q names unknown notice %q", s.name, s.notice)
			}
		}
	}
	for tag, m := range builtinTags {
		if !hasHan(m.zh) || m.en == "" {
			t.Errorf("built-in %q incomplete", tag)
		}
	}
}

// TestEveryFieldHasALabel walks the application model and checks that every JSON path has a
// Chinese label, so that no message shows a raw field name.
func TestEveryFieldHasALabel(t *testing.T) {
	var walk func(typ reflect.Type, path string, depth int)
	walk = func(typ reflect.Type, path string, depth int) {
		for typ.Kind() == reflect.Pointer {
			typ = typ.Elem()
		}
		if path != "" {
			l := labelFor(path)
			if !hasHan(l.zh) || l.en == "" {
				t.Errorf("%s: label %+v", path, l)
			}
		}
		if depth > 6 {
			return
		}
		switch typ.Kind() {
		case reflect.Slice:
			walk(typ.Elem(), path+"[0]", depth+1)
		case reflect.Struct:
			if reflect.PointerTo(typ).Implements(reflect.TypeFor[interface{ UnmarshalText([]byte) error }]()) {
				return
			}
			for i := range typ.NumField() {
				f := typ.Field(i)
				if !f.IsExported() {
					continue
				}
				name := jsonName(f)
				if path != "" {
					name = path + "." + name
				}
				walk(f.Type, name, depth+1)
			}
		}
	}
	walk(reflect.TypeFor[icp.Application](), "", 0)
}

func TestComparePaths(t *testing.T) {
	ordered := []string{"", "subject", "subject.name", "subject.principal.mobile", "websites", "websites[2].name", "websites[10]", "websites[10].domains[0]"}
	for i := 1; i < len(ordered); i++ {
		if comparePaths(ordered[i-1], ordered[i]) >= 0 || comparePaths(ordered[i], ordered[i-1]) <= 0 {
			t.Errorf("%q should sort before %q", ordered[i-1], ordered[i])
		}
	}
}
