package validate

import (
	"bytes"
	"slices"
	"testing"
	"unicode/utf8"
)

// naivePosition is the definition position must keep: lines counted from the start, the
// column in characters from the start of the line.
func naivePosition(data []byte, off int) (line, col int) {
	before := data[:off]
	lineStart := bytes.LastIndexByte(before, '\n') + 1
	return bytes.Count(before, []byte{'\n'}) + 1, utf8.RuneCount(before[lineStart:]) + 1
}

// FuzzPosition checks the incremental position against the naive one for increasing
// offsets at character boundaries, then for an offset that goes back.
func FuzzPosition(f *testing.F) {
	f.Add([]byte("{\n  \"名称\": 1,\r\n\"x\": [1, 2]}\n"), uint8(3))
	f.Add([]byte("\n\n\n"), uint8(1))
	f.Add([]byte("ab\xffc\nd"), uint8(2))
	f.Fuzz(func(t *testing.T, data []byte, step uint8) {
		var offs []int
		for i := range data {
			if utf8.RuneStart(data[i]) && (step == 0 || i%int(step) == 0) {
				offs = append(offs, i)
			}
		}
		offs = append(offs, len(data))
		d := &jsonWalker{data: data, pos: textPos{line: 1}}
		check := func(off int) {
			l, c := d.position(off)
			if wl, wc := naivePosition(data, off); l != wl || c != wc {
				t.Fatalf("position(%d) = %d:%d, want %d:%d", off, l, c, wl, wc)
			}
		}
		for _, off := range offs {
			check(off)
		}
		slices.Reverse(offs)
		for _, off := range offs[:min(len(offs), 3)] {
			check(off)
		}
	})
}
