// Package ordertest builds filing orders for tests of code that uses
// package order: a provider's order service, a console that shows statuses,
// a job that expires idle orders.
//
// [Order] returns a Draft order of any filing type carrying a valid
// application (from package icptest) with exactly the existing filing
// numbers the type needs (synthetic ones from package numbertest), so
// validate's CheckOrder reports no errors. [InStatus], or [DriveTo] on an
// existing order, moves it to any status the type can reach along the
// shortest legal path of the transition table ([Path]), so a test about
// bureau rejections does not have to replay submit, review and SMS steps by
// hand.
//
// Everything here is deterministic: the same options give the same order.
// Functions are safe for concurrent use; the orders they return are not
// (see [order.Order]).
package ordertest
