package icp_test

import (
	"encoding/json"
	"errors"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/beian-go/beian/icp"
)

// scalarEnum is the method set every scalar enum of the package shares.
type scalarEnum interface {
	comparable
	IsValid() bool
	String() string
	Label() string
	MarshalText() ([]byte, error)
}

var asciiName = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// checkScalarEnum walks the constants 1, 2, … of an enum until the first
// invalid value and checks that there are want of them, that each has a
// unique ASCII name and a label, that the text form round-trips through
// both parse and unmarshal, and that unknown names fail with *EnumError.
func checkScalarEnum[T interface {
	~uint8
	scalarEnum
}](t *testing.T, typeName string, want int, parse func(string) (T, error), unmarshal func(*T, []byte) error) {
	t.Helper()
	names := map[string]bool{}
	n := 0
	for v := T(1); v.IsValid(); v++ {
		n++
		name, label := v.String(), v.Label()
		if !asciiName.MatchString(name) {
			t.Errorf("%s(%d): name %q is not a stable ASCII name", typeName, v, name)
		}
		if label == "" {
			t.Errorf("%s(%d) %q: no label", typeName, v, name)
		}
		if names[name] {
			t.Errorf("%s: duplicate name %q", typeName, name)
		}
		names[name] = true
		b, err := v.MarshalText()
		if err != nil || string(b) != name {
			t.Errorf("%s %q: MarshalText = %q, %v", typeName, name, b, err)
		}
		if got, err := parse(name); err != nil || got != v {
			t.Errorf("Parse%s(%q) = %v, %v", typeName, name, got, err)
		}
		var got T
		if err := unmarshal(&got, b); err != nil || got != v {
			t.Errorf("%s.UnmarshalText(%q) = %v, %v", typeName, b, got, err)
		}
	}
	if n != want {
		t.Errorf("%s has %d constants, want %d", typeName, n, want)
	}
	var zero T
	if zero.IsValid() {
		t.Errorf("zero %s is valid", typeName)
	}
	if b, err := zero.MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("zero %s MarshalText = %q, %v; want empty", typeName, b, err)
	}
	var got T = 1
	if err := unmarshal(&got, nil); err != nil || got != zero {
		t.Errorf("%s.UnmarshalText(\"\") = %v, %v; want zero", typeName, got, err)
	}
	if _, err := T(200).MarshalText(); !errors.Is(err, icp.ErrUnknownEnum) {
		t.Errorf("%s(200).MarshalText error = %v, want ErrUnknownEnum", typeName, err)
	}
	for _, bad := range []string{"", "no-such-name", " enterprise", "企业"} {
		_, err := parse(bad)
		var ee *icp.EnumError
		if !errors.As(err, &ee) || !errors.Is(err, icp.ErrUnknownEnum) || ee.Type != typeName || ee.Input != bad {
			t.Errorf("Parse%s(%q) error = %#v, want *EnumError", typeName, bad, err)
		}
	}
}

// TestScalarEnums runs the whole-table checks on every scalar enum.
func TestScalarEnums(t *testing.T) {
	t.Run("Nature", func(t *testing.T) {
		checkScalarEnum(t, "Nature", 18, icp.ParseNature, (*icp.Nature).UnmarshalText)
	})
	t.Run("CertType", func(t *testing.T) {
		checkScalarEnum(t, "CertType", 30, icp.ParseCertType, (*icp.CertType).UnmarshalText)
	})
	t.Run("Language", func(t *testing.T) {
		checkScalarEnum(t, "Language", 17, icp.ParseLanguage, (*icp.Language).UnmarshalText)
	})
	t.Run("Platform", func(t *testing.T) {
		checkScalarEnum(t, "Platform", 6, icp.ParsePlatform, (*icp.Platform).UnmarshalText)
	})
	t.Run("NoticeCategory", func(t *testing.T) {
		checkScalarEnum(t, "NoticeCategory", 10, icp.ParseNoticeCategory, (*icp.NoticeCategory).UnmarshalText)
	})
	t.Run("Stage", func(t *testing.T) {
		checkScalarEnum(t, "Stage", 3, icp.ParseStage, (*icp.Stage).UnmarshalText)
	})
	t.Run("LicenceScope", func(t *testing.T) {
		checkScalarEnum(t, "LicenceScope", 2, icp.ParseLicenceScope, (*icp.LicenceScope).UnmarshalText)
	})
}

// TestEnumParseIgnoresCase checks the documented case folding.
func TestEnumParseIgnoresCase(t *testing.T) {
	if n, err := icp.ParseNature("ENTERPRISE"); err != nil || n != icp.NatureEnterprise {
		t.Errorf("ParseNature(ENTERPRISE) = %v, %v", n, err)
	}
	if c, err := icp.ParseCertType("Resident-ID"); err != nil || c != icp.CertResidentID {
		t.Errorf("ParseCertType(Resident-ID) = %v, %v", c, err)
	}
}

// TestEnumParseFoldsOnlyASCII: the folding is ASCII only. Unicode case
// folding would also match ſ (U+017F) to s and K (U+212A, Kelvin) to k, so
// text that is not any enum's name would decode.
func TestEnumParseFoldsOnlyASCII(t *testing.T) {
	tests := []struct {
		name string
		err  error
	}{
		// A scalar enum.
		{"Nature", func() error { _, err := icp.ParseNature("enterpri\u017fe"); return err }()},
		// A bitmask enum, one token of several.
		{"ServiceContent", func() error { _, err := icp.ParseServiceContent("blog,\u017fhopping"); return err }()},
		// The credit-code tables.
		{"Authority", new(icp.Authority).UnmarshalText([]byte("ju\u017ftice"))},
		{"Category", new(icp.Category).UnmarshalText([]byte("enterpri\u017fe"))},
	}
	for _, tt := range tests {
		var ee *icp.EnumError
		if !errors.As(tt.err, &ee) || !errors.Is(tt.err, icp.ErrUnknownEnum) {
			t.Errorf("%s: non-ASCII look-alike gives %v, want an *EnumError", tt.name, tt.err)
		}
	}
	if err := new(icp.Category).UnmarshalText([]byte("ENTERPRISE")); err != nil {
		t.Errorf("Category: ASCII upper case refused: %v", err)
	}
}

// TestEnumErrorsMaskPersonalData: a phone number, identity number or email
// address that lands in an enum field (a shifted column in bulk data) is not
// echoed in full by the decoding error, while a mistyped name still is.
func TestEnumErrorsMaskPersonalData(t *testing.T) {
	tests := []struct {
		json, secret string
	}{
		// A mobile number as the certificate type.
		{`{"certType":"13800000001"}`, "13800000001"},
		// An identity number as the nature, inside the subject.
		{`{"subject":{"nature":"110105194912310021"}}`, "110105194912310021"},
		// An email address as the service content.
		{`{"websites":[{"serviceContent":"liming.wang@example.com"}]}`, "liming.wang"},
		// A landline as the language.
		{`{"websites":[{"languages":["010-62000001"]}]}`, "62000001"},
	}
	for _, tt := range tests {
		var err error
		if strings.HasPrefix(tt.json, `{"certType"`) {
			var p icp.Person
			err = json.Unmarshal([]byte(tt.json), &p)
		} else {
			var a icp.Application
			err = json.Unmarshal([]byte(tt.json), &a)
		}
		var ee *icp.EnumError
		if !errors.As(err, &ee) {
			t.Errorf("%s: error %v is not an *EnumError", tt.json, err)
			continue
		}
		if strings.Contains(err.Error(), tt.secret) || strings.Contains(ee.Input, tt.secret) {
			t.Errorf("%s: error shows %q: %v", tt.json, tt.secret, err)
		}
	}
	// Mistyped names and hex tokens stay readable.
	for _, in := range []string{"enterprize", "blog,0x10000000000000000"} {
		_, err1 := icp.ParseNature(in)
		_, err2 := icp.ParseServiceContent(in)
		if !strings.Contains(err1.Error(), in) || !strings.Contains(err2.Error(), in) {
			t.Errorf("%q: errors %v / %v do not quote the input", in, err1, err2)
		}
	}
}

// TestCreditCodeTablesErrors: Authority and Category fail like every other
// enum, with an *EnumError, both decoding unknown names and encoding values
// outside their tables.
func TestCreditCodeTablesErrors(t *testing.T) {
	_, aErr := icp.Authority(200).MarshalText()
	_, cErr := icp.Category(200).MarshalText()
	for name, err := range map[string]error{
		"Authority.UnmarshalText": new(icp.Authority).UnmarshalText([]byte("police")),
		"Category.UnmarshalText":  new(icp.Category).UnmarshalText([]byte("school")),
		"Authority.MarshalText":   aErr,
		"Category.MarshalText":    cErr,
	} {
		var ee *icp.EnumError
		if !errors.As(err, &ee) || !errors.Is(err, icp.ErrUnknownEnum) {
			t.Errorf("%s: error %v (%T), want an *EnumError", name, err, err)
		}
	}
}

// TestEnumSQL checks Scan and Value store the name and NULL for unset.
func TestEnumSQL(t *testing.T) {
	v, err := icp.NatureIndividual.Value()
	if err != nil || v != "individual" {
		t.Errorf("Value = %v, %v", v, err)
	}
	if v, err := icp.Nature(0).Value(); err != nil || v != nil {
		t.Errorf("zero Value = %v, %v; want NULL", v, err)
	}
	var n icp.Nature
	for _, src := range []any{"law-firm", []byte("law-firm")} {
		if err := n.Scan(src); err != nil || n != icp.NatureLawFirm {
			t.Errorf("Scan(%v) = %v, %v", src, n, err)
		}
	}
	if err := n.Scan(nil); err != nil || n != 0 {
		t.Errorf("Scan(nil) = %v, %v", n, err)
	}
	if err := n.Scan(42); err == nil {
		t.Error("Scan(42) succeeded")
	}
	var s icp.ServiceContent
	if err := s.Scan("blog,0x1000000"); err != nil || s != icp.ServiceBlog|1<<24 {
		t.Errorf("ServiceContent.Scan = %v, %v", s, err)
	}
	if v, err := s.Value(); err != nil || v != "blog,0x1000000" {
		t.Errorf("ServiceContent.Value = %v, %v", v, err)
	}
}

// TestNatureCodes checks both numberings against domain.md §5.1.
func TestNatureCodes(t *testing.T) {
	tests := []struct {
		n      icp.Nature
		miit   int
		legacy int
	}{
		{icp.NatureDefence, 1, 1},              // same in both
		{icp.NatureEnterprise, 4, 4},           // same in both
		{icp.NatureIndividual, 5, 5},           // same in both
		{icp.NatureSocialOrganisation, 6, 6},   // last shared code
		{icp.NaturePrivateNonEnterprise, 9, 7}, // numberings diverge here
		{icp.NatureFoundation, 10, 8},
		{icp.NatureLawFirm, 11, 9},
		{icp.NatureNotary, 18, 16},         // last legacy code
		{icp.NatureRuralCollective, 19, 0}, // no legacy code
		{icp.NatureArbitration, 20, 0},     // no legacy code
	}
	for _, tt := range tests {
		if got := tt.n.MIITCode(); got != tt.miit {
			t.Errorf("%v.MIITCode() = %d, want %d", tt.n, got, tt.miit)
		}
		if got := tt.n.LegacyCode(); got != tt.legacy {
			t.Errorf("%v.LegacyCode() = %d, want %d", tt.n, got, tt.legacy)
		}
		if got, ok := icp.NatureFromMIITCode(tt.miit); !ok || got != tt.n {
			t.Errorf("NatureFromMIITCode(%d) = %v, %v", tt.miit, got, ok)
		}
		if tt.legacy != 0 {
			if got, ok := icp.NatureFromLegacyCode(tt.legacy); !ok || got != tt.n {
				t.Errorf("NatureFromLegacyCode(%d) = %v, %v", tt.legacy, got, ok)
			}
		}
	}
	// Every valid nature maps back from its MIIT code; unused codes map to nothing.
	for n := icp.Nature(1); n.IsValid(); n++ {
		if got, ok := icp.NatureFromMIITCode(n.MIITCode()); !ok || got != n {
			t.Errorf("MIIT round trip of %v: %v, %v", n, got, ok)
		}
		if c := n.LegacyCode(); c != 0 {
			if got, ok := icp.NatureFromLegacyCode(c); !ok || got != n {
				t.Errorf("legacy round trip of %v: %v, %v", n, got, ok)
			}
		}
	}
	for _, code := range []int{0, 7, 8, 21, -1} {
		if n, ok := icp.NatureFromMIITCode(code); ok {
			t.Errorf("NatureFromMIITCode(%d) = %v, want none", code, n)
		}
	}
	for _, code := range []int{0, 17, -3} {
		if n, ok := icp.NatureFromLegacyCode(code); ok {
			t.Errorf("NatureFromLegacyCode(%d) = %v, want none", code, n)
		}
	}
}

// TestCertTypeCodes checks the certificate-type table of domain.md §5.2.
func TestCertTypeCodes(t *testing.T) {
	seen := map[int]bool{}
	for n := icp.Nature(1); n.IsValid(); n++ {
		types := n.CertTypes()
		if len(types) == 0 {
			t.Errorf("%v has no certificate types", n)
		}
		for _, c := range types {
			code, ok := c.MIITCode(n)
			if !ok {
				t.Errorf("%v/%v: no code", n, c)
				continue
			}
			if seen[code] {
				t.Errorf("code %d used twice", code)
			}
			seen[code] = true
			gc, gn, ok := icp.CertTypeFromMIITCode(code)
			if !ok || gc != c || gn != n {
				t.Errorf("CertTypeFromMIITCode(%d) = %v, %v, %v; want %v, %v", code, gc, gn, ok, c, n)
			}
			if !icp.CertTypeAllowed(n, c) {
				t.Errorf("CertTypeAllowed(%v, %v) = false", n, c)
			}
		}
	}
	if len(seen) != 38 {
		t.Errorf("%d codes, want 38", len(seen))
	}
	// Every certificate type is offered for at least one nature.
	for c := icp.CertType(1); c.IsValid(); c++ {
		if _, _, ok := icp.CertTypeFromMIITCode(mustCode(t, c)); !ok {
			t.Errorf("%v is offered for no nature", c)
		}
	}
	var orgCodes []int
	for n := icp.Nature(1); n.IsValid(); n++ {
		if code, ok := icp.CertOrgCode.MIITCode(n); ok {
			orgCodes = append(orgCodes, code)
		}
	}
	slices.Sort(orgCodes)
	if want := []int{3, 9, 10, 12, 16, 18, 20}; !slices.Equal(orgCodes, want) {
		t.Errorf("组织机构代码证 codes = %v, want %v", orgCodes, want)
	}
	var personCodes []int
	for _, c := range icp.PersonCertTypes() {
		if !c.IsPersonal() {
			t.Errorf("%v from PersonCertTypes is not personal", c)
		}
		code, _ := c.MIITCode(icp.NatureEnterprise) // person codes ignore the nature
		personCodes = append(personCodes, code)
	}
	if want := []int{2, 7, 11, 14, 30, 41, 42}; !slices.Equal(personCodes, want) {
		t.Errorf("person codes = %v, want %v", personCodes, want)
	}
	tests := []struct {
		n    icp.Nature
		c    icp.CertType
		want bool
	}{
		{icp.NatureEnterprise, icp.CertBusinessLicence, true},        // the common case
		{icp.NatureEnterprise, icp.CertOrgCode, true},                // old org-code certificate
		{icp.NatureEnterprise, icp.CertCreditCode, false},            // credit-code certificate is for public bodies
		{icp.NatureGovernment, icp.CertCreditCode, true},             // government agency
		{icp.NatureIndividual, icp.CertResidentID, true},             // individual with ID card
		{icp.NatureIndividual, icp.CertBusinessLicence, false},       // individual with a licence
		{icp.NatureEnterprise, icp.CertResidentID, false},            // unit with a personal document
		{icp.NatureArbitration, icp.CertArbitrationCommission, true}, // last code
		{0, icp.CertOrgCode, false},                                  // unset nature
	}
	for _, tt := range tests {
		if got := icp.CertTypeAllowed(tt.n, tt.c); got != tt.want {
			t.Errorf("CertTypeAllowed(%v, %v) = %v, want %v", tt.n, tt.c, got, tt.want)
		}
	}
	if _, _, ok := icp.CertTypeFromMIITCode(8); ok {
		t.Error("code 8 is unused but maps to a type")
	}
}

func mustCode(t *testing.T, c icp.CertType) int {
	t.Helper()
	for n := icp.Nature(1); n.IsValid(); n++ {
		if code, ok := c.MIITCode(n); ok {
			return code
		}
	}
	return 0
}

// TestLanguageCodes checks the MIIT language codes 1–17.
func TestLanguageCodes(t *testing.T) {
	for code := 1; code <= 17; code++ {
		l, ok := icp.LanguageFromMIITCode(code)
		if !ok || l.MIITCode() != code {
			t.Errorf("LanguageFromMIITCode(%d) = %v, %v", code, l, ok)
		}
	}
	if l, _ := icp.LanguageFromMIITCode(12); l != icp.LanguageEnglish {
		t.Errorf("code 12 = %v, want english", l)
	}
	for _, code := range []int{0, 18, -1} {
		if _, ok := icp.LanguageFromMIITCode(code); ok {
			t.Errorf("LanguageFromMIITCode(%d) succeeded", code)
		}
	}
}
