// Package icptest generates synthetic values of package icp for tests of
// code that uses it: identifiers, persons, subjects, websites, APPs and
// whole applications with valid defaults, strings with one chosen defect,
// and go-cmp options for comparing model values.
//
// A [Generator] is seeded explicitly, so a failing test can be replayed:
//
//	g := icptest.New(7)
//	app := g.Application(icptest.InProvince(province.Zhejiang), icptest.Apps(1))
//	bad := g.InvalidResidentID(icptest.DefectCheckDigit)
//
// # Synthetic values
//
// Values are made up from random draws; nothing is copied from real people
// or companies. Resident identity numbers and credit codes carry correct
// check characters computed here and are confirmed by icp's own parsers;
// names are drawn from short lists of common characters; mobile numbers use
// the 138, 139, 150 and 186 ranges with random subscriber digits; email
// addresses and domains live under example.com and names ending in
// -example.cn, which are reserved or chosen to be unlikely to exist. A
// collision with a real value is possible only by chance.
//
// # Concurrency
//
// A Generator is not safe for concurrent use: give each goroutine its own.
// There is no package-level state; two generators with the same seed
// produce the same values when the same methods are called with the same
// options.
package icptest
