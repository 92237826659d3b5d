package icp_test

import (
	"errors"
	"testing"
	"time"

	"github.com/beian-go/beian/icp"
)

func TestNewResidentID(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		area     int
		birth    time.Time
		sequence int
		want     string
		err      error
	}{
		{110105, day(1949, 12, 31), 2, "11010519491231002X", nil},               // the standard's example
		{440524, day(1880, 1, 1), 1, "440524188001010014", nil},                 // the second example
		{110105, day(2000, 2, 29), 999, idResidentID("11010520000229999"), nil}, // leap day, last sequence
		{710105, day(1990, 1, 1), 1, "", icp.ErrArea},                           // Taiwan
		{110105, day(1799, 12, 31), 1, "", icp.ErrDate},                         // before 1800
		{110105, day(1990, 1, 1), 1000, "", icp.ErrRange},                       // sequence too large
		{11010, day(1990, 1, 1), 1, "", icp.ErrRange},                           // five-digit area
	}
	for _, tt := range tests {
		id, err := icp.NewResidentID(tt.area, tt.birth, tt.sequence)
		if !errors.Is(err, tt.err) || (tt.err == nil && err != nil) || id.Reveal() != tt.want {
			t.Errorf("NewResidentID(%d, %s, %d) = %q, %v; want %q, %v", tt.area, tt.birth.Format(time.DateOnly), tt.sequence, id.Reveal(), err, tt.want, tt.err)
		}
	}
	// The birth date is taken in its own location.
	cst := time.FixedZone("CST", 8*3600)
	id, err := icp.NewResidentID(110105, time.Date(1949, 12, 31, 23, 0, 0, 0, cst), 2)
	if err != nil || id.Reveal() != "11010519491231002X" {
		t.Errorf("NewResidentID in CST = %q, %v", id.Reveal(), err)
	}
}

func TestCompleteCodes(t *testing.T) {
	for _, s := range idValidCreditCodes {
		c, err := icp.CompleteCreditCode(s[:17])
		if err != nil || c.String() != s {
			t.Errorf("CompleteCreditCode(%q) = %v, %v; want %s", s[:17], c, err, s)
		}
	}
	for _, tt := range []struct {
		in  string
		err error
	}{
		{"9111010856365494", icp.ErrLength},      // 16 characters
		{"9111010856365494I", icp.ErrCharacter},  // forbidden letter
		{"91110108563654947", icp.ErrCheckDigit}, // wrong organisation-code check
		{"B1110108563654948", icp.ErrAuthority},  // unknown authority
	} {
		if _, err := icp.CompleteCreditCode(tt.in); !errors.Is(err, tt.err) {
			t.Errorf("CompleteCreditCode(%q) = %v, want %v", tt.in, err, tt.err)
		}
	}
	for body, want := range map[string]string{"56365494": "56365494-8", "MA31E12P": "MA31E12P-X", "45676311": "45676311-0"} {
		if o, err := icp.CompleteOrgCode(body); err != nil || o.String() != want {
			t.Errorf("CompleteOrgCode(%q) = %v, %v; want %s", body, o, err, want)
		}
	}
	for in, want := range map[string]error{"5636549": icp.ErrLength, "ma31e12p": icp.ErrCharacter} {
		if _, err := icp.CompleteOrgCode(in); !errors.Is(err, want) {
			t.Errorf("CompleteOrgCode(%q) = %v, want %v", in, err, want)
		}
	}
	for in, want := range map[string]string{"11010800000000": "110108000000008", "44030000000000": "440300000000009"} {
		if n, err := icp.CompleteRegistrationNumber(in); err != nil || n.String() != want {
			t.Errorf("CompleteRegistrationNumber(%q) = %v, %v; want %s", in, n, err, want)
		}
	}
	for in, want := range map[string]error{"1101080000000": icp.ErrLength, "1101080000000X": icp.ErrCharacter, "71010800000000": icp.ErrArea} {
		if _, err := icp.CompleteRegistrationNumber(in); !errors.Is(err, want) {
			t.Errorf("CompleteRegistrationNumber(%q) = %v, want %v", in, err, want)
		}
	}
}
