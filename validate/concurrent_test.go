package validate_test

import (
	"context"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/icp/icptest"
	"github.com/beian-go/beian/province"
	"github.com/beian-go/beian/validate"
)

// TestCheckConcurrent: one Validator shared by goroutines gives every application the
// report it gives when used alone (the per-province rule lists built by New are shared and
// only read). Run with -race.
func TestCheckConcurrent(t *testing.T) {
	v := validate.New(validate.At(icptest.Reference()))
	g := icptest.New(5)
	var apps []*icp.Application
	for p := range province.All() {
		apps = append(apps, g.Application(icptest.InProvince(p), icptest.Websites(1), icptest.Apps(1)),
			g.Application(icptest.InProvince(p), icptest.Individual(), icptest.Websites(1)))
	}
	apps = append(apps, loadSample(t, "sample-application-mistakes.json"))
	ctx := context.Background()
	want := make([]validate.Report, len(apps))
	for i, app := range apps {
		want[i] = v.Check(ctx, app)
	}
	got := make([]validate.Report, len(apps))
	var wg sync.WaitGroup
	for i, app := range apps {
		wg.Go(func() { got[i] = v.Check(ctx, app) })
	}
	wg.Wait()
	for i := range apps {
		if diff := cmp.Diff(want[i], got[i]); diff != "" {
			t.Errorf("application %d: concurrent report differs (-alone +concurrent):\n%s", i, diff)
		}
	}
}
