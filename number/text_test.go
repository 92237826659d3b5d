package number_test

import (
	"database/sql"
	"database/sql/driver"
	"encoding/json"
	"errors"
	"testing"

	"github.com/beian-go/beian/number"
)

var (
	_ sql.Scanner   = (*number.Number)(nil)
	_ driver.Valuer = number.Number{}
)

func TestJSONRoundTrip(t *testing.T) {
	type site struct {
		ICP number.Number `json:"icp"`
		PS  number.Number `json:"ps"`
		Opt number.Number `json:"opt"`
	}
	in := site{ICP: number.MustParse("京ICP备11041704号-1"), PS: number.MustParse("京公网安备11000002000001号")}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"icp":"京ICP备11041704号-1","ps":"京公网安备11000002000001号","opt":""}`
	if string(b) != want {
		t.Errorf("json.Marshal = %s, want %s", b, want)
	}
	var out site
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if out != in {
		t.Errorf("round trip: got %+v, want %+v", out, in)
	}
	// Unmarshaling is strict: a lenient form is an error.
	err = json.Unmarshal([]byte(`{"icp":"京ICP备 11041704号"}`), &out)
	if !errors.Is(err, number.ErrSyntax) {
		t.Errorf("json.Unmarshal of a lenient form: %v, want ErrSyntax", err)
	}
}

func TestTextMethods(t *testing.T) {
	n := number.MustParse("粤B2-20090059-1626X")
	buf := make([]byte, 0, 64)
	buf, err := n.AppendText(append(buf, "x:"...))
	if err != nil || string(buf) != "x:粤B2-20090059-1626X" {
		t.Errorf("AppendText = %q, %v", buf, err)
	}
	var z number.Number
	if b, err := z.MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("zero MarshalText = %q, %v", b, err)
	}
	if z.String() != "" || z.IsValid() || z.Kind() != number.KindInvalid || z.QueryURL() != "" {
		t.Errorf("zero value accessors: %q %v %v %q", z.String(), z.IsValid(), z.Kind(), z.QueryURL())
	}
	if err := n.UnmarshalText(nil); err != nil || n != z {
		t.Errorf("UnmarshalText(empty) = %v, %v; want the zero value", n, err)
	}
}

func TestSQL(t *testing.T) {
	want := number.MustParse("京公网安备11010502030143号")
	tests := []struct {
		src  any
		want number.Number
		err  error
	}{
		// NULL is the zero value.
		{nil, number.Number{}, nil},
		// Empty text is the zero value.
		{"", number.Number{}, nil},
		// Empty bytes are the zero value.
		{[]byte{}, number.Number{}, nil},
		// Canonical text.
		{"京公网安备11010502030143号", want, nil},
		// Canonical bytes.
		{[]byte("京公网安备11010502030143号"), want, nil},
		// Stored text is parsed strictly.
		{"京公网安备 11010502030143号", number.Number{}, number.ErrSyntax},
		// Not a text column.
		{int64(5), number.Number{}, number.ErrScanType},
	}
	for _, tt := range tests {
		var n number.Number
		err := n.Scan(tt.src)
		if !errors.Is(err, tt.err) || n != tt.want {
			t.Errorf("Scan(%#v) = %v, %v; want %v, %v", tt.src, n, err, tt.want, tt.err)
		}
	}
	if v, err := want.Value(); err != nil || v != "京公网安备11010502030143号" {
		t.Errorf("Value() = %#v, %v", v, err)
	}
	if v, err := (number.Number{}).Value(); err != nil || v != nil {
		t.Errorf("zero Value() = %#v, %v; want NULL", v, err)
	}
}

func TestQueryURL(t *testing.T) {
	tests := []struct{ in, want string }{
		// Public-security numbers link to the platform's query page with the digits.
		{"京公网安备11010502030143号", "https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143"},
		// Legacy 12-digit numbers too.
		{"京公网安备110105000655号", "https://beian.mps.gov.cn/#/query/webSearch?code=110105000655"},
		// ICP numbers link to the MIIT system.
		{"京ICP备11041704号-1", number.MIITURL},
		// So do ICP licences.
		{"京ICP证030173号", number.MIITURL},
		// And telecom licences, which the MIIT system lists as subject numbers.
		{"粤B2-20090059", number.MIITURL},
	}
	for _, tt := range tests {
		if got := number.MustParse(tt.in).QueryURL(); got != tt.want {
			t.Errorf("%s.QueryURL() = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSubjectAndWithService(t *testing.T) {
	tests := []struct {
		in   string
		seq  int
		svc  number.Service
		want string
		err  error
	}{
		// Website service under an ICP filing subject.
		{"京ICP备12345678号", 1, number.ServiceWebsite, "京ICP备12345678号-1", nil},
		// APP replaces an existing suffix.
		{"京ICP备12345678号-1", 2, number.ServiceApp, "京ICP备12345678号-2A", nil},
		// Mini-program on a telecom licence.
		{"粤B2-20090059", 1626, number.ServiceMiniProgram, "粤B2-20090059-1626X", nil},
		// Quick app on an ICP licence.
		{"京ICP证030173号", 4, number.ServiceQuickApp, "京ICP证030173号-4K", nil},
		// (0, ServiceNone) gives the subject.
		{"京ICP备12345678号-3X", 0, number.ServiceNone, "京ICP备12345678号", nil},
		// Public-security numbers have no services.
		{"京公网安备11010502030143号", 1, number.ServiceWebsite, "", number.ErrNoService},
		// Sequence 0 with a service kind.
		{"京ICP备12345678号", 0, number.ServiceApp, "", number.ErrSequence},
		// Sequence too large.
		{"京ICP备12345678号", 100000, number.ServiceWebsite, "", number.ErrSequence},
		// A sequence needs a service kind.
		{"京ICP备12345678号", 1, number.ServiceNone, "", number.ErrSequence},
		// Not a service kind.
		{"京ICP备12345678号", 1, number.Service(9), "", number.ErrSequence},
	}
	for _, tt := range tests {
		got, err := number.MustParse(tt.in).WithService(tt.seq, tt.svc)
		if !errors.Is(err, tt.err) || got.String() != tt.want {
			t.Errorf("%s.WithService(%d, %v) = %q, %v; want %q, %v", tt.in, tt.seq, tt.svc, got, err, tt.want, tt.err)
		}
		var pe *number.ParseError
		if err != nil && !errors.As(err, &pe) {
			t.Errorf("WithService error %T is not a *ParseError", err)
		}
		if err == nil {
			if got.Subject() != number.MustParse(tt.in).Subject() {
				t.Errorf("WithService changed the subject: %v", got)
			}
			if p, err := number.Parse(got.String()); err != nil || p != got {
				t.Errorf("Parse(%q) = %v, %v", got, p, err)
			}
		}
	}
	if _, err := (number.Number{}).WithService(1, number.ServiceWebsite); !errors.Is(err, number.ErrNoService) {
		t.Errorf("zero.WithService error = %v, want ErrNoService", err)
	}
}

func TestEnumNames(t *testing.T) {
	kinds := map[number.Kind][2]string{
		// 京ICP备12345678号
		number.KindICPFiling: {"icp-filing", "ICP备案号"},
		// 京ICP证030173号
		number.KindICPLicence: {"icp-licence", "ICP经营许可证号"},
		// 京B2-20090059
		number.KindTelecomLicence: {"telecom-licence", "电信业务经营许可证号"},
		// 京公网安备11010502030143号
		number.KindPublicSecurity: {"public-security", "公安联网备案号"},
	}
	for k := number.Kind(0); k < 10; k++ {
		want, named := kinds[k]
		if named != k.IsValid() {
			t.Errorf("Kind(%d).IsValid() = %v", k, k.IsValid())
		}
		b, err := k.MarshalText()
		switch {
		case named:
			if k.String() != want[0] || k.Label() != want[1] || err != nil || string(b) != want[0] {
				t.Errorf("Kind %d: %q %q %q %v", k, k.String(), k.Label(), b, err)
			}
			var back number.Kind
			if err := back.UnmarshalText(b); err != nil || back != k {
				t.Errorf("Kind %d round trip: %v %v", k, back, err)
			}
		case k == number.KindInvalid:
			if err != nil || len(b) != 0 || k.String() != "invalid" {
				t.Errorf("KindInvalid: %q %v %q", b, err, k.String())
			}
		default:
			if err == nil || k.String() != "Kind("+string(rune('0'+k))+")" {
				t.Errorf("Kind(%d): %q, %v", k, k.String(), err)
			}
		}
	}
	var k number.Kind
	if err := k.UnmarshalText([]byte("icp")); !errors.Is(err, number.ErrSyntax) {
		t.Errorf("Kind.UnmarshalText(icp) = %v", err)
	}

	services := []struct {
		s                   number.Service
		name, label, letter string
	}{
		// Subject-level number, no suffix.
		{number.ServiceNone, "none", "主体", ""},
		// -1: websites have no letter.
		{number.ServiceWebsite, "website", "网站", ""},
		// -2A
		{number.ServiceApp, "app", "APP", "A"},
		// -3X
		{number.ServiceMiniProgram, "mini-program", "小程序", "X"},
		// -4K
		{number.ServiceQuickApp, "quick-app", "快应用", "K"},
	}
	for _, tt := range services {
		if tt.s.String() != tt.name || tt.s.Label() != tt.label || tt.s.Letter() != tt.letter || !tt.s.IsValid() {
			t.Errorf("Service %d: %q %q %q", tt.s, tt.s.String(), tt.s.Label(), tt.s.Letter())
		}
		b, err := tt.s.MarshalText()
		var back number.Service
		if err != nil || back.UnmarshalText(b) != nil || back != tt.s {
			t.Errorf("Service %v round trip: %q %v %v", tt.s, b, err, back)
		}
	}
	bad := number.Service(7)
	if bad.IsValid() || bad.String() != "Service(7)" || bad.Letter() != "" || bad.Label() != "" {
		t.Errorf("Service(7): %v %q", bad.IsValid(), bad.String())
	}
	if _, err := bad.MarshalText(); err == nil {
		t.Error("Service(7).MarshalText succeeded")
	}
	var s number.Service
	if err := s.UnmarshalText([]byte("web")); err == nil {
		t.Error("Service.UnmarshalText(web) succeeded")
	}
}

func TestNumberIsComparableMapKey(t *testing.T) {
	seen := map[number.Number]int{}
	for _, s := range []string{"京ICP备12345678号-1", "京 ICP 备 12345678 号 - 1", "京icp备１２３４５６７８号—1"} {
		n, _, err := number.ParseLenient(s)
		if err != nil {
			t.Fatal(err)
		}
		seen[n]++
	}
	if len(seen) != 1 {
		t.Errorf("lenient variants of one number gave %d distinct keys", len(seen))
	}
	a, b := number.MustParse("川公网安备51078202110037号"), number.MustParse("蜀公网安备51078202110037号")
	if a == b || a.Province() != b.Province() {
		t.Errorf("public-security prefixes: equal=%v provinces %v %v", a == b, a.Province(), b.Province())
	}
}
