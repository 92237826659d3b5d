package number_test

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/beian-go/beian/number"
	"golang.org/x/text/width"
)

// The baseline: the straightforward regular-expression implementation a
// team would write (exact grammar, submatches for the parts).
var (
	reStrict = regexp.MustCompile(`^(?:(\p{Han})ICP([备证])(\d{10}|\d{8}|\d{6})号(?:-([1-9]\d{0,4})([AXK]?))?` +
		`|(\p{Han})公网安备(\d{14}|\d{12})号` +
		`|(\p{Han}?)((?:[AB][12])(?:\.[AB][12])*)-(\d{8})(?:-([1-9]\d{0,4})([AXK]?))?)$`)
	reFind = regexp.MustCompile(`(\p{Han})\s*[Ii][Cc][Pp]\s*([备証证備])\s*(\d{6,10})\s*号?(?:-(\d+)([AXK])?)?` +
		`|(\p{Han})公网安备\s*(\d{12,14})\s*号?` +
		`|(\p{Han}?)([AB][12](?:\.[AB][12])*)-(\d{8})(?:-(\d+)([AXK])?)?`)
)

// regexpParts is what the baseline extracts: the province character, the
// serial and the sequence, as a regexp user would.
type regexpParts struct {
	prov, serial string
	seq          int
}

func regexpParse(s string) (regexpParts, bool) {
	return regexpPartsOf(reStrict.FindStringSubmatch(s))
}

// regexpPartsOf reads the submatches of reStrict or reLenient, which share their groups.
func regexpPartsOf(m []string) (regexpParts, bool) {
	if m == nil {
		return regexpParts{}, false
	}
	switch {
	case m[3] != "":
		seq, _ := strconv.Atoi(m[4])
		return regexpParts{m[1], m[3], seq}, true
	case m[7] != "":
		return regexpParts{m[6], m[7], 0}, true
	default:
		seq, _ := strconv.Atoi(m[11])
		return regexpParts{m[8], m[10], seq}, true
	}
}

var benchInputs = []string{"京ICP备11018762号-11", "粤ICP备2020133024号", "京公网安备11010502030143号", "粤B2-20090059-1626X"}

var sink int

// BenchmarkParse parses one number of each kind per operation.
func BenchmarkParse(b *testing.B) {
	benchParsePair(b, benchInputs, number.Parse, regexpParse)
}

// The lenient baseline: what a hand-written lenient path does before a
// regexp like reStrict. It folds full-width forms, maps the traditional
// characters and dashes, drops spaces and zero-width characters,
// upper-cases, and lets the regexp skip a leading label such as 备案号:.
var (
	lenientReplacer = strings.NewReplacer(
		"備", "备", "證", "证", "號", "号",
		"\u2010", "-", "\u2011", "-", "\u2012", "-", "\u2013", "-", "\u2014", "-", "\u2015", "-", "\u2212", "-",
		" ", "", "\u00a0", "", "\u3000", "", "&nbsp;", "",
		"\u200b", "", "\u200c", "", "\u200d", "", "\u2060", "", "\ufeff", "",
	)
	reLenient = regexp.MustCompile(`^(?:\p{Han}*:)?(?:(\p{Han})ICP([备证])(\d{10}|\d{8}|\d{6})号?(?:-([1-9]\d{0,4})([AXK]?))?` +
		`|(\p{Han})公网安备(\d{14}|\d{12})号?` +
		`|(\p{Han}?)((?:[AB][12])(?:\.[AB][12])*)-(\d{8})(?:-([1-9]\d{0,4})([AXK]?))?)$`)
)

func regexpParseLenient(s string) (regexpParts, bool) {
	s = strings.ToUpper(lenientReplacer.Replace(width.Fold.String(s)))
	return regexpPartsOf(reLenient.FindStringSubmatch(s))
}

// lenientInputs are numbers as people type them, each needing several
// fixes; both the package and the baseline accept all of them.
var lenientInputs = []string{
	"备案号：京 ICP 备 １１０１８７６２ 号—11",  // label, spaces, full-width digits, em dash
	"粤icp備2020133024號",           // lower case, traditional 備 and 號
	"京公网安备\u00a011010502030143号", // no-break space
	"粤b2－20090059－1626x",         // full-width dashes, lower case
	"京ICP证\u200b030173号",         // zero-width space
}

// TestLenientBaselineAgrees checks that the lenient baseline extracts the
// same parts as ParseLenient on the benchmark inputs, so that the two
// sub-benchmarks of BenchmarkParseLenient do comparable work.
func TestLenientBaselineAgrees(t *testing.T) {
	for _, s := range lenientInputs {
		n, fx, err := number.ParseLenient(s)
		if err != nil {
			t.Fatalf("ParseLenient(%q): %v", s, err)
		}
		if fx.Len() == 0 {
			t.Errorf("ParseLenient(%q) reports no fixes; the input should need some", s)
		}
		p, ok := regexpParseLenient(s)
		if !ok {
			t.Fatalf("baseline rejects %q", s)
		}
		want := regexpParts{string(n.Prefix()), n.Serial(), n.Sequence()}
		if n.Prefix() == 0 {
			want.prov = ""
		}
		if p != want {
			t.Errorf("baseline(%q) = %+v, ParseLenient gives %+v", s, p, want)
		}
	}
}

// benchParsePair runs ours ("number") and the regexp baseline ("regexp") over the same inputs,
// summing the service sequences so neither result can be optimised away.
func benchParsePair(b *testing.B, inputs []string, ours func(string) (number.Number, error), baseline func(string) (regexpParts, bool)) {
	b.Run("number", func(b *testing.B) {
		b.ReportAllocs()
		total := 0
		for b.Loop() {
			for _, s := range inputs {
				n, err := ours(s)
				if err != nil {
					b.Fatal(err)
				}
				total += n.Sequence()
			}
		}
		sink += total
	})
	b.Run("regexp", func(b *testing.B) {
		b.ReportAllocs()
		total := 0
		for b.Loop() {
			for _, s := range inputs {
				p, ok := baseline(s)
				if !ok {
					b.Fatal("no match")
				}
				total += p.seq
			}
		}
		sink += total
	})
}

// BenchmarkParseLenient parses every lenient input once per operation,
// beside the fold-replace-regexp baseline.
func BenchmarkParseLenient(b *testing.B) {
	benchParsePair(b, lenientInputs, func(s string) (number.Number, error) {
		n, _, err := number.ParseLenient(s)
		return n, err
	}, regexpParseLenient)
}

// telecomParts is how a hand-written type would hold a telecom licence
// number: its parts as plain fields, printed with fmt.Sprintf.
type telecomParts struct {
	prov          rune
	class, serial string
	seq           int
	letter        string
}

func (p telecomParts) String() string {
	return fmt.Sprintf("%c%s-%s-%d%s", p.prov, p.class, p.serial, p.seq, p.letter)
}

// BenchmarkString formats a telecom licence service number, beside a
// fmt.Sprintf of the same parts.
func BenchmarkString(b *testing.B) {
	n := number.MustParse("粤B2-20090059-1626X")
	b.Run("String", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sink += len(n.String())
		}
	})
	b.Run("AppendText", func(b *testing.B) {
		b.ReportAllocs()
		buf := make([]byte, 0, 64)
		for b.Loop() {
			buf, _ = n.AppendText(buf[:0])
			sink += len(buf)
		}
	})
	b.Run("fmt.Sprintf", func(b *testing.B) {
		p := telecomParts{n.Prefix(), n.LicenceClass(), n.Serial(), n.Sequence(), n.Service().Letter()}
		if got := p.String(); got != n.String() {
			b.Fatalf("baseline prints %q, String gives %q", got, n.String())
		}
		b.ReportAllocs()
		for b.Loop() {
			sink += len(p.String())
		}
	})
}

func BenchmarkFindAll(b *testing.B) {
	pg := page(30 << 10)
	empty := noNumbers(1 << 20)
	for _, c := range []struct {
		name string
		text []byte
		want int
	}{{"page30KB", pg, 3}, {"noNumber1MB", empty, 0}} {
		b.Run(c.name+"/number", func(b *testing.B) {
			b.SetBytes(int64(len(c.text)))
			b.ReportAllocs()
			buf := make([]number.Match, 0, 8)
			for b.Loop() {
				buf = number.AppendAll(buf[:0], c.text)
				if len(buf) != c.want {
					b.Fatalf("found %d, want %d", len(buf), c.want)
				}
			}
		})
		b.Run(c.name+"/regexp", func(b *testing.B) {
			b.SetBytes(int64(len(c.text)))
			b.ReportAllocs()
			for b.Loop() {
				if got := len(reFind.FindAllIndex(c.text, -1)); got != c.want {
					b.Fatalf("regexp found %d, want %d", got, c.want)
				}
			}
		})
	}
}
