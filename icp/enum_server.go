package icp

import (
	"database/sql/driver"
	"iter"
	"slices"

	"github.com/beian-go/beian/province"
)

// ServerLocation is the set of places where a service's servers stand
// (服务器放置地), a bitmask whose bits are the MIIT form values. The 31
// mainland bits come from [province.Code.ServerLocationBit]; the form also
// has three bits the sources never name, which sit exactly where Hong Kong,
// Macao and Taiwan fall in the form's alphabetical order of old two-letter
// codes (domain.md §2.1). They are [ServerHongKong], [ServerMacao] and
// [ServerTaiwan] here, inferred rather than confirmed; servers there cannot
// be filed at all, so the validate package treats those bits as a defect.
// Unknown bits are kept. The zero value is unset and fails
// `validate:"required"`.
//
// The text names are the province names of [province.Code.String]
// ("Beijing", "Inner Mongolia") plus "Hong Kong", "Macao" and "Taiwan".
type ServerLocation uint64

// The inferred non-mainland bits of the 服务器放置地 bitmask.
const (
	ServerHongKong ServerLocation = 4096      // 香港 (inferred)
	ServerMacao    ServerLocation = 524288    // 澳门 (inferred)
	ServerTaiwan   ServerLocation = 536870912 // 台湾 (inferred)
)

// ServerLocationOf returns the bit of province c, or 0 when c is not a province.
func ServerLocationOf(c province.Code) ServerLocation {
	if !c.IsValid() {
		return 0
	}
	return ServerLocation(c.ServerLocationBit())
}

// Province returns the province of v when v is a single mainland bit.
func (v ServerLocation) Province() (province.Code, bool) {
	for c := range province.All() {
		if ServerLocation(c.ServerLocationBit()) == v {
			return c, true
		}
	}
	return 0, false
}

// Provinces iterates over the mainland provinces whose bits are set in v, in
// province code order.
func (v ServerLocation) Provinces() iter.Seq[province.Code] {
	return func(yield func(province.Code) bool) {
		for c := range province.All() {
			if v&ServerLocation(c.ServerLocationBit()) != 0 && !yield(c) {
				return
			}
		}
	}
}

// IsMainland reports whether v is non-zero and every bit of v is a mainland province.
func (v ServerLocation) IsMainland() bool {
	var m ServerLocation
	for c := range province.All() {
		m |= ServerLocation(c.ServerLocationBit())
	}
	return v != 0 && v&^m == 0
}

// serverTable is built once from the province table; it is never modified.
var serverTable = serverLocationTable()

func serverLocationTable() *bitTable {
	t := &bitTable{typ: "ServerLocation", entries: []bitEntry{
		{uint64(ServerHongKong), "Hong Kong", "香港"},
		{uint64(ServerMacao), "Macao", "澳门"},
		{uint64(ServerTaiwan), "Taiwan", "台湾"},
	}}
	for c := range province.All() {
		t.entries = append(t.entries, bitEntry{c.ServerLocationBit(), c.String(), c.ShortName()})
	}
	slices.SortFunc(t.entries, func(a, b bitEntry) int {
		switch {
		case a.bit < b.bit:
			return -1
		case a.bit > b.bit:
			return 1
		}
		return 0
	})
	return t
}

// IsValid reports whether v is non-zero and every bit of v has a name.
// Values decoded from text keep unknown bits, so they may be invalid.
func (v ServerLocation) IsValid() bool { return v != 0 && uint64(v)&^serverTable.known() == 0 }

// Has reports whether every bit of x is set in v; Has(0) is false.
func (v ServerLocation) Has(x ServerLocation) bool { return x != 0 && v&x == x }

// Unknown returns the bits of v that have no name.
func (v ServerLocation) Unknown() ServerLocation { return v &^ ServerLocation(serverTable.known()) }

// Bits iterates over the single bits set in v, lowest first, including
// unknown ones.
func (v ServerLocation) Bits() iter.Seq[ServerLocation] {
	return func(yield func(ServerLocation) bool) {
		bitsEach(uint64(v), func(b uint64) bool { return yield(ServerLocation(b)) })
	}
}

// String returns the text form of v ("Beijing,Shanghai"): names of the set bits in
// ascending bit order, comma-separated, then unknown bits as one hex token.
// The zero ServerLocation is "".
func (v ServerLocation) String() string { return string(serverTable.appendText(nil, uint64(v))) }

// Label returns the Chinese labels of the set bits joined by "、" (北京、上海).
func (v ServerLocation) Label() string { return serverTable.label(uint64(v)) }

// ParseServerLocation decodes the text form written by [ServerLocation.String]: comma-separated
// names (ASCII case ignored, spaces around them allowed) and hex tokens such
// as "0x1000000", ORed together. It returns an [*EnumError] for "" and for
// any token that is neither.
func ParseServerLocation(s string) (ServerLocation, error) {
	if s == "" {
		return 0, enumErr("ServerLocation", s)
	}
	n, err := serverTable.parse(s)
	return ServerLocation(n), err
}

// AppendText appends the text form of v to b. It never fails: unknown bits
// are written in hex.
func (v ServerLocation) AppendText(b []byte) ([]byte, error) {
	return serverTable.appendText(b, uint64(v)), nil
}

// MarshalText encodes v in its text form; the zero ServerLocation encodes as "".
func (v ServerLocation) MarshalText() ([]byte, error) { return v.AppendText(nil) }

// UnmarshalText decodes the text form; "" is the zero ServerLocation.
func (v *ServerLocation) UnmarshalText(b []byte) error {
	n, err := serverTable.parse(string(b))
	if err != nil {
		return err
	}
	*v = ServerLocation(n)
	return nil
}

// Scan implements [database/sql.Scanner]: NULL and "" are the zero ServerLocation,
// text is decoded as by [ServerLocation.UnmarshalText].
func (v *ServerLocation) Scan(src any) error {
	s, err := scanText(src, "ServerLocation")
	if err != nil {
		return err
	}
	return v.UnmarshalText([]byte(s))
}

// Value implements [database/sql/driver.Valuer]: the text form, or NULL for the zero ServerLocation.
func (v ServerLocation) Value() (driver.Value, error) { return enumValue(v.MarshalText()) }
