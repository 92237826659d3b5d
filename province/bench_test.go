package province_test

import (
	"strings"
	"testing"

	"github.com/beian-go/beian/province"
)

// lookupInputs are one input per accepted form, with the province they name.
var lookupInputs = []struct{ form, in string }{
	{"icp-char", "粤"},
	{"alias-char", "川"},
	{"short-name", "广东"},
	{"full-name", "新疆维吾尔自治区"},
	{"english", "Guangdong"},
	{"english-upper", "XINJIANG"},
	{"code", "44"},
	{"area-code", "440305"},
}

// mapBaseline is the usual hand-written alternative: one map holding every spelling, lower-cased.
func mapBaseline() map[string]province.Code {
	m := map[string]province.Code{}
	for c := range province.All() {
		m[string(c.ICPChar())] = c
		m[c.ShortName()] = c
		m[c.FullName()] = c
		m[strings.ToLower(c.String())] = c
		m[c.String()[:0]+itoa2(int(c))] = c
		m[itoa2(int(c))+"0000"] = c
	}
	m["川"] = province.Sichuan
	return m
}

func itoa2(n int) string { return string([]byte{byte('0' + n/10), byte('0' + n%10)}) }

func BenchmarkLookup(b *testing.B) {
	for _, tt := range lookupInputs {
		b.Run(tt.form, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := province.Lookup(tt.in); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkMapBaseline looks the same inputs up in a prebuilt map. It has to lower-case the
// input to match English names case-insensitively, and it cannot resolve area codes of districts
// (440305) without more code, which it does here by slicing.
func BenchmarkMapBaseline(b *testing.B) {
	m := mapBaseline()
	for _, tt := range lookupInputs {
		b.Run(tt.form, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				in := strings.ToLower(strings.TrimSpace(tt.in))
				if len(in) == 6 && in[0] >= '0' && in[0] <= '9' {
					in = in[:2]
				}
				if _, ok := m[in]; !ok {
					b.Fatal(tt.in)
				}
			}
		})
	}
}
