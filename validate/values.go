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

// implementer returns the field as an I when its type has I's methods: the same answer as
// Interface().(I), and like valueAs without copying an addressable field. The method set that
// counts is the type's own (a zero value of it is asked), not that of the pointer boxed.
func implementer[I any](v reflect.Value) (I, bool) {
	var zero I
	if !v.IsValid() || !v.CanInterface() {
		return zero, false
	}
	if v.Kind() != reflect.Interface && v.CanAddr() {
		if _, ok := reflect.Zero(v.Type()).Interface().(I); !ok {
			return zero, false
		}
		return v.Addr().Interface().(I), true
	}
	x, ok := v.Interface().(I)
	return x, ok
}

// textOf returns the text a field holds: the string itself for string kinds (including the
// masked string types of icp, whose reflect value is the real text), the MarshalText form of
// a value type. ok is false for other kinds.
func textOf(v reflect.Value) (s string, ok bool) {
	if v.Kind() == reflect.String {
		return v.String(), true
	}
	if m, isText := implementer[encoding.TextMarshaler](v); isText {
		b, err := m.MarshalText()
		return string(b), err == nil
	}
	return "", false
}

// typedValid reports, for a field that is not a string, whether its value type says it is
// valid. handled is false when the field is a string or has no IsValid method.
func typedValid(v reflect.Value) (valid, handled bool) {
	if v.Kind() == reflect.String {
		return false, false
	}
	if x, ok := implementer[validity](v); ok {
		return x.IsValid(), true
	}
	return false, false
}
