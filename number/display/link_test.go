package display_test

import (
	"testing"

	"github.com/beian-go/beian/number/display"
	"github.com/google/go-cmp/cmp"
)

func TestParseLink(t *testing.T) {
	const (
		none = display.PlatformNone
		miit = display.PlatformMIIT
		mps  = display.PlatformPublicSecurity
	)
	tests := []struct {
		href string
		want display.Link
	}{
		// The current MIIT address.
		{"https://beian.miit.gov.cn/", display.Link{Platform: miit}},
		// Without the trailing slash, upper case, with a port.
		{"HTTPS://Beian.MIIT.gov.cn:443", display.Link{Platform: miit}},
		// The single-page-app entry.
		{"https://beian.miit.gov.cn/#/Integrated/index", display.Link{Platform: miit}},
		// Scheme-relative.
		{"//beian.miit.gov.cn", display.Link{Platform: miit}},
		// Plain http to the current host.
		{"http://beian.miit.gov.cn", display.Link{Platform: miit}},
		// A fully qualified host name with the root dot.
		{"https://beian.miit.gov.cn./", display.Link{Platform: miit}},
		// Surrounding white space, as attribute values sometimes have.
		{"  https://beian.miit.gov.cn/\n", display.Link{Platform: miit}},
		// A tab or line break inside the value, which browsers remove from URLs.
		{"https://beian.miit.gov.cn/\t#/Integrated/index", display.Link{Platform: miit}},
		// A template that wrapped the query across lines.
		{"https://beian.mps.gov.cn/#/query/webSearch?\r\ncode=11010802035340", display.Link{Platform: mps, Code: "11010802035340"}},
		// Broken inside the host name.
		{"http://www.beian.\ngov.cn/portal/registerSystemInfo?recordcode=33010002000078", display.Link{Platform: mps, Outdated: true, Code: "33010002000078"}},
		// The 2019–2020 host.
		{"http://www.beian.miit.gov.cn", display.Link{Platform: miit, Outdated: true}},
		// The pre-2019 host with a path.
		{"http://www.miibeian.gov.cn/state/outPortal/loginPortal.action", display.Link{Platform: miit, Outdated: true}},
		// Without www.
		{"http://miibeian.gov.cn", display.Link{Platform: miit, Outdated: true}},
		// No scheme: a relative path to the browser.
		{"beian.miit.gov.cn", display.Link{Platform: miit, MissingScheme: true}},
		// No scheme, old host, with a path.
		{"www.miibeian.gov.cn/", display.Link{Platform: miit, Outdated: true, MissingScheme: true}},
		// The public-security query page with the code in the fragment.
		{"https://beian.mps.gov.cn/#/query/webSearch?code=11010802035340", display.Link{Platform: mps, Code: "11010802035340"}},
		// The code in the real query string.
		{"https://beian.mps.gov.cn/?code=44140202000117#/query/webSearch", display.Link{Platform: mps, Code: "44140202000117"}},
		// The platform without a code.
		{"https://beian.mps.gov.cn/#/", display.Link{Platform: mps}},
		// The old portal with recordcode.
		{"http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33010002000078", display.Link{Platform: mps, Outdated: true, Code: "33010002000078"}},
		// The old portal, key in another case and other parameters first.
		{"http://www.beian.gov.cn/portal/registerSystemInfo?x=1&RecordCode=110105000655", display.Link{Platform: mps, Outdated: true, Code: "110105000655"}},
		// Somewhere else.
		{"https://www.example.com/beian.miit.gov.cn", display.Link{Platform: none}},
		// A look-alike host.
		{"https://beian.miit.gov.cn.example.com/", display.Link{Platform: none}},
		// Script URLs are not links to the platform.
		{"javascript:window.open('https://beian.miit.gov.cn/')", display.Link{Platform: none}},
		// A fragment-only link.
		{"#", display.Link{Platform: none}},
		// A site-relative path.
		{"/about", display.Link{Platform: none}},
		// Unparsable.
		{"http://[::1", display.Link{Platform: none}},
		// Empty.
		{"", display.Link{Platform: none}},
	}
	for _, tt := range tests {
		got := display.ParseLink(tt.href)
		got.Href = "" // checked below
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseLink(%q) (-want +got):\n%s", tt.href, diff)
		}
		if works := tt.want.Platform != none && !tt.want.MissingScheme; got.Works() != works {
			t.Errorf("ParseLink(%q).Works() = %v", tt.href, got.Works())
		}
	}
}

func TestPlatformString(t *testing.T) {
	for p, want := range map[display.Platform]string{
		display.PlatformNone: "none", display.PlatformMIIT: "miit", display.PlatformPublicSecurity: "public-security",
	} {
		if p.String() != want {
			t.Errorf("%d.String() = %q, want %q", p, p, want)
		}
		if b, err := p.MarshalText(); err != nil || string(b) != want {
			t.Errorf("%d.MarshalText() = %q, %v", p, b, err)
		}
	}
}
