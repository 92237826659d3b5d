package icp_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/beian-go/beian/icp"
)

// TestParseDate covers the strict grammar.
func TestParseDate(t *testing.T) {
	tests := []struct {
		in string
		ok bool
	}{
		{"2024-02-29", true},   // leap day
		{"2000-02-29", true},   // leap century
		{"0001-01-01", true},   // first year
		{"9999-12-31", true},   // last day
		{"2023-02-29", false},  // not a leap year
		{"1900-02-29", false},  // century, not leap
		{"2024-13-01", false},  // month 13
		{"2024-04-31", false},  // April has 30 days
		{"2024-00-10", false},  // month 0
		{"0000-01-01", false},  // year 0
		{"2024-1-01", false},   // short month
		{"2024/01/01", false},  // wrong separator
		{" 2024-01-01", false}, // space
		{"2024-01-01T00", false},
		{"", false},           // empty
		{"２０２４-01-01", false}, // full-width digits
	}
	for _, tt := range tests {
		d, err := icp.ParseDate(tt.in)
		if tt.ok {
			if err != nil || d.String() != tt.in {
				t.Errorf("ParseDate(%q) = %v, %v", tt.in, d, err)
			}
			continue
		}
		var de *icp.DateError
		if !errors.As(err, &de) || !errors.Is(err, icp.ErrDateSyntax) || !d.IsZero() {
			t.Errorf("ParseDate(%q) = %v, %v; want *DateError", tt.in, d, err)
		}
	}
}

// TestDateMethods checks accessors, ordering, arithmetic and encodings.
func TestDateMethods(t *testing.T) {
	d := icp.MustParseDate("2024-02-29")
	if d.Year() != 2024 || d.Month() != time.February || d.Day() != 29 || !d.IsValid() {
		t.Errorf("accessors of %v", d)
	}
	if got := d.AddDate(1, 0, 0); got.String() != "2025-03-01" {
		t.Errorf("AddDate(1,0,0) = %v", got)
	}
	if got := d.AddDate(0, 0, -29); got.String() != "2024-01-31" {
		t.Errorf("AddDate(0,0,-29) = %v", got)
	}
	if !(icp.Date{}).AddDate(1, 0, 0).IsZero() {
		t.Error("zero Date moved")
	}
	e := icp.MustParseDate("2024-03-01")
	if !d.Before(e) || !e.After(d) || d.Compare(d) != 0 || (icp.Date{}).Compare(d) != -1 {
		t.Error("ordering wrong")
	}
	ages := []struct {
		birth, on string
		want      int
	}{
		{"2008-01-15", "2026-01-15", 18}, // 18th birthday
		{"2008-01-16", "2026-01-15", 17}, // one day short
		{"2008-02-29", "2026-02-28", 17}, // leap-day birth, common year
		{"2008-02-29", "2026-03-01", 18}, // … a year older on 1 March
		{"2026-01-15", "2020-01-01", 0},  // reference before birth
	}
	for _, tt := range ages {
		if got := icp.MustParseDate(tt.birth).YearsUntil(icp.MustParseDate(tt.on)); got != tt.want {
			t.Errorf("YearsUntil(%s → %s) = %d, want %d", tt.birth, tt.on, got, tt.want)
		}
	}
	if got := icp.DateOf(time.Date(2025, 12, 31, 23, 59, 0, 0, time.FixedZone("CST", 8*3600))); got.String() != "2025-12-31" {
		t.Errorf("DateOf = %v", got)
	}
	if got := d.In(time.UTC); !got.Equal(time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("In = %v", got)
	}
	if v, ok := d.ValidatorValue().(time.Time); !ok || !v.Equal(d.In(time.UTC)) {
		t.Errorf("ValidatorValue = %v", d.ValidatorValue())
	}
	if v := (icp.Date{}).ValidatorValue().(time.Time); !v.IsZero() {
		t.Errorf("zero ValidatorValue = %v", v)
	}
	if _, err := icp.NewDate(2023, time.February, 29); err == nil {
		t.Error("NewDate accepted 2023-02-29")
	}
	var z icp.Date
	if err := z.UnmarshalText(nil); err != nil || !z.IsZero() || z.String() != "" {
		t.Errorf("empty text: %v %v", z, err)
	}
	for _, src := range []any{"2024-02-29", []byte("2024-02-29"), time.Date(2024, 2, 29, 10, 0, 0, 0, time.UTC)} {
		var s icp.Date
		if err := s.Scan(src); err != nil || s != d {
			t.Errorf("Scan(%v) = %v, %v", src, s, err)
		}
	}
	if err := z.Scan(3); err == nil {
		t.Error("Scan(3) succeeded")
	}
	if v, _ := d.Value(); v != "2024-02-29" {
		t.Errorf("Value = %v", v)
	}
	if v, _ := (icp.Date{}).Value(); v != nil {
		t.Errorf("zero Value = %v", v)
	}
}

// TestDateNoAllocs pins the allocation-free parse and append paths.
func TestDateNoAllocs(t *testing.T) {
	buf := make([]byte, 0, 16)
	allocs := testing.AllocsPerRun(100, func() {
		d, err := icp.ParseDate("2024-02-29")
		if err != nil {
			t.Fatal(err)
		}
		buf, _ = d.AppendText(buf[:0])
	})
	if allocs != 0 {
		t.Errorf("ParseDate+AppendText allocate %v times", allocs)
	}
}

// TestPersonValidity checks ValidOn with dated and long-term certificates.
func TestPersonValidity(t *testing.T) {
	p := icp.Person{ValidFrom: icp.MustParseDate("2016-03-01"), ValidTo: icp.MustParseDate("2026-03-01")}
	tests := []struct {
		on   string
		long bool
		want bool
	}{
		{"2016-03-01", false, true},  // first day
		{"2026-03-01", false, true},  // last day
		{"2026-03-02", false, false}, // expired
		{"2016-02-29", false, false}, // not yet valid
		{"2040-01-01", true, true},   // long-term
	}
	for _, tt := range tests {
		q := p
		q.LongTerm = tt.long
		if got := q.ValidOn(icp.MustParseDate(tt.on)); got != tt.want {
			t.Errorf("ValidOn(%s, long=%v) = %v", tt.on, tt.long, got)
		}
	}
	if (icp.Person{ValidFrom: p.ValidFrom}).ValidOn(icp.MustParseDate("2020-01-01")) {
		t.Error("a certificate with no end and no long-term flag is valid")
	}
}

// BenchmarkParseDate compares ParseDate with time.Parse on the same layout.
func BenchmarkParseDate(b *testing.B) {
	b.Run("icp.ParseDate", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := icp.ParseDate("2024-02-29"); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("time.Parse", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := time.Parse(time.DateOnly, "2024-02-29"); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// TestDateErrorMasksPersonalData: an identity number or phone number in a
// date field (a shifted column) is not quoted in full by the error, while a
// wrong date still is.
func TestDateErrorMasksPersonalData(t *testing.T) {
	for _, in := range []string{"110105194912310021", "13800000001", "a.b@example.com"} {
		var d icp.Date
		err := d.UnmarshalText([]byte(in))
		if !errors.Is(err, icp.ErrDateSyntax) || strings.Contains(err.Error(), in) {
			t.Errorf("%q: error %v", in, err)
		}
	}
	if _, err := icp.ParseDate("2025-02-30"); err == nil || !strings.Contains(err.Error(), "2025-02-30") {
		t.Errorf("a wrong date is not quoted: %v", err)
	}
}
