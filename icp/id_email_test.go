package icp_test

import (
	"strings"
	"testing"

	"github.com/beian-go/beian/icp"
)

func TestParseEmail(t *testing.T) {
	long := strings.Repeat("a", 64) + "@" + strings.Repeat("b", 59) + ".com" // 128 bytes
	tests := []struct {
		in, canonical, mask string
		err                 idWant
	}{
		// Plain address.
		{in: "alice@example.com", canonical: "alice@example.com", mask: "a***@example.com"},
		// Dots, plus and underscore in the local part.
		{in: "a.b+c_d@example.com.cn", canonical: "a.b+c_d@example.com.cn", mask: "a***@example.com.cn"},
		// The domain is folded to lower case, the local part is kept.
		{in: "User_1@Example.COM", canonical: "User_1@example.com", mask: "U***@example.com"},
		// An internationalised domain is stored in ASCII form.
		{in: "x1@中文.中国", canonical: "x1@xn--fiq228c.xn--fiqs8s", mask: "x***@xn--fiq228c.xn--fiqs8s"},
		// A one-character local part is hidden completely.
		{in: "q@qq.com", canonical: "q@qq.com", mask: "***@qq.com"},
		// Exactly 128 bytes.
		{in: long, canonical: long, mask: "a***@" + long[65:]},
		// Empty.
		{in: "", err: idWant{icp.ErrEmpty, "length", -1, ""}},
		// No @.
		{in: "example.com", err: idWant{icp.ErrSyntax, "syntax", -1, ""}},
		// Empty local part.
		{in: "@example.com", err: idWant{icp.ErrSyntax, "local part", 0, ""}},
		// Leading dot.
		{in: ".a@example.com", err: idWant{icp.ErrSyntax, "local part", 0, ""}},
		// Trailing dot.
		{in: "a.@example.com", err: idWant{icp.ErrSyntax, "local part", 1, ""}},
		// Two dots.
		{in: "a..b@example.com", err: idWant{icp.ErrSyntax, "local part", 1, ""}},
		// Non-ASCII local part.
		{in: "张三@example.com", err: idWant{icp.ErrCharacter, "local part", 0, ""}},
		// Space.
		{in: "a b@example.com", err: idWant{icp.ErrCharacter, "local part", 1, ""}},
		// Two @: the first is in the local part.
		{in: "a@b@example.com", err: idWant{icp.ErrCharacter, "local part", 1, ""}},
		// 65-character local part.
		{in: strings.Repeat("a", 65) + "@example.com", err: idWant{icp.ErrTooLong, "local part", 0, ""}},
		// 129 bytes.
		{in: "x" + long, err: idWant{icp.ErrTooLong, "local part", 0, ""}},
		{in: strings.Repeat("a", 60) + "@" + strings.Repeat("b", 64) + ".com", err: idWant{icp.ErrTooLong, "domain", -1, ""}},
		{in: strings.Repeat("a", 62) + "@" + strings.Repeat("b", 60) + ".com.cn", err: idWant{icp.ErrTooLong, "length", -1, ""}},
		// A domain without a dot.
		{in: "a@localhost", err: idWant{icp.ErrSyntax, "domain", -1, ""}},
		// An unknown top-level domain; the offset points into the address.
		{in: "a@example.invalidtld", err: idWant{icp.ErrTLD, "domain", 10, ""}},
		// A hyphen at the start of a domain label.
		{in: "a@-example.com", err: idWant{icp.ErrHyphen, "domain", 2, ""}},
	}
	for _, tt := range tests {
		e, err := icp.ParseEmail(tt.in)
		ie := idCheckErr(t, "Email", err, tt.err)
		if icp.ValidEmail(tt.in) != (tt.err.err == nil) {
			t.Errorf("ValidEmail(%q) disagrees with ParseEmail", tt.in)
		}
		if ie != nil {
			if strings.Contains(ie.Error(), tt.in) && strings.Contains(tt.in, "@") && len(tt.in) > 2 && tt.in[0] != '@' {
				t.Errorf("error text shows the address: %v", ie)
			}
			continue
		}
		if e.Reveal() != tt.canonical || e.String() != tt.mask {
			t.Errorf("ParseEmail(%q) = %q, mask %q; want %q, %q", tt.in, e.Reveal(), e.String(), tt.canonical, tt.mask)
		}
		if d := e.Domain(); d.String() != tt.canonical[strings.LastIndexByte(tt.canonical, '@')+1:] {
			t.Errorf("Domain() = %v", d)
		}
	}
	if (icp.Email{}).Domain().IsValid() {
		t.Error("zero Email has a domain")
	}
}
