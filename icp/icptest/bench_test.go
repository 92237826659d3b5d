package icptest_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/netip"
	"testing"
	"time"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/icp/icptest"
	"github.com/beian-go/beian/province"
	"github.com/beian-go/beian/validate"
)

// BenchmarkResidentID measures the generator; BenchmarkResidentIDSprintfRetry
// is the hand-written way it replaces: format a candidate with a random
// check character and retry until the parser accepts it.
func BenchmarkResidentID(b *testing.B) {
	g := icptest.New(1)
	b.ReportAllocs()
	for b.Loop() {
		_ = g.ResidentID()
	}
}

func BenchmarkResidentIDSprintfRetry(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 1))
	b.ReportAllocs()
	for b.Loop() {
		for {
			s := fmt.Sprintf("1199%02d%04d%02d%02d%03d%c", r.IntN(99)+1, 1966+r.IntN(35), r.IntN(12)+1, r.IntN(28)+1,
				r.IntN(1000), "0123456789X"[r.IntN(11)])
			if _, err := icp.ParseResidentID(s); err == nil {
				break
			}
		}
	}
}

// BenchmarkApplication measures building a whole application;
// BenchmarkApplicationByHand is the hand-written way it replaces: an
// icp.Application literal filled with fmt.Sprintf'ed text, the identifiers
// completed and parsed with the icp helpers.
func BenchmarkApplication(b *testing.B) {
	g := icptest.New(1)
	b.ReportAllocs()
	for b.Loop() {
		_ = g.Application()
	}
}

var sinkApplication *icp.Application

func BenchmarkApplicationByHand(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 1))
	b.ReportAllocs()
	for b.Loop() {
		sinkApplication = handApplication(r)
	}
}

// Word lists of the hand-written baseline. Read-only.
var (
	handSurnames = []string{"王", "李", "张", "刘", "陈"}
	handGiven    = []string{"明", "华", "宁", "芳", "伟"}
	handBrands   = []string{"星河", "云帆", "青禾", "远山", "明月"}
)

// handApplication builds what icptest.Application builds, the way a test
// writes it without the generator: a Beijing enterprise, its principal and
// one website whose responsible person is the principal.
func handApplication(r *rand.Rand) *icp.Application {
	from := time.Date(2016+r.IntN(7), time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC)
	birth := time.Date(1966+r.IntN(35), time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC)
	id, err := icp.NewResidentID(110105, birth, r.IntN(1000))
	if err != nil {
		panic(err)
	}
	mobile := icp.MustParseMobile(fmt.Sprintf("139%08d", r.IntN(100000000)))
	emergency := icp.MustParseMobile(fmt.Sprintf("138%08d", r.IntN(100000000)))
	principal := icp.Person{
		Name:           icp.Name(fmt.Sprintf("%s%s", handSurnames[r.IntN(len(handSurnames))], handGiven[r.IntN(len(handGiven))])),
		CertType:       icp.CertResidentID,
		CertNumber:     icp.CertNumber(id.Reveal()),
		ValidFrom:      icp.DateOf(from),
		ValidTo:        icp.DateOf(from.AddDate(20, 0, 0)),
		Mobile:         mobile,
		EmergencyPhone: emergency,
		OfficePhone:    icp.Phone(fmt.Sprintf("010-6%07d", r.IntN(10000000))),
		Email:          icp.MustParseEmail(fmt.Sprintf("user%d@example.com", r.IntN(1000000))),
	}
	org, err := icp.CompleteOrgCode(fmt.Sprintf("MA%06d", r.IntN(1000000)))
	if err != nil {
		panic(err)
	}
	cc, err := icp.CompleteCreditCode("91110108" + org.Compact()[:9])
	if err != nil {
		panic(err)
	}
	brand := handBrands[r.IntN(len(handBrands))]
	name := fmt.Sprintf("北京%s示例科技有限公司", brand)
	addr := fmt.Sprintf("北京市示例路%d号", 1+r.IntN(999))
	domain := icp.MustParseDomain(fmt.Sprintf("example-%08d.cn", r.IntN(100000000)))
	ip := netip.AddrFrom4([4]byte{203, 0, 113, byte(1 + r.IntN(254))})
	return &icp.Application{
		Subject: icp.Subject{
			Nature:         icp.NatureEnterprise,
			Name:           name,
			CertType:       icp.CertBusinessLicence,
			CertNumber:     icp.CertNumber(cc.String()),
			Province:       province.Beijing,
			City:           110100,
			CertAddress:    addr,
			MailingAddress: addr,
			Investor:       name,
			Principal:      principal,
		},
		Websites: []icp.Website{{
			Name:              fmt.Sprintf("%s示例官网", brand),
			Domains:           []icp.Domain{domain},
			HomeURLs:          []string{fmt.Sprintf("https://www.%s/", domain)},
			ServiceContent:    icp.ServiceOrganisationPortal,
			AccessMethod:      icp.AccessCloud,
			ServerLocation:    icp.ServerLocationOf(province.Beijing),
			IPRanges:          []icp.IPRange{{Start: ip, End: ip}},
			Languages:         []icp.Language{icp.LanguageSimplifiedChinese},
			ResponsiblePerson: principal,
			Remarks:           "单位门户网站，介绍本单位及业务",
		}},
	}
}

// TestHandApplicationComparable keeps the baseline honest: like the
// generator's, its applications pass validate's Check with no errors at the
// reference time and have the same shape (one website, no APP, the
// principal responsible for the website).
func TestHandApplicationComparable(t *testing.T) {
	v := validate.New(validate.At(icptest.Reference()))
	r := rand.New(rand.NewPCG(1, 1))
	for i := range 50 {
		app := handApplication(r)
		if errs := errorsOf(v.Check(context.Background(), app)); len(errs) > 0 {
			t.Fatalf("application %d: errors %+v", i, errs)
		}
		gen := icptest.New(uint64(i)).Application()
		if len(app.Websites) != len(gen.Websites) || len(app.Apps) != len(gen.Apps) ||
			app.Subject.Nature != gen.Subject.Nature || app.Subject.Province != gen.Subject.Province {
			t.Fatalf("application %d: shape differs from the generator's", i)
		}
		if app.Websites[0].ResponsiblePerson != app.Subject.Principal {
			t.Fatalf("application %d: the website's responsible person is not the principal", i)
		}
	}
}
