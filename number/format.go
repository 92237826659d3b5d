package number

import (
	"strconv"
	"unicode/utf8"
)

// The canonical forms written by String and AppendText (and the only forms
// Parse accepts):
//
//	ICP filing         京ICP备12345678号    京ICP备12345678号-2A
//	ICP licence        京ICP证030173号      京ICP证030173号-1
//	telecom licence    京B2-20090059        B2-20080101   皖B1.B2-20070020   粤B2-20090059-1626X
//	public security    京公网安备11010502030143号

// String returns the canonical text of n, or "" for the zero value.
// Parse(n.String()) returns n for every valid n.
func (n Number) String() string {
	if !n.IsValid() {
		return ""
	}
	var buf [64]byte
	return string(n.appendTo(buf[:0]))
}

// AppendText implements [encoding.TextAppender]: it appends the canonical
// text of n (nothing for the zero value) to b. It never fails and does not
// allocate when b has room.
func (n Number) AppendText(b []byte) ([]byte, error) {
	return n.appendTo(b), nil
}

// MarshalText implements [encoding.TextMarshaler]: the canonical text, ""
// for the zero value.
func (n Number) MarshalText() ([]byte, error) {
	return n.appendTo(make([]byte, 0, 48)), nil
}

func (n Number) appendTo(b []byte) []byte {
	f := n.fields()
	return f.appendTo(b)
}

func (f *fields) appendTo(b []byte) []byte {
	switch f.kind {
	case KindICPFiling, KindICPLicence:
		b = utf8.AppendRune(b, f.prov.ICPChar())
		if f.kind == KindICPFiling {
			b = append(b, "ICP备"...)
		} else {
			b = append(b, "ICP证"...)
		}
		b = appendSerial(b, f.serial, f.nser)
		b = append(b, "号"...)
		return f.appendSuffix(b)
	case KindTelecomLicence:
		if f.prov != 0 {
			b = utf8.AppendRune(b, f.prov.ICPChar())
		}
		b = appendClass(b, f.class)
		b = append(b, '-')
		b = appendSerial(b, f.serial, f.nser)
		return f.appendSuffix(b)
	case KindPublicSecurity:
		b = utf8.AppendRune(b, f.pfx)
		b = append(b, "公网安备"...)
		b = appendSerial(b, f.serial, f.nser)
		return append(b, "号"...)
	}
	return b
}

func (f *fields) appendSuffix(b []byte) []byte {
	if f.seq == 0 {
		return b
	}
	b = append(b, '-')
	b = strconv.AppendUint(b, uint64(f.seq), 10)
	return append(b, f.svc.Letter()...)
}

// appendSerial appends v as exactly width decimal digits.
func appendSerial(b []byte, v uint64, width uint8) []byte {
	var tmp [20]byte
	i := len(tmp)
	for w := 0; w < int(width) && i > 0; w++ {
		i--
		tmp[i] = byte('0' + v%10)
		v /= 10
	}
	return append(b, tmp[i:]...)
}

var classNames = [...]string{"A1", "A2", "B1", "B2"}

// appendClass appends the classes of c in canonical order, joined by '.'.
func appendClass(b []byte, c licenceClass) []byte {
	first := true
	for i, name := range classNames {
		if c&(1<<i) == 0 {
			continue
		}
		if !first {
			b = append(b, '.')
		}
		b = append(b, name...)
		first = false
	}
	return b
}
