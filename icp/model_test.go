package icp_test

import (
	"encoding/json"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/province"
)

// TestSampleDecodes checks the realistic sample decodes strictly and holds
// what the examples rely on.
func TestSampleDecodes(t *testing.T) {
	app := loadApplication(t, "sample-application.json")
	s := app.Subject
	if s.Nature != icp.NatureEnterprise || s.CertType != icp.CertBusinessLicence || s.Province != province.Beijing {
		t.Errorf("subject = %v %v %v, want enterprise business-licence Beijing", s.Nature, s.CertType, s.Province)
	}
	if _, err := icp.ParseCreditCode(s.CertNumber.Reveal()); err != nil {
		t.Errorf("subject credit code: %v", err)
	}
	if len(app.Websites) != 2 || len(app.Apps) != 1 {
		t.Fatalf("got %d websites and %d apps, want 2 and 1", len(app.Websites), len(app.Apps))
	}
	at := icp.MustParseDate("2026-01-15")
	for path, p := range app.Persons() {
		if _, ok := p.ResidentID(); !ok {
			t.Errorf("%s: certificate number is not a valid resident ID", path)
		}
		if !p.ValidOn(at) {
			t.Errorf("%s: certificate not valid on %v", path, at)
		}
		if p.Mobile == p.EmergencyPhone {
			t.Errorf("%s: mobile equals emergency phone", path)
		}
	}
	for path, d := range app.Domains() {
		if !d.TLDApproved() {
			t.Errorf("%s: %v has no approved TLD", path, d)
		}
		if strings.HasPrefix(path, "websites") && !d.IsRegistrable() {
			t.Errorf("%s: %v is not registrable", path, d)
		}
	}
	for _, w := range app.Websites {
		if !w.ServiceContent.IsValid() || !w.AccessMethod.IsValid() || !w.ServerLocation.IsMainland() {
			t.Errorf("website %q: enum fields %v / %v / %v", w.Name, w.ServiceContent, w.AccessMethod, w.ServerLocation)
		}
		for _, r := range w.IPRanges {
			if !r.IsValid() {
				t.Errorf("website %q: bad IP range %v", w.Name, r)
			}
		}
	}
	for _, pl := range app.Apps[0].Platforms {
		if len(pl.Fingerprint) != pl.Platform.FingerprintHexLen() {
			t.Errorf("%v fingerprint has %d digits, want %d", pl.Platform, len(pl.Fingerprint), pl.Platform.FingerprintHexLen())
		}
	}
}

// TestSampleRoundTrip checks decode → encode → decode gives an equal value
// for both samples, and that encoding is stable.
func TestSampleRoundTrip(t *testing.T) {
	for _, name := range []string{"sample-application.json", "sample-application-mistakes.json"} {
		t.Run(name, func(t *testing.T) {
			first := loadApplication(t, name)
			enc, err := json.Marshal(first)
			if err != nil {
				t.Fatal(err)
			}
			second, err := decodeApplication(enc)
			if err != nil {
				t.Fatalf("re-decode: %v\n%s", err, enc)
			}
			if diff := cmp.Diff(first, second, modelCmpOptions); diff != "" {
				t.Errorf("round trip (-want +got):\n%s", diff)
			}
			again, err := json.Marshal(second)
			if err != nil {
				t.Fatal(err)
			}
			if string(again) != string(enc) {
				t.Errorf("encoding not stable:\n%s\n%s", enc, again)
			}
		})
	}
}

// TestMistakesSample checks that the mistakes sample decodes and really
// carries the mistakes the precheck example is meant to show.
func TestMistakesSample(t *testing.T) {
	app := loadApplication(t, "sample-application-mistakes.json")
	at := icp.MustParseDate("2026-01-15")
	p := app.Subject.Principal
	id, ok := p.ResidentID()
	if !ok {
		t.Fatal("principal has no valid resident ID")
	}
	if age := icp.DateOf(id.BirthDate()).YearsUntil(at); age >= 18 {
		t.Errorf("principal is %d, want under 18", age)
	}
	if p.Mobile != p.EmergencyPhone {
		t.Error("mobile differs from emergency phone")
	}
	if p.ValidOn(at) {
		t.Error("principal's ID is still valid")
	}
	w := app.Websites[0]
	if w.Domains[0].IsRegistrable() {
		t.Errorf("domain %v is registrable, want a www. form", w.Domains[0])
	}
	if !strings.HasPrefix(w.Name, "中国") {
		t.Errorf("site name %q lacks the 中国 prefix", w.Name)
	}
	reg, err := w.Domains[0].Registrable()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(w.HomeURLs[0], reg.String()) {
		t.Errorf("home URL %q is on the listed domain", w.HomeURLs[0])
	}
}

// modelStructTypes walks every struct type of the model reachable from roots.
func modelStructTypes(roots ...reflect.Type) []reflect.Type {
	pkg := reflect.TypeFor[icp.Application]().PkgPath()
	seen := map[reflect.Type]bool{}
	var out []reflect.Type
	var walk func(reflect.Type)
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Slice || t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || t.PkgPath() != pkg || seen[t] {
			return
		}
		seen[t] = true
		if t.NumField() > 0 && !t.Field(0).IsExported() {
			return // a value type with unexported fields, not a model struct
		}
		out = append(out, t)
		for i := range t.NumField() {
			walk(t.Field(i).Type)
		}
	}
	for _, r := range roots {
		walk(r)
	}
	return out
}

// modelKnownTags are the validate tags the model may use: validator
// built-ins plus the custom tags the validate package registers.
var modelKnownTags = map[string]bool{
	// built-ins
	"required": true, "omitempty": true, "max": true, "min": true, "len": true, "dive": true,
	"unique": true, "url": true, "hexadecimal": true, "printascii": true,
	"required_unless": true, "excluded_with": true,
	// custom
	"cn_resident_id": true, "cn_credit_code": true, "cn_org_code": true, "cn_mobile": true,
	"cn_landline": true, "cn_email": true, "filing_domain": true, "icp_number": true,
	"icp_service_number": true, "icp_licence_number": true,
	"icp_subject_number": true, "province": true, "site_name": true, "cert_number": true,
	"dec_gt": true, "dec_gte": true, "dec_lte": true, "enum_valid": true,
}

var lowerCamel = regexp.MustCompile(`^[a-z][a-zA-Z0-9]*$`)

// TestModelTags checks that every field of every model struct has a
// lowerCamelCase json name and a validate tag made only of known rules.
func TestModelTags(t *testing.T) {
	types := modelStructTypes(reflect.TypeFor[icp.Application](), reflect.TypeFor[icp.Licence]())
	if len(types) < 8 {
		t.Fatalf("walked only %d struct types: %v", len(types), types)
	}
	for _, typ := range types {
		for i := range typ.NumField() {
			f := typ.Field(i)
			where := typ.Name() + "." + f.Name
			js, ok := f.Tag.Lookup("json")
			if !ok {
				t.Errorf("%s: no json tag", where)
				continue
			}
			name, _, _ := strings.Cut(js, ",")
			if !lowerCamel.MatchString(name) {
				t.Errorf("%s: json name %q is not lowerCamelCase", where, name)
			}
			v, ok := f.Tag.Lookup("validate")
			if !ok || v == "" {
				t.Errorf("%s: no validate tag", where)
				continue
			}
			for rule := range strings.SplitSeq(v, ",") {
				for alt := range strings.SplitSeq(rule, "|") {
					tag, _, _ := strings.Cut(alt, "=")
					if !modelKnownTags[tag] {
						t.Errorf("%s: unknown validate rule %q in %q", where, tag, v)
					}
				}
			}
		}
	}
}

// TestModelTagsNamePersonalFields checks that the fields holding personal
// identifiers carry the matching custom rule.
func TestModelTagsNamePersonalFields(t *testing.T) {
	tests := []struct {
		typ   reflect.Type
		field string
		rule  string
	}{
		{reflect.TypeFor[icp.Person](), "Mobile", "cn_mobile"},                // mobile rule
		{reflect.TypeFor[icp.Person](), "EmergencyPhone", "cn_mobile"},        // emergency phone is a mobile
		{reflect.TypeFor[icp.Person](), "Email", "cn_email"},                  // email rule
		{reflect.TypeFor[icp.Person](), "CertNumber", "cert_number=CertType"}, // number fits its type
		{reflect.TypeFor[icp.Subject](), "CertNumber", "cert_number=CertType"},
		{reflect.TypeFor[icp.Subject](), "Province", "province"},         // province rule
		{reflect.TypeFor[icp.Website](), "Name", "site_name"},            // site-name rules
		{reflect.TypeFor[icp.Website](), "Domains", "filing_domain"},     // registrable filing domains
		{reflect.TypeFor[icp.App](), "Domains", "filing_domain=app"},     // APP domains may be subdomains
		{reflect.TypeFor[icp.Subject](), "Number", "icp_subject_number"}, // subject-level number
		{reflect.TypeFor[icp.Licence](), "CreditCode", "cn_credit_code"}, // USCC
		{reflect.TypeFor[icp.Licence](), "RegisteredCapital", "dec_gt=0"},
	}
	for _, tt := range tests {
		f, ok := tt.typ.FieldByName(tt.field)
		if !ok {
			t.Errorf("%s has no field %s", tt.typ.Name(), tt.field)
			continue
		}
		rules := strings.Split(f.Tag.Get("validate"), ",")
		found := false
		for _, r := range rules {
			for alt := range strings.SplitSeq(r, "|") {
				found = found || alt == tt.rule
			}
		}
		if !found {
			t.Errorf("%s.%s validate tag %q lacks %q", tt.typ.Name(), tt.field, f.Tag.Get("validate"), tt.rule)
		}
	}
}
