package order_test

import (
	"errors"
	"testing"

	"github.com/beian-go/beian/order"
)

func TestParseProviderStatus(t *testing.T) {
	tests := []struct {
		p     order.Provider
		label string
		want  order.Status
	}{
		// Huawei's table (domain.md §3.1), row by row.
		{order.Huawei, "待完善备案信息", order.Draft},
		{order.Huawei, "等待初审", order.ProviderReview},
		{order.Huawei, "接入商审核为待修改", order.ProviderReturned},
		{order.Huawei, "已修改待审核", order.ProviderReview},
		{order.Huawei, "初审驳回", order.ProviderRejected},
		{order.Huawei, "待提交管局", order.AwaitingBureauSubmission},
		{order.Huawei, "待管局审核", order.BureauReview},
		{order.Huawei, "管局驳回", order.BureauRejected},
		{order.Huawei, "已备案", order.Approved},
		// Huawei's generic "after 初审" page.
		{order.Huawei, "待接入商审核", order.ProviderReview},
		{order.Huawei, "管局审核通过", order.Approved},
		// Tencent, current and 2016.
		{order.Tencent, "等待提交管局审核", order.AwaitingBureauSubmission},
		{order.Tencent, "等待管局审核", order.BureauReview},
		{order.Tencent, "照片审核驳回", order.ProviderRejected},
		{order.Tencent, "管局审核驳回", order.BureauRejected},
		{order.Tencent, "放弃备案", order.Abandoned},
		// Alibaba has a visible SMS step.
		{order.Alibaba, "阿里云初审", order.ProviderReview},
		{order.Alibaba, "工信部短信核验", order.SMSVerification},
		{order.Alibaba, "管局审核", order.BureauReview},
		{order.Alibaba, "备案成功", order.Approved},
		// WeChat words and codes.
		{order.WeChat, "平台审核驳回", order.ProviderRejected},
		{order.WeChat, "4", order.BureauReview},
		{order.WeChat, "6", order.Approved},
		{order.WeChat, "1024", order.Draft},
		{order.WeChat, "1031", order.Draft},
		// MIIT's ISP lists and result codes.
		{order.MIIT, "等待上交信息", order.AwaitingBureauSubmission},
		{order.MIIT, "1001", order.Approved},
		{order.MIIT, "1002", order.BureauRejected},
	}
	for _, tc := range tests {
		got, err := order.ParseProviderStatus(tc.p, tc.label)
		if err != nil || got != tc.want {
			t.Errorf("ParseProviderStatus(%v, %q) = %v, %v; want %v", tc.p, tc.label, got, err, tc.want)
		}
	}
}

func TestParseProviderStatusErrors(t *testing.T) {
	tests := []struct {
		name  string
		p     order.Provider
		label string
	}{
		// Strict: no trimming.
		{"padded", order.Huawei, " 已备案"},
		// A word of another provider.
		{"other provider", order.Huawei, "备案成功"},
		// Canonical names are not console labels.
		{"canonical name", order.Huawei, "approved"},
		// WeChat codes outside the documented set.
		{"wechat 1", order.WeChat, "1"},
		{"wechat 1032", order.WeChat, "1032"},
		// Codes must be written canonically.
		{"wechat leading zero", order.WeChat, "06"},
		{"wechat plus sign", order.WeChat, "+6"},
		// MIIT's conflict codes are rejection reasons, not statuses.
		{"miit 1003", order.MIIT, "1003"},
		// Empty input.
		{"empty", order.Tencent, ""},
	}
	for _, tc := range tests {
		_, err := order.ParseProviderStatus(tc.p, tc.label)
		var pe *order.ParseError
		if !errors.As(err, &pe) || !errors.Is(err, order.ErrUnknownName) || pe.Input != tc.label {
			t.Errorf("%s: error = %v; want a *ParseError for %q", tc.name, err, tc.label)
		}
	}
	if _, err := order.ParseProviderStatus(0, "已备案"); !errors.Is(err, order.ErrInvalidValue) {
		t.Errorf("zero provider: error = %v; want ErrInvalidValue", err)
	}
}

// TestHuaweiLabelRoundTrip prints each status the Huawei way and reads it back.
func TestHuaweiLabelRoundTrip(t *testing.T) {
	for s := range order.Statuses() {
		label := order.HuaweiLabel(s)
		if label == "" {
			if s != order.Abandoned && s != order.Expired {
				t.Errorf("%v has no Huawei label", s)
			}
			continue
		}
		got, err := order.ParseProviderStatus(order.Huawei, label)
		want := s
		if s == order.SMSVerification {
			want = order.BureauReview // Huawei shows one word for both
		}
		if err != nil || got != want {
			t.Errorf("ParseProviderStatus(Huawei, HuaweiLabel(%v) = %q) = %v, %v", s, label, got, err)
		}
	}
	if order.HuaweiLabel(0) != "" || order.HuaweiLabel(order.Status(99)) != "" {
		t.Errorf("undefined statuses have a Huawei label")
	}
}

// TestProviderVocabulariesReachable checks that every provider maps to statuses along the
// main path and none maps outside the machine.
func TestProviderVocabulariesReachable(t *testing.T) {
	for p := range order.Providers() {
		found := 0
		for _, label := range []string{"已备案", "备案成功", "审核通过信息", "6"} {
			if s, err := order.ParseProviderStatus(p, label); err == nil && s == order.Approved {
				found++
			}
		}
		if found == 0 {
			t.Errorf("%v has no word for approved", p)
		}
	}
}

func TestWeChatStatus(t *testing.T) {
	tests := []struct {
		status, sms int
		want        order.Status // 0: error
	}{
		// 未备案 with any flags is a draft.
		{1024, 0, order.Draft},
		{1027, 0, order.Draft},
		// Platform review and rejection.
		{2, 0, order.ProviderReview},
		{3, 0, order.ProviderRejected},
		// At the bureau, SMS waiting.
		{4, 1, order.SMSVerification},
		// At the bureau, SMS done or not reported.
		{4, 2, order.BureauReview},
		{4, 0, order.BureauReview},
		// SMS timed out: the filing goes back to the platform.
		{4, 3, order.ProviderReview},
		// Undocumented SMS value.
		{4, 9, 0},
		// Bureau rejection and approval.
		{5, 0, order.BureauRejected},
		{6, 0, order.Approved},
		// Undocumented status values reported by developers.
		{9, 0, 0},
		{27, 0, 0},
	}
	for _, tc := range tests {
		got, err := order.WeChatStatus(tc.status, tc.sms)
		if tc.want == 0 {
			if !errors.Is(err, order.ErrUnknownName) {
				t.Errorf("WeChatStatus(%d, %d) = %v, %v; want ErrUnknownName", tc.status, tc.sms, got, err)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("WeChatStatus(%d, %d) = %v, %v; want %v", tc.status, tc.sms, got, err, tc.want)
		}
	}
}
