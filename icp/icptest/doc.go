// Package icptest helps the tests of code built on package icp: a
// registrar's form handler, a provider's order service, a site builder's
// templates. Like net/http/httptest and testing/fstest for the standard
// library, it supplies what such tests need and should not hand-write:
//
//   - seeded generators of synthetic valid identifiers ([Generator.ResidentID],
//     [Generator.CreditCode], [Generator.OrgCode], [Generator.Mobile],
//     [Generator.Domain], …) that pass the parsers of package icp;
//   - invalid identifiers with exactly one chosen [Defect]
//     ([Generator.InvalidResidentID] …), which the parsers reject with the
//     sentinel error [Defect.Err] and nothing else ([Defect.Matches]);
//   - a builder of whole filing applications with valid defaults,
//     [Application], where a test changes only the field it is about;
//   - go-cmp options for our values ([CmpOptions], [RevealDiffs]); the
//     options for validate's reports are in package validate/validatetest,
//     so that this kit does not depend on validate.
//
// # Synthetic data
//
// Generated values are random; none is taken from a real person or
// organisation, and none of the sample vectors of real companies is used.
// Where the format leaves room, values are marked as synthetic:
//
//   - resident identity numbers and credit codes use area codes PP99NN: the province's two digits, then the city part 99,
//     which GB/T 2260 does not allocate (the parsers check only the province);
//     [InArea] chooses a real county when a test needs one;
//   - domains are example-xxxxxxxx under an approved TLD (.cn, .com …):
//     the "example-" label keeps them apart from most registered names, while
//     they still pass [icp.ParseDomain] and the approved-TLD check;
//   - email addresses are at example.com (RFC 2606), IP addresses in
//     203.0.113.0/24 (TEST-NET-3, RFC 5737), names of units contain 示例
//     ("example").
//
// Mobile numbers are random numbers in real, allocated ranges, and landlines
// random numbers behind real area codes, because the parsers insist on
// both. Any collision of a generated value with a real person's is chance.
//
// # Determinism and concurrency
//
// A [Generator] wraps math/rand/v2's PCG source seeded with [New]'s seed:
// the same seed and the same calls give the same values on every platform.
// A Generator is not safe for concurrent use; give each goroutine its own.
// The package has no mutable state, and the package-level [Application]
// always builds the same application.
package icptest
