package icp_test

import (
	"testing"

	"github.com/beian-go/beian/icp"
)

// TestIdentifierNoAllocs pins the allocation-free paths: parsing valid
// fixed-length identifiers, the Valid* checks on valid and invalid input,
// and appending the text form to a buffer with room.
func TestIdentifierNoAllocs(t *testing.T) {
	buf := make([]byte, 0, 64)
	tests := []struct {
		name string
		f    func()
	}{
		{"ParseResidentID/valid", func() { _, _ = icp.ParseResidentID("11010519491231002X") }},
		{"ValidResidentID/valid", func() { _ = icp.ValidResidentID("11010519491231002X") }},
		{"ValidResidentID/check", func() { _ = icp.ValidResidentID("11010519491231002Y") }},
		{"ValidResidentID/date", func() { _ = icp.ValidResidentID("110105194913310020") }},
		{"ValidResidentID/length", func() { _ = icp.ValidResidentID("110105194912310") }},
		{"ParseCreditCode/valid", func() { _, _ = icp.ParseCreditCode("911101085636549482") }},
		{"ValidCreditCode/valid", func() { _ = icp.ValidCreditCode("911101085636549482") }},
		{"ValidCreditCode/check", func() { _ = icp.ValidCreditCode("911101085636549483") }},
		{"ValidCreditCode/orgcode", func() { _ = icp.ValidCreditCode("911101085636549472") }},
		{"ValidCreditCode/character", func() { _ = icp.ValidCreditCode("9111010856365494I2") }},
		{"ParseOrgCode/valid", func() { _, _ = icp.ParseOrgCode("56365494-8") }},
		{"ValidOrgCode/check", func() { _ = icp.ValidOrgCode("56365494-7") }},
		{"ParseRegistrationNumber/valid", func() { _, _ = icp.ParseRegistrationNumber("110108000000008") }},
		{"ValidRegistrationNumber/check", func() { _ = icp.ValidRegistrationNumber("110108000000007") }},
		{"ParseMobile/valid", func() { _, _ = icp.ParseMobile("13812345678") }},
		{"ValidMobile/range", func() { _ = icp.ValidMobile("12012345678") }},
		{"ValidMobileLoose", func() { _ = icp.ValidMobileLoose("13812345678") }},
		{"ResidentID.AppendText", func() { _, _ = icp.MustParseResidentID("11010519491231002X").AppendText(buf[:0]) }},
		{"CreditCode.AppendText", func() { _, _ = icp.MustParseCreditCode("911101085636549482").AppendText(buf[:0]) }},
		{"ResidentID.AgeAt", func() { _ = icp.MustParseResidentID("11010519491231002X").AgeAt(idRef) }},
		{"ResidentID.CheckAt", func() { _ = icp.MustParseResidentID("11010519491231002X").CheckAt(idRef) }},
	}
	for _, tt := range tests {
		if n := testing.AllocsPerRun(200, tt.f); n != 0 {
			t.Errorf("%s: %v allocations, want 0", tt.name, n)
		}
	}
}
