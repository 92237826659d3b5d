package order

import (
	"database/sql/driver"
	"fmt"
	"iter"
	"strconv"
)

// naming is one row of an enum's read-only name table: the stable ASCII name used in text,
// JSON and SQL, and the Chinese label shown to people. Row 0 is the unknown zero value.
type naming struct {
	name  string
	label string
}

// enumName returns the ASCII name of v, or "Enum(N)" for a value outside the table.
func enumName[T ~uint8](v T, table []naming, goName string) string {
	if v > 0 && int(v) < len(table) {
		return table[v].name
	}
	return goName + "(" + strconv.Itoa(int(v)) + ")"
}

// enumLabel returns the Chinese label of v, or "" for a value outside the table.
func enumLabel[T ~uint8](v T, table []naming) string {
	if v > 0 && int(v) < len(table) {
		return table[v].label
	}
	return ""
}

// appendEnum appends the name of v; the zero value appends nothing.
func appendEnum[T ~uint8](b []byte, v T, table []naming, enum string) ([]byte, error) {
	if v == 0 {
		return b, nil
	}
	if int(v) >= len(table) {
		return b, &ValueError{Enum: enum, Value: uint8(v)}
	}
	return append(b, table[v].name...), nil
}

// parseEnum finds the value whose ASCII name is exactly s; "" is the zero value only when
// allowEmpty is set (text and SQL decoding), never for the Parse functions.
func parseEnum[T ~uint8](s string, table []naming, enum string, allowEmpty bool) (T, error) {
	if s == "" && allowEmpty {
		return 0, nil
	}
	for i := 1; i < len(table); i++ {
		if table[i].name == s {
			return T(i), nil
		}
	}
	return 0, &ParseError{Enum: enum, Input: s, Err: ErrUnknownName}
}

// scanEnum decodes a database value holding a name; NULL and "" give the zero value.
func scanEnum[T ~uint8](dst *T, src any, table []naming, enum string) error {
	var s string
	switch v := src.(type) {
	case nil:
		*dst = 0
		return nil
	case string:
		s = v
	case []byte:
		s = string(v)
	default:
		return &ParseError{Enum: enum, Input: fmt.Sprintf("%T", src), Err: ErrScanType}
	}
	v, err := parseEnum[T](s, table, enum, true)
	if err != nil {
		return err
	}
	*dst = v
	return nil
}

// valueEnum encodes v for a database: its name, or NULL for the zero value.
func valueEnum[T ~uint8](v T, table []naming, enum string) (driver.Value, error) {
	if v == 0 {
		return nil, nil
	}
	b, err := appendEnum(nil, v, table, enum)
	if err != nil {
		return nil, err
	}
	return string(b), nil
}

// allEnum yields every defined value of an enum in increasing order.
func allEnum[T ~uint8](table []naming) iter.Seq[T] {
	return func(yield func(T) bool) {
		for i := 1; i < len(table); i++ {
			if !yield(T(i)) {
				return
			}
		}
	}
}
