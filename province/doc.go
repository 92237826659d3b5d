// Package province describes the 31 mainland provincial-level divisions as China's ICP filing
// system sees them.
//
// A [Code] is the two-digit GB/T 2260 code of a province ([Beijing] is 11); its methods give the
// full and short Chinese names, the character that starts ICP filing numbers (京, 粤, and 蜀 黔 滇 陇
// for Sichuan, Guizhou, Yunnan and Gansu), the characters seen in public-security filing numbers,
// the English name, the [Region], the communications administration (管局) that handles filings,
// and the bit the MIIT filing forms use for the server location.
//
// [Lookup] and [Resolve] accept every way people write a province: 京, 北京, 北京市, Beijing,
// BEIJING, 11, 110000 or any six-digit area code inside it, and the informal characters 川 秦 申 楚
// 贵 云 甘. Hong Kong, Macau and Taiwan have no ICP filing and are reported with [ErrNotMainland].
//
// Provincial filing rules that differ from the national ones are data: [RulesAt] returns the
// [Rule] values in force for a province on a given day, so a rule that took effect on 2021-06-01
// does not apply to an application checked against 2021-05-31.
//
// The tables are generated from provinces.tsv and rules.tsv by go generate; nothing in this
// package is mutable and everything is safe for concurrent use.
package province

//go:generate go run ./internal/gen/cmd/gentables
