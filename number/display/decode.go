package display

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// sniffLen is how much of the page start is checked for binary bytes,
// following the WHATWG MIME sniffing idea of a resource header.
const sniffLen = 1024

// binaryShare: a page where more than 1 byte in binaryShare is a binary
// control byte is treated as binary data, wherever those bytes are.
const binaryShare = 64

// isBinaryByte reports the control bytes that never occur in text
// (WHATWG "binary data byte"): 0x00–0x08, 0x0B, 0x0E–0x1A, 0x1C–0x1F.
func isBinaryByte(c byte) bool {
	return c <= 0x08 || c == 0x0B || (0x0E <= c && c <= 0x1A) || (0x1C <= c && c <= 0x1F)
}

// checkBinary returns the offset of the byte that shows page is binary
// data, or -1. Pages starting with a UTF-16 byte-order mark are text.
func checkBinary(page []byte) int {
	if bytes.HasPrefix(page, []byte{0xFE, 0xFF}) || bytes.HasPrefix(page, []byte{0xFF, 0xFE}) {
		return -1
	}
	first, count := -1, 0
	for i, c := range page {
		if isBinaryByte(c) {
			if first < 0 {
				first = i
			}
			count++
		}
	}
	if first < 0 {
		return -1
	}
	if first < sniffLen || count > len(page)/binaryShare {
		return first
	}
	return -1
}

// toUTF8 returns the page as UTF-8. The encoding is, in order: the charset
// of contentType; UTF-8 when the bytes are valid UTF-8; a byte-order mark or
// <meta charset> declaration; otherwise GB18030, the superset of GBK and
// GB2312, which is what undeclared non-UTF-8 pages in China almost always use.
// A <meta> that declares UTF-8 or ISO-8859-1/windows-1252 over bytes that
// are not valid UTF-8 is not believed either: such pages are GB18030 too.
func toUTF8(page []byte, contentType string) ([]byte, error) {
	page = bytes.TrimPrefix(page, []byte("\uFEFF"))
	if contentType == "" && utf8.Valid(page) {
		return page, nil
	}
	enc, name, certain := charset.DetermineEncoding(page, contentType)
	switch {
	case name == "utf-8" && (certain || utf8.Valid(page)):
		return page, nil
	case !certain:
		if utf8.Valid(page) {
			return page, nil
		}
		// A <meta> declaration other than GBK (read as its superset
		// GB18030), UTF-8 (the bytes say otherwise) or windows-1252 (also
		// what DetermineEncoding reports when nothing is declared).
		if name != "utf-8" && name != "windows-1252" && name != "gbk" && name != "gb18030" {
			return enc.NewDecoder().Bytes(page)
		}
		return simplifiedchinese.GB18030.NewDecoder().Bytes(page)
	}
	return enc.NewDecoder().Bytes(page)
}
