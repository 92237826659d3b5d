package icp

import "fmt"

// Carrier is the network operator a mobile number range is allocated to.
// Numbers resold by virtual operators report their host network (see
// [Mobile.IsVirtual]). The zero value CarrierUnknown means not known.
type Carrier uint8

// The operators in [MobileRangesVersion].
const (
	CarrierUnknown       Carrier = iota // not known
	CarrierChinaMobile                  // 中国移动
	CarrierChinaUnicom                  // 中国联通
	CarrierChinaTelecom                 // 中国电信
	CarrierChinaBroadnet                // 中国广电
	CarrierSatellite                    // satellite services (卫星通信)
	carrierEnd
)

// carrierNames is indexed by Carrier: ASCII name, Chinese label.
var carrierNames = [carrierEnd][2]string{
	CarrierUnknown:       {"unknown", "未知"},
	CarrierChinaMobile:   {"china-mobile", "中国移动"},
	CarrierChinaUnicom:   {"china-unicom", "中国联通"},
	CarrierChinaTelecom:  {"china-telecom", "中国电信"},
	CarrierChinaBroadnet: {"china-broadnet", "中国广电"},
	CarrierSatellite:     {"satellite", "卫星通信"},
}

// IsValid reports whether c is a known operator.
func (c Carrier) IsValid() bool { return c > CarrierUnknown && c < carrierEnd }

// String returns the stable ASCII name, e.g. "china-mobile"; values outside
// the table print as Carrier(N).
func (c Carrier) String() string {
	if c >= carrierEnd {
		return fmt.Sprintf("Carrier(%d)", uint8(c))
	}
	return carrierNames[c][0]
}

// Label returns the Chinese name, e.g. 中国移动.
func (c Carrier) Label() string {
	if c >= carrierEnd {
		return carrierNames[CarrierUnknown][1]
	}
	return carrierNames[c][1]
}
