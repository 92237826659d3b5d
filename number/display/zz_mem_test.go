package display_test

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/beian-go/beian/number/display"
)

func TestZZBomb(t *testing.T) {
	var b strings.Builder
	b.WriteString("<p>")
	for i := range 400 {
		fmt.Fprintf(&b, "<b id=%d>", i)
	}
	for range 2000 {
		b.WriteString("<p>x")
	}
	page := []byte(b.String())
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	start := time.Now()
	_, err := display.Audit(page)
	runtime.ReadMemStats(&m1)
	t.Logf("%d bytes -> alloc %d MB in %v err %v", len(page), (m1.TotalAlloc-m0.TotalAlloc)>>20, time.Since(start), err)
}
