package icp

import (
	"math/bits"
	"strconv"
	"strings"
)

// Bitmask enums ([ServiceContent], [PreApproval], [AccessMethod],
// [ServerLocation]) share one text form: the names of the known bits that are
// set, in ascending bit order, separated by commas, followed by a single
// lower-case hexadecimal token such as "0x1000000" holding every bit the
// package has no name for. The zero value is "". Decoding ignores ASCII case
// and spaces around each token, accepts names and hex tokens in any order and
// more than once, and ORs them together, so unknown bits survive a round trip
// and the canonical form of any value is a fixed point.

// bitEntry names one bit of a bitmask enum; bit is the MIIT value.
type bitEntry struct {
	bit   uint64
	name  string
	label string
}

// bitTable is the read-only description of a bitmask enum.
type bitTable struct {
	typ     string
	entries []bitEntry // ascending bit order
}

// known returns the union of the named bits.
func (t *bitTable) known() uint64 {
	var m uint64
	for _, e := range t.entries {
		m |= e.bit
	}
	return m
}

// appendText appends the canonical text form of v.
func (t *bitTable) appendText(b []byte, v uint64) []byte {
	first := true
	for _, e := range t.entries {
		if v&e.bit == 0 {
			continue
		}
		if !first {
			b = append(b, ',')
		}
		b = append(b, e.name...)
		first = false
	}
	if rest := v &^ t.known(); rest != 0 {
		if !first {
			b = append(b, ',')
		}
		b = append(b, "0x"...)
		b = strconv.AppendUint(b, rest, 16)
	}
	return b
}

// label returns the Chinese labels of the set bits joined by "、", with the
// unknown remainder in hexadecimal.
func (t *bitTable) label(v uint64) string {
	var parts []string
	for _, e := range t.entries {
		if v&e.bit != 0 {
			parts = append(parts, e.label)
		}
	}
	if rest := v &^ t.known(); rest != 0 {
		parts = append(parts, "0x"+strconv.FormatUint(rest, 16))
	}
	return strings.Join(parts, "、")
}

// parse decodes the text form described above.
func (t *bitTable) parse(s string) (uint64, error) {
	if s == "" {
		return 0, nil
	}
	var v uint64
	rest := s
	for {
		tok, after, more := strings.Cut(rest, ",")
		tok = strings.Trim(tok, " \t")
		if len(tok) > 2 && tok[0] == '0' && (tok[1] == 'x' || tok[1] == 'X') {
			n, err := strconv.ParseUint(tok[2:], 16, 64)
			if err != nil {
				return 0, enumErr(t.typ, s)
			}
			v |= n
		} else {
			bit, ok := t.byName(tok)
			if !ok {
				return 0, enumErr(t.typ, s)
			}
			v |= bit
		}
		if !more {
			return v, nil
		}
		rest = after
	}
}

// byName finds the bit named name, ignoring ASCII case.
func (t *bitTable) byName(name string) (uint64, bool) {
	for _, e := range t.entries {
		if enumEqualFold(e.name, name) {
			return e.bit, true
		}
	}
	return 0, false
}

// bitsEach calls yield with every set bit of v in ascending order.
func bitsEach(v uint64, yield func(uint64) bool) {
	for v != 0 {
		bit := uint64(1) << bits.TrailingZeros64(v)
		if !yield(bit) {
			return
		}
		v &^= bit
	}
}
