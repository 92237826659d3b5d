package number

import (
	"github.com/beian-go/beian/province"
)

// runeTable is a small open-addressing hash table from prefix characters
// to provinces; a lookup costs a multiplication and one or two probes.
type runeTable struct {
	keys [128]rune
	vals [128]province.Code
}

func runeSlot(r rune) uint32 { return uint32(r) * 0x9E3779B1 >> 25 }

func (t *runeTable) put(r rune, c province.Code) {
	h := runeSlot(r)
	for t.keys[h] != 0 && t.keys[h] != r {
		h = (h + 1) & 127
	}
	t.keys[h], t.vals[h] = r, c
}

func (t *runeTable) get(r rune) (province.Code, bool) {
	for h := runeSlot(r); ; h = (h + 1) & 127 {
		switch t.keys[h] {
		case r:
			return t.vals[h], r != 0
		case 0:
			return 0, false
		}
	}
}

// Lookup tables built once from the province package and never written
// afterwards: icpChars holds the 31 issued ICP characters, psChars those
// and every character the province table lists for public-security
// numbers. Informal aliases are not in them; the parsers ask
// [province.ByChar] for those.
var icpChars, psChars = buildCharTables()

func buildCharTables() (icp, ps *runeTable) {
	icp, ps = new(runeTable), new(runeTable)
	for c := range province.All() {
		icp.put(c.ICPChar(), c)
		ps.put(c.ICPChar(), c)
		for _, r := range c.PublicSecurityChars() {
			if _, ok := ps.get(r); !ok {
				ps.put(r, c)
			}
		}
	}
	return icp, ps
}
