package icp_test

import (
	"testing"
	"time"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/province"
)

func TestParseResidentID(t *testing.T) {
	leapDay := idResidentID("11010520000229123")   // synthetic, born 2000-02-29
	guangdong := idResidentID("44030019900101002") // synthetic, female
	tests := []struct {
		in   string
		want idWant
		rev  string        // expected Reveal on success
		sex  icp.Sex       // expected sex on success
		born string        // expected birth date on success
		prov province.Code // expected province on success
	}{
		// GB 11643's example, check character X.
		{in: "11010519491231002X", rev: "11010519491231002X", sex: icp.SexFemale, born: "1949-12-31", prov: province.Beijing},
		// The lower-case x is folded to X: the only folding.
		{in: "11010519491231002x", rev: "11010519491231002X", sex: icp.SexFemale, born: "1949-12-31", prov: province.Beijing},
		// GB 11643's second example, born 1880, male.
		{in: "440524188001010014", rev: "440524188001010014", sex: icp.SexMale, born: "1880-01-01", prov: province.Guangdong},
		// A leap day is a real date.
		{in: leapDay, rev: leapDay, sex: icp.SexMale, born: "2000-02-29", prov: province.Beijing},
		// Even sequence digit: female.
		{in: guangdong, rev: guangdong, sex: icp.SexFemale, born: "1990-01-01", prov: province.Guangdong},
		// Empty input.
		{in: "", want: idWant{icp.ErrEmpty, "length", -1, ""}},
		// 17 characters.
		{in: "11010519491231002", want: idWant{icp.ErrLength, "length", -1, ""}},
		// The legacy 15-digit form is not converted silently.
		{in: "110105491231002", want: idWant{icp.ErrLength, "length", -1, ""}},
		// Trailing space.
		{in: "11010519491231002X ", want: idWant{icp.ErrLength, "length", -1, ""}},
		// A full-width digit changes the byte length.
		{in: "１1010519491231002X", want: idWant{icp.ErrLength, "length", -1, ""}},
		// Leading space at the right length.
		{in: " 1010519491231002X", want: idWant{icp.ErrCharacter, "character", 0, ""}},
		// A letter inside the sequence.
		{in: "1101051949123100AX", want: idWant{icp.ErrCharacter, "character", 16, ""}},
		// Taiwan (71) is not a filing province.
		{in: idResidentID("71010519491231002"), want: idWant{icp.ErrArea, "area code", 0, ""}},
		// Hong Kong (81) is not a filing province.
		{in: idResidentID("81000019491231002"), want: idWant{icp.ErrArea, "area code", 0, ""}},
		// No province 00.
		{in: idResidentID("00010519491231002"), want: idWant{icp.ErrArea, "area code", 0, ""}},
		// Month 13.
		{in: idResidentID("11010519491331002"), want: idWant{icp.ErrDate, "birth date", 6, ""}},
		// Month 00.
		{in: idResidentID("11010519490031002"), want: idWant{icp.ErrDate, "birth date", 6, ""}},
		// Day 00.
		{in: idResidentID("11010519491200002"), want: idWant{icp.ErrDate, "birth date", 6, ""}},
		// 31 April.
		{in: idResidentID("11010519490431002"), want: idWant{icp.ErrDate, "birth date", 6, ""}},
		// 1900 is not a leap year.
		{in: idResidentID("11010519000229002"), want: idWant{icp.ErrDate, "birth date", 6, ""}},
		// Year 1191 (a checksum-only validator accepts it).
		{in: idResidentID("11010511910101002"), want: idWant{icp.ErrDate, "birth date", 6, ""}},
		// The documented wrong-check vector: Y instead of X.
		{in: "11010519491231002Y", want: idWant{icp.ErrCheckDigit, "check character", 17, "X"}},
		// A digit instead of X.
		{in: "110105194912310021", want: idWant{icp.ErrCheckDigit, "check character", 17, "X"}},
		// A wrong digit check.
		{in: "440524188001010015", want: idWant{icp.ErrCheckDigit, "check character", 17, "4"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			id, err := icp.ParseResidentID(tt.in)
			e := idCheckErr(t, "ResidentID", err, tt.want)
			if icp.ValidResidentID(tt.in) != (tt.want.err == nil) {
				t.Errorf("ValidResidentID disagrees with ParseResidentID")
			}
			if e != nil {
				if id != (icp.ResidentID{}) {
					t.Errorf("failed parse returned %v, want the zero value", id)
				}
				if len(tt.in) >= 12 && e.Input == tt.in {
					t.Errorf("IDError.Input is not masked: %q", e.Input)
				}
				return
			}
			if got := id.Reveal(); got != tt.rev {
				t.Errorf("Reveal() = %q, want %q", got, tt.rev)
			}
			if got := id.Sex(); got != tt.sex {
				t.Errorf("Sex() = %v, want %v", got, tt.sex)
			}
			if got := id.BirthDate().Format(time.DateOnly); got != tt.born {
				t.Errorf("BirthDate() = %s, want %s", got, tt.born)
			}
			if got := id.Province(); got != tt.prov {
				t.Errorf("Province() = %v, want %v", got, tt.prov)
			}
			if got, want := id.AreaCode(), int(tt.rev[0]-'0')*100000+int(tt.rev[1]-'0')*10000; got/10000*10000 != want {
				t.Errorf("AreaCode() = %d, not in %d", got, want)
			}
			if !id.IsValid() {
				t.Errorf("IsValid() = false")
			}
		})
	}
}

func TestResidentIDErrorMessage(t *testing.T) {
	_, err := icp.ParseResidentID("11010519491231002Y")
	const want = `icp: ResidentID "110105********002Y": check character: wrong check character, want "X" (at offset 17)`
	if err == nil || err.Error() != want {
		t.Fatalf("error = %v\nwant    %s", err, want)
	}
}

func TestParseResidentIDAt(t *testing.T) {
	id := idResidentID("11010520000229123") // born 2000-02-29
	cst := time.FixedZone("CST", 8*3600)
	tests := []struct {
		ref  time.Time
		want error
	}{
		// The day before the birth date.
		{time.Date(2000, 2, 28, 12, 0, 0, 0, time.UTC), icp.ErrFutureDate},
		// The birth date itself.
		{time.Date(2000, 2, 29, 0, 0, 0, 0, time.UTC), nil},
		// Still 28 February in UTC, already 29 February in Beijing: the
		// reference's own location decides.
		{time.Date(2000, 2, 28, 20, 0, 0, 0, time.UTC).In(cst), nil},
		// The same instant in UTC is the day before.
		{time.Date(2000, 2, 28, 20, 0, 0, 0, time.UTC), icp.ErrFutureDate},
		// Long after.
		{time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), nil},
	}
	for _, tt := range tests {
		_, err := icp.ParseResidentIDAt(id, tt.ref)
		w := idWant{}
		if tt.want != nil {
			w = idWant{tt.want, "birth date", 6, ""}
		}
		idCheckErr(t, "ResidentID", err, w)
		if cerr := icp.MustParseResidentID(id).CheckAt(tt.ref); (cerr == nil) != (err == nil) {
			t.Errorf("CheckAt(%v) = %v, ParseResidentIDAt = %v", tt.ref, cerr, err)
		}
	}
	// A structural error comes before the date check.
	_, err := icp.ParseResidentIDAt("11010519491231002Y", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	idCheckErr(t, "ResidentID", err, idWant{icp.ErrCheckDigit, "check character", 17, "X"})
	// The zero value has nothing to check.
	idCheckErr(t, "ResidentID", icp.ResidentID{}.CheckAt(time.Now()), idWant{icp.ErrEmpty, "length", -1, ""})
}

func TestResidentIDAgeAt(t *testing.T) {
	std := icp.MustParseResidentID("11010519491231002X")               // born 1949-12-31
	leap := icp.MustParseResidentID(idResidentID("11010520000229123")) // born 2000-02-29
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 12, 0, 0, 0, time.UTC) }
	tests := []struct {
		id   icp.ResidentID
		at   time.Time
		want int
	}{
		{std, day(1967, 12, 30), 17},           // the day before the 18th birthday
		{std, day(1967, 12, 31), 18},           // the 18th birthday
		{std, day(1949, 12, 31), 0},            // the day of birth
		{std, day(1949, 12, 30), -1},           // before birth
		{leap, day(2018, 2, 28), 17},           // common year: not yet on 28 February
		{leap, day(2018, 3, 1), 18},            // common year: on 1 March
		{leap, day(2020, 2, 29), 20},           // leap year: on the day
		{icp.ResidentID{}, day(2020, 1, 1), 0}, // zero value
	}
	for _, tt := range tests {
		if got := tt.id.AgeAt(tt.at); got != tt.want {
			t.Errorf("%v.AgeAt(%s) = %d, want %d", tt.id, tt.at.Format(time.DateOnly), got, tt.want)
		}
	}
}

func TestConvertLegacyResidentID(t *testing.T) {
	tests := []struct {
		in   string
		want string
		err  idWant
	}{
		// The documented conversion.
		{in: "110105491231002", want: "11010519491231002X"},
		// Empty.
		{in: "", err: idWant{icp.ErrEmpty, "length", -1, ""}},
		// An 18-character number is not legacy.
		{in: "11010519491231002X", err: idWant{icp.ErrLength, "length", -1, ""}},
		// A letter.
		{in: "11010549123100X", err: idWant{icp.ErrCharacter, "character", 14, ""}},
		// Month 13, reported at the offset of the six-digit date.
		{in: "110105491331002", err: idWant{icp.ErrDate, "birth date", 6, ""}},
		// Taiwan area code.
		{in: "710105491231002", err: idWant{icp.ErrArea, "area code", 0, ""}},
	}
	for _, tt := range tests {
		id, err := icp.ConvertLegacyResidentID(tt.in)
		idCheckErr(t, "LegacyResidentID", err, tt.err)
		if got := id.Reveal(); got != tt.want {
			t.Errorf("ConvertLegacyResidentID(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestResidentIDZero(t *testing.T) {
	var id icp.ResidentID
	if id.IsValid() || id.String() != "" || id.Reveal() != "" || id.Sex() != icp.SexUnknown ||
		!id.BirthDate().IsZero() || id.AreaCode() != 0 || id.Province() != 0 {
		t.Errorf("zero ResidentID is not empty: %v %q %v %v %d", id.IsValid(), id.Reveal(), id.Sex(), id.BirthDate(), id.AreaCode())
	}
}

func TestSex(t *testing.T) {
	tests := []struct {
		s           icp.Sex
		name, label string
		valid       bool
	}{
		{icp.SexUnknown, "unknown", "未知", false},
		{icp.SexMale, "male", "男", true},
		{icp.SexFemale, "female", "女", true},
		{icp.Sex(9), "Sex(9)", "未知", false},
	}
	for _, tt := range tests {
		if tt.s.String() != tt.name || tt.s.Label() != tt.label || tt.s.IsValid() != tt.valid {
			t.Errorf("Sex %d: %q %q %v, want %q %q %v", uint8(tt.s), tt.s.String(), tt.s.Label(), tt.s.IsValid(), tt.name, tt.label, tt.valid)
		}
	}
}
