package validate_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/beian-go/beian/validate"
)

// TestLargeApplicationInLinearTime: an application with twenty thousand websites, as a
// hostile bulk line may carry, is checked in well under the time limit. Rules that compare
// every website or person with every other took minutes on it.
func TestLargeApplicationInLinearTime(t *testing.T) {
	const n = 20000
	var b strings.Builder
	b.WriteString(`{"websites":[`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"domains":["d%d.cn"],"responsiblePerson":{"name":"n%d","mobile":"1380000%04d","email":"a%d@b.cn","emergencyPhone":2}}`, i, i, i%10000, i)
	}
	b.WriteString(`]}`)
	v := validate.New(validate.At(refTime))
	done := make(chan validate.Report, 1)
	go func() {
		r, _, _ := v.CheckJSON(context.Background(), []byte(b.String()))
		done <- r
	}()
	select {
	case r := <-done:
		// Every website but the first ten thousand shares its mobile with an earlier one.
		shared := 0
		for _, p := range r.Problems {
			if p.Rule == "contact_shared" {
				shared++
			}
		}
		if shared != n-10000 {
			t.Errorf("%d shared mobiles reported, want %d", shared, n-10000)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("checking a large application took more than 30 s")
	}
}
