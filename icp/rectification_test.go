package icp_test

import (
	"flag"
	"os"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"

	"github.com/beian-go/beian/icp"
)

var updateNoticeGolden = flag.Bool("update-notices", false, "rewrite testdata/notice-codes.golden")

var noticeCodeSyntax = regexp.MustCompile(`^[a-z]+\.[a-z0-9]+(-[a-z0-9]+)*$`)

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// TestNoticeCatalogue checks every entry: unique well-formed code, valid
// category and stage, all texts present in both languages and trimmed,
// Chinese text in Chinese, English text without Chinese characters, and
// lookup by code returning the same entry.
func TestNoticeCatalogue(t *testing.T) {
	seen := map[icp.NoticeCode]bool{}
	lastCategory := icp.NoticeCategory(0)
	n := 0
	for nt := range icp.Notices() {
		n++
		if !noticeCodeSyntax.MatchString(string(nt.Code)) {
			t.Errorf("%q: malformed code", nt.Code)
		}
		if seen[nt.Code] {
			t.Errorf("%q: duplicate code", nt.Code)
		}
		seen[nt.Code] = true
		if !nt.Category.IsValid() || !nt.Stage.IsValid() {
			t.Errorf("%q: category %v stage %v", nt.Code, nt.Category, nt.Stage)
		}
		if nt.Category < lastCategory {
			t.Errorf("%q: category %v after %v", nt.Code, nt.Category, lastCategory)
		}
		lastCategory = nt.Category
		for field, txt := range map[string]icp.Text{"title": nt.Title, "cause": nt.Cause, "advice": nt.Advice} {
			if txt.ZH == "" || txt.EN == "" || strings.TrimSpace(txt.ZH) != txt.ZH || strings.TrimSpace(txt.EN) != txt.EN {
				t.Errorf("%q %s: empty or untrimmed text %+v", nt.Code, field, txt)
			}
			if !hasHan(txt.ZH) {
				t.Errorf("%q %s: zh text has no Chinese: %q", nt.Code, field, txt.ZH)
			}
			if hasHan(txt.EN) && !strings.Contains(txt.EN, "中国/国家") && !strings.Contains(txt.EN, ".公益") {
				t.Errorf("%q %s: en text has Chinese: %q", nt.Code, field, txt.EN)
			}
		}
		got, ok := icp.LookupNotice(nt.Code)
		if !ok || got.Code != nt.Code || got.Title != nt.Title {
			t.Errorf("LookupNotice(%q) = %v, %v", nt.Code, got.Code, ok)
		}
		if !nt.Code.IsValid() {
			t.Errorf("%q.IsValid() = false", nt.Code)
		}
		for _, c := range nt.MIITCodes() {
			if c < 1000 || c > 1099 {
				t.Errorf("%q: MIIT code %d out of the 10xx range", nt.Code, c)
			}
		}
	}
	if n < 50 {
		t.Errorf("catalogue has %d entries, want at least 50", n)
	}
	if _, ok := icp.LookupNotice("no.such-code"); ok {
		t.Error("LookupNotice of an unknown code succeeded")
	}
}

// TestNoticeOrderGolden pins the iteration order: codes are only ever added,
// so the golden file may grow but existing lines keep their order. Run with
// -update-notices to rewrite it after adding entries.
func TestNoticeOrderGolden(t *testing.T) {
	var b strings.Builder
	for nt := range icp.Notices() {
		b.WriteString(string(nt.Code))
		b.WriteString("\t")
		b.WriteString(nt.Category.String())
		b.WriteString("\t")
		b.WriteString(nt.Stage.String())
		b.WriteString("\n")
	}
	const golden = "testdata/notice-codes.golden"
	if *updateNoticeGolden {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), b.String()); diff != "" {
		t.Errorf("catalogue order changed (-want +got):\n%s", diff)
	}
}

// TestNoticeCoverage checks that the catalogue has an entry for every
// problem the validate package is expected to report.
func TestNoticeCoverage(t *testing.T) {
	required := []icp.NoticeCode{
		icp.CodeSubjectContactInvalid, icp.CodePersonIDExpired, icp.CodeSubjectCertificateOutdated,
		icp.CodeSubjectCertificateNumberWrong, icp.CodeSubjectNameWrong, icp.CodeSubjectPrincipalWrong,
		icp.CodeSubjectPrincipalNotLegalRep, icp.CodeSubjectAbnormal, icp.CodeSubjectAddressWrong,
		icp.CodeWebsiteContactInvalid, icp.CodeDomainRegisteredAfterFiling, icp.CodeDomainExpired,
		icp.CodeDomainHolderMismatch, icp.CodeDomainRegistrarUnapproved, icp.CodeWebsiteResolutionMismatch,
		icp.CodeContentUnreachable, icp.CodeContentOutOfScope, icp.CodeContentNumberNotDisplayed,
		icp.CodeContentNumberNotLinked, icp.CodeContentPublicSecurityMissing, icp.CodeAppContactInvalid,
		icp.CodeAppPackageInvalid, icp.CodeAppFeatureInvalid, icp.CodeAppPlatformInvalid,
		icp.CodeServiceNoLongerUsed, icp.CodeDomainNotRealName, icp.CodeWebsiteNameUnqualified,
		icp.CodeSubjectCrossProvince, icp.CodeWebsiteOnlineBeforeApproval, icp.CodeWebsiteExistingSiteNoncompliant,
		icp.CodeContentPreApprovalMissing, icp.CodeMaterialsCertificateUnqualified, icp.CodeContactPhoneUnusable,
		icp.CodeOrderTypeWrong, icp.CodeOrderOpenOrderExists, icp.CodeOrderSubjectConflict, icp.CodeSubjectShell,
		icp.CodeVerificationLivenessFailed, icp.CodePersonUnderage, icp.CodePersonForeignIndividual,
		icp.CodeOrderAddWhileChange, icp.CodeContactMobileEqualsEmergency, icp.CodeLicenceCapitalTooLow,
		icp.CodeLicenceForeignShareTooHigh,
	}
	for _, c := range required {
		if _, ok := icp.LookupNotice(c); !ok {
			t.Errorf("no catalogue entry for %q", c)
		}
	}
}

// TestNoticeDetails pins a few entries' metadata from domain.md §6.
func TestNoticeDetails(t *testing.T) {
	tests := []struct {
		code  icp.NoticeCode
		cat   icp.NoticeCategory
		stage icp.Stage
		miit  []int
	}{
		{icp.CodeSubjectContactInvalid, icp.NoticeSubject, icp.StageRectification, nil}, // §6.1 first row
		{icp.CodeSubjectCrossProvince, icp.NoticeSubject, icp.StageRejection, []int{1045, 1046}},
		{icp.CodeDomainNotRealName, icp.NoticeDomain, icp.StageRejection, []int{1004}},
		{icp.CodeOrderSubjectConflict, icp.NoticeOrder, icp.StageRejection, []int{1003}},
		{icp.CodeAppPlatformInvalid, icp.NoticeApp, icp.StageBoth, nil},
	}
	for _, tt := range tests {
		nt, ok := icp.LookupNotice(tt.code)
		if !ok {
			t.Errorf("%q missing", tt.code)
			continue
		}
		if nt.Category != tt.cat || nt.Stage != tt.stage || !cmp.Equal(nt.MIITCodes(), tt.miit) {
			t.Errorf("%q: %v %v %v; want %v %v %v", tt.code, nt.Category, nt.Stage, nt.MIITCodes(), tt.cat, tt.stage, tt.miit)
		}
	}
	// MIITCodes returns a fresh slice each time.
	nt, _ := icp.LookupNotice(icp.CodeSubjectCrossProvince)
	codes := nt.MIITCodes()
	codes[0] = 0
	if again := nt.MIITCodes(); again[0] != 1045 {
		t.Error("MIITCodes shares its backing array")
	}
	// Stage filtering: every rejection entry is raised at the rejection stage.
	for r := range icp.NoticesFor(icp.StageRejection) {
		if r.Stage == icp.StageRectification {
			t.Errorf("%q listed for rejections", r.Code)
		}
	}
	if !icp.StageBoth.Includes(icp.StageRejection) || icp.StageRejection.Includes(icp.StageRectification) {
		t.Error("Stage.Includes wrong")
	}
	var byCode []icp.NoticeCode
	for n := range icp.NoticesByMIITCode(1004) {
		byCode = append(byCode, n.Code)
	}
	if !cmp.Equal(byCode, []icp.NoticeCode{icp.CodeDomainNotRealName, icp.CodeDomainHolderMismatch}) {
		t.Errorf("NoticesByMIITCode(1004) = %v", byCode)
	}
	for n := range icp.NoticesByMIITCode(0) {
		t.Errorf("NoticesByMIITCode(0) yields %q", n.Code)
	}
	if got := (icp.Text{ZH: "中", EN: "en"}); got.In("zh-CN") != "中" || got.In("en") != "en" || got.In("") != "en" {
		t.Error("Text.In wrong")
	}
}
