package icp

//go:generate go run ./internal/noticegen/cmd/gennotices

import (
	"iter"
	"strings"
)

// NoticeCode is the stable ASCII code of an entry of the rectification
// catalogue, "area.problem" in lower case, e.g. "subject.contact-invalid".
// Codes never change meaning once published; the validate package reports one
// with every problem it finds.
type NoticeCode string

// Text is a message in Chinese and English.
type Text struct {
	ZH string `json:"zh"`
	EN string `json:"en"`
}

// In returns the text for a language tag: the Chinese text for "zh" and any
// "zh-…" tag, the English text otherwise.
func (t Text) In(lang string) string {
	if lang == "zh" || strings.HasPrefix(lang, "zh-") || strings.HasPrefix(lang, "zh_") {
		return t.ZH
	}
	return t.EN
}

// Notice is one entry of the rectification catalogue: a reason a provider or
// a communications administration (管局) gives when it sends a rectification
// notice (整改通知) about an approved filing or rejects (驳回) an application,
// with its likely cause and what to do, in Chinese and English. The wording
// is this package's own summary of the providers' catalogues (domain.md §6).
//
// A Notice is a value; the catalogue itself is read-only and safe for
// concurrent use.
type Notice struct {
	// Code is the stable identifier.
	Code NoticeCode `json:"code"`
	// Category groups the entry (主体信息不准确, 网站内容不合格 …).
	Category NoticeCategory `json:"category"`
	// Stage tells whether the entry is raised after approval, during review or both.
	Stage Stage `json:"stage"`
	// Title is the notice heading as providers word it.
	Title Text `json:"title"`
	// Cause explains what usually lies behind the notice.
	Cause Text `json:"cause"`
	// Advice says how to resolve it.
	Advice Text `json:"advice"`
	// miit holds the MIIT system error codes that correspond, 0-padded.
	miit [2]uint16
}

// MIITCodes returns, as a new slice, the MIIT filing-system error codes that
// correspond to the notice (1004 for a domain without real-name data …), or
// nil when none is known.
func (n Notice) MIITCodes() []int {
	var out []int
	for _, c := range n.miit {
		if c != 0 {
			out = append(out, int(c))
		}
	}
	return out
}

// LookupNotice returns the catalogue entry with the given code.
func LookupNotice(code NoticeCode) (Notice, bool) {
	for i := range noticeTable {
		if noticeTable[i].Code == code {
			return noticeTable[i], true
		}
	}
	return Notice{}, false
}

// Notices iterates over the catalogue in its fixed order: grouped by
// category in [NoticeCategory] order, and within a category in the order
// the entries were added. New entries are only ever appended to their group.
func Notices() iter.Seq[Notice] {
	return func(yield func(Notice) bool) {
		for c := NoticeCategory(1); c < noticeCategoryEnd; c++ {
			for i := range noticeTable {
				if noticeTable[i].Category == c && !yield(noticeTable[i]) {
					return
				}
			}
		}
	}
}

// NoticesFor iterates, in catalogue order, over the entries raised at stage s.
func NoticesFor(s Stage) iter.Seq[Notice] {
	return func(yield func(Notice) bool) {
		for n := range Notices() {
			if n.Stage.Includes(s) && !yield(n) {
				return
			}
		}
	}
}

// IsValid reports whether c is the code of a catalogue entry.
func (c NoticeCode) IsValid() bool {
	_, ok := LookupNotice(c)
	return ok
}

// Notice returns the catalogue entry for c; see [LookupNotice].
func (c NoticeCode) Notice() (Notice, bool) { return LookupNotice(c) }

// NoticesByMIITCode iterates, in catalogue order, over the entries that
// correspond to a MIIT filing-system error code, such as 1004 (domain
// real-name problems) in a rejection message.
func NoticesByMIITCode(code int) iter.Seq[Notice] {
	return func(yield func(Notice) bool) {
		for n := range Notices() {
			for _, c := range n.miit {
				if c != 0 && int(c) == code {
					if !yield(n) {
						return
					}
					break
				}
			}
		}
	}
}
