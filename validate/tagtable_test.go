package validate_test

import (
	"testing"

	"github.com/go-playground/validator/v10"
	"github.com/shopspring/decimal"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/number"
	"github.com/beian-go/beian/province"
	"github.com/beian-go/beian/validate"
)

func TestTags(t *testing.T) {
	v := validator.New()
	if err := validate.Register(v); err != nil {
		t.Fatal(err)
	}
	orgCode := icp.MustParseCreditCode("91110108MA0EXM7K8T").OrgCode().String()
	tests := []struct {
		tag   string
		value any
		ok    bool
	}{
		{"cn_resident_id", "11010519491231002X", true},                          // valid, check character X
		{"cn_resident_id", "110105194912310021", false},                         // wrong check character
		{"cn_resident_id", icp.MustParseResidentID("11010519491231002X"), true}, // parsed value
		{"cn_credit_code", "91110108MA0EXM7K8T", true},                          // valid USCC
		{"cn_credit_code", "91110108MA0EXM7K8X", false},                         // wrong check character
		{"cn_org_code", orgCode, true},                                          // the org code inside the USCC
		{"cn_org_code", "12345678-0", false},                                    // wrong check character
		{"cn_mobile", "13800000001", true},                                      // allocated range
		{"cn_mobile", "12345678901", false},                                     // not a mobile range
		{"cn_mobile", icp.MustParseMobile("13800000001"), true},                 // parsed value
		{"cn_mobile", icp.Mobile{}, false},                                      // zero value
		{"cn_landline", "010-62000001", true},                                   // Beijing landline
		{"cn_landline", "62000001", false},                                      // no area code
		{"cn_email", "a.b@example.com", true},                                   // plain address
		{"cn_email", "a@@example.com", false},                                   // two @
		{"filing_domain", "example.cn", true},                                   // registrable, approved TLD
		{"filing_domain", "www.example.cn", false},                              // subdomain
		{"filing_domain", "example.io", false},                                  // TLD not approved
		{"filing_domain", "中文.中国", true},                                        // IDN
		{"filing_domain=app", "api.example.cn", true},                           // APP domains may be subdomains
		{"filing_domain=app", "www.example.cn", false},                          // but not www.
		{"icp_number", "京ICP备12345678号", true},                                  // subject number
		{"icp_number", "京B2-20090059", true},                                    // telecom licence
		{"icp_number", "京ICP备1234号", false},                                     // serial too short
		{"icp_number", number.MustParse("京ICP备12345678号-1"), true},              // parsed value
		{"icp_subject_number", "京ICP备12345678号", true},                          // subject level
		{"icp_subject_number", "京ICP备12345678号-1", false},                       // service number
		{"icp_service_number", "京ICP备12345678号-2A", true},                       // APP service number
		{"icp_service_number", "京ICP备12345678号", false},                         // subject number
		{"province", "粤", true},                                                 // ICP character
		{"province", "香港", false},                                               // not mainland
		{"province", province.Guangdong, true},                                  // code
		{"province", province.Code(99), false},                                  // unknown code
		{"site_name", "星河示例官网", true},                                           // ordinary name
		{"site_name", "123456", false},                                          // digits only
		{"site_name", "abcdef", false},                                          // Latin only
		{"site_name", "example.cn", false},                                      // a domain
		{"site_name", "星河★官网", false},                                           // symbol
		{"site_name", "赌博之家", false},                                            // sensitive word
		{"enum_valid", icp.NatureEnterprise, true},                              // constant
		{"enum_valid", icp.Nature(99), false},                                   // not a constant
	}
	for _, tt := range tests {
		err := v.Var(tt.value, tt.tag)
		if (err == nil) != tt.ok {
			t.Errorf("%s on %v: err %v, want ok=%v", tt.tag, tt.value, err, tt.ok)
		}
	}
}

func TestCertNumberTag(t *testing.T) {
	v := validator.New()
	if err := validate.Register(v); err != nil {
		t.Fatal(err)
	}
	type cert struct {
		CertType   icp.CertType
		CertNumber string `validate:"cert_number=CertType"`
	}
	tests := []struct {
		c  cert
		ok bool
	}{
		{cert{icp.CertResidentID, "11010519491231002X"}, true},             // resident ID
		{cert{icp.CertResidentID, "E12345678"}, false},                     // a passport number as ID
		{cert{icp.CertPassport, "E12345678"}, true},                        // passport
		{cert{icp.CertBusinessLicence, "91110108MA0EXM7K8T"}, true},        // USCC licence
		{cert{icp.CertBusinessLicence, "91110108MA0EXM7K8X"}, false},       // bad USCC
		{cert{icp.CertHKMacaoTravelPermit, "H12345678"}, true},             // travel permit
		{cert{icp.CertHKMacaoTravelPermit, "X12345678"}, false},            // wrong letter
		{cert{icp.CertHKMacaoResidencePermit, "810000199001011234"}, true}, // residence permit shape
		{cert{0, "anything"}, true},                                        // no type: nothing to compare
	}
	for _, tt := range tests {
		if err := v.Struct(tt.c); (err == nil) != tt.ok {
			t.Errorf("%v %q: err %v, want ok=%v", tt.c.CertType, tt.c.CertNumber, err, tt.ok)
		}
	}
}

// TestDecimalTags compares decimal.Decimal fields exactly: values a float64 would round to
// the boundary still fail. (validator.Var skips tags on struct values, so these run as fields.)
func TestDecimalTags(t *testing.T) {
	v := validator.New()
	if err := validate.Register(v); err != nil {
		t.Fatal(err)
	}
	type licence struct {
		Capital decimal.Decimal `validate:"dec_gte=1000000"`
		Share   decimal.Decimal `validate:"dec_lte=0.5"`
		Fee     decimal.Decimal `validate:"dec_gt=0"`
	}
	d := decimal.RequireFromString
	tests := []struct {
		l    licence
		fail int
	}{
		{licence{d("1000000.00"), d("0.5"), d("0.01")}, 0},                              // boundaries pass
		{licence{d("999999.999999999999"), d("0.500000000000000001"), decimal.Zero}, 3}, // just outside, exact
		{licence{d("1e7"), d("0"), d("1")}, 0},                                          // exponent form
	}
	for _, tt := range tests {
		err := v.Struct(tt.l)
		var ves validator.ValidationErrors
		asValidationErrors(err, &ves)
		if len(ves) != tt.fail {
			t.Errorf("%v: %d failures (%v), want %d", tt.l, len(ves), err, tt.fail)
		}
	}
}
