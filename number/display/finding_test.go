package display_test

import (
	"encoding/json"
	"regexp"
	"testing"

	"github.com/beian-go/beian/number/display"
)

func TestFindingCatalogue(t *testing.T) {
	codeSyntax := regexp.MustCompile(`^(icp|ps|page)\.[a-z]+(-[a-z]+)*$`)
	seen := map[string]bool{}
	for _, code := range display.FindingCodes() {
		if seen[code] {
			t.Errorf("duplicate code %q", code)
		}
		seen[code] = true
		if !codeSyntax.MatchString(code) {
			t.Errorf("code %q is not family.kebab-case ASCII", code)
		}
		sev, en, zh, ok := display.Describe(code)
		if !ok || sev < display.SeverityInfo || sev > display.SeverityError || en == "" || zh == "" {
			t.Errorf("Describe(%q) = %v, %q, %q, %v", code, sev, en, zh, ok)
		}
	}
	for _, code := range []string{
		display.CodeICPMissing, display.CodeICPNotLinked, display.CodeICPOutdatedLink, display.CodeICPNotInFooter,
		display.CodeICPUnexpectedNumber, display.CodePSNotLinked, display.CodePSCodeMismatch, display.CodePSMissing,
	} {
		if !seen[code] {
			t.Errorf("code %q missing from FindingCodes", code)
		}
	}
	if _, _, _, ok := display.Describe("icp.nonsense"); ok {
		t.Error("Describe accepted an unknown code")
	}
}

func TestSeverity(t *testing.T) {
	tests := []struct {
		s           display.Severity
		name, label string
	}{
		// The three severities.
		{display.SeverityInfo, "info", "提示"},
		{display.SeverityWarning, "warning", "警告"},
		{display.SeverityError, "error", "错误"},
	}
	for _, tt := range tests {
		if tt.s.String() != tt.name || tt.s.Label() != tt.label {
			t.Errorf("%d: %q %q", tt.s, tt.s.String(), tt.s.Label())
		}
		b, err := json.Marshal(tt.s)
		if err != nil || string(b) != `"`+tt.name+`"` {
			t.Errorf("json.Marshal(%v) = %s, %v", tt.s, b, err)
		}
		var back display.Severity
		if err := json.Unmarshal(b, &back); err != nil || back != tt.s {
			t.Errorf("round trip of %v: %v, %v", tt.s, back, err)
		}
	}
	var zero display.Severity
	if _, err := zero.MarshalText(); err == nil {
		t.Error("the zero Severity marshals")
	}
	if zero.Label() != "" || zero.String() != "Severity(0)" {
		t.Errorf("zero Severity: %q %q", zero.String(), zero.Label())
	}
	if err := zero.UnmarshalText([]byte("fatal")); err == nil {
		t.Error("unknown severity name accepted")
	}
	if !(display.SeverityInfo < display.SeverityWarning && display.SeverityWarning < display.SeverityError) {
		t.Error("severities out of order")
	}
}

func TestReportJSON(t *testing.T) {
	r, err := display.Audit(readPage(t, "several.html"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var back struct {
		Numbers []struct {
			Number string
			Kind   string
			Fixes  string
			Link   struct{ Platform, Code string }
		}
		Findings []struct{ Code, Severity, MessageZh, Number string }
	}
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if len(back.Numbers) != 3 || back.Numbers[2].Number != "浙公网安备33010002000078号" || back.Numbers[2].Fixes != "space" || back.Numbers[0].Fixes != "" ||
		back.Numbers[2].Link.Platform != "public-security" || back.Numbers[2].Link.Code != "33010002000078" {
		t.Errorf("JSON numbers: %s", b)
	}
	if len(back.Findings) == 0 || back.Findings[0].Severity != "warning" || back.Findings[0].MessageZh == "" {
		t.Errorf("JSON findings: %s", b)
	}
}
