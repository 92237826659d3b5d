package icp_test

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/province"
)

// idValidCreditCodes are the valid vectors of domain.md §7.2.
var idValidCreditCodes = []string{
	"911101085636549482", "12441400456763110Y", "12440300MB2C92173E", "92370102MAD4CX6AX6",
	"92500105MAC817EJ5D", "91350200776049653A", "91350500798359476R", "91350503MA31DKY80A",
	"91350200MA31E12PXF", "91440101MA5CJQ4N59", "913502000728319549", "123502001549897397",
	"91350503MA31DNG762", "913502115628130384", "9135021359498494XQ", "91350203MA31NDF85F",
	"91350203MA32AXT97E", "91350203MA31XXW31H", "91350206MA31LUJ437", "91350213678251743X",
	"91110000802100433B", "91440300708461136T", "12440600MB2C07549J",
}

func TestParseCreditCodeVectors(t *testing.T) {
	for _, s := range idValidCreditCodes {
		c, err := icp.ParseCreditCode(s)
		if err != nil {
			t.Errorf("ParseCreditCode(%q): %v", s, err)
			continue
		}
		if c.String() != s || c.Legacy() || !icp.ValidCreditCode(s) {
			t.Errorf("ParseCreditCode(%q) = %q, legacy %v", s, c, c.Legacy())
		}
		// The embedded organisation code parses on its own.
		if o := c.OrgCode(); o.Compact() != s[8:17] || !icp.ValidOrgCode(o.String()) {
			t.Errorf("%s: OrgCode() = %v", s, o)
		}
	}
}

func TestParseCreditCode(t *testing.T) {
	national := idCreditCode("91100000" + idOrgCode("56365494"))
	tests := []struct {
		in        string
		want      idWant
		authority icp.Authority
		category  icp.Category
		area      int
		prov      province.Code
	}{
		// Tencent Cloud Beijing: enterprise registered in Haidian.
		{in: "911101085636549482", authority: icp.AuthorityMarketRegulation, category: icp.CategoryEnterprise, area: 110108, prov: province.Beijing},
		// Public institution in Meizhou.
		{in: "12441400456763110Y", authority: icp.AuthorityEstablishment, category: icp.CategoryPublicInstitution, area: 441400, prov: province.Guangdong},
		// Individual business.
		{in: "92370102MAD4CX6AX6", authority: icp.AuthorityMarketRegulation, category: icp.CategoryIndividualBusiness, area: 370102, prov: province.Shandong},
		// A national-level registration (synthetic): area 100000, no province.
		{in: national, authority: icp.AuthorityMarketRegulation, category: icp.CategoryEnterprise, area: 100000},
		// Empty.
		{in: "", want: idWant{icp.ErrEmpty, "length", -1, ""}},
		// 17 characters.
		{in: "91110108563654948", want: idWant{icp.ErrLength, "length", -1, ""}},
		// A 15-digit registration number is a different type.
		{in: "110108000000008", want: idWant{icp.ErrLength, "length", -1, ""}},
		// Lower case is not folded by the strict parser.
		{in: "91350200ma31e12pxf", want: idWant{icp.ErrCharacter, "character", 8, ""}},
		// I, O, S, V and Z are not in the alphabet.
		{in: "9111010856365494I2", want: idWant{icp.ErrCharacter, "character", 16, ""}},
		{in: "91110108O63654948Z", want: idWant{icp.ErrCharacter, "character", 8, ""}},
		{in: "91110108S63654948V", want: idWant{icp.ErrCharacter, "character", 8, ""}},
		{in: "911101085636549482Z"[1:], want: idWant{icp.ErrCharacter, "character", 17, ""}},
		// Authority B does not exist.
		{in: "B11101085636549482", want: idWant{icp.ErrAuthority, "registration authority", 0, ""}},
		// Authority 0 does not exist.
		{in: "011101085636549482", want: idWant{icp.ErrAuthority, "registration authority", 0, ""}},
		// Market regulation has no category 4.
		{in: "941101085636549482", want: idWant{icp.ErrCategory, "institution category", 1, ""}},
		// Authority Y has only category 1.
		{in: "Y21101085636549482", want: idWant{icp.ErrCategory, "institution category", 1, ""}},
		// A letter in the area code.
		{in: "9111A1085636549482", want: idWant{icp.ErrCharacter, "character", 4, ""}},
		// Taiwan area code.
		{in: idCreditCode("91710000" + idOrgCode("56365494")), want: idWant{icp.ErrArea, "area code", 2, ""}},
		// The embedded organisation code's check character is wrong.
		{in: "911101085636549472", want: idWant{icp.ErrCheckDigit, "organisation code", 16, "8"}},
		// The mod-31 check character is wrong.
		{in: "911101085636549483", want: idWant{icp.ErrCheckDigit, "check character", 17, "2"}},
		// The legacy Xiamen pilot code fails mod-31 in the strict parser.
		{in: "91350203M0001QAY9B", want: idWant{icp.ErrCheckDigit, "check character", 17, "9"}},
		// A resident ID number passes no credit-code check (hutool #1367).
		{in: "11010519491231002X", want: idWant{icp.ErrArea, "area code", 2, ""}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			c, err := icp.ParseCreditCode(tt.in)
			idCheckErr(t, "CreditCode", err, tt.want)
			if icp.ValidCreditCode(tt.in) != (tt.want.err == nil) {
				t.Errorf("ValidCreditCode disagrees with ParseCreditCode")
			}
			if tt.want.err != nil {
				if c != (icp.CreditCode{}) {
					t.Errorf("failed parse returned %v", c)
				}
				return
			}
			if c.Authority() != tt.authority || c.Category() != tt.category || c.AreaCode() != tt.area || c.Province() != tt.prov {
				t.Errorf("parts = %v %v %d %v, want %v %v %d %v", c.Authority(), c.Category(), c.AreaCode(), c.Province(),
					tt.authority, tt.category, tt.area, tt.prov)
			}
			if c.Category().Authority() != c.Authority() {
				t.Errorf("category %v belongs to %v, code says %v", c.Category(), c.Category().Authority(), c.Authority())
			}
		})
	}
}

// TestCreditCodeDifferential compares the parser with the independent check
// in idCreditCode on random bodies, including the check value 31 → 0 wrap.
func TestCreditCodeDifferential(t *testing.T) {
	const alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
	r := rand.New(rand.NewPCG(1, 2))
	prefixes := []string{"91", "92", "93", "11", "12", "51", "52", "53", "N1", "Y1", "A1", "31"}
	areas := []string{"110108", "440300", "350203", "650102", "100000"}
	zeroChecks := 0
	for i := 0; i < 20000; i++ {
		var org strings.Builder
		for j := 0; j < 8; j++ {
			org.WriteByte(alphabet[r.IntN(len(alphabet))])
		}
		oc := idOrgCode(org.String())
		if !strings.Contains(alphabet, oc[8:]) {
			continue
		}
		body := prefixes[r.IntN(len(prefixes))] + areas[r.IntN(len(areas))] + oc
		code := idCreditCode(body)
		if code[17] == '0' {
			zeroChecks++
		}
		if _, err := icp.ParseCreditCode(code); err != nil {
			t.Fatalf("ParseCreditCode(%q): %v", code, err)
		}
		// Every other check character is wrong.
		wrong := code[:17] + string(alphabet[(strings.IndexByte(alphabet, code[17])+1+r.IntN(30))%31])
		if icp.ValidCreditCode(wrong) {
			t.Fatalf("ValidCreditCode(%q) = true", wrong)
		}
	}
	if zeroChecks == 0 {
		t.Fatal("no generated code had check character 0; the wrap-around was not exercised")
	}
}

func TestParseCreditCodeLenient(t *testing.T) {
	tests := []struct {
		in     string
		want   string
		tol    icp.CreditCodeLeniency
		legacy bool
		err    idWant
	}{
		// A strictly valid code: nothing tolerated.
		{in: "911101085636549482", want: "911101085636549482"},
		// The legacy Xiamen pilot code: wrong mod-31, right organisation code.
		{in: "91350203M0001QAY9B", want: "91350203M0001QAY9B", tol: icp.CreditCodeLegacyCheck, legacy: true},
		// Surrounding white space and lower case.
		{in: " 91350200ma31e12pxf\u3000", want: "91350200MA31E12PXF", tol: icp.CreditCodeTrimmed | icp.CreditCodeUpperCased},
		// Everything at once.
		{in: "\t91350203m0001qay9b\n", want: "91350203M0001QAY9B", tol: icp.CreditCodeTrimmed | icp.CreditCodeUpperCased | icp.CreditCodeLegacyCheck, legacy: true},
		// A wrong organisation code is never tolerated.
		{in: "911101085636549472", err: idWant{icp.ErrCheckDigit, "organisation code", 16, "8"}},
		// Neither is a forbidden letter.
		{in: "9111010856365494I2", err: idWant{icp.ErrCharacter, "character", 16, ""}},
		// Error offsets point into the input as given, before trimming.
		{in: "　 911101085636549472", tol: icp.CreditCodeTrimmed, err: idWant{icp.ErrCheckDigit, "organisation code", 20, "8"}},
	}
	for _, tt := range tests {
		c, tol, err := icp.ParseCreditCodeLenient(tt.in)
		idCheckErr(t, "CreditCode", err, tt.err)
		if c.String() != tt.want || tol != tt.tol || c.Legacy() != tt.legacy {
			t.Errorf("ParseCreditCodeLenient(%q) = %q, %v, legacy %v; want %q, %v, %v", tt.in, c, tol, c.Legacy(), tt.want, tt.tol, tt.legacy)
		}
	}
	if got := (icp.CreditCodeTrimmed | icp.CreditCodeLegacyCheck).String(); got != "trimmed|legacy-check" {
		t.Errorf("CreditCodeLeniency.String() = %q", got)
	}
	if got := icp.CreditCodeLeniency(0).String(); got != "none" {
		t.Errorf("CreditCodeLeniency(0).String() = %q", got)
	}
}

// TestAuthorityCategoryTables checks the GB 32100 tables as a whole.
func TestAuthorityCategoryTables(t *testing.T) {
	seenAuth := map[byte]bool{}
	for a := icp.AuthorityUnknown + 1; a.IsValid(); a++ {
		if a.Code() == 0 || seenAuth[a.Code()] || a.Label() == "" || strings.TrimSpace(a.String()) != a.String() {
			t.Errorf("authority %d: code %q name %q label %q", a, a.Code(), a, a.Label())
		}
		seenAuth[a.Code()] = true
		var back icp.Authority
		if text, err := a.MarshalText(); err != nil || back.UnmarshalText(text) != nil || back != a {
			t.Errorf("authority %v does not round-trip through text", a)
		}
	}
	if len(seenAuth) != 12 {
		t.Errorf("%d authorities, GB 32100 defines 12", len(seenAuth))
	}
	seenCat := map[string]bool{}
	perAuth := map[icp.Authority]int{}
	for c := icp.CategoryUnknown + 1; c.IsValid(); c++ {
		code := c.Code()
		// The nature is a Nature's name, so that callers can parse it, or
		// "other" when the filer must choose.
		_, natureErr := icp.ParseNature(c.SubjectNatureName())
		if len(code) != 2 || seenCat[code] || code[0] != c.Authority().Code() ||
			(natureErr != nil && c.SubjectNatureName() != "other") || c.Label() == "" {
			t.Errorf("category %v: code %q authority %v nature %q", c, code, c.Authority(), c.SubjectNatureName())
		}
		if code[1] == '9' && c.SubjectNatureName() != "other" {
			t.Errorf("catch-all category %v maps to %q", c, c.SubjectNatureName())
		}
		seenCat[code] = true
		perAuth[c.Authority()]++
		var back icp.Category
		if text, err := c.MarshalText(); err != nil || back.UnmarshalText(text) != nil || back != c {
			t.Errorf("category %v does not round-trip through text", c)
		}
	}
	if len(seenCat) != 36 {
		t.Errorf("%d categories, GB 32100 defines 36", len(seenCat))
	}
	for a := icp.AuthorityUnknown + 1; a.IsValid(); a++ {
		if perAuth[a] == 0 {
			t.Errorf("authority %v has no category", a)
		}
	}
	// The mappings domain.md §7.2 spells out.
	for code, n := range map[string]icp.Nature{"11": icp.NatureGovernment, "12": icp.NaturePublicInstitution,
		"51": icp.NatureSocialOrganisation, "52": icp.NaturePrivateNonEnterprise, "53": icp.NatureFoundation,
		"31": icp.NatureLawFirm, "32": icp.NatureNotary, "34": icp.NatureJudicialExpertise, "35": icp.NatureArbitration,
		"41": icp.NatureForeignCulturalCentre, "71": icp.NatureReligiousGroup, "91": icp.NatureEnterprise,
		"92": icp.NatureEnterprise, "93": icp.NatureEnterprise, "N1": icp.NatureRuralCollective,
		"N2": icp.NatureRuralCollective, "N3": icp.NatureRuralCollective} {
		nature := n.String()
		found := false
		for c := icp.CategoryUnknown + 1; c.IsValid(); c++ {
			if c.Code() == code {
				found = true
				if c.SubjectNatureName() != nature {
					t.Errorf("category %s → %q, want %q", code, c.SubjectNatureName(), nature)
				}
			}
		}
		if !found {
			t.Errorf("no category %s", code)
		}
	}
	// Out-of-range values.
	if icp.Authority(200).String() != "Authority(200)" || icp.Category(200).String() != "Category(200)" ||
		icp.Category(200).SubjectNatureName() != "" || icp.CategoryUnknown.Code() != "" {
		t.Error("out-of-range enums are not reported as such")
	}
	var a icp.Authority
	if a.UnmarshalText([]byte("nonsense")) == nil {
		t.Error("Authority.UnmarshalText accepted an unknown name")
	}
	if a.UnmarshalText([]byte("CIVIL-AFFAIRS")) != nil || a != icp.AuthorityCivilAffairs {
		t.Error("Authority.UnmarshalText is not case-insensitive")
	}
}

func TestParseOrgCode(t *testing.T) {
	tests := []struct {
		in   string
		want string
		err  idWant
	}{
		{in: "56365494-8", want: "56365494-8"},                                                         // Tencent Cloud Beijing
		{in: "77604965-3", want: "77604965-3"},                                                         // documented vector
		{in: "MA31E12P-X", want: "MA31E12P-X"},                                                         // check X (c = 10)
		{in: "45676311-0", want: "45676311-0"},                                                         // check 0 (c = 11)
		{in: "M0001QAY-9", want: "M0001QAY-9"},                                                         // from the legacy credit code
		{in: "563654948", want: "56365494-8"},                                                          // compact form, as inside a credit code
		{in: idOrgCode("IOSVZ123"), want: idOrgCode("IOSVZ123")[:8] + "-" + idOrgCode("IOSVZ123")[8:]}, // I O S V Z are allowed here
		{in: "", err: idWant{icp.ErrEmpty, "length", -1, ""}},                                          // empty
		{in: "56365494", err: idWant{icp.ErrLength, "length", -1, ""}},                                 // no check character
		{in: "56365494-88", err: idWant{icp.ErrLength, "length", -1, ""}},                              // too long
		{in: "56365494_8", err: idWant{icp.ErrSyntax, "syntax", 8, ""}},                                // wrong separator
		{in: "ma31e12p-x", err: idWant{icp.ErrCharacter, "character", 0, ""}},                          // lower case
		{in: "56365494-Y", err: idWant{icp.ErrCharacter, "character", 9, ""}},                          // check must be a digit or X
		{in: "56365494-7", err: idWant{icp.ErrCheckDigit, "check character", 9, "8"}},                  // wrong check
		{in: "563654947", err: idWant{icp.ErrCheckDigit, "check character", 8, "8"}},                   // wrong check, compact
	}
	for _, tt := range tests {
		c, err := icp.ParseOrgCode(tt.in)
		idCheckErr(t, "OrgCode", err, tt.err)
		if c.String() != tt.want || icp.ValidOrgCode(tt.in) != (tt.err.err == nil) {
			t.Errorf("ParseOrgCode(%q) = %q, want %q", tt.in, c, tt.want)
		}
	}
}

func TestParseRegistrationNumber(t *testing.T) {
	tests := []struct {
		in   string
		area int
		err  idWant
	}{
		{in: "110108000000008", area: 110108},                                               // synthetic vector, Beijing Haidian
		{in: "440300000000009", area: 440300},                                               // synthetic vector, Shenzhen
		{in: "", err: idWant{icp.ErrEmpty, "length", -1, ""}},                               // empty
		{in: "11010800000000", err: idWant{icp.ErrLength, "length", -1, ""}},                // 14 digits
		{in: "911101085636549482", err: idWant{icp.ErrLength, "length", -1, ""}},            // a credit code
		{in: "11010800000000X", err: idWant{icp.ErrCharacter, "character", 14, ""}},         // letter
		{in: "710108000000008", err: idWant{icp.ErrArea, "area code", 0, ""}},               // Taiwan
		{in: "110108000000007", err: idWant{icp.ErrCheckDigit, "check character", 14, "8"}}, // wrong check
	}
	for _, tt := range tests {
		n, err := icp.ParseRegistrationNumber(tt.in)
		idCheckErr(t, "RegistrationNumber", err, tt.err)
		if tt.err.err == nil && (n.String() != tt.in || n.AreaCode() != tt.area) {
			t.Errorf("ParseRegistrationNumber(%q) = %q, area %d", tt.in, n, n.AreaCode())
		}
		if icp.ValidRegistrationNumber(tt.in) != (tt.err.err == nil) {
			t.Errorf("ValidRegistrationNumber(%q) disagrees", tt.in)
		}
	}
}
