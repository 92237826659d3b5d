package province

import (
	"errors"
	"iter"
	"strconv"
)

// Region is one of the seven geographic regions providers use to group the provincial rules.
// The zero Region is invalid.
type Region uint8

// The regions, in the order of the provinces' codes.
const (
	RegionNorth     Region = iota + 1 // 华北
	RegionNortheast                   // 东北
	RegionEast                        // 华东
	RegionCentral                     // 华中
	RegionSouth                       // 华南
	RegionSouthwest                   // 西南
	RegionNorthwest                   // 西北
)

var regionNames = [...]struct{ name, label string }{
	RegionNorth:     {"north", "华北"},
	RegionNortheast: {"northeast", "东北"},
	RegionEast:      {"east", "华东"},
	RegionCentral:   {"central", "华中"},
	RegionSouth:     {"south", "华南"},
	RegionSouthwest: {"southwest", "西南"},
	RegionNorthwest: {"northwest", "西北"},
}

// ErrUnknownRegion is returned when text names no region.
var ErrUnknownRegion = errors.New("province: unknown region")

// IsValid reports whether r is one of the seven regions.
func (r Region) IsValid() bool { return r >= RegionNorth && r <= RegionNorthwest }

// String returns the stable ASCII name ("north", "southwest"), or "Region(N)" for invalid values.
func (r Region) String() string {
	if r.IsValid() {
		return regionNames[r].name
	}
	return "Region(" + strconv.Itoa(int(r)) + ")"
}

// Label returns the Chinese name (华北, 西南), or "" for invalid values.
func (r Region) Label() string {
	if r.IsValid() {
		return regionNames[r].label
	}
	return ""
}

// Provinces iterates over the provinces of r in code order.
func (r Region) Provinces() iter.Seq[Code] {
	return func(yield func(Code) bool) {
		for i := range provinceTable {
			if provinceTable[i].region == r && !yield(provinceTable[i].code) {
				return
			}
		}
	}
}

// MarshalText encodes r by its ASCII name; the zero Region encodes as "".
func (r Region) MarshalText() ([]byte, error) {
	if r == 0 {
		return []byte{}, nil
	}
	if !r.IsValid() {
		return nil, ErrUnknownRegion
	}
	return []byte(regionNames[r].name), nil
}

// UnmarshalText decodes an ASCII name or Chinese label; "" decodes to the zero Region.
func (r *Region) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*r = 0
		return nil
	}
	for i := RegionNorth; i <= RegionNorthwest; i++ {
		if string(b) == regionNames[i].name || string(b) == regionNames[i].label {
			*r = i
			return nil
		}
	}
	return ErrUnknownRegion
}
