package icp

// This file is data: the mainland mobile number ranges (号段) in use. Ranges
// are added every few years, so the table is dated and [ValidMobileLoose]
// offers a check that does not depend on it.

// MobileRangesVersion dates the table of mobile ranges: compiled
// 2026-11-28 from the MIIT allocations publicly known up to 2025.
const MobileRangesVersion = "allocations known up to 2025, compiled 2026-11-28"

// mobileRange is one allocated prefix of three or four digits.
type mobileRange struct {
	prefix  string
	carrier Carrier
	virtual bool // resold by a virtual network operator (虚拟运营商)
}

// mobileRanges lists the allocated prefixes of 11-digit mobile numbers,
// sorted. A four-digit entry describes part of a three-digit block that is
// otherwise absent (134, 170, 174). Data-only (上网卡) and IoT ranges that use
// 13-digit numbers (1440, 146, 148, 1410) are not mobile numbers a person
// gives in a filing and are left out. Read-only.
var mobileRanges = [...]mobileRange{
	{"130", CarrierChinaUnicom, false},
	{"131", CarrierChinaUnicom, false},
	{"132", CarrierChinaUnicom, false},
	{"133", CarrierChinaTelecom, false},
	{"1340", CarrierChinaMobile, false},
	{"1341", CarrierChinaMobile, false},
	{"1342", CarrierChinaMobile, false},
	{"1343", CarrierChinaMobile, false},
	{"1344", CarrierChinaMobile, false},
	{"1345", CarrierChinaMobile, false},
	{"1346", CarrierChinaMobile, false},
	{"1347", CarrierChinaMobile, false},
	{"1348", CarrierChinaMobile, false},
	{"1349", CarrierSatellite, false}, // China Satcom
	{"135", CarrierChinaMobile, false},
	{"136", CarrierChinaMobile, false},
	{"137", CarrierChinaMobile, false},
	{"138", CarrierChinaMobile, false},
	{"139", CarrierChinaMobile, false},
	{"145", CarrierChinaUnicom, false},
	{"147", CarrierChinaMobile, false},
	{"149", CarrierChinaTelecom, false},
	{"150", CarrierChinaMobile, false},
	{"151", CarrierChinaMobile, false},
	{"152", CarrierChinaMobile, false},
	{"153", CarrierChinaTelecom, false},
	{"155", CarrierChinaUnicom, false},
	{"156", CarrierChinaUnicom, false},
	{"157", CarrierChinaMobile, false},
	{"158", CarrierChinaMobile, false},
	{"159", CarrierChinaMobile, false},
	{"162", CarrierChinaTelecom, true},
	{"165", CarrierChinaMobile, true},
	{"166", CarrierChinaUnicom, false},
	{"167", CarrierChinaUnicom, true},
	{"1700", CarrierChinaTelecom, true},
	{"1701", CarrierChinaTelecom, true},
	{"1702", CarrierChinaTelecom, true},
	{"1703", CarrierChinaMobile, true},
	{"1704", CarrierChinaUnicom, true},
	{"1705", CarrierChinaMobile, true},
	{"1706", CarrierChinaMobile, true},
	{"1707", CarrierChinaUnicom, true},
	{"1708", CarrierChinaUnicom, true},
	{"1709", CarrierChinaUnicom, true},
	{"171", CarrierChinaUnicom, true},
	{"172", CarrierChinaMobile, false},
	{"173", CarrierChinaTelecom, false},
	{"1740", CarrierSatellite, false}, // Tiantong satellite (China Telecom)
	{"1749", CarrierSatellite, false}, // maritime satellite
	{"175", CarrierChinaUnicom, false},
	{"176", CarrierChinaUnicom, false},
	{"177", CarrierChinaTelecom, false},
	{"178", CarrierChinaMobile, false},
	{"180", CarrierChinaTelecom, false},
	{"181", CarrierChinaTelecom, false},
	{"182", CarrierChinaMobile, false},
	{"183", CarrierChinaMobile, false},
	{"184", CarrierChinaMobile, false},
	{"185", CarrierChinaUnicom, false},
	{"186", CarrierChinaUnicom, false},
	{"187", CarrierChinaMobile, false},
	{"188", CarrierChinaMobile, false},
	{"189", CarrierChinaTelecom, false},
	{"190", CarrierChinaTelecom, false},
	{"191", CarrierChinaTelecom, false},
	{"192", CarrierChinaBroadnet, false},
	{"193", CarrierChinaTelecom, false},
	{"195", CarrierChinaMobile, false},
	{"196", CarrierChinaUnicom, false},
	{"197", CarrierChinaMobile, false},
	{"198", CarrierChinaMobile, false},
	{"199", CarrierChinaTelecom, false},
}
