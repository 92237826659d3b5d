package icp_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/beian-go/beian/icp"
)

// checkEnumErr fails unless err is an *EnumError wrapping ErrUnknownEnum.
func checkEnumErr(t *testing.T, what, in string, err error) {
	t.Helper()
	var ee *icp.EnumError
	if !errors.As(err, &ee) || !errors.Is(err, icp.ErrUnknownEnum) {
		t.Fatalf("%s(%q): error %T %v is not an *EnumError", what, in, err, err)
	}
}

// FuzzEnumText checks every scalar enum parser: errors are typed, and a
// parsed value's name parses back to it and is a fixed point.
func FuzzEnumText(f *testing.F) {
	for _, s := range []string{"enterprise", "INDIVIDUAL", "resident-id", "zh-hans", "ios", "subject", "both", "provincial", "", "x", "企业"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fuzzScalar(t, "Nature", s, icp.ParseNature)
		fuzzScalar(t, "CertType", s, icp.ParseCertType)
		fuzzScalar(t, "Language", s, icp.ParseLanguage)
		fuzzScalar(t, "Platform", s, icp.ParsePlatform)
		fuzzScalar(t, "NoticeCategory", s, icp.ParseNoticeCategory)
		fuzzScalar(t, "Stage", s, icp.ParseStage)
		fuzzScalar(t, "LicenceScope", s, icp.ParseLicenceScope)
	})
}

func fuzzScalar[T interface {
	comparable
	IsValid() bool
	String() string
}](t *testing.T, what, s string, parse func(string) (T, error)) {
	v, err := parse(s)
	if err != nil {
		checkEnumErr(t, "Parse"+what, s, err)
		return
	}
	if !v.IsValid() || !strings.EqualFold(v.String(), s) {
		t.Fatalf("Parse%s(%q) = %v", what, s, v)
	}
	again, err := parse(v.String())
	if err != nil || again != v || again.String() != v.String() {
		t.Fatalf("Parse%s(%q) round trip = %v, %v", what, v.String(), again, err)
	}
}

// FuzzBitmaskText checks every bitmask parser: errors are typed, the
// canonical text of a parsed value parses back to it and is a fixed point,
// and converting any uint64 to text and back is lossless.
func FuzzBitmaskText(f *testing.F) {
	for _, s := range []string{"blog,other", "0x1000000", "news, CULTURE", "cloud", "Beijing,Hong Kong", "", ",", "0x", "blog,0xffffffffffffffff"} {
		f.Add(s, uint64(0))
	}
	f.Add("", uint64(1<<63|1<<24|1))
	f.Fuzz(func(t *testing.T, s string, raw uint64) {
		fuzzBits(t, "ServiceContent", s, raw, icp.ParseServiceContent)
		fuzzBits(t, "PreApproval", s, raw, icp.ParsePreApproval)
		fuzzBits(t, "AccessMethod", s, raw, icp.ParseAccessMethod)
		fuzzBits(t, "ServerLocation", s, raw, icp.ParseServerLocation)
	})
}

func fuzzBits[T interface {
	~uint64
	String() string
}](t *testing.T, what, s string, raw uint64, parse func(string) (T, error)) {
	if raw != 0 {
		v := T(raw)
		got, err := parse(v.String())
		if err != nil || got != v {
			t.Fatalf("%s(%#x) via %q = %#x, %v", what, raw, v.String(), uint64(got), err)
		}
	}
	v, err := parse(s)
	if err != nil {
		checkEnumErr(t, "Parse"+what, s, err)
		return
	}
	canon := v.String()
	if v == 0 {
		return // "0x0" and the like: the zero value prints as ""
	}
	again, err := parse(canon)
	if err != nil || again != v || again.String() != canon {
		t.Fatalf("Parse%s(%q) → %q → %#x, %v", what, s, canon, uint64(again), err)
	}
}

// FuzzDate checks ParseDate against time.Parse as an oracle and checks
// that accepted text is already canonical.
func FuzzDate(f *testing.F) {
	for _, s := range []string{"2024-02-29", "2023-02-29", "0001-01-01", "9999-12-31", "0000-01-01", "2024-1-1", "", "2024-02-29T00:00:00Z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := icp.ParseDate(s)
		tm, terr := time.Parse(time.DateOnly, s)
		oracleOK := terr == nil && tm.Year() >= 1 && len(s) == len(time.DateOnly)
		if err != nil {
			var de *icp.DateError
			if !errors.As(err, &de) || !errors.Is(err, icp.ErrDateSyntax) {
				t.Fatalf("ParseDate(%q): untyped error %v", s, err)
			}
			if oracleOK {
				t.Fatalf("ParseDate(%q) rejected what time.Parse accepts: %v", s, err)
			}
			return
		}
		if !oracleOK {
			t.Fatalf("ParseDate(%q) accepted what time.Parse rejects: %v", s, terr)
		}
		if d.String() != s || icp.DateOf(tm) != d {
			t.Fatalf("ParseDate(%q) = %v, time.Parse = %v", s, d, tm)
		}
	})
}

// FuzzApplicationJSON decodes arbitrary JSON into an Application: no
// panics, and whatever decodes encodes and decodes again to an equal value
// (an empty list may come back as nil);
// printing never panics.
func FuzzApplicationJSON(f *testing.F) {
	for _, name := range []string{"sample-application.json", "sample-application-mistakes.json"} {
		data, err := os.ReadFile("testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"subject":{"nature":"individual","name":"张三"}}`))
	f.Add([]byte(`{"websites":[{"serviceContent":"blog,0x1000000","ipRanges":[{"start":"::1","end":"fe80::1%eth0"}]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var app icp.Application
		if err := json.Unmarshal(data, &app); err != nil {
			return
		}
		_ = fmt.Sprintf("%v %+v %#v", app, app, app)
		enc, err := json.Marshal(app)
		if err != nil {
			t.Fatalf("Marshal of a decoded application: %v", err)
		}
		var back icp.Application
		if err := json.Unmarshal(enc, &back); err != nil {
			t.Fatalf("re-decode: %v\n%s", err, enc)
		}
		// Empty lists are omitted when encoding, so nil and empty are equal here.
		if diff := cmp.Diff(app, back, modelCmpOptions, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("round trip (-want +got):\n%s", diff)
		}
	})
}
