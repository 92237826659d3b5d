package validate

import (
	"regexp"
	"testing"
)

// The byte loops must accept exactly what validator's regular expressions accept.
func TestFastBuiltinsMatchRegexps(t *testing.T) {
	hexRe := regexp.MustCompile("^(0[xX])?[0-9a-fA-F]+$")
	printRe := regexp.MustCompile("^[\x20-\x7E]*$")
	inputs := []string{"", "0", "0x", "0X", "0x0", "0xg", "00x1", "deadBEEF", "0xx1", "x1", "abc\n", "中文", " ~", "\x7f", "3f6a8c1e9b2d47a0c5e81f7d2b9a4c60"}
	for _, s := range inputs {
		if got, want := isHex(s), hexRe.MatchString(s); got != want {
			t.Errorf("isHex(%q) = %v, regexp %v", s, got, want)
		}
		if got, want := isPrintASCII(s), printRe.MatchString(s); got != want {
			t.Errorf("isPrintASCII(%q) = %v, regexp %v", s, got, want)
		}
	}
}

func FuzzFastBuiltins(f *testing.F) {
	for _, s := range []string{"", "0x1F", "0x", "abc", "é", "a\x00"} {
		f.Add(s)
	}
	hexRe := regexp.MustCompile("^(0[xX])?[0-9a-fA-F]+$")
	printRe := regexp.MustCompile("^[\x20-\x7E]*$")
	f.Fuzz(func(t *testing.T, s string) {
		if isHex(s) != hexRe.MatchString(s) || isPrintASCII(s) != printRe.MatchString(s) {
			t.Fatalf("disagreement on %q", s)
		}
	})
}

func BenchmarkHexadecimal(b *testing.B) {
	s := "c4d1a7e29b3f50d86e1a4c7b9d2f3e5a8b1c6d0e7f2a9b4c5d8e1f3a6b0c7d2e9f4a1b8c5d6e3f0a7b2c9d4e1f8a5b6c3d0e7f4a1b2c9d8e5f6a3b0c7d4e1f2"
	re := regexp.MustCompile("^(0[xX])?[0-9a-fA-F]+$")
	b.Run("loop", func(b *testing.B) {
		for b.Loop() {
			if !isHex(s) {
				b.Fatal()
			}
		}
	})
	b.Run("regexp", func(b *testing.B) {
		for b.Loop() {
			if !re.MatchString(s) {
				b.Fatal()
			}
		}
	})
}
