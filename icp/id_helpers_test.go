package icp_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/beian-go/beian/icp"
)

// idSentinels lists every sentinel the identifier parsers may wrap.
var idSentinels = []error{
	icp.ErrEmpty, icp.ErrLength, icp.ErrCharacter, icp.ErrSyntax, icp.ErrDate,
	icp.ErrFutureDate, icp.ErrArea, icp.ErrCheckDigit, icp.ErrAuthority,
	icp.ErrCategory, icp.ErrRange, icp.ErrTLD, icp.ErrHyphen, icp.ErrTooLong,
	icp.ErrPublicSuffix,
}

// idWant describes the error a table case expects; a zero idWant expects
// success.
type idWant struct {
	err    error  // sentinel
	part   string // IDError.Part
	offset int    // IDError.Offset
	want   string // IDError.Want
}

// idCheckErr asserts that err matches w: nil when w.err is nil, otherwise an
// *IDError of the given type wrapping w.err with the given part, offset and
// expected value.
func idCheckErr(t *testing.T, typ string, err error, w idWant) *icp.IDError {
	t.Helper()
	if w.err == nil {
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		return nil
	}
	if err == nil {
		t.Fatalf("no error, want %v", w.err)
	}
	if !errors.Is(err, w.err) {
		t.Fatalf("error %v does not match %v", err, w.err)
	}
	var e *icp.IDError
	if !errors.As(err, &e) {
		t.Fatalf("error %T is not an *icp.IDError", err)
	}
	if e.Type != typ || e.Part != w.part || e.Offset != w.offset || e.Want != w.want {
		t.Fatalf("IDError{Type: %q, Part: %q, Offset: %d, Want: %q}, want {%q, %q, %d, %q}",
			e.Type, e.Part, e.Offset, e.Want, typ, w.part, w.offset, w.want)
	}
	return e
}

// idIsSentinelError reports whether err is an *icp.IDError wrapping exactly
// one of the known sentinels.
func idIsSentinelError(err error) bool {
	var e *icp.IDError
	if !errors.As(err, &e) {
		return false
	}
	n := 0
	for _, s := range idSentinels {
		if errors.Is(err, s) {
			n++
		}
	}
	return n == 1
}

// idResidentID completes 17 digits with the MOD 11-2 check character,
// computed here independently of the package (weights 2^(17-i) mod 11).
func idResidentID(body string) string {
	sum := 0
	for i := 0; i < 17; i++ {
		w := 1
		for j := 0; j < 17-i; j++ {
			w = w * 2 % 11
		}
		sum += int(body[i]-'0') * w
	}
	return body + string("10X98765432"[sum%11])
}

// idCreditCode completes 17 credit-code symbols with the mod-31 check
// character, computed here independently of the package (weights 3^i mod 31).
func idCreditCode(body string) string {
	const alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
	sum, w := 0, 1
	for i := 0; i < 17; i++ {
		sum += strings.IndexByte(alphabet, body[i]) * w
		w = w * 3 % 31
	}
	return body + string(alphabet[(31-sum%31)%31])
}

// idOrgCode completes eight organisation-code characters with the GB 11714
// check character, computed here independently of the package.
func idOrgCode(body string) string {
	weights := []int{3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := 0; i < 8; i++ {
		v := strings.IndexByte("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", body[i])
		sum += v * weights[i]
	}
	switch c := 11 - sum%11; c {
	case 10:
		return body + "X"
	case 11:
		return body + "0"
	default:
		return body + string(rune('0'+c))
	}
}
