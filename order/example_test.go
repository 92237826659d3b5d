package order_test

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/beian-go/beian/order"
	"github.com/beian-go/beian/province"
)

// A first filing from draft to approved. Times come from the caller; the package never reads
// the clock.
func ExampleOrder_Apply() {
	cst := time.FixedZone("CST", 8*60*60)
	at := func(day, hour int) time.Time { return time.Date(2026, 3, day, hour, 0, 0, 0, cst) }

	o, err := order.New("HW-20260302-001", order.FirstFiling, at(2, 9))
	if err != nil {
		panic(err)
	}
	steps := []struct {
		event order.Event
		at    time.Time
		actor string
	}{
		{order.Submit, at(2, 10), "applicant"},
		{order.ProviderPass, at(3, 15), "provider"},
		{order.PushToBureau, at(4, 11), "provider"},
		{order.SMSVerified, at(4, 12), "applicant"},
		{order.BureauApprove, at(16, 17), "bureau"},
	}
	for _, s := range steps {
		if err := o.Apply(s.event, s.at, order.By(s.actor)); err != nil {
			panic(err)
		}
	}
	for _, e := range o.History() {
		fmt.Printf("%s %-14s %s → %s\n", e.At.Format("01-02 15:04"), e.Event, e.From.Label(), e.To.Label())
	}
	fmt.Println(o)
	// Output:
	// 03-02 10:00 submit         草稿 → 接入商初审中
	// 03-03 15:00 provider-pass  接入商初审中 → 待提交管局
	// 03-04 11:00 push-to-bureau 待提交管局 → 工信部短信核验
	// 03-04 12:00 sms-verified   工信部短信核验 → 管局审核中
	// 03-16 17:00 bureau-approve 管局审核中 → 审核通过
	// order "HW-20260302-001" (first-filing, approved, 5 transitions)
}

// Withdrawing (撤销) an order under provider review returns it to draft for editing; it is
// then submitted again. Huawei's console shows 已修改待审核 for an order resubmitted after the
// provider returned it.
func ExampleOrder_Apply_withdrawal() {
	t := time.Date(2026, 4, 1, 9, 0, 0, 0, time.UTC)
	o, _ := order.New("HW-20260401-007", order.NewWebsite, t)

	_ = o.Apply(order.Submit, t.Add(time.Hour))
	fmt.Println(o.Status(), o.Editable(), o.HuaweiLabel())

	_ = o.Apply(order.Withdraw, t.Add(2*time.Hour), order.Note("wrong site name"))
	fmt.Println(o.Status(), o.Editable(), o.HuaweiLabel())

	_ = o.Apply(order.Submit, t.Add(3*time.Hour))
	_ = o.Apply(order.ProviderReturn, t.Add(20*time.Hour), order.Note("domain certificate missing"))
	fmt.Println(o.Status(), o.Editable(), o.HuaweiLabel())

	_ = o.Apply(order.Resubmit, t.Add(22*time.Hour))
	fmt.Println(o.Status(), o.Editable(), o.HuaweiLabel())
	// Output:
	// provider-review after-withdraw 等待初审
	// draft open 待完善备案信息
	// provider-returned open 接入商审核为待修改
	// provider-review after-withdraw 已修改待审核
}

// An illegal move: a 取消接入 order cannot be withdrawn. The error says which move was refused
// and matches ErrIllegalTransition; a failed Apply leaves the order as it was.
func ExampleNext() {
	to, err := order.Next(order.CancelAccess, order.ProviderReview, order.Withdraw)
	fmt.Println(to, err)
	fmt.Println(errors.Is(err, order.ErrIllegalTransition))

	var te *order.TransitionError
	if errors.As(err, &te) {
		fmt.Println(te.Type.Label(), te.From.Label(), te.Event.Label())
	}

	// 取消接入 goes to the bureau without the SMS step.
	fmt.Println(order.Next(order.CancelAccess, order.AwaitingBureauSubmission, order.PushToBureau))
	fmt.Println(order.Next(order.CancelWebsite, order.AwaitingBureauSubmission, order.PushToBureau))
	// Output:
	// Status(0) order: illegal transition: cancel-access order in status provider-review cannot take event withdraw
	// true
	// 取消接入 接入商初审中 撤销备案
	// bureau-review <nil>
	// sms-verification <nil>
}

// Provider console labels map onto the canonical statuses.
func ExampleParseProviderStatus() {
	for _, in := range []struct {
		p     order.Provider
		label string
	}{
		{order.Huawei, "接入商审核为待修改"},
		{order.Tencent, "等待提交管局审核"},
		{order.Alibaba, "工信部短信核验"},
		{order.WeChat, "5"},
		{order.Huawei, "审核中"},
	} {
		s, err := order.ParseProviderStatus(in.p, in.label)
		fmt.Println(in.p, s, err)
	}
	fmt.Println(order.HuaweiLabel(order.AwaitingBureauSubmission))
	// Output:
	// huawei provider-returned <nil>
	// tencent awaiting-bureau-submission <nil>
	// alibaba sms-verification <nil>
	// wechat bureau-rejected <nil>
	// huawei Status(0) order: parsing huawei status "审核中": unknown name
	// 待提交管局
}

// What each kind of order needs besides the application.
func ExampleType_Requires() {
	for _, t := range []order.Type{order.FirstFiling, order.NewAccess, order.ChangeSubject, order.CancelAccess} {
		r := t.Requires()
		fmt.Printf("%s: subject number %v, service number %v, SMS to %s\n",
			t.Label(), r.NeedsSubjectNumber, r.NeedsServiceNumber, r.SMS.Label())
	}
	// Output:
	// 首次备案: subject number false, service number false, SMS to 主体负责人、网站/APP负责人
	// 新增接入: subject number true, service number true, SMS to 网站/APP负责人
	// 变更主体: subject number true, service number false, SMS to 主体负责人
	// 取消接入: subject number true, service number true, SMS to 无
}

// The bureau's review limit in working days, Monday to Friday unless the caller passes a
// holiday calendar.
func ExampleBureauReviewDeadline() {
	pushed := time.Date(2026, 6, 1, 11, 0, 0, 0, time.FixedZone("CST", 8*60*60))
	for _, p := range []province.Code{province.Beijing, province.Zhejiang} {
		fmt.Println(p, order.BureauReviewDays(p, pushed), order.BureauReviewDeadline(pushed, p, nil).Format(time.DateOnly))
	}
	holidays := &order.Holidays{Off: []time.Time{time.Date(2026, 6, 19, 0, 0, 0, 0, time.UTC)}} // 端午节
	fmt.Println(order.BureauReviewDeadline(pushed, province.Beijing, holidays).Format(time.DateOnly))
	// Output:
	// Beijing 20 2026-06-29
	// Zhejiang 30 2026-07-13
	// 2026-06-30
}

// Rebuilding a stored order from its history checks every entry against the table.
func ExampleRestore() {
	t := time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC)
	history := []order.Entry{
		{From: order.Draft, Event: order.Submit, To: order.ProviderReview, At: t.Add(time.Hour)},
		{From: order.ProviderReview, Event: order.ProviderPass, To: order.SMSVerification, At: t.Add(2 * time.Hour)},
	}
	_, err := order.Restore("TC-0501", order.FirstFiling, t, history)
	fmt.Println(err)
	fmt.Println(errors.Is(err, order.ErrInconsistentHistory))
	// Output:
	// order: inconsistent history at entry 1: entry ends in sms-verification but the table gives awaiting-bureau-submission
	// true
}

// The machine drawn as a Mermaid state diagram; testdata/machine.mmd holds the whole drawing.
func ExampleMermaid() {
	lines := strings.Split(order.Mermaid(), "\n")
	for _, l := range lines {
		if strings.Contains(l, "取消接入") {
			fmt.Println(strings.TrimSpace(l))
		}
	}
	// Output:
	// provider_review --> draft: 撤销备案（注销主体、注销网站、注销APP、取消接入除外）
	// awaiting_bureau_submission --> draft: 撤销备案（注销主体、注销网站、注销APP、取消接入除外）
	// awaiting_bureau_submission --> sms_verification: 提交管局（取消接入除外）
	// awaiting_bureau_submission --> bureau_review: 提交管局（仅取消接入）
}

// The timer events an order owes are computed from the time the caller passes.
func ExampleOrder_TimerDue() {
	t := time.Date(2026, 7, 1, 9, 0, 0, 0, time.UTC)
	o, _ := order.New("ALI-0701", order.FirstFiling, t)
	_ = o.Apply(order.Submit, t)
	_ = o.Apply(order.ProviderPass, t)
	_ = o.Apply(order.PushToBureau, t)

	fmt.Println(o.TimerDue(t.Add(23 * time.Hour)))
	ev, ok := o.TimerDue(t.Add(order.SMSCodeValidity))
	fmt.Println(ev, ok)
	_ = o.Apply(ev, t.Add(order.SMSCodeValidity))
	fmt.Println(o.Status())
	// Output:
	// Event(0) false
	// sms-failed true
	// provider-review
}
