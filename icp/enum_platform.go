package icp

import "database/sql/driver"

// Platform is the operating system an APP runs on (运行平台). It is the OS,
// never the app store: entering a store is the classic cause of the
// rectification notice [CodeAppPlatformInvalid]. The sources name no MIIT
// codes for platforms, so a Platform has none.
//
// The numeric value is internal; text, JSON and SQL store the ASCII name. The
// zero Platform is unset.
type Platform uint8

// The APP platforms.
const (
	PlatformAndroid    Platform = iota + 1 // Android
	PlatformIOS                            // iOS
	PlatformHarmonyOS                      // 鸿蒙 HarmonyOS
	PlatformBlackBerry                     // 黑莓 BlackBerry
	PlatformLinux                          // Linux
	PlatformOther                          // 其他操作系统
	platformEnd
)

var platformTable = [...]enumEntry{
	{},
	{"android", "安卓"},
	{"ios", "iOS"},
	{"harmonyos", "鸿蒙"},
	{"blackberry", "黑莓"},
	{"linux", "Linux"},
	{"other", "其他"},
}

// FingerprintHexLen returns the length in hexadecimal digits of the signature
// fingerprint (特征信息) the filing expects for an APP on platform v: 40 for
// iOS (certificate SHA-1), 32 for every other platform (certificate MD5).
func (v Platform) FingerprintHexLen() int {
	if v == PlatformIOS {
		return 40
	}
	return 32
}

// IsValid reports whether v is one of the Platform constants.
func (v Platform) IsValid() bool { return v > 0 && v < platformEnd }

// String returns the stable ASCII name ("android"), or "Platform(N)" for a value that
// is not a constant.
func (v Platform) String() string { return enumString(platformTable[:], "Platform", int(v)) }

// Label returns the Chinese name (安卓), or "" for a value that is not a constant.
func (v Platform) Label() string { return enumLabel(platformTable[:], int(v)) }

// ParsePlatform returns the Platform named s (as [Platform.String] writes it, ignoring ASCII
// case). It returns an [*EnumError] for any other input, including "".
func ParsePlatform(s string) (Platform, error) {
	n, err := enumParse(platformTable[:], "Platform", s, false)
	return Platform(n), err
}

// AppendText appends the name of v to b; the zero Platform appends nothing.
func (v Platform) AppendText(b []byte) ([]byte, error) {
	return enumAppendText(b, platformTable[:], "Platform", int(v))
}

// MarshalText encodes v by name; the zero Platform encodes as "".
func (v Platform) MarshalText() ([]byte, error) { return v.AppendText(nil) }

// UnmarshalText decodes a name written by [Platform.MarshalText]; "" is the zero Platform.
func (v *Platform) UnmarshalText(b []byte) error {
	n, err := enumParse(platformTable[:], "Platform", string(b), true)
	if err != nil {
		return err
	}
	*v = Platform(n)
	return nil
}

// Scan implements [database/sql.Scanner]: NULL and "" are the zero Platform,
// text is decoded as by [Platform.UnmarshalText].
func (v *Platform) Scan(src any) error {
	s, err := scanText(src, "Platform")
	if err != nil {
		return err
	}
	return v.UnmarshalText([]byte(s))
}

// Value implements [database/sql/driver.Valuer]: the name, or NULL for the zero Platform.
func (v Platform) Value() (driver.Value, error) { return enumValue(v.MarshalText()) }
