package display_test

import (
	"bytes"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/beian-go/beian/number/display"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

func TestAuditPageErrors(t *testing.T) {
	tests := []struct {
		name   string
		page   []byte
		opts   []display.Option
		want   error
		offset int // PageError.Offset
	}{
		// One byte over the default limit.
		{"too large", bytes.Repeat([]byte("a"), display.DefaultMaxBytes+1), nil, display.ErrTooLarge, display.DefaultMaxBytes},
		// Over a limit the caller chose.
		{"over MaxBytes", readPage(t, "modern.html"), []display.Option{display.MaxBytes(100)}, display.ErrTooLarge, 100},
		// A PNG file.
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), nil, display.ErrNotHTML, 6},
		// A NUL byte early on.
		{"nul", []byte("<html>\x00<body>"), nil, display.ErrNotHTML, 6},
		// Binary control bytes spread over a long page, all past the first KiB.
		{"binary tail", append(bytes.Repeat([]byte("<p>x</p>"), 200), bytes.Repeat([]byte{0x01, 'a'}, 100)...), nil, display.ErrNotHTML, 1600},
		// Deeper than the parser's 512 open elements.
		{"too deep", []byte(strings.Repeat("<div>", 600)), nil, display.ErrTooDeep, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := display.Audit(tt.page, tt.opts...)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			var pe *display.PageError
			if !errors.As(err, &pe) {
				t.Fatalf("err %T is not a *PageError", err)
			}
			if pe.Offset != tt.offset || pe.Size != len(tt.page) {
				t.Errorf("Offset, Size = %d, %d; want %d, %d", pe.Offset, pe.Size, tt.offset, len(tt.page))
			}
			if !strings.HasPrefix(err.Error(), "display: ") {
				t.Errorf("error text %q lacks the package prefix", err)
			}
			if len(r.Numbers) != 0 || len(r.Findings) != 0 {
				t.Errorf("non-empty report with an error: %+v", r)
			}
		})
	}
}

func TestAuditAcceptsAtLimit(t *testing.T) {
	page := readPage(t, "modern.html")
	r, err := display.Audit(page, display.MaxBytes(len(page)))
	if err != nil || !r.Compliant() {
		t.Fatalf("page of exactly MaxBytes: err %v, compliant %v", err, r.Compliant())
	}
	// A few control bytes deep inside a large page (a stray form feed or
	// escape in some text) do not make it binary.
	big := append(bytes.Repeat([]byte("<p>正文</p>"), 500), page...)
	copy(big[2000:], "\x01")
	if _, err := display.Audit(big); err != nil {
		t.Fatalf("stray control byte: %v", err)
	}
}

func TestAuditTruncates(t *testing.T) {
	var b strings.Builder
	b.WriteString("<footer>")
	for range display.MaxShown + 10 {
		b.WriteString(`<p><a href="https://beian.miit.gov.cn/">京ICP备12345678号-1</a></p>`)
	}
	b.WriteString("</footer>")
	r, err := display.Audit(footerPage(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Numbers) != display.MaxShown || !r.Has(display.CodePageTruncated) {
		t.Fatalf("%d numbers, truncated finding %v", len(r.Numbers), r.Has(display.CodePageTruncated))
	}
	checkReport(t, r)
}

// TestAuditPathological feeds inputs known to make HTML parsers work hard
// (unclosed formatting elements, misnesting, deep-but-allowed nesting) and
// requires a result in bounded time.
func TestAuditPathological(t *testing.T) {
	tests := []struct {
		name    string
		page    []byte
		numbers int // numbers expected; -1 when ErrTooDeep is also acceptable
	}{
		// Unclosed formatting elements and links, thousands deep.
		{"unclosed formatting", []byte(strings.Repeat("<b><i><u><a href=x>", 20000) + "京ICP备12345678号-1"), -1},
		// Misnested formatting and paragraphs.
		{"misnested", []byte(strings.Repeat("<b><p></b></p>", 20000)), 0},
		// Tables in cells.
		{"nested tables", []byte(strings.Repeat("<table><tr><td>", 100)), 0},
		// Just under the depth limit.
		{"deep allowed", []byte(strings.Repeat("<span>", 500) + "京ICP备12345678号-1"), 1},
		// One element with 100,000 attributes.
		{"many attributes", []byte("<div " + strings.Repeat(`a="1" `, 100000) + ">"), 0},
		// 1.8 MB of near-misses in one text node.
		{"long text node", []byte("<p>" + strings.Repeat("京ICP备", 200000) + "</p>"), 0},
		// A tree builder clones the 400 open <b>s into every paragraph:
		// 12 KB of this makes html.Parse allocate over 100 MB.
		{"formatting clones", formattingBomb(400, 20000), 0},
		// A megabyte of start tags.
		{"tags only", []byte(strings.Repeat("<p>", 1<<20/3)), 0},
		// Thousands of inline SVG icons with self-closing children.
		{"svg icons", []byte(strings.Repeat(`<svg viewBox="0 0 8 8"><path d="M0 0h8v8z"/><circle r="1"/></svg>`, 5000) + "<footer>京ICP备12345678号-1</footer>"), 1},
		// A 100 KB class name around many numbers: each number's path must
		// not copy it.
		{"long class", []byte(`<footer class="` + strings.Repeat("x", 100_000) + `">` + strings.Repeat("京ICP备12345678号-1 ", display.MaxShown) + "</footer>"), display.MaxShown},
		// The same with an id and 20,000 class names.
		{"many classes", []byte(`<footer id="` + strings.Repeat("y", 50_000) + `" class="` + strings.Repeat("c ", 20_000) + `">` + strings.Repeat("京ICP备12345678号-1 ", display.MaxShown) + "</footer>"), display.MaxShown},
		// A 100 KB link target around many numbers.
		{"long href", []byte(`<footer><a href="https://beian.miit.gov.cn/#/` + strings.Repeat("%41", 35_000) + `">` + strings.Repeat("京ICP备12345678号-1 ", display.MaxShown) + "</a></footer>"), display.MaxShown},
		// A 100 KB custom element name.
		{"long tag name", []byte(`<footer><` + strings.Repeat("z", 100_000) + `>` + strings.Repeat("京ICP备12345678号-1 ", display.MaxShown) + "</footer>"), display.MaxShown},
		// Unclosed list items and cells in a legacy page.
		{"unclosed items", []byte(strings.Repeat("<ul><li>a<li>b</ul><table><tr><td>x<td>y<tr><td>z</table><p>p<p>q", 2000) + "<p>京ICP备12345678号-1"), 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			start := time.Now()
			r, err := display.Audit(tt.page)
			runtime.ReadMemStats(&after)
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 64*uint64(len(tt.page))+1<<20 {
				t.Errorf("%d bytes of page allocated %d bytes", len(tt.page), alloc)
			}
			if d := time.Since(start); d > 20*time.Second {
				t.Errorf("took %v", d)
			}
			switch {
			case err != nil && (tt.numbers >= 0 || !errors.Is(err, display.ErrTooDeep)):
				t.Fatalf("unexpected error %v", err)
			case err == nil:
				checkReport(t, r)
				if tt.numbers >= 0 && len(r.Numbers) != tt.numbers {
					t.Errorf("%d numbers, want %d", len(r.Numbers), tt.numbers)
				}
			}
		})
	}
}

// formattingBomb opens n distinct <b> elements inside a paragraph, then
// starts paragraphs paras times.
func formattingBomb(n, paras int) []byte {
	var b strings.Builder
	b.WriteString("<p>")
	for i := range n {
		fmt.Fprintf(&b, "<b id=%d>", i)
	}
	for range paras {
		b.WriteString("<p>x")
	}
	return []byte(b.String())
}

func TestAuditEncodings(t *testing.T) {
	legacy := readPage(t, "legacy.html") // declares gb2312, stored as UTF-8
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes(legacy)
	if err != nil {
		t.Fatal(err)
	}
	noMeta := bytes.Replace(gbk, []byte(`<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`), nil, 1)
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes(readPage(t, "modern.html"))
	if err != nil {
		t.Fatal(err)
	}
	big5, err := traditionalchinese.Big5.NewEncoder().Bytes([]byte(`<!DOCTYPE html><html><head>` +
		`<meta charset="big5"><title>關於</title></head><body><footer>版權所有 京ICP備05066828號</footer></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		page []byte
		opts []display.Option
		want string
	}{
		// Encoded as its meta element says.
		{"gbk with meta", gbk, nil, "京ICP备05066828号"},
		// A declared charset other than GBK is honoured too (Big5, traditional characters).
		{"big5 with meta", big5, nil, "京ICP备05066828号"},
		// No declaration at all: read as GB18030.
		{"gbk without meta", noMeta, nil, "京ICP备05066828号"},
		// The charset of the HTTP header.
		{"gbk from header", noMeta, []display.Option{display.ContentType("text/html; charset=GBK")}, "京ICP备05066828号"},
		// UTF-16 with a byte-order mark (and so with NUL bytes).
		{"utf-16", utf16, nil, "京ICP备12345678号-1"},
		// UTF-8 with a byte-order mark.
		{"utf-8 bom", append([]byte("\uFEFF"), readPage(t, "split.html")...), nil, "浙ICP备2020036024号-1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := display.Audit(tt.page, tt.opts...)
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Numbers) == 0 || r.Numbers[0].Number.String() != tt.want {
				t.Fatalf("Numbers = %+v, want %s first", r.Numbers, tt.want)
			}
		})
	}
}
