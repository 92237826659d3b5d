package validate

import (
	"reflect"

	"github.com/go-playground/validator/v10"
)

// fastBuiltins replace two validator built-ins the icp model uses on long fields (APP public
// keys run to thousands of characters) with byte loops that accept exactly what validator's
// regular expressions accept. They are installed only in the Validator that New builds, never
// into a user's instance by Register.
var fastBuiltins = [...]struct {
	tag   string
	check validator.Func
}{
	{"hexadecimal", func(fl validator.FieldLevel) bool { return isHex(stringOf(fl.Field())) }},
	{"printascii", func(fl validator.FieldLevel) bool {
		f := fl.Field()
		return f.Kind() == reflect.String && isPrintASCII(f.String())
	}},
}

// stringOf is what validator's own hexadecimal check reads: the text of string kinds, and
// reflect's placeholder (which never passes) for anything else.
func stringOf(v reflect.Value) string {
	if v.Kind() == reflect.String {
		return v.String()
	}
	return ""
}

// isHex is ^(0[xX])?[0-9a-fA-F]+$.
func isHex(s string) bool {
	if len(s) > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		if allHex(s[2:]) {
			return true
		}
	}
	return allHex(s)
}

func allHex(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// isPrintASCII is ^[\x20-\x7E]*$.
func isPrintASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] > 0x7E {
			return false
		}
	}
	return true
}
