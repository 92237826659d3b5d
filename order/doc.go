// Package order models the life of an ICP filing order (备案订单): the filing types, the
// statuses an order passes through, the events that move it, and the one table of legal
// transitions between them.
//
// Every cloud provider runs the same lifecycle under its own labels. Huawei Cloud shows
// 待完善备案信息, 等待初审, 接入商审核为待修改, 已修改待审核, 初审驳回, 待提交管局, 待管局审核,
// 管局驳回 and 已备案; Tencent, Alibaba and the WeChat mini-program APIs use other words for the
// same steps. This package names the steps once, as a canonical machine ([Status]), and maps the
// provider vocabularies onto it ([ParseProviderStatus]).
//
// # The machine
//
// The legal moves are data: a sorted table of [Transition] values, each saying that an order of
// one of a set of filing types ([TypeSet]) in status From may take [Event] Event and then is in
// status To. [Next] looks a move up in that table and nothing else; rules that depend on the
// filing type — cancellations (注销) and 取消接入 cannot be withdrawn, 取消接入 skips the MIIT
// SMS verification, a claim (认领) never goes to the bureau — are rows of the table, not branches
// in code. [Transitions] lists the table and [Mermaid] draws it.
//
// In short:
//
//	draft ──submit──▶ provider-review ──provider-pass──▶ awaiting-bureau-submission
//	      ──push-to-bureau──▶ sms-verification ──sms-verified──▶ bureau-review
//	      ──bureau-approve──▶ approved
//
// with side exits for the provider returning (待修改) or rejecting (驳回) the order, the
// applicant withdrawing it (撤销, back to draft) or abandoning it (放弃), the SMS code lapsing,
// the bureau rejecting it, and the provider expiring an order left idle.
//
// # Orders
//
// An [Order] carries its filing type, its status, the application it files and an append-only
// history of the transitions it took. [Order.Apply] checks a move against the table and against
// the clock and changes nothing when it fails. The package never reads the clock: every call
// that needs the time takes it as an argument, and the time limits of the process (the 24-hour
// SMS code, five wrong SMS entries, the 45-day idle expiry, the bureau's 20 or 30 working days)
// are constants and pure functions.
//
// All types are plain values or, for [Order], a struct owned by its caller. Functions in this
// package are safe for concurrent use; a single [Order] is not safe for concurrent mutation.
package order
