package icp

import (
	"unicode/utf8"
)

// modelMaskName masks a personal name: 张三 → 张*, 张小三 → 张*三, 欧阳小明 → 欧**明.
func modelMaskName(s string) string {
	switch n := utf8.RuneCountInString(s); {
	case n == 0:
		return ""
	case n == 1:
		return "*"
	case n == 2:
		return idMask(s, 1, 0, 0)
	default:
		return idMask(s, 1, 1, 0)
	}
}

// modelMaskNumber masks a certificate or telephone number: long numbers keep
// head and tail runes, shorter ones a quarter at each end, so that at least
// a third of any number is hidden.
func modelMaskNumber(s string, head, tail int) string {
	n := utf8.RuneCountInString(s)
	if hidden := n - head - tail; hidden <= 0 || hidden*3 < n {
		head, tail = n/4, n/4
	}
	return idMask(s, head, tail, 0)
}

// modelMaskText masks free text that may identify a person (an individual's
// address): the first keep runes stay, the rest becomes a fixed "***".
func modelMaskText(s string, keep int) string {
	if s == "" {
		return ""
	}
	i := 0
	for j := range s {
		if i == keep {
			return s[:j] + "***"
		}
		i++
	}
	return idMask(s, utf8.RuneCountInString(s)/2, 0, 0)
}
