package icp_test

import (
	"testing"

	"github.com/beian-go/beian/icp"
)

func TestParseMobile(t *testing.T) {
	tests := []struct {
		in      string
		carrier icp.Carrier
		virtual bool
		err     idWant
	}{
		{in: "13812345678", carrier: icp.CarrierChinaMobile},                    // classic China Mobile range
		{in: "13012345678", carrier: icp.CarrierChinaUnicom},                    // China Unicom
		{in: "19912345678", carrier: icp.CarrierChinaTelecom},                   // 199, missing from older regexps
		{in: "19212345678", carrier: icp.CarrierChinaBroadnet},                  // China Broadnet
		{in: "16612345678", carrier: icp.CarrierChinaUnicom},                    // 166
		{in: "17012345678", carrier: icp.CarrierChinaTelecom, virtual: true},    // 1701, virtual operator on China Telecom
		{in: "17051234567", carrier: icp.CarrierChinaMobile, virtual: true},     // 1705, virtual operator on China Mobile
		{in: "17112345678", carrier: icp.CarrierChinaUnicom, virtual: true},     // 171, virtual
		{in: "13401234567", carrier: icp.CarrierChinaMobile},                    // 1340
		{in: "13491234567", carrier: icp.CarrierSatellite},                      // 1349, satellite
		{in: "", err: idWant{icp.ErrEmpty, "length", -1, ""}},                   // empty
		{in: "1381234567", err: idWant{icp.ErrLength, "length", -1, ""}},        // 10 digits
		{in: "+8613812345678", err: idWant{icp.ErrLength, "length", -1, ""}},    // country code is not accepted
		{in: "138-1234-5678", err: idWant{icp.ErrLength, "length", -1, ""}},     // separators are not accepted
		{in: "1381234567a", err: idWant{icp.ErrCharacter, "character", 10, ""}}, // letter
		{in: "138 2345678", err: idWant{icp.ErrCharacter, "character", 3, ""}},  // space
		{in: "12012345678", err: idWant{icp.ErrRange, "number range", 0, ""}},   // 12x is not mobile
		{in: "14012345678", err: idWant{icp.ErrRange, "number range", 0, ""}},   // 140 not allocated for 11-digit numbers
		{in: "17412345678", err: idWant{icp.ErrRange, "number range", 0, ""}},   // 1741 not allocated
		{in: "23812345678", err: idWant{icp.ErrRange, "number range", 0, ""}},   // not starting with 1
	}
	for _, tt := range tests {
		m, err := icp.ParseMobile(tt.in)
		e := idCheckErr(t, "Mobile", err, tt.err)
		if icp.ValidMobile(tt.in) != (tt.err.err == nil) {
			t.Errorf("ValidMobile(%q) disagrees with ParseMobile", tt.in)
		}
		if e != nil {
			if len(tt.in) >= 8 && e.Input == tt.in {
				t.Errorf("IDError.Input not masked: %q", e.Input)
			}
			continue
		}
		if m.Reveal() != tt.in || m.Carrier() != tt.carrier || m.IsVirtual() != tt.virtual {
			t.Errorf("ParseMobile(%q) = %q %v virtual %v, want %v %v", tt.in, m.Reveal(), m.Carrier(), m.IsVirtual(), tt.carrier, tt.virtual)
		}
		if want := tt.in[:3] + "****" + tt.in[7:]; m.String() != want {
			t.Errorf("String() = %q, want %q", m.String(), want)
		}
	}
}

func TestValidMobileLoose(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"13812345678", true},   // allocated
		{"14012345678", true},   // shape only: 140 passes the loose check
		{"19412345678", true},   // a range newer than any table passes
		{"12012345678", false},  // second digit below 3
		{"1381234567", false},   // 10 digits
		{"1381234567x", false},  // letter
		{"23812345678", false},  // not starting with 1
		{"138123456789", false}, // 12 digits
	}
	for _, tt := range tests {
		if got := icp.ValidMobileLoose(tt.in); got != tt.want {
			t.Errorf("ValidMobileLoose(%q) = %v", tt.in, got)
		}
	}
}

func TestCarrier(t *testing.T) {
	seen := map[string]bool{}
	for c := icp.CarrierUnknown + 1; c.IsValid(); c++ {
		if seen[c.String()] || c.Label() == "" || c.Label() == icp.CarrierUnknown.Label() {
			t.Errorf("carrier %d: %q %q", c, c, c.Label())
		}
		seen[c.String()] = true
	}
	if len(seen) != 5 || icp.Carrier(99).String() != "Carrier(99)" {
		t.Errorf("carriers: %v", seen)
	}
}
