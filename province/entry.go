package province

// entry is one row of the generated province table.
type entry struct {
	code           Code
	full           string
	short          string
	icp            rune
	publicSecurity string
	english        string
	region         Region
	serverBit      uint64
}

// lookupEntry returns the table row of c, or nil when c is not a province.
func lookupEntry(c Code) *entry {
	if int(c) >= len(codeIndex) {
		return nil
	}
	i := codeIndex[c]
	if i == 0 {
		return nil
	}
	return &provinceTable[i-1]
}
