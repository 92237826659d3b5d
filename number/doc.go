// Package number parses, formats and finds the filing and licence numbers
// that Chinese websites and apps must display: ICP filing numbers
// (京ICP备12345678号), ICP operating licences (京ICP证030173号), telecom
// business licences (京B2-20090059, B2-20080101, 皖B1.B2-20070020,
// 粤A2-20044005) and public-security filing numbers
// (京公网安备11010502030143号), including the service numbers hung off a
// subject number (-1 website, -2A APP, -3X mini-program, -4K quick app).
//
// # Values
//
// A [Number] is a small comparable value without pointers, like
// [net/netip.Addr]: use == and map keys freely; the zero value is invalid.
// Accessors give the [Kind], the province ([Number.Province]), the serial
// digits, the year encoded in the serial ([Number.FirstApprovalYear]), the
// service sequence and [Service] kind, the subject-level number
// ([Number.Subject]), and for public-security numbers the area code and the
// query link on the public-security platform ([Number.QueryURL]).
//
// # Canonical forms
//
// [Number.String] writes exactly one form per number, and [Parse] accepts
// exactly those forms, so Parse(n.String()) == n and Parse(s) succeeds only
// when s == n.String():
//
//	ICP filing         京ICP备12345678号        京ICP备2023009191号-2A
//	ICP licence        京ICP证030173号          京ICP证030173号-1
//	telecom licence    京B2-20090059            B2-20080101 (cross-regional)
//	                   皖B1.B2-20070020         粤B2-20090059-1626X
//	public security    京公网安备11010502030143号 (no space; legacy 12 digits too)
//
// Choices behind these forms:
//   - The province character is the one the ICP system issues (蜀 黔 滇 陇,
//     not 川 贵 云 甘); [ParseLenient] maps the informal ones.
//   - Telecom licences carry no 号 (苏B2-20130048号 is read leniently);
//     several classes are joined by '.' in the order A1, A2, B1, B2. Other
//     classes (the registrar class D3, the old 辽B-2-4- style) are rejected
//     with [ErrLicenceClass].
//   - Public-security numbers keep their prefix character as printed (川 and
//     蜀 both occur), because the prefix is not always the area code's
//     province (黔公网安备33010802007421号 exists). [Number.Province] comes
//     from the first two digits, [Number.PrefixProvince] from the prefix;
//     unknown county or development-zone codes are accepted as long as the
//     first two digits are a mainland province.
//   - ICP filing serials have 6, 8 or 10 digits, licences 6, telecom
//     licences 8 (year + counter), public-security numbers 14 or 12. The
//     5-digit serials seen in the wild are rejected by both parsers: their
//     canonical form would not be one that is issued. All-zero serials and
//     X/* templates are rejected with [ErrPlaceholder].
//   - Service sequences are 1–99999 without leading zeros.
//   - The zero Number formats as "" and stores as SQL NULL; "" and NULL read
//     back as the zero Number.
//
// # Strict and lenient
//
// [Parse] is the only grammar; [Number.UnmarshalText] (and so JSON) and
// [Number.Scan] use it. [ParseLenient] accepts what people type and scrape
// (domain.md §1.5: full-width and lower-case characters, spaces and
// zero-width characters, 備/證, 备案, missing 号, dash variants, labels such
// as 备案号：, province aliases) and reports each correction as a [Fix] in a
// [Fixes] set. Errors are [*ParseError] values wrapping sentinels such as
// [ErrSyntax] (not shaped like a number) or [ErrUnknownProvince] (shaped
// like one, but the province is not real).
//
// # Finding numbers
//
// [FindAll], [Find], [AppendAll] and [All] locate every number in a page,
// plain or raw HTML, with its byte span. They use no regular expression:
// they jump between anchors (备, 備, 证, 證 and the '-' after a licence
// class) with [bytes.IndexByte] on each anchor's rarest byte, check the
// bytes around a hit, and parse around the survivors, so text without
// numbers is skipped at memory speed and nothing is allocated beyond the
// result slice.
//
// Everything in this package is safe for concurrent use.
package number
