package validate

import (
	"reflect"
	"strconv"
	"strings"

	"github.com/go-playground/validator/v10"
)

// The icp identifier types (icp.Domain, icp.Email …) hand validator their text through
// ValidatorValue, so a tag function sees a plain string and would parse it again. Their
// constructors all parse, and icp's fuzz tests pin that the text of a valid value parses back
// to the same value; so when the field being checked is such a value, already valid and with
// exactly the text the tag sees, the parse can be skipped. That is what originValid finds out.

// originOf returns the struct field, or the list element, that validator is checking, as it
// is in the parent struct: before ValidatorValue turned it into text. ok is false when it
// cannot be found (map elements, nested lists, no parent struct).
func originOf(fl validator.FieldLevel) (f reflect.Value, ok bool) {
	parent := fl.Parent()
	for parent.Kind() == reflect.Pointer || parent.Kind() == reflect.Interface {
		if parent.IsNil() {
			return reflect.Value{}, false
		}
		parent = parent.Elem()
	}
	if parent.Kind() != reflect.Struct {
		return reflect.Value{}, false
	}
	name, index := fl.StructFieldName(), -1
	if open := strings.IndexByte(name, '['); open >= 0 {
		n, err := strconv.Atoi(strings.TrimSuffix(name[open+1:], "]"))
		if err != nil || n < 0 || !strings.HasSuffix(name, "]") {
			return reflect.Value{}, false
		}
		name, index = name[:open], n
	}
	f = parent.FieldByName(name)
	if !f.IsValid() {
		return reflect.Value{}, false
	}
	if index >= 0 {
		if k := f.Kind(); (k != reflect.Slice && k != reflect.Array) || index >= f.Len() {
			return reflect.Value{}, false
		}
		f = f.Index(index)
	}
	return f, true
}

// originValid returns the value of type T that the checked field holds when it is valid and
// its text (by text) is the string the tag function was given. ok is false otherwise, and the
// caller parses the text as usual.
func originValid[T validity](fl validator.FieldLevel, text func(T) string) (t T, ok bool) {
	field := fl.Field()
	if field.Kind() != reflect.String {
		return t, false
	}
	f, ok := originOf(fl)
	if !ok {
		return t, false
	}
	t, ok = valueAs[T](f)
	if !ok || !t.IsValid() || text(t) != field.String() {
		var zero T
		return zero, false
	}
	return t, true
}
