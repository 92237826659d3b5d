package validate

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/beian-go/beian/icp"
)

// sharedContactsPairwise is the plain definition of the contact rules, comparing every pair
// of persons; sharedContacts must report what it reports once the report is sorted.
func (c *checker) sharedContactsPairwise(persons []personRef) {
	for i, a := range persons {
		for _, b := range persons[:i] {
			if samePerson(a.p, b.p) {
				continue
			}
			if a.p.Mobile.IsValid() && a.p.Mobile == b.p.Mobile {
				c.rule(a.at("mobile"), ruleContactShared, labelArg(b.at("mobile")))
			}
			if a.p.Email.IsValid() && a.p.Email == b.p.Email {
				c.rule(a.at("email"), ruleContactShared, labelArg(b.at("email")))
			}
		}
		for _, b := range persons {
			if b.p == a.p || samePerson(a.p, b.p) {
				continue
			}
			if a.p.EmergencyPhone.IsValid() && a.p.EmergencyPhone == b.p.Mobile {
				c.rule(a.at("emergencyPhone"), ruleEmergencyIsOther, labelArg(b.at("mobile")))
				break
			}
		}
	}
}

// TestSharedContactsMatchesPairwise compares the indexed contact rules with the pairwise
// definition on random applications whose persons share names, certificates, mobiles and
// emails from small pools, so that every rule fires often.
func TestSharedContactsMatchesPairwise(t *testing.T) {
	mobiles := []icp.Mobile{{}, icp.MustParseMobile("13800000001"), icp.MustParseMobile("13900000002"), icp.MustParseMobile("13700000003")}
	emails := []icp.Email{{}, icp.MustParseEmail("a@example.cn"), icp.MustParseEmail("b@example.cn")}
	names := []icp.Name{"张三", "李四", "王五"}
	certs := []icp.CertNumber{"11010519491231002X", "110105199209230469", "130102201005200289"}
	rng := rand.New(rand.NewPCG(1, 2))
	pick := func(n int) int { return rng.IntN(n) }
	v := &Validator{}
	for trial := range 3000 {
		// Either every person has a certificate or none has, so that "the same person" is
		// an equivalence, as it is for real data.
		withCerts := trial%2 == 0
		person := func() icp.Person {
			p := icp.Person{Name: names[pick(len(names))], Mobile: mobiles[pick(len(mobiles))],
				EmergencyPhone: mobiles[pick(len(mobiles))], Email: emails[pick(len(emails))]}
			if withCerts {
				p.CertType, p.CertNumber = icp.CertResidentID, certs[pick(len(certs))]
			}
			return p
		}
		app := &icp.Application{}
		app.Subject.Principal = person()
		for range pick(5) {
			app.Websites = append(app.Websites, icp.Website{ResponsiblePerson: person()})
		}
		for range pick(4) {
			app.Apps = append(app.Apps, icp.App{ResponsiblePerson: person()})
		}
		fast, slow := &checker{v: v, app: app}, &checker{v: v, app: app}
		fast.sharedContacts(fast.persons())
		slow.sharedContactsPairwise(slow.persons())
		got, want := sortProblems(slices.Clone(fast.problems)), sortProblems(slices.Clone(slow.problems))
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("trial %d: indexed rules differ from pairwise (-pairwise +indexed):\n%s", trial, diff)
		}
	}
}

// TestRoleOrder keeps roleOrder in the order of the roles' English labels, which is the
// order a sorted report compares them in.
func TestRoleOrder(t *testing.T) {
	var labels []string
	for _, role := range roleOrder {
		labels = append(labels, labelFor(personRef{list: role}.at("mobile")).en)
	}
	if !slices.IsSorted(labels) {
		t.Errorf("roleOrder %q gives labels %q, not sorted", roleOrder, labels)
	}
}

// TestDomainSetMatchesList: a home URL is on the site with the domain set exactly when it is
// with the list of domains.
func TestDomainSetMatchesList(t *testing.T) {
	domains := []icp.Domain{icp.MustParseDomain("example.cn"), icp.MustParseDomain("www.sample.com.cn"), {}}
	set := domainSet(domains, 1000)
	if set == nil {
		t.Fatal("no set for many URLs")
	}
	if domainSet(domains, 1) != nil {
		t.Error("a set for a single URL")
	}
	for _, u := range []string{
		"https://example.cn/", "example.cn", "http://a.b.example.cn/x", "https://badexample.cn/",
		"https://cn/", "https://www.sample.com.cn", "https://sample.com.cn", "https://x.www.sample.com.cn:8443/",
		"https://example.cn.evil.cn/", "://", "", "https://例子.example.cn/",
	} {
		if got, want := urlOnDomains(u, domains, set), urlOnDomains(u, domains, nil); got != want {
			t.Errorf("%q: with the set %v, with the list %v", u, got, want)
		}
	}
}
