package validate

import (
	"encoding"
	"reflect"
	"strings"
	"testing"

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

// FuzzFillArgs: fillArgs gives the byte-wise reference result for any template.
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
		if got, want := fillArgs(tmpl, lbl, args), fillArgsByteWise(tmpl, lbl, args); got != want {
			t.Errorf("fillArgs(%q, %q, %q) = %q, want %q", tmpl, lbl, arg, got, want)
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

// pointerValidity has IsValid only on its pointer, so a value of it is not a validity.
type pointerValidity uint8

func (*pointerValidity) IsValid() bool { return true }

// TestReflectHelpersMatchInterface: valueAs and implementer answer like a type assertion on
// Interface(), for addressable and non-addressable fields, and do not allocate.
func TestReflectHelpersMatchInterface(t *testing.T) {
	type fields struct {
		Code    province.Code
		Cert    icp.CertType
		Domain  icp.Domain
		Dec     decimal.Decimal
		Ptr     pointerValidity
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
			wantV, wantVOK := v.Interface().(validity)
			gotV, gotVOK := implementer[validity](v)
			if gotVOK != wantVOK || (gotVOK && gotV.IsValid() != wantV.IsValid()) {
				t.Errorf("%s (addressable %v): implementer[validity] ok=%v, Interface ok=%v", name, v.CanAddr(), gotVOK, wantVOK)
			}
			_, wantTOK := v.Interface().(encoding.TextMarshaler)
			if _, gotTOK := implementer[encoding.TextMarshaler](v); gotTOK != wantTOK {
				t.Errorf("%s: implementer[TextMarshaler] ok=%v, want %v", name, gotTOK, wantTOK)
			}
			wantC, wantCOK := v.Interface().(icp.CertType)
			if gotC, gotCOK := valueAs[icp.CertType](v); gotC != wantC || gotCOK != wantCOK {
				t.Errorf("%s: valueAs[CertType] = %v, %v, want %v, %v", name, gotC, gotCOK, wantC, wantCOK)
			}
			wantD, wantDOK := v.Interface().(icp.Domain)
			if gotD, gotDOK := valueAs[icp.Domain](v); gotD != wantD || gotDOK != wantDOK {
				t.Errorf("%s: valueAs[Domain] = %v, %v, want %v, %v", name, gotD, gotDOK, wantD, wantDOK)
			}
		}
	}
	if _, ok := valueAs[icp.CertType](reflect.Value{}); ok {
		t.Error("valueAs accepts the invalid reflect.Value")
	}
	if _, ok := implementer[validity](reflect.Value{}); ok {
		t.Error("implementer accepts the invalid reflect.Value")
	}
	field := reflect.ValueOf(&x).Elem().Field(0)
	allocs := testing.AllocsPerRun(100, func() {
		if valid, handled := typedValid(field); !valid || !handled {
			t.Fatal("province.Beijing not valid")
		}
		if _, ok := valueAs[province.Code](field); !ok {
			t.Fatal("valueAs[province.Code] failed")
		}
	})
	if allocs != 0 {
		t.Errorf("typedValid and valueAs on an addressable field: %v allocations, want 0", allocs)
	}
}
