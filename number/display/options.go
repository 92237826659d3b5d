package display

import (
	"fmt"

	"github.com/beian-go/beian/number"
)

// DefaultMaxBytes is the largest page [Audit] reads unless [MaxBytes]
// says otherwise: 8 MiB, far above any real home page.
const DefaultMaxBytes = 8 << 20

// MaxShown is the most numbers a [Report] lists; a page showing more gets
// the "page.truncated" finding.
const MaxShown = 256

// Option configures [Audit].
type Option func(*config)

type config struct {
	maxBytes    int
	contentType string
	expectICP   number.Number
	expectPS    number.Number
	requirePS   bool
	err         error
}

func newConfig(opts []Option) config {
	c := config{maxBytes: DefaultMaxBytes}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	return c
}

func (c *config) fail(format string, args ...any) {
	if c.err == nil {
		c.err = fmt.Errorf("display: %w: "+format, append([]any{ErrInvalidOption}, args...)...)
	}
}

// ExpectICP tells [Audit] which number the site is filed under: the
// service number of the audited domain (京ICP备12345678号-1), a subject
// number, or a licence number. The page must then show the number
// [ShownNumber] derives from it; see the "icp.unexpected-number",
// "icp.subject-instead-of-service" and "icp.service-instead-of-subject"
// findings. A number of another kind or an invalid one makes Audit fail
// with [ErrInvalidOption].
//
// Finding the number filed for a domain takes a query of the MIIT system
// (network I/O), which this package does not do: look it up and pass it
// here.
func ExpectICP(n number.Number) Option {
	return func(c *config) {
		switch n.Kind() {
		case number.KindICPFiling, number.KindICPLicence, number.KindTelecomLicence:
			c.expectICP = n
		default:
			c.fail("ExpectICP needs an ICP filing or licence number, got %v", n.Kind())
		}
	}
}

// ExpectPublicSecurity tells [Audit] the site's public-security filing
// number; the page must show it ("ps.missing", "ps.unexpected-number").
// A number of another kind makes Audit fail with [ErrInvalidOption].
func ExpectPublicSecurity(n number.Number) Option {
	return func(c *config) {
		if n.Kind() != number.KindPublicSecurity {
			c.fail("ExpectPublicSecurity needs a public-security number, got %v", n.Kind())
			return
		}
		c.expectPS = n
		c.requirePS = true
	}
}

// RequirePublicSecurity makes a page without any public-security filing
// number fail with "ps.missing", for callers who know the site must have
// one but not which.
func RequirePublicSecurity() Option {
	return func(c *config) { c.requirePS = true }
}

// MaxBytes sets the largest page [Audit] accepts (default
// [DefaultMaxBytes]); larger pages fail with [ErrTooLarge]. n must be
// positive.
func MaxBytes(n int) Option {
	return func(c *config) {
		if n <= 0 {
			c.fail("MaxBytes must be positive, got %d", n)
			return
		}
		c.maxBytes = n
	}
}

// ContentType passes the HTTP Content-Type header the page was served
// with, so that its charset parameter decides the character encoding (as
// it does in a browser).
func ContentType(ct string) Option {
	return func(c *config) { c.contentType = ct }
}
