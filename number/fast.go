package number

import (
	"github.com/beian-go/beian/province"
)

// parseFast recognises the canonical forms with direct byte comparisons
// and fills n. It accepts a subset of what scan accepts in modeStrict,
// with the same result; when it returns false the caller runs scan, which
// also explains the error. (A test checks that the two agree.)
func parseFast(s string, n *fields) bool {
	if len(s) < 11 {
		return false
	}
	if s[0] == 'A' || s[0] == 'B' {
		return telecomFast(s, 0, n)
	}
	r, ok := rune3(s)
	if !ok {
		return false
	}
	switch {
	case s[3] == 'I' && s[4] == 'C' && s[5] == 'P' && s[6] == 0xE5 && s[7] == 0xA4 && s[8] == 0x87: // 备
		n.kind = KindICPFiling
	case s[3] == 'I' && s[4] == 'C' && s[5] == 'P' && s[6] == 0xE8 && s[7] == 0xAF && s[8] == 0x81: // 证
		n.kind = KindICPLicence
	case len(s) > 15 && s[3:15] == "公网安备":
		return publicSecurityFast(s, r, n)
	case s[3] == 'A' || s[3] == 'B':
		if n.prov, ok = icpChars.get(r); !ok {
			return false
		}
		return telecomFast(s, 3, n)
	default:
		return false
	}
	if n.prov, ok = icpChars.get(r); !ok {
		return false
	}
	v, cnt := digitsFast(s, 9)
	if cnt != 6 && (n.kind == KindICPLicence || cnt != 8 && cnt != 10) || v == 0 {
		return false
	}
	n.serial, n.nser = v, uint8(cnt)
	i := 9 + cnt
	if len(s) < i+3 || s[i] != 0xE5 || s[i+1] != 0x8F || s[i+2] != 0xB7 { // 号
		return false
	}
	return suffixFast(s, i+3, n)
}

// rune3 decodes a three-byte UTF-8 sequence at the start of s.
func rune3(s string) (rune, bool) {
	if s[0]&0xF0 != 0xE0 || s[1]&0xC0 != 0x80 || s[2]&0xC0 != 0x80 {
		return 0, false
	}
	r := rune(s[0]&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F)
	return r, r >= 0x800 && (r < 0xD800 || r > 0xDFFF)
}

// digitsFast reads ASCII digits from s[i:]; more than 16 count as 17.
func digitsFast(s string, i int) (v uint64, n int) {
	for ; i < len(s); i++ {
		d := s[i] - '0'
		if d > 9 {
			break
		}
		if n == 16 {
			return 0, 17
		}
		v = v*10 + uint64(d)
		n++
	}
	return v, n
}

// suffixFast reads an optional canonical service suffix at s[i:] that
// must end the input.
func suffixFast(s string, i int, n *fields) bool {
	if i == len(s) {
		return true
	}
	if s[i] != '-' || i+1 >= len(s) || s[i+1] == '0' {
		return false
	}
	v, cnt := digitsFast(s, i+1)
	if cnt == 0 || cnt > 5 {
		return false
	}
	i += 1 + cnt
	n.seq, n.svc = uint32(v), ServiceWebsite
	switch {
	case i == len(s):
		return true
	case i+1 != len(s):
		return false
	}
	svc, ok := serviceByLetter(rune(s[i]))
	n.svc = svc
	return ok
}

// telecomFast reads a canonical telecom licence whose classes start at s[i].
func telecomFast(s string, i int, n *fields) bool {
	n.kind = KindTelecomLicence
	for {
		if i+2 >= len(s) || s[i] != 'A' && s[i] != 'B' || s[i+1] != '1' && s[i+1] != '2' {
			return false
		}
		bit := classA1 << (s[i+1] - '1')
		if s[i] == 'B' {
			bit <<= 2
		}
		if n.class >= bit {
			return false
		}
		n.class |= bit
		i += 3
		if s[i-1] == '-' {
			break
		}
		if s[i-1] != '.' {
			return false
		}
	}
	v, cnt := digitsFast(s, i)
	if cnt != 8 || v == 0 {
		return false
	}
	n.serial, n.nser = v, 8
	return suffixFast(s, i+8, n)
}

// publicSecurityFast reads a canonical public-security number whose prefix
// character is r.
func publicSecurityFast(s string, r rune, n *fields) bool {
	if _, ok := psChars.get(r); !ok {
		return false
	}
	v, cnt := digitsFast(s, 15)
	if cnt != 14 && cnt != 12 || len(s) != 15+cnt+3 || s[15+cnt:] != "号" {
		return false
	}
	p, ok := province.ByAreaCode(int(v/pow10[cnt-2]) * 10000)
	if !ok {
		return false
	}
	n.kind, n.prov, n.pfx, n.serial, n.nser = KindPublicSecurity, p, r, v, uint8(cnt)
	return true
}
