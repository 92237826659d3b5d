package display_test

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/beian-go/beian/number/display"
)

func TestZZMem(t *testing.T) {
	var b strings.Builder
	b.WriteString("<p>")
	for i := range 400 {
		fmt.Fprintf(&b, "<b id=%d>", i)
	}
	for range 2000 {
		b.WriteString("<p>x")
	}
	for name, page := range map[string][]byte{
		"bomb":   []byte(b.String()),
		"p":      []byte(strings.Repeat("<p>", 1<<20/3)),
		"br":     []byte(strings.Repeat("<br>", 1<<20/4)),
		"a":      []byte(strings.Repeat("<a>", 1<<20/3)),
		"b":      []byte(strings.Repeat("<b>x</b>", 1<<20/8)),
		"bx":     []byte(strings.Repeat("<b>x", 500)),
		"text":   bytes.Repeat([]byte("京ICP备 "), 1<<20/10),
		"portal": portalPage(1 << 20),
	} {
		var m0, m1 runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&m0)
		start := time.Now()
		_, err := display.Audit(page)
		runtime.ReadMemStats(&m1)
		t.Logf("%s: %d bytes -> alloc %d KB (x%.1f) %v err %v", name, len(page), (m1.TotalAlloc-m0.TotalAlloc)>>10, float64(m1.TotalAlloc-m0.TotalAlloc)/float64(len(page)), time.Since(start), err)
	}
}
