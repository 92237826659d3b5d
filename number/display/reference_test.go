package display_test

import (
	"bytes"
	"testing"

	"github.com/beian-go/beian/number"
	"github.com/beian-go/beian/number/display"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// occurrence is a number with the href of the link around its first byte.
type occurrence struct{ Number, Href string }

// treeOccurrences is a reference extraction built on the full HTML tree
// builder (html.Parse): what a browser's DOM holds. Audit streams tokens
// instead; on realistic pages both must agree.
func treeOccurrences(t *testing.T, page []byte) []occurrence {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var out []occurrence
	var seg []byte
	var hrefs []string // href for each byte of seg
	flush := func() {
		for _, m := range number.FindAll(seg) {
			out = append(out, occurrence{m.Number.String(), hrefs[m.Start]})
		}
		seg, hrefs = seg[:0], hrefs[:0]
	}
	var walk func(n *html.Node, href string)
	walk = func(n *html.Node, href string) {
		block := false
		switch n.Type {
		case html.TextNode:
			for _, f := range bytes.Fields([]byte(n.Data)) {
				if len(seg) > 0 && seg[len(seg)-1] != ' ' {
					seg, hrefs = append(seg, ' '), append(hrefs, href)
				}
				for range f {
					hrefs = append(hrefs, href)
				}
				seg = append(seg, f...)
			}
			if len(n.Data) > 0 && bytes.ContainsAny([]byte(n.Data[len(n.Data)-1:]), " \t\n") {
				seg, hrefs = append(seg, ' '), append(hrefs, href)
			}
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Head, atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Iframe, atom.Object, atom.Title:
				return
			case atom.A:
				for _, a := range n.Attr {
					if a.Key == "href" {
						href = a.Val
					}
				}
			case atom.Div, atom.P, atom.Li, atom.Ul, atom.Ol, atom.Footer, atom.Header, atom.Main, atom.Section,
				atom.Article, atom.Aside, atom.Nav, atom.Table, atom.Tr, atom.Td, atom.Th, atom.Br, atom.H1, atom.H2, atom.H3:
				block = true
				flush()
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, href)
		}
		if block {
			flush()
		}
	}
	walk(doc, "")
	flush()
	return out
}

func TestAuditAgreesWithTreeBuilder(t *testing.T) {
	pages := map[string][]byte{"portal": portalPage(100 << 10)}
	for _, name := range []string{"modern.html", "legacy.html", "split.html", "several.html"} {
		pages[name] = readPage(t, name)
	}
	for name, page := range pages {
		t.Run(name, func(t *testing.T) {
			r, err := display.Audit(page)
			if err != nil {
				t.Fatal(err)
			}
			var got []occurrence
			for _, s := range r.Numbers {
				got = append(got, occurrence{s.Number.String(), s.Link.Href})
			}
			want := treeOccurrences(t, page)
			if len(want) == 0 {
				t.Fatal("reference found nothing")
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Audit vs tree builder (-tree +audit):\n%s", diff)
			}
		})
	}
}

// TestAuditAllocatesLessThanTree pins the point of streaming: auditing a
// page allocates less often than building its tree.
func TestAuditAllocatesLessThanTree(t *testing.T) {
	page := portalPage(100 << 10)
	audit := testing.AllocsPerRun(3, func() {
		if _, err := display.Audit(page); err != nil {
			t.Fatal(err)
		}
	})
	tree := testing.AllocsPerRun(3, func() {
		if _, err := html.Parse(bytes.NewReader(page)); err != nil {
			t.Fatal(err)
		}
	})
	if audit >= tree {
		t.Errorf("Audit: %.0f allocs, html.Parse alone: %.0f", audit, tree)
	}
	t.Logf("Audit %.0f allocs, html.Parse %.0f", audit, tree)
}
