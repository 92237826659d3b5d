package number

import (
	"database/sql/driver"
	"fmt"
)

// UnmarshalText implements [encoding.TextUnmarshaler] with [Parse]: only
// the canonical form is accepted; empty text gives the zero value. JSON
// strings decode through it.
func (n *Number) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*n = Number{}
		return nil
	}
	v, err := Parse(string(b))
	if err != nil {
		return err
	}
	*n = v
	return nil
}

// Scan implements [database/sql.Scanner]. It accepts text columns (string
// or []byte) holding the canonical form, parsed with [Parse]; NULL and ""
// give the zero value. Other value types fail with [ErrScanType].
func (n *Number) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*n = Number{}
		return nil
	case string:
		if v == "" {
			*n = Number{}
			return nil
		}
		p, err := Parse(v)
		if err != nil {
			return err
		}
		*n = p
		return nil
	case []byte:
		return n.UnmarshalText(v)
	}
	return fmt.Errorf("%w: %T", ErrScanType, src)
}

// Value implements [database/sql/driver.Valuer]: the canonical text, or
// NULL (nil) for the zero value.
func (n Number) Value() (driver.Value, error) {
	if !n.IsValid() {
		return nil, nil
	}
	return n.String(), nil
}
