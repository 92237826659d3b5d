// Package numbertest generates filing and licence numbers for tests of code
// that uses package number, the way net/http/httptest serves net/http.
//
// A [Generator] is seeded explicitly, so a test that fails can be replayed
// with the same seed:
//
//	g := numbertest.New(42)
//	n := g.ICPFiling(numbertest.InProvince(province.Zhejiang), numbertest.Era(10))
//	bad := g.Invalid(number.KindICPFiling, numbertest.DefectPlaceholder)
//
// Valid values are [number.Number] values that [number.Parse] accepts and
// that round-trip through their canonical text. Invalid values are strings
// with exactly one chosen [Defect]: [number.Parse] rejects them with the
// sentinel error [Defect.Err] names and with no other, which
// [Defect.Matches] checks.
//
// # Synthetic values
//
// Every value is made up from random digits; nothing is copied from real
// filings. To keep clear of issued numbers the counters inside serials start
// with 9 (ICP filing and licence serials YY9xxx…, telecom licences YYYY9xxx),
// a part of the range provincial administrations have not been seen to reach,
// and public-security numbers use the area code PP99NN, whose city part 99 is
// not allocated in GB/T 2260. A collision with a real number is still
// possible and would be chance; [InArea] puts a public-security number in a
// real county when a test needs one.
//
// # Concurrency
//
// A Generator is not safe for concurrent use: give each goroutine (each
// parallel subtest) its own. There is no package-level state; two generators
// with the same seed produce the same values in the same order, on every
// platform, as long as the same methods are called with the same options.
package numbertest
