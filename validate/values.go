package validate

import (
	"encoding"
	"reflect"
)

// validity is implemented by the value types of the domain packages (number.Number,
// icp.ResidentID, province.Code, the enums …): their constructors already checked the text,
// so a set value is valid.
type validity interface{ IsValid() bool }

// valueAs returns the field as a T when its type is exactly T: the same answer as
// Interface().(T), without the heap copy Interface makes of an addressable field (it boxes a
// pointer to the field instead, which does not allocate).
func valueAs[T any](v reflect.Value) (T, bool) {
	var zero T
	if !v.IsValid() || !v.CanInterface() {
		return zero, false
	}
	if v.Kind() == reflect.Interface {
		x, ok := v.Interface().(T)
		return x, ok
	}
	if v.Type() != reflect.TypeFor[T]() {
		return zero, false
	}
	if v.CanAddr() {
		return *v.Addr().Interface().(*T), true
	}
	return v.Interface().(T), true
}

// textOf returns the text a field holds: the string itself for string kinds (including the
// masked string types of icp, whose reflect value is the real text), the MarshalText form of
// a value type. ok is false for other kinds.
func textOf(v reflect.Value) (s string, ok bool) {
	if v.Kind() == reflect.String {
		return v.String(), true
	}
	if !v.CanInterface() {
		return "", false
	}
	// Interface copies an addressable field, but for the small values that get here that is
	// cheaper than avoiding the copy (a method-set test costs more).
	if m, isText := v.Interface().(encoding.TextMarshaler); isText {
		b, err := m.MarshalText()
		return string(b), err == nil
	}
	return "", false
}

// typedValid reports, for a field that is not a string, whether its value type says it is
// valid. handled is false when the field is a string or has no IsValid method.
func typedValid(v reflect.Value) (valid, handled bool) {
	if v.Kind() == reflect.String || !v.CanInterface() {
		return false, false
	}
	if x, ok := v.Interface().(validity); ok {
		return x.IsValid(), true
	}
	return false, false
}
