package icp_test

import (
	"testing"

	"github.com/beian-go/beian/icp"
)

func TestParseLandline(t *testing.T) {
	tests := []struct {
		in              string
		canonical       string
		area, ext, mask string
		err             idWant
	}{
		// Beijing, three-digit area code.
		{in: "010-82998299", canonical: "010-82998299", area: "010", mask: "010-82****99"},
		// Shenzhen with an extension.
		{in: "0755-22345678-123", canonical: "0755-22345678-123", area: "0755", ext: "123", mask: "0755-22****78-123"},
		// The MIIT form with country code 086; the canonical form drops it.
		{in: "086-010-82998299-1234", canonical: "010-82998299-1234", area: "010", ext: "1234", mask: "010-82****99-1234"},
		// A seven-digit subscriber number after a four-digit area code.
		{in: "0571-8765432", canonical: "0571-8765432", area: "0571", mask: "0571-87***32"},
		// Guangzhou.
		{in: "020-38765432", canonical: "020-38765432", area: "020", mask: "020-38****32"},
		// Empty.
		{in: "", err: idWant{icp.ErrEmpty, "length", -1, ""}},
		// No hyphen.
		{in: "01082998299", err: idWant{icp.ErrSyntax, "syntax", -1, ""}},
		// A space instead of the hyphen.
		{in: "010 82998299", err: idWant{icp.ErrCharacter, "character", 3, ""}},
		// +86 is not the form used.
		{in: "+86-010-82998299", err: idWant{icp.ErrCharacter, "character", 0, ""}},
		// Parentheses.
		{in: "(010)82998299", err: idWant{icp.ErrCharacter, "character", 0, ""}},
		// 011 is not an area code.
		{in: "011-82998299", err: idWant{icp.ErrArea, "area code", 0, ""}},
		// An area code must start with 0.
		{in: "755-12345678", err: idWant{icp.ErrArea, "area code", 0, ""}},
		// 0155 is not an area code.
		{in: "0155-1234567", err: idWant{icp.ErrArea, "area code", 0, ""}},
		// A subscriber number cannot start with 0.
		{in: "0755-02345678", err: idWant{icp.ErrRange, "subscriber number", 5, ""}},
		// Three-digit area codes have eight-digit numbers.
		{in: "010-8299829", err: idWant{icp.ErrLength, "subscriber number", 4, ""}},
		// Six digits are too few.
		{in: "0755-223456", err: idWant{icp.ErrLength, "subscriber number", 5, ""}},
		// Empty subscriber number.
		{in: "010--1234", err: idWant{icp.ErrSyntax, "subscriber number", 4, ""}},
		// Empty extension.
		{in: "010-82998299-", err: idWant{icp.ErrSyntax, "extension", 13, ""}},
		// Seven-digit extension.
		{in: "010-82998299-1234567", err: idWant{icp.ErrTooLong, "extension", 13, ""}},
		// A fourth part.
		{in: "010-82998299-12-3", err: idWant{icp.ErrSyntax, "extension", 13, ""}},
	}
	for _, tt := range tests {
		l, err := icp.ParseLandline(tt.in)
		idCheckErr(t, "Landline", err, tt.err)
		if icp.ValidLandline(tt.in) != (tt.err.err == nil) {
			t.Errorf("ValidLandline(%q) disagrees with ParseLandline", tt.in)
		}
		if tt.err.err != nil {
			continue
		}
		if l.Reveal() != tt.canonical || l.AreaCode() != tt.area || l.Extension() != tt.ext || l.String() != tt.mask {
			t.Errorf("ParseLandline(%q) = %q area %q ext %q mask %q", tt.in, l.Reveal(), l.AreaCode(), l.Extension(), l.String())
		}
		if want := "086-" + tt.canonical; l.RevealWithCountryCode() != want {
			t.Errorf("RevealWithCountryCode() = %q, want %q", l.RevealWithCountryCode(), want)
		}
	}
	var zero icp.Landline
	if zero.AreaCode() != "" || zero.Extension() != "" || zero.RevealWithCountryCode() != "" || zero.String() != "" {
		t.Error("zero Landline is not empty")
	}
}
