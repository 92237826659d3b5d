package icp

// This file is data: the top-level domains under which a domain can be
// filed, from lists that communications administrations and providers
// published. It is a snapshot, not the register itself; the authoritative
// list is MIIT's 工业和信息化部域名行业管理信息公示 (domain.miit.gov.cn).

// ApprovedTLDsVersion dates the snapshot of approved TLDs: the Beijing
// communications administration's list in force from 2019-01-01 (relayed by
// Tencent Cloud) plus the Chinese-script TLDs QingCloud's documentation adds,
// compiled 2026-11-28.
const ApprovedTLDsVersion = "2019-01-01 Beijing list + QingCloud Chinese TLDs, compiled 2026-11-28"

// approvedTLDs holds the approved TLDs in their ASCII (A-label) form,
// sorted, with the Unicode form and the source list in the comment. The
// Beijing list's catch-all ".中文域名" names Chinese-script TLDs in general and
// is represented by the individual Chinese TLDs; QingCloud's ".gov" is left
// out because it is not open to Chinese registrants. Read-only.
var approvedTLDs = [...]string{
	"art",            // .art Beijing 2019-01-01
	"auto",           // .auto Beijing 2019-01-01
	"beer",           // .beer Beijing 2019-01-01
	"biz",            // .biz Beijing 2019-01-01
	"cc",             // .cc Beijing 2019-01-01
	"center",         // .center Beijing 2019-01-01
	"chat",           // .chat Beijing 2019-01-01
	"citic",          // .citic Beijing 2019-01-01
	"city",           // .city Beijing 2019-01-01
	"cloud",          // .cloud Beijing 2019-01-01
	"club",           // .club Beijing 2019-01-01
	"cn",             // .cn Beijing 2019-01-01
	"co",             // .co Beijing 2019-01-01
	"com",            // .com Beijing 2019-01-01
	"company",        // .company Beijing 2019-01-01
	"cool",           // .cool Beijing 2019-01-01
	"design",         // .design Beijing 2019-01-01
	"email",          // .email Beijing 2019-01-01
	"fashion",        // .fashion Beijing 2019-01-01
	"fit",            // .fit Beijing 2019-01-01
	"fun",            // .fun Beijing 2019-01-01
	"fund",           // .fund Beijing 2019-01-01
	"gold",           // .gold Beijing 2019-01-01
	"group",          // .group Beijing 2019-01-01
	"guru",           // .guru Beijing 2019-01-01
	"host",           // .host Beijing 2019-01-01
	"icu",            // .icu Beijing 2019-01-01
	"info",           // .info Beijing 2019-01-01
	"ink",            // .ink Beijing 2019-01-01
	"law",            // .law Beijing 2019-01-01
	"life",           // .life Beijing 2019-01-01
	"link",           // .link Beijing 2019-01-01
	"live",           // .live Beijing 2019-01-01
	"love",           // .love Beijing 2019-01-01
	"ltd",            // .ltd Beijing 2019-01-01
	"luxe",           // .luxe Beijing 2019-01-01
	"mobi",           // .mobi Beijing 2019-01-01
	"net",            // .net Beijing 2019-01-01
	"online",         // .online Beijing 2019-01-01
	"plus",           // .plus Beijing 2019-01-01
	"press",          // .press Beijing 2019-01-01
	"pro",            // .pro Beijing 2019-01-01
	"pub",            // .pub Beijing 2019-01-01
	"ren",            // .ren Beijing 2019-01-01
	"run",            // .run Beijing 2019-01-01
	"shop",           // .shop Beijing 2019-01-01
	"show",           // .show Beijing 2019-01-01
	"site",           // .site Beijing 2019-01-01
	"social",         // .social Beijing 2019-01-01
	"sohu",           // .sohu Beijing 2019-01-01
	"space",          // .space Beijing 2019-01-01
	"store",          // .store Beijing 2019-01-01
	"team",           // .team Beijing 2019-01-01
	"tech",           // .tech Beijing 2019-01-01
	"tel",            // .tel Beijing 2019-01-01
	"today",          // .today Beijing 2019-01-01
	"top",            // .top Beijing 2019-01-01
	"tv",             // .tv Beijing 2019-01-01
	"video",          // .video Beijing 2019-01-01
	"vip",            // .vip Beijing 2019-01-01
	"wang",           // .wang Beijing 2019-01-01
	"website",        // .website Beijing 2019-01-01
	"wiki",           // .wiki Beijing 2019-01-01
	"work",           // .work Beijing 2019-01-01
	"world",          // .world Beijing 2019-01-01
	"xin",            // .xin Beijing 2019-01-01
	"xn--1qqw23a",    // .佛山 QingCloud
	"xn--3bst00m",    // .集团 QingCloud
	"xn--3ds443g",    // .在线 QingCloud
	"xn--55qw42g",    // .公益 QingCloud
	"xn--55qx5d",     // .公司 QingCloud
	"xn--6qq986b3xl", // .我爱你 QingCloud
	"xn--czr694b",    // .商标 QingCloud
	"xn--czrs0t",     // .商店 QingCloud
	"xn--czru2d",     // .商城 QingCloud
	"xn--fiq228c5hs", // .中文网 QingCloud
	"xn--fiq64b",     // .中信 QingCloud
	"xn--fiqs8s",     // .中国 Beijing 2019-01-01
	"xn--fjq720a",    // .娱乐 QingCloud
	"xn--g2xx48c",    // .购物 QingCloud
	"xn--hxt814e",    // .网店 QingCloud
	"xn--io0a7i",     // .网络 QingCloud
	"xn--kput3i",     // .手机 QingCloud
	"xn--ses554g",    // .网址 QingCloud
	"xn--unup4y",     // .游戏 QingCloud
	"xn--vhquv",      // .企业 QingCloud
	"xn--vuq861b",    // .信息 QingCloud
	"xn--xhq521b",    // .广东 QingCloud
	"xn--zfr164b",    // .政务 QingCloud
	"xyz",            // .xyz Beijing 2019-01-01
	"yoga",           // .yoga Beijing 2019-01-01
	"zone",           // .zone Beijing 2019-01-01
}
