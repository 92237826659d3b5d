// Package texttable writes aligned plain-text tables whose cells may hold Chinese text.
//
// text/tabwriter counts runes, so a column of 北京市 next to a column of Beijing drifts out of
// line on a terminal. This package pads by display width instead, using the East Asian width
// property from golang.org/x/text/width: wide and full-width characters take two columns.
package texttable

import (
	"io"
	"strings"

	"golang.org/x/text/width"
)

// Width returns the number of terminal columns s occupies.
func Width(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

// Table collects rows and writes them with every column padded to its widest cell.
// The zero Table is ready to use; a Table is not safe for concurrent use.
type Table struct {
	rows [][]string
	// Gap is the number of spaces between columns; zero means two.
	Gap int
}

// Row appends one row of cells.
func (t *Table) Row(cells ...string) { t.rows = append(t.rows, cells) }

// WriteTo writes the table to w, one line per row, with no trailing spaces.
func (t *Table) WriteTo(w io.Writer) (int64, error) {
	gap := t.Gap
	if gap == 0 {
		gap = 2
	}
	var widths []int
	for _, r := range t.rows {
		for i, c := range r {
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], Width(c))
		}
	}
	var b strings.Builder
	for _, r := range t.rows {
		for i, c := range r {
			b.WriteString(c)
			if i < len(r)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-Width(c)+gap))
			}
		}
		b.WriteByte('\n')
	}
	n, err := io.WriteString(w, b.String())
	return int64(n), err
}
