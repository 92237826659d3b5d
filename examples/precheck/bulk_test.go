package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestLineReader pins how bulk input is split into lines.
func TestLineReader(t *testing.T) {
	type line struct {
		text    string
		tooLong bool
	}
	tests := []struct {
		name string
		in   string
		want []line
	}{
		// Plain lines.
		{"lf", "ab\ncd\n", []line{{"ab", false}, {"cd", false}}},
		// Windows line endings lose their \r.
		{"crlf", "ab\r\ncd\r\n", []line{{"ab", false}, {"cd", false}}},
		// A last line without a newline still counts.
		{"no final newline", "ab\ncd", []line{{"ab", false}, {"cd", false}}},
		// Empty lines are returned; the caller skips them but counts them.
		{"empty lines", "\n\nab\n", []line{{"", false}, {"", false}, {"ab", false}}},
		// A line exactly at the limit is kept; one byte more is too long, and the line after
		// it is still read.
		{"at the limit", "12345678\n123456789\nok\n", []line{{"12345678", false}, {"", true}, {"ok", false}}},
		// The limit counts content, not the line ending.
		{"limit with crlf", "12345678\r\n", []line{{"12345678", false}}},
		// An overlong last line without a newline.
		{"overlong at the end", "ok\n" + strings.Repeat("x", 100), []line{{"ok", false}, {"", true}}},
		// Nothing at all.
		{"empty", "", nil},
	}
	for _, tt := range tests {
		// A tiny buffer makes ReadSlice return partial lines, as a long line does.
		lr := lineReader{r: bufio.NewReaderSize(strings.NewReader(tt.in), 16), max: 8}
		var got []line
		for {
			b, tooLong, err := lr.next()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: %v", tt.name, err)
			}
			got = append(got, line{string(b), tooLong})
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

// TestBulkHostileInput: a byte order mark, CRLF endings, blank lines, a line over the size
// limit and a last line without a newline. The oversized line is reported and skipped; the
// lines after it are still checked.
func TestBulkHostileInput(t *testing.T) {
	clean, err := os.ReadFile(filepath.Join("testdata", "clean.json"))
	if err != nil {
		t.Fatal(err)
	}
	compact := func(b []byte) string {
		var buf bytes.Buffer
		if err := json.Compact(&buf, b); err != nil {
			t.Fatal(err)
		}
		return buf.String()
	}
	huge := `{"x":"` + strings.Repeat("a", maxLine) + `"}`
	in := "\xef\xbb\xbf" + compact(clean) + "\r\n" + // 1: clean, after a BOM
		"\r\n" + // 2: blank
		huge + "\r\n" + // 3: too long
		"{oops\r\n" + // 4: malformed
		compact(sampleMistakes) // 5: errors, no final newline
	code, out, errOut := runWith(t, in, "-bulk", "-workers", "2")
	if code != exitUnusable {
		t.Errorf("exit %d, want %d", code, exitUnusable)
	}
	var got []bulkLine
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var bl bulkLine
		if err := json.Unmarshal([]byte(l), &bl); err != nil {
			t.Fatalf("%v in %q", err, l)
		}
		got = append(got, bl)
	}
	if len(got) != 4 {
		t.Fatalf("%d report lines, want 4:\n%s", len(got), out)
	}
	checks := []struct {
		line      int
		errorText string // "" for a checked line
		errors    bool
	}{
		{1, "", false},
		{3, "line 3: longer than 8 MiB", false},
		{4, "validate: line 4, column 2: malformed JSON", false},
		{5, "", true},
	}
	for i, c := range checks {
		g := got[i]
		if g.Line != c.line || !strings.Contains(g.Error, c.errorText) || (c.errorText == "") != (g.Error == "") || (g.Errors > 0) != c.errors {
			t.Errorf("report line %d: %+v, want line %d error %q errors %v", i+1, g, c.line, c.errorText, c.errors)
		}
	}
	if !strings.Contains(errOut, "checked 4 applications: 1 without errors, 1 with errors, 2 unusable") {
		t.Errorf("summary: %s", errOut)
	}
}

// TestBulkPositionsNameTheInputLine: positions in the messages of a bulk report line count
// lines of the whole input, not of the one-line application.
func TestBulkPositionsNameTheInputLine(t *testing.T) {
	in := `{"subject": {}, "zz": 1}` + "\n\n" + `{"subject": 2}` + "\n"
	for _, lang := range []string{"zh", "en"} {
		_, out, _ := runWith(t, in, "-bulk", "-lang", lang)
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) != 2 {
			t.Fatalf("%s: %d report lines:\n%s", lang, len(lines), out)
		}
		want := []struct{ zh, en string }{
			{"第1行第17列", "line 1, column 17"}, // the unknown field on line 1
			{"第3行第13列", "line 3, column 13"}, // the wrong type on line 3
		}
		for i, l := range lines {
			var bl bulkLine
			if err := json.Unmarshal([]byte(l), &bl); err != nil {
				t.Fatal(err)
			}
			found := false
			for _, p := range bl.Problems {
				msg := p.Message
				if strings.Contains(p.MessageZH, want[i].zh) && strings.Contains(p.MessageEN, want[i].en) &&
					(strings.Contains(msg, want[i].zh) || strings.Contains(msg, want[i].en)) {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: report line %d does not say %q / %q: %+v", lang, i+1, want[i].zh, want[i].en, bl.Problems)
			}
		}
	}
}

// FuzzLineReader checks the bulk line splitting against strings.Split: one line per
// newline-terminated segment (and one for unterminated text at the end), without its "\r",
// marked too long exactly when it exceeds the limit.
func FuzzLineReader(f *testing.F) {
	f.Add([]byte("ab\r\ncd\n\n"), uint8(2))
	f.Add([]byte("12345678\n123456789\nok"), uint8(8))
	f.Add([]byte("\r\r\n\r"), uint8(0))
	f.Fuzz(func(t *testing.T, data []byte, limit uint8) {
		max := int(limit % 40)
		segs := strings.Split(string(data), "\n")
		if segs[len(segs)-1] == "" {
			segs = segs[:len(segs)-1]
		}
		lr := lineReader{r: bufio.NewReaderSize(bytes.NewReader(data), 16), max: max}
		for i, seg := range segs {
			b, tooLong, err := lr.next()
			if err != nil {
				t.Fatalf("line %d: %v", i+1, err)
			}
			want := strings.TrimSuffix(seg, "\r")
			if tooLong != (len(want) > max) || (!tooLong && string(b) != want) || (tooLong && b != nil) {
				t.Fatalf("line %d: got %q, %v; want %q (limit %d)", i+1, b, tooLong, want, max)
			}
		}
		if _, _, err := lr.next(); err != io.EOF {
			t.Fatalf("after the last line: %v, want EOF", err)
		}
	})
}
