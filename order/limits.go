package order

import (
	"time"

	"github.com/beian-go/beian/province"
)

// Time limits and counters of the filing process (domain.md §3.5). They are data: the
// functions below compare times the caller passes in and never read the clock.
const (
	// SMSCodeValidity is how long a MIIT SMS verification code stays valid.
	SMSCodeValidity = 24 * time.Hour
	// SMSMaxWrongEntries is how many consecutive wrong SMS codes MIIT accepts; the next
	// attempt returns the filing to the provider.
	SMSMaxWrongEntries = 5
	// ProviderIdleLimit is how long an order may wait on the applicant before the provider
	// invalidates it (Tencent: a step left waiting more than 45 days; Alibaba: 45 days
	// without an update).
	ProviderIdleLimit = 45 * 24 * time.Hour
	// BureauReviewWorkingDays is the legal maximum time of the bureau's review, in working
	// days from complete material (33号令).
	BureauReviewWorkingDays = 20
)

// SMSCodeValid reports whether an SMS code sent at sent is still valid at now: less than
// [SMSCodeValidity] has passed.
func SMSCodeValid(sent, now time.Time) bool {
	return !now.Before(sent) && now.Sub(sent) < SMSCodeValidity
}

// SMSEntryAllowed reports whether MIIT still checks an SMS code entered after wrong
// consecutive wrong codes. Once [SMSMaxWrongEntries] wrong codes have been entered it does
// not: the next attempt returns the filing to the provider ([SMSFailed]).
func SMSEntryAllowed(wrong int) bool { return wrong < SMSMaxWrongEntries }

// IdleExpired reports whether an order that has been in status s since since is due to
// expire at now: s waits on the applicant (an [Expire] event is legal from it for some
// filing type) and more than [ProviderIdleLimit] has passed.
func IdleExpired(s Status, since, now time.Time) bool {
	return waitsOnApplicant(s) && now.Sub(since) > ProviderIdleLimit
}

// waitsOnApplicant reports whether the table lets an order in s expire.
func waitsOnApplicant(s Status) bool {
	for _, r := range table {
		if r.From == s && r.Event == Expire {
			return true
		}
	}
	return false
}

// BureauReviewDays returns how many working days the communications administration of
// province p may take to review a filing at time at: [BureauReviewWorkingDays] unless the
// province's rules in force at at say otherwise (Zhejiang: 30, per Tencent).
func BureauReviewDays(p province.Code, at time.Time) int {
	for _, r := range province.RulesAt(p, at) {
		if r.Kind == province.RuleBureauReviewDays && r.Param > 0 {
			return r.Param
		}
	}
	return BureauReviewWorkingDays
}

// BureauReviewDeadline returns the last day of the bureau's review of a filing that reached
// it at start in province p: start's clock time on the n-th working day after start's date,
// n being [BureauReviewDays]. See [Holidays] for what counts as a working day.
func BureauReviewDeadline(start time.Time, p province.Code, h *Holidays) time.Time {
	return AddWorkingDays(start, BureauReviewDays(p, start), h)
}

// BureauReviewOverdue reports whether, at now, more working days have passed since start
// than the bureau of province p may take.
func BureauReviewOverdue(start, now time.Time, p province.Code, h *Holidays) bool {
	return WorkingDaysBetween(start, now, h) > BureauReviewDays(p, start)
}

// Holidays tells which calendar days count as working days. No official holiday calendar
// ships with this package: with a nil or zero Holidays, Monday to Friday are working days and
// nothing else is. Callers who know the State Council's holiday arrangement for a year list
// its days off and its make-up working days (调休) here. Only the calendar date of each listed
// time counts (its year, month and day in its own location); the day being tested is likewise
// taken in its own location.
type Holidays struct {
	// Off lists weekdays that are not working days (public holidays).
	Off []time.Time
	// On lists Saturdays or Sundays that are working days (调休 make-up days).
	On []time.Time
}

// IsWorkingDay reports whether the date of t is a working day. h may be nil.
func (h *Holidays) IsWorkingDay(t time.Time) bool {
	weekday := t.Weekday()
	working := weekday != time.Saturday && weekday != time.Sunday
	if h == nil {
		return working
	}
	list := h.Off
	if !working {
		list = h.On
	}
	for _, d := range list {
		if sameDate(d, t) {
			return !working
		}
	}
	return working
}

// sameDate reports whether a and b show the same calendar date, each in its own location.
func sameDate(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}

// AddWorkingDays returns t's clock time on the n-th working day after t's date (t itself for
// n ≤ 0). Days are stepped in t's location, so daylight-saving changes do not shift the date.
// The walk always ends: only the days listed in h can stop a weekday from counting.
func AddWorkingDays(t time.Time, n int, h *Holidays) time.Time {
	y, m, d := t.Date()
	hh, mm, ss := t.Clock()
	for i := 1; n > 0; i++ {
		day := time.Date(y, m, d+i, hh, mm, ss, t.Nanosecond(), t.Location())
		if h.IsWorkingDay(day) {
			n--
			if n == 0 {
				return day
			}
		}
	}
	return t
}

// WorkingDaysBetween counts the working days after from's date up to and including to's date,
// both taken in from's location; it is 0 when to is not after from's date. It is the inverse
// of [AddWorkingDays]: WorkingDaysBetween(t, AddWorkingDays(t, n, h), h) == n for n ≥ 0.
func WorkingDaysBetween(from, to time.Time, h *Holidays) int {
	y, m, d := from.Date()
	ty, tm, td := to.In(from.Location()).Date()
	end := time.Date(ty, tm, td, 12, 0, 0, 0, from.Location())
	n := 0
	for i := 1; ; i++ {
		day := time.Date(y, m, d+i, 12, 0, 0, 0, from.Location())
		if day.After(end) {
			return n
		}
		if h.IsWorkingDay(day) {
			n++
		}
	}
}
