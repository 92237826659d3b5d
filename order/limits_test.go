package order_test

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/beian-go/beian/order"
	"github.com/beian-go/beian/province"
)

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 10, 30, 0, 0, cst) }

func TestSMSLimits(t *testing.T) {
	sent := date(2026, 5, 6)
	tests := []struct {
		name string
		now  time.Time
		want bool
	}{
		// Right after sending the code is valid.
		{"at once", sent, true},
		// A nanosecond short of 24 hours it still is.
		{"just inside", sent.Add(order.SMSCodeValidity - 1), true},
		// At 24 hours it has lapsed.
		{"at 24h", sent.Add(order.SMSCodeValidity), false},
		// A time before sending is not a valid use of the code.
		{"before sending", sent.Add(-time.Minute), false},
	}
	for _, tc := range tests {
		if got := order.SMSCodeValid(sent, tc.now); got != tc.want {
			t.Errorf("%s: SMSCodeValid = %v; want %v", tc.name, got, tc.want)
		}
	}
	// Five wrong entries are tolerated; the attempt after them returns the filing.
	for wrong, want := range []bool{true, true, true, true, true, false, false} {
		if got := order.SMSEntryAllowed(wrong); got != want {
			t.Errorf("SMSEntryAllowed(%d) = %v; want %v", wrong, got, want)
		}
	}
}

func TestIdleExpired(t *testing.T) {
	since := date(2026, 1, 5)
	late := since.Add(order.ProviderIdleLimit + time.Hour)
	for s := range order.Statuses() {
		// Only the statuses that wait on the applicant expire, and only after the limit.
		want := s == order.Draft || s == order.ProviderReturned || s == order.ProviderRejected || s == order.BureauRejected
		if got := order.IdleExpired(s, since, late); got != want {
			t.Errorf("IdleExpired(%v, +45d1h) = %v; want %v", s, got, want)
		}
		if order.IdleExpired(s, since, since.Add(order.ProviderIdleLimit)) {
			t.Errorf("IdleExpired(%v) at exactly the limit", s)
		}
	}
}

func TestWorkingDays(t *testing.T) {
	// The 2026 National Day holiday as an example calendar: 1–7 October off, with the
	// Sunday before and the Saturday after as make-up working days (illustrative data).
	national := &order.Holidays{
		Off: []time.Time{date(2026, 10, 1), date(2026, 10, 2), date(2026, 10, 5), date(2026, 10, 6), date(2026, 10, 7)},
		On:  []time.Time{time.Date(2026, 9, 27, 0, 0, 0, 0, cst), date(2026, 10, 10)},
	}
	tests := []struct {
		name  string
		start time.Time
		n     int
		h     *order.Holidays
		want  time.Time
	}{
		// Friday + 1 working day is Monday.
		{"over a weekend", date(2026, 5, 8), 1, nil, date(2026, 5, 11)},
		// Saturday + 1 is Monday.
		{"from a Saturday", date(2026, 5, 9), 1, nil, date(2026, 5, 11)},
		// Monday + 5 is the next Monday.
		{"one week", date(2026, 5, 4), 5, nil, date(2026, 5, 11)},
		// Zero days is the start itself.
		{"zero", date(2026, 5, 9), 0, nil, date(2026, 5, 9)},
		// Twenty working days without holidays: four weeks.
		{"twenty", date(2026, 6, 1), 20, nil, date(2026, 6, 29)},
		// A make-up Sunday counts, holidays do not: Fri 25 Sep + 1 = Sun 27 Sep.
		{"make-up Sunday", date(2026, 9, 25), 1, national, date(2026, 9, 27)},
		// Wed 30 Sep + 1 skips the holiday week to Thu 8 Oct.
		{"across National Day", date(2026, 9, 30), 1, national, date(2026, 10, 8)},
		// …and + 3 lands on the make-up Saturday 10 Oct.
		{"make-up Saturday", date(2026, 9, 30), 3, national, date(2026, 10, 10)},
		// An empty calendar behaves like nil.
		{"empty calendar", date(2026, 5, 8), 1, &order.Holidays{}, date(2026, 5, 11)},
	}
	for _, tc := range tests {
		got := order.AddWorkingDays(tc.start, tc.n, tc.h)
		if !got.Equal(tc.want) {
			t.Errorf("%s: AddWorkingDays(%v, %d) = %v; want %v", tc.name, tc.start.Format(time.DateOnly), tc.n, got, tc.want)
		}
		if back := order.WorkingDaysBetween(tc.start, got, tc.h); back != tc.n {
			t.Errorf("%s: WorkingDaysBetween = %d; want %d", tc.name, back, tc.n)
		}
	}
	// An end before the start counts nothing.
	if n := order.WorkingDaysBetween(date(2026, 5, 8), date(2026, 5, 1), nil); n != 0 {
		t.Errorf("WorkingDaysBetween backwards = %d", n)
	}
}

// TestWorkingDaysInverse checks AddWorkingDays and WorkingDaysBetween against each other on
// random starts and counts, including across a daylight-saving change.
func TestWorkingDaysInverse(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		ny = time.FixedZone("EST", -5*60*60)
	}
	r := rand.New(rand.NewPCG(2026, 11))
	for range 500 {
		loc := cst
		if r.IntN(2) == 0 {
			loc = ny
		}
		start := time.Date(2026, 1, 1, r.IntN(24), r.IntN(60), 0, 0, loc).AddDate(0, 0, r.IntN(730))
		n := r.IntN(60)
		end := order.AddWorkingDays(start, n, nil)
		if got := order.WorkingDaysBetween(start, end, nil); got != n {
			t.Fatalf("WorkingDaysBetween(%v, AddWorkingDays(%d)) = %d", start, n, got)
		}
		if n > 0 && !(&order.Holidays{}).IsWorkingDay(end) {
			t.Fatalf("AddWorkingDays(%v, %d) = %v, not a working day", start, n, end)
		}
		if h, m, _ := end.Clock(); h != start.Hour() || m != start.Minute() {
			t.Fatalf("AddWorkingDays(%v, %d) = %v changed the clock", start, n, end)
		}
	}
}

func TestBureauReviewDays(t *testing.T) {
	at := date(2026, 6, 1)
	tests := []struct {
		name string
		p    province.Code
		want int
	}{
		// The legal maximum.
		{"Beijing", province.Beijing, 20},
		// Zhejiang's administration may take 30 working days.
		{"Zhejiang", province.Zhejiang, 30},
		// An invalid code gets the national limit.
		{"zero code", 0, 20},
	}
	for _, tc := range tests {
		if got := order.BureauReviewDays(tc.p, at); got != tc.want {
			t.Errorf("%s: BureauReviewDays = %d; want %d", tc.name, got, tc.want)
		}
		deadline := order.BureauReviewDeadline(at, tc.p, nil)
		if n := order.WorkingDaysBetween(at, deadline, nil); n != tc.want {
			t.Errorf("%s: deadline %v is %d working days away; want %d", tc.name, deadline, n, tc.want)
		}
		if order.BureauReviewOverdue(at, deadline, tc.p, nil) {
			t.Errorf("%s: overdue on the deadline day", tc.name)
		}
		if !order.BureauReviewOverdue(at, order.AddWorkingDays(deadline, 1, nil), tc.p, nil) {
			t.Errorf("%s: not overdue a working day after the deadline", tc.name)
		}
	}
}
