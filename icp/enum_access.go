package icp

import (
	"database/sql/driver"
	"iter"
)

// AccessMethod is the set of ways a website or APP is connected to its access
// provider (接入方式), a bitmask with the MIIT form values 1, 2, 4, 8 and 16;
// unknown bits are kept. Cloud servers are [AccessCloud]. The zero value is
// unset and fails `validate:"required"`.
type AccessMethod uint64

// The access methods of the MIIT form.
const (
	AccessDedicatedLine AccessMethod = 1 << 0 // 专线
	AccessColocation    AccessMethod = 1 << 1 // 主机托管
	AccessVirtualHost   AccessMethod = 1 << 2 // 虚拟主机
	AccessOther         AccessMethod = 1 << 3 // 其他方式
	AccessCloud         AccessMethod = 1 << 4 // 云接入
)

var accessTable = &bitTable{typ: "AccessMethod", entries: []bitEntry{
	{1 << 0, "dedicated-line", "专线"},
	{1 << 1, "colocation", "主机托管"},
	{1 << 2, "virtual-host", "虚拟主机"},
	{1 << 3, "other", "其他方式"},
	{1 << 4, "cloud", "云接入"},
}}

// IsValid reports whether v is non-zero and every bit of v has a name.
// Values decoded from text keep unknown bits, so they may be invalid.
func (v AccessMethod) IsValid() bool { return v != 0 && uint64(v)&^accessTable.known() == 0 }

// Has reports whether every bit of x is set in v; Has(0) is false.
func (v AccessMethod) Has(x AccessMethod) bool { return x != 0 && v&x == x }

// Unknown returns the bits of v that have no name.
func (v AccessMethod) Unknown() AccessMethod { return v &^ AccessMethod(accessTable.known()) }

// Bits iterates over the single bits set in v, lowest first, including
// unknown ones.
func (v AccessMethod) Bits() iter.Seq[AccessMethod] {
	return func(yield func(AccessMethod) bool) {
		bitsEach(uint64(v), func(b uint64) bool { return yield(AccessMethod(b)) })
	}
}

// String returns the text form of v ("cloud"): names of the set bits in
// ascending bit order, comma-separated, then unknown bits as one hex token.
// The zero AccessMethod is "".
func (v AccessMethod) String() string { return string(accessTable.appendText(nil, uint64(v))) }

// Label returns the Chinese labels of the set bits joined by "、" (云接入).
func (v AccessMethod) Label() string { return accessTable.label(uint64(v)) }

// ParseAccessMethod decodes the text form written by [AccessMethod.String]: comma-separated
// names (ASCII case ignored, spaces around them allowed) and hex tokens such
// as "0x1000000", ORed together. It returns an [*EnumError] for "" and for
// any token that is neither.
func ParseAccessMethod(s string) (AccessMethod, error) {
	if s == "" {
		return 0, enumErr("AccessMethod", s)
	}
	n, err := accessTable.parse(s)
	return AccessMethod(n), err
}

// AppendText appends the text form of v to b. It never fails: unknown bits
// are written in hex.
func (v AccessMethod) AppendText(b []byte) ([]byte, error) {
	return accessTable.appendText(b, uint64(v)), nil
}

// MarshalText encodes v in its text form; the zero AccessMethod encodes as "".
func (v AccessMethod) MarshalText() ([]byte, error) { return v.AppendText(nil) }

// UnmarshalText decodes the text form; "" is the zero AccessMethod.
func (v *AccessMethod) UnmarshalText(b []byte) error {
	n, err := accessTable.parse(string(b))
	if err != nil {
		return err
	}
	*v = AccessMethod(n)
	return nil
}

// Scan implements [database/sql.Scanner]: NULL and "" are the zero AccessMethod,
// text is decoded as by [AccessMethod.UnmarshalText].
func (v *AccessMethod) Scan(src any) error {
	s, err := scanText(src, "AccessMethod")
	if err != nil {
		return err
	}
	return v.UnmarshalText([]byte(s))
}

// Value implements [database/sql/driver.Valuer]: the text form, or NULL for the zero AccessMethod.
func (v AccessMethod) Value() (driver.Value, error) { return enumValue(v.MarshalText()) }
