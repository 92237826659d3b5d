package validate_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/beian-go/beian/validate"
)

// TestLargeApplicationInLinearTime: applications as large as a hostile bulk line may carry
// are checked well within the time limit. Rules that compared every website, person, value
// position or home URL with every other took minutes on them.
func TestLargeApplicationInLinearTime(t *testing.T) {
	const n = 20000
	list := func(count int, item func(i int) string) string {
		var b strings.Builder
		for i := range count {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(item(i))
		}
		return b.String()
	}
	tests := []struct {
		name  string
		in    []byte
		rule  string
		count int // how many problems of rule the report must have
	}{
		{
			// Many websites whose principals share mobiles (with each of the first 10000),
			// each with a value of the wrong type on the same long line.
			name: "websites",
			in: []byte(`{"websites":[` + list(n, func(i int) string {
				return fmt.Sprintf(`{"domains":["d%d.cn"],"responsiblePerson":{"name":"n%d","mobile":"1380000%04d","email":"a%d@b.cn","emergencyPhone":2}}`, i, i, i%10000, i)
			}) + `]}`),
			rule: "contact_shared", count: n - 10000,
		},
		{
			// One website with many domains and as many home URLs on none of them.
			name: "domains and home URLs",
			in: []byte(`{"websites":[{"domains":[` + list(n, func(i int) string { return fmt.Sprintf(`"d%d.cn"`, i) }) +
				`],"homeUrls":[` + list(n, func(i int) string { return fmt.Sprintf(`"http://x%d.elsewhere.cn/"`, i) }) + `]}]}`),
			rule: "home_url_domain", count: n,
		},
	}
	v := validate.New(validate.At(refTime))
	for _, tt := range tests {
		done := make(chan validate.Report, 1)
		go func() {
			r, _, _ := v.CheckJSON(context.Background(), tt.in)
			done <- r
		}()
		select {
		case r := <-done:
			got := 0
			for _, p := range r.Problems {
				if p.Rule == tt.rule {
					got++
				}
			}
			if got != tt.count {
				t.Errorf("%s: %d %s problems, want %d", tt.name, got, tt.rule, tt.count)
			}
		case <-time.After(30 * time.Second):
			t.Fatalf("%s: checking took more than 30 s", tt.name)
		}
	}
}
