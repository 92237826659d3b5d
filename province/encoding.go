package province

import (
	"database/sql/driver"
	"fmt"
)

// MarshalText encodes c by its English name ([Code.String]); the zero Code encodes as "".
func (c Code) MarshalText() ([]byte, error) {
	if c == 0 {
		return []byte{}, nil
	}
	if !c.IsValid() {
		return nil, &LookupError{Input: c.String(), Err: ErrUnknown}
	}
	return []byte(c.String()), nil
}

// AppendText appends the encoding of [Code.MarshalText] to b.
func (c Code) AppendText(b []byte) ([]byte, error) {
	if c == 0 {
		return b, nil
	}
	if !c.IsValid() {
		return b, &LookupError{Input: c.String(), Err: ErrUnknown}
	}
	return append(b, c.String()...), nil
}

// UnmarshalText decodes any form [Lookup] accepts; "" decodes to the zero Code.
func (c *Code) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = 0
		return nil
	}
	v, err := Lookup(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// Scan implements database/sql.Scanner: NULL and "" become the zero Code; strings and byte slices
// go through [Lookup]; integers are taken as the two-digit code.
func (c *Code) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*c = 0
		return nil
	case string:
		return c.UnmarshalText([]byte(v))
	case []byte:
		return c.UnmarshalText(v)
	case int64:
		if v < 0 || v > 99 || !Code(v).IsValid() {
			return &LookupError{Input: fmt.Sprint(v), Err: ErrUnknown}
		}
		*c = Code(v)
		return nil
	}
	return fmt.Errorf("province: cannot scan %T into a Code", src)
}

// Value implements database/sql/driver.Valuer: the English name, or NULL for the zero Code.
func (c Code) Value() (driver.Value, error) {
	if c == 0 {
		return nil, nil
	}
	b, err := c.MarshalText()
	if err != nil {
		return nil, err
	}
	return string(b), nil
}
