package icp

import "fmt"

// idIsDigit reports whether c is an ASCII digit.
func idIsDigit(c byte) bool { return '0' <= c && c <= '9' }

// idDigits returns the value of a run of ASCII digits the caller has
// already checked.
func idDigits(b []byte) int {
	n := 0
	for _, c := range b {
		n = n*10 + int(c-'0')
	}
	return n
}

// idDaysIn returns the number of days in month m of year y (proleptic
// Gregorian calendar).
func idDaysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	default:
		return 31
	}
}

// scanText converts a database/sql source value to text for the Scan
// methods: NULL becomes "", strings and byte slices are used as they are.
func scanText(src any, typ string) (string, error) {
	switch v := src.(type) {
	case nil:
		return "", nil
	case string:
		return v, nil
	case []byte:
		return string(v), nil
	default:
		return "", fmt.Errorf("icp: cannot scan %T into %s", src, typ)
	}
}
