package province_test

import (
	"errors"
	"testing"
	"time"

	"github.com/beian-go/beian/province"
)

// TestResolveOddInput pins what Resolve does with input from forms and spreadsheets: white
// space of every kind around the name, full-width characters, stray invisible characters.
func TestResolveOddInput(t *testing.T) {
	tests := []struct {
		in   string
		want province.Code
		err  error // nil when want is a province
	}{
		{"北京市\u3000", province.Beijing, nil},             // trailing ideographic space (U+3000) is trimmed
		{"\u3000京\u3000", province.Beijing, nil},         // around a single character too
		{"\u00a0北京", province.Beijing, nil},              // leading no-break space
		{"11 \t", province.Beijing, nil},                 // ASCII digits with trailing blanks
		{"Inner  Mongolia", province.InnerMongolia, nil}, // spaces inside English names are ignored
		{"\u3000", 0, province.ErrEmpty},                 // nothing but an ideographic space
		{"１１", 0, province.ErrUnknown},                   // full-width digits are not folded
		{"１１００００", 0, province.ErrUnknown},               // nor in an area code
		{"ＢＥＩＪＩＮＧ", 0, province.ErrUnknown},              // nor full-width letters
		{"北 京", 0, province.ErrUnknown},                  // a space inside a Chinese name
		{"\ufeff北京", 0, province.ErrUnknown},             // a byte order mark is not white space
		{"11\u200b", 0, province.ErrUnknown},             // nor a zero-width space
		{"beijing\x00", 0, province.ErrUnknown},          // a NUL byte
		{"\xff", 0, province.ErrUnknown},                 // invalid UTF-8
		{"00", 0, province.ErrUnknown},                   // two digits that are no province
		{"110000000", 0, province.ErrUnknown},            // too many digits
		{"710000", 0, province.ErrNotMainland},           // Taiwan's area code
	}
	for _, tt := range tests {
		c, err := province.Lookup(tt.in)
		if c != tt.want || !errors.Is(err, tt.err) || (tt.err == nil) != (err == nil) {
			t.Errorf("Lookup(%q) = %v, %v; want %v, %v", tt.in, c, err, tt.want, tt.err)
		}
	}
}

// TestInForceAcrossZones checks that a rule's first day and its (exclusive) end are China's
// midnights whatever zone the reference time is given in.
func TestInForceAcrossZones(t *testing.T) {
	r := province.Rule{From: day(2021, 6, 1), Until: day(2022, 1, 1)}
	newYork := time.FixedZone("EST", -5*3600)
	kiribati := time.FixedZone("LINT", 14*3600)
	tests := []struct {
		name string
		at   time.Time
		want bool
	}{
		{"from: the evening before in New York is already the first day in China", time.Date(2021, 5, 31, 11, 0, 0, 0, newYork), true},
		{"from: one second earlier in New York", time.Date(2021, 5, 31, 10, 59, 59, 0, newYork), false},
		{"from: 05:59:59 on June 1 in Kiribati is still May 31 in China", time.Date(2021, 6, 1, 5, 59, 59, 0, kiribati), false},
		{"from: 06:00 in Kiribati", time.Date(2021, 6, 1, 6, 0, 0, 0, kiribati), true},
		{"until: the last second of 2021 in China, given in UTC", time.Date(2021, 12, 31, 15, 59, 59, 0, time.UTC), true},
		{"until: midnight in China is excluded, given in UTC", time.Date(2021, 12, 31, 16, 0, 0, 0, time.UTC), false},
		{"until: New Year's Eve morning in New York is already 2022 in China", time.Date(2021, 12, 31, 11, 0, 0, 0, newYork), false},
	}
	for _, tt := range tests {
		if got := r.InForce(tt.at); got != tt.want {
			t.Errorf("%s: InForce(%v) = %v, want %v", tt.name, tt.at, got, tt.want)
		}
	}
}
