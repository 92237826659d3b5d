package display

import (
	"cmp"
	"slices"

	"github.com/beian-go/beian/number"
	"github.com/beian-go/beian/province"
)

// group gathers the occurrences of one distinct number.
type group struct {
	n    number.Number
	occ  []*Shown
	best *Shown // the occurrence with the best link, in the footer, as text
}

// judge turns the numbers found into findings.
func judge(shown []Shown, truncated bool, cfg *config) Report {
	r := Report{Numbers: shown, Findings: []Finding{}}
	if r.Numbers == nil {
		r.Numbers = []Shown{}
	}
	var groups []*group
	index := map[number.Number]*group{}
	for i := range shown {
		s := &shown[i]
		g := index[s.Number]
		if g == nil {
			g = &group{n: s.Number}
			index[s.Number] = g
			groups = append(groups, g)
		}
		g.occ = append(g.occ, s)
		if g.best == nil || rank(s) > rank(g.best) {
			g.best = s
		}
	}

	var icp, ps []*group
	hasFiling := false
	for _, g := range groups {
		switch g.n.Kind() {
		case number.KindICPFiling:
			hasFiling = true
			icp = append(icp, g)
		case number.KindICPLicence, number.KindTelecomLicence:
			icp = append(icp, g)
		case number.KindPublicSecurity:
			ps = append(ps, g)
		}
	}

	add := func(code string, n number.Number, path string) {
		r.Findings = append(r.Findings, newFinding(code, n, path))
	}
	if len(icp) == 0 {
		add(CodeICPMissing, number.Number{}, "")
	}
	for _, g := range icp {
		judgeICP(g, hasFiling, add)
	}
	for _, g := range ps {
		judgePS(g, add)
	}
	judgeExpectedICP(icp, cfg.expectICP, add)
	if cfg.requirePS && len(ps) == 0 {
		add(CodePSMissing, number.Number{}, "")
	} else if cfg.expectPS.IsValid() && index[cfg.expectPS] == nil {
		add(CodePSUnexpectedNumber, ps[0].n, ps[0].best.Path)
	}
	if truncated {
		add(CodePageTruncated, number.Number{}, "")
	}
	slices.SortStableFunc(r.Findings, func(a, b Finding) int { return cmp.Compare(b.Severity, a.Severity) })
	return r
}

// rank orders the occurrences of one number: link quality first, then
// being in the footer, then being text rather than an image.
func rank(s *Shown) int {
	r := linkScore(s.Link, s.Number) * 4
	if s.InFooter {
		r += 2
	}
	if !s.InImage {
		r++
	}
	return r
}

type addFunc func(code string, n number.Number, path string)

// judgeCommon reports what applies to every kind: footer, image, form.
func judgeCommon(g *group, notInFooter, imageOnly, nonCanonical string, add addFunc) {
	inFooter, asText, fixed := false, false, false
	for _, s := range g.occ {
		inFooter = inFooter || s.InFooter
		asText = asText || !s.InImage
		fixed = fixed || s.Fixes&^tolerated(g.n) != 0
	}
	if !inFooter {
		add(notInFooter, g.n, g.best.Path)
	}
	if !asText {
		add(imageOnly, g.n, g.best.Path)
	}
	if fixed {
		add(nonCanonical, g.n, g.best.Path)
	}
}

// tolerated returns the fixes that are no defect of how a number is shown:
// a label before it, and for public-security numbers the space after
// 公网安备, which the platform's own snippet has.
func tolerated(n number.Number) number.Fixes {
	t := number.Fixes(number.FixLabel)
	if n.Kind() == number.KindPublicSecurity {
		t |= number.Fixes(number.FixSpace)
	}
	return t
}

func judgeICP(g *group, hasFiling bool, add addFunc) {
	b := g.best
	licence := g.n.Kind() != number.KindICPFiling
	switch l := b.Link; {
	case l.Platform != PlatformMIIT:
		switch {
		case licence && hasFiling:
			// The filing number carries the link; the licence may point anywhere.
		case licence:
			add(CodeICPLicenceNotLinked, g.n, b.Path)
		case l.Href == "":
			add(CodeICPNotLinked, g.n, b.Path)
		default:
			add(CodeICPWrongLink, g.n, b.Path)
		}
	case l.MissingScheme:
		add(CodeICPBrokenLink, g.n, b.Path)
	case l.Outdated:
		add(CodeICPOutdatedLink, g.n, b.Path)
	}
	judgeCommon(g, CodeICPNotInFooter, CodeICPImageOnly, CodeICPNonCanonical, add)
}

func judgePS(g *group, add addFunc) {
	b := g.best
	switch l := b.Link; {
	case l.Platform != PlatformPublicSecurity && l.Href == "":
		add(CodePSNotLinked, g.n, b.Path)
	case l.Platform != PlatformPublicSecurity:
		add(CodePSWrongLink, g.n, b.Path)
	case l.MissingScheme:
		add(CodePSBrokenLink, g.n, b.Path)
	default:
		if l.Outdated {
			add(CodePSOutdatedLink, g.n, b.Path)
		}
		switch l.Code {
		case "":
			add(CodePSCodeMissing, g.n, b.Path)
		case g.n.Serial():
		default:
			add(CodePSCodeMismatch, g.n, b.Path)
		}
	}
	if !b.Badge {
		add(CodePSNoBadge, g.n, b.Path)
	}
	if g.n.PrefixProvince() != g.n.Province() {
		add(CodePSPrefixMismatch, g.n, b.Path)
	}
	judgeCommon(g, CodePSNotInFooter, CodePSImageOnly, CodePSNonCanonical, add)
}

// judgeExpectedICP checks the shown ICP numbers against the one the caller
// says the site is filed under.
func judgeExpectedICP(icp []*group, expect number.Number, add addFunc) {
	if !expect.IsValid() || len(icp) == 0 {
		return
	}
	want := ShownNumber(expect)
	for _, g := range icp {
		if g.n == want {
			return
		}
	}
	for _, g := range icp {
		switch {
		case want.IsService() && g.n == want.Subject():
			// Outside Guangdong the service number is expected.
			add(CodeICPSubjectInsteadService, g.n, g.best.Path)
			return
		case !want.IsService() && g.n.IsService() && g.n.Subject() == want:
			if want.Province() == province.Guangdong {
				add(CodeICPServiceInsteadSubject, g.n, g.best.Path)
			}
			// Otherwise the caller named only the subject: any of its
			// service numbers fits.
			return
		}
	}
	add(CodeICPUnexpectedNumber, icp[0].n, icp[0].best.Path)
}
