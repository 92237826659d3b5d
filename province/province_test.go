package province_test

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/beian-go/beian/province"
)

// TestTableInvariants checks properties every row of the generated table must have.
func TestTableInvariants(t *testing.T) {
	codes := slices.Collect(province.All())
	if len(codes) != 31 {
		t.Fatalf("All() yields %d provinces, want 31", len(codes))
	}
	if !slices.IsSorted(codes) {
		t.Errorf("All() is not in code order: %v", codes)
	}
	seenICP := map[rune]province.Code{}
	seenBit := map[uint64]province.Code{}
	seenName := map[string]province.Code{}
	var allBits uint64
	for _, c := range codes {
		if !c.IsValid() {
			t.Errorf("%d: not valid", c)
		}
		for _, s := range []string{c.String(), c.FullName(), c.ShortName(), c.Administration(), c.Label()} {
			if s == "" || s != strings.TrimSpace(s) {
				t.Errorf("%d: empty or untrimmed name %q", c, s)
			}
		}
		if !strings.HasPrefix(c.FullName(), c.ShortName()) {
			t.Errorf("%d: full name %q does not start with short name %q", c, c.FullName(), c.ShortName())
		}
		if !strings.HasSuffix(c.Administration(), "通信管理局") {
			t.Errorf("%d: administration %q", c, c.Administration())
		}
		for _, r := range c.String() {
			if r >= utf8.RuneSelf {
				t.Errorf("%d: String %q is not ASCII", c, c.String())
			}
		}
		if prev, dup := seenICP[c.ICPChar()]; dup {
			t.Errorf("%d and %d share ICP character %c", prev, c, c.ICPChar())
		}
		seenICP[c.ICPChar()] = c
		if !strings.ContainsRune(c.PublicSecurityChars(), c.ICPChar()) {
			t.Errorf("%d: public-security chars %q lack the ICP character", c, c.PublicSecurityChars())
		}
		bit := c.ServerLocationBit()
		if bit == 0 || bit&(bit-1) != 0 {
			t.Errorf("%d: server bit %d is not a single bit", c, bit)
		}
		if prev, dup := seenBit[bit]; dup {
			t.Errorf("%d and %d share server bit %d", prev, c, bit)
		}
		seenBit[bit] = c
		allBits |= bit
		for _, n := range []string{c.FullName(), c.ShortName(), strings.ToLower(c.String())} {
			if prev, dup := seenName[n]; dup {
				t.Errorf("%d and %d share name %q", prev, c, n)
			}
			seenName[n] = c
		}
		if !c.Region().IsValid() {
			t.Errorf("%d: no region", c)
		}
		if c.AreaCode() != int(c)*10000 {
			t.Errorf("%d: area code %d", c, c.AreaCode())
		}
		if got, err := province.Lookup(c.String()); err != nil || got != c {
			t.Errorf("Lookup(String()) of %d = %d, %v", c, got, err)
		}
	}
	// 34 slots in the MIIT bitmask, minus Hong Kong, Macau and Taiwan (domain.md §2.1).
	const hkMoTw = 4096 | 524288 | 536870912
	if allBits|hkMoTw != 1<<34-1 {
		t.Errorf("server bits do not fill the 34-bit mask: %b", allBits|hkMoTw)
	}
}

// TestICPCharacters pins the characters that peers most often get wrong.
func TestICPCharacters(t *testing.T) {
	tests := []struct {
		code province.Code
		icp  rune
	}{
		{province.Sichuan, '蜀'},   // not 川
		{province.Guizhou, '黔'},   // not 贵
		{province.Yunnan, '滇'},    // not 云
		{province.Gansu, '陇'},     // not 甘
		{province.Shaanxi, '陕'},   // not 秦
		{province.Shanghai, '沪'},  // not 申
		{province.Guangdong, '粤'}, // the most common prefix
	}
	for _, tt := range tests {
		if got := tt.code.ICPChar(); got != tt.icp {
			t.Errorf("%v.ICPChar() = %c, want %c", tt.code, got, tt.icp)
		}
		if got, ok := province.ByICPChar(tt.icp); !ok || got != tt.code {
			t.Errorf("ByICPChar(%c) = %v, %v", tt.icp, got, ok)
		}
	}
	if _, ok := province.ByICPChar('川'); ok {
		t.Error("ByICPChar(川) accepted an alias")
	}
	if c, ok := province.ByPublicSecurityChar('川'); !ok || c != province.Sichuan {
		t.Errorf("ByPublicSecurityChar(川) = %v, %v", c, ok)
	}
	if c, ok := province.ByPublicSecurityChar('甘'); !ok || c != province.Gansu {
		t.Errorf("ByPublicSecurityChar(甘) = %v, %v", c, ok)
	}
}

// TestByChar covers canonical and alias characters.
func TestByChar(t *testing.T) {
	tests := []struct {
		r     rune
		code  province.Code
		alias bool
		ok    bool
	}{
		{'京', province.Beijing, false, true},
		{'蜀', province.Sichuan, false, true},
		{'川', province.Sichuan, true, true},
		{'秦', province.Shaanxi, true, true},
		{'申', province.Shanghai, true, true},
		{'楚', province.Hubei, true, true},
		{'贵', province.Guizhou, true, true},
		{'云', province.Yunnan, true, true},
		{'甘', province.Gansu, true, true},
		{'港', 0, false, false}, // no ICP numbers in Hong Kong
		{'x', 0, false, false},
	}
	for _, tt := range tests {
		c, alias, ok := province.ByChar(tt.r)
		if c != tt.code || alias != tt.alias || ok != tt.ok {
			t.Errorf("ByChar(%c) = %v, %v, %v; want %v, %v, %v", tt.r, c, alias, ok, tt.code, tt.alias, tt.ok)
		}
	}
}

// TestResolve covers every accepted form and every failure.
func TestResolve(t *testing.T) {
	tests := []struct {
		in    string
		code  province.Code
		form  province.Form
		err   error
		place string
	}{
		{"京", province.Beijing, province.FormICPChar, nil, ""},
		{"北京", province.Beijing, province.FormShortName, nil, ""},
		{"北京市", province.Beijing, province.FormFullName, nil, ""},
		{"Beijing", province.Beijing, province.FormEnglish, nil, ""},
		{"BEIJING", province.Beijing, province.FormEnglish, nil, ""},
		{"  beijing ", province.Beijing, province.FormEnglish, nil, ""}, // surrounding space ignored
		{"11", province.Beijing, province.FormCode, nil, ""},
		{"110000", province.Beijing, province.FormAreaCode, nil, ""},
		{"110105", province.Beijing, province.FormAreaCode, nil, ""}, // a district inside Beijing
		{"Inner Mongolia", province.InnerMongolia, province.FormEnglish, nil, ""},
		{"innermongolia", province.InnerMongolia, province.FormEnglish, nil, ""},
		{"Nei Mongol", province.InnerMongolia, province.FormEnglish, nil, ""},
		{"Xizang", province.Tibet, province.FormEnglish, nil, ""},
		{"内蒙古自治区", province.InnerMongolia, province.FormFullName, nil, ""},
		{"川", province.Sichuan, province.FormAliasChar, nil, ""},
		{"蜀", province.Sichuan, province.FormICPChar, nil, ""},
		{"甘", province.Gansu, province.FormAliasChar, nil, ""},
		{"陕西", province.Shaanxi, province.FormShortName, nil, ""},
		{"Shaanxi", province.Shaanxi, province.FormEnglish, nil, ""},
		{"Shanxi", province.Shanxi, province.FormEnglish, nil, ""},
		{"65", province.Xinjiang, province.FormCode, nil, ""},
		{"香港", 0, 0, province.ErrNotMainland, "Hong Kong"},
		{"港", 0, 0, province.ErrNotMainland, "Hong Kong"},
		{"Hong Kong", 0, 0, province.ErrNotMainland, "Hong Kong"},
		{"81", 0, 0, province.ErrNotMainland, "Hong Kong"},
		{"820000", 0, 0, province.ErrNotMainland, "Macau"},
		{"澳门", 0, 0, province.ErrNotMainland, "Macau"},
		{"台湾", 0, 0, province.ErrNotMainland, "Taiwan"},
		{"71", 0, 0, province.ErrNotMainland, "Taiwan"},
		{"", 0, 0, province.ErrEmpty, ""},
		{"   ", 0, 0, province.ErrEmpty, ""},
		{"99", 0, 0, province.ErrUnknown, ""},
		{"00", 0, 0, province.ErrUnknown, ""},
		{"1100", 0, 0, province.ErrUnknown, ""}, // four digits is neither form
		{"Atlantis", 0, 0, province.ErrUnknown, ""},
		{"北", 0, 0, province.ErrUnknown, ""},
		{"北京市市", 0, 0, province.ErrUnknown, ""},
	}
	for _, tt := range tests {
		r, err := province.Resolve(tt.in)
		if tt.err != nil {
			var le *province.LookupError
			if !errors.Is(err, tt.err) || !errors.As(err, &le) {
				t.Errorf("Resolve(%q) error = %v, want %v", tt.in, err, tt.err)
				continue
			}
			if le.Input != tt.in || le.Place != tt.place {
				t.Errorf("Resolve(%q) error fields = %+v", tt.in, le)
			}
			if r.Code != 0 {
				t.Errorf("Resolve(%q) returned code %v with an error", tt.in, r.Code)
			}
			continue
		}
		if err != nil || r.Code != tt.code || r.Form != tt.form {
			t.Errorf("Resolve(%q) = %+v, %v; want %v %v", tt.in, r, err, tt.code, tt.form)
		}
		if r.IsAlias() != (tt.form == province.FormAliasChar) {
			t.Errorf("Resolve(%q).IsAlias() = %v", tt.in, r.IsAlias())
		}
	}
}

// TestLookupErrorMessages checks that messages quote the input and say why.
func TestLookupErrorMessages(t *testing.T) {
	_, err := province.Lookup("香港")
	if err == nil || !strings.Contains(err.Error(), `"香港"`) || !strings.Contains(err.Error(), "Hong Kong") {
		t.Errorf("error = %v", err)
	}
	_, err = province.Lookup("Atlantis")
	if err == nil || !strings.Contains(err.Error(), `"Atlantis"`) || !strings.HasPrefix(err.Error(), "province: ") {
		t.Errorf("error = %v", err)
	}
}

// TestByAreaCode covers six-digit codes.
func TestByAreaCode(t *testing.T) {
	tests := []struct {
		area int
		code province.Code
		ok   bool
	}{
		{110000, province.Beijing, true},
		{440305, province.Guangdong, true},
		{510124, province.Sichuan, true},
		{650000, province.Xinjiang, true},
		{810000, 0, false}, // Hong Kong
		{710000, 0, false}, // Taiwan
		{990000, 0, false},
		{11, 0, false},      // two digits is not an area code
		{1100000, 0, false}, // seven digits
		{-110000, 0, false},
	}
	for _, tt := range tests {
		c, ok := province.ByAreaCode(tt.area)
		if ok != tt.ok || (ok && c != tt.code) {
			t.Errorf("ByAreaCode(%d) = %v, %v", tt.area, c, ok)
		}
	}
}

// TestInvalidCode checks the accessors of codes that are not provinces.
func TestInvalidCode(t *testing.T) {
	for _, c := range []province.Code{0, 10, 71, 81, 82, 255} {
		if c.IsValid() || c.FullName() != "" || c.ICPChar() != 0 || c.ServerLocationBit() != 0 ||
			c.Region() != 0 || c.AreaCode() != 0 || c.Administration() != "" || c.PublicSecurityChars() != "" {
			t.Errorf("code %d reports data", c)
		}
		if !strings.HasPrefix(c.String(), "Code(") {
			t.Errorf("String() of %d = %q", c, c.String())
		}
	}
}

// TestRegions checks region names and membership.
func TestRegions(t *testing.T) {
	total := 0
	for r := province.RegionNorth; r <= province.RegionNorthwest; r++ {
		if r.String() == "" || r.Label() == "" || strings.HasPrefix(r.String(), "Region(") {
			t.Errorf("region %d lacks a name", r)
		}
		for c := range r.Provinces() {
			if c.Region() != r {
				t.Errorf("%v listed under %v", c, r)
			}
			total++
		}
		b, err := r.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back province.Region
		if err := back.UnmarshalText(b); err != nil || back != r {
			t.Errorf("region %v round trip = %v, %v", r, back, err)
		}
		if err := back.UnmarshalText([]byte(r.Label())); err != nil || back != r {
			t.Errorf("region label %q = %v, %v", r.Label(), back, err)
		}
	}
	if total != 31 {
		t.Errorf("regions cover %d provinces, want 31", total)
	}
	want := []province.Code{province.Liaoning, province.Jilin, province.Heilongjiang}
	if got := slices.Collect(province.RegionNortheast.Provinces()); !slices.Equal(got, want) {
		t.Errorf("northeast = %v", got)
	}
	var r province.Region
	if err := r.UnmarshalText([]byte("nowhere")); !errors.Is(err, province.ErrUnknownRegion) {
		t.Errorf("unknown region error = %v", err)
	}
	if province.Region(0).IsValid() || province.Region(8).Label() != "" {
		t.Error("invalid regions report data")
	}
}

// TestEncoding checks text, JSON and SQL round trips and the zero value.
func TestEncoding(t *testing.T) {
	type row struct {
		P province.Code `json:"p"`
	}
	for c := range province.All() {
		b, err := json.Marshal(row{c})
		if err != nil {
			t.Fatal(err)
		}
		var back row
		if err := json.Unmarshal(b, &back); err != nil || back.P != c {
			t.Errorf("JSON round trip of %v via %s = %v, %v", c, b, back.P, err)
		}
		v, err := c.Value()
		if err != nil {
			t.Fatal(err)
		}
		var s province.Code
		if err := s.Scan(v); err != nil || s != c {
			t.Errorf("SQL round trip of %v = %v, %v", c, s, err)
		}
		if got, _ := c.AppendText([]byte("x:")); string(got) != "x:"+c.String() {
			t.Errorf("AppendText = %q", got)
		}
	}
	b, err := json.Marshal(row{})
	if err != nil || string(b) != `{"p":""}` {
		t.Errorf("zero value JSON = %s, %v", b, err)
	}
	var c province.Code = province.Beijing
	if err := c.Scan(nil); err != nil || c != 0 {
		t.Errorf("Scan(nil) = %v, %v", c, err)
	}
	if v, err := c.Value(); v != nil || err != nil {
		t.Errorf("zero Value() = %v, %v", v, err)
	}
	if err := c.Scan(int64(44)); err != nil || c != province.Guangdong {
		t.Errorf("Scan(44) = %v, %v", c, err)
	}
	if err := c.Scan(int64(81)); err == nil {
		t.Error("Scan(81) accepted Hong Kong")
	}
	if err := c.Scan(3.5); err == nil {
		t.Error("Scan(float) accepted")
	}
	if err := json.Unmarshal([]byte(`{"p":"Atlantis"}`), &row{}); !errors.Is(err, province.ErrUnknown) {
		t.Errorf("JSON of unknown province error = %v", err)
	}
	if _, err := province.Code(99).MarshalText(); err == nil {
		t.Error("MarshalText of invalid code succeeded")
	}
}

// TestLookupDoesNotAllocate pins the zero-allocation promise of Lookup.
func TestLookupDoesNotAllocate(t *testing.T) {
	for _, in := range []string{"京", "北京", "北京市", "BEIJING", "11", "110105", "川", "Xinjiang"} {
		allocs := testing.AllocsPerRun(100, func() {
			if _, err := province.Lookup(in); err != nil {
				t.Fatal(err)
			}
		})
		if allocs != 0 {
			t.Errorf("Lookup(%q) allocates %v times", in, allocs)
		}
	}
}
