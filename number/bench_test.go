package number_test

import (
	"regexp"
	"strconv"
	"testing"

	"github.com/beian-go/beian/number"
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
	m := reStrict.FindStringSubmatch(s)
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
	b.Run("number", func(b *testing.B) {
		b.ReportAllocs()
		total := 0
		for b.Loop() {
			for _, s := range benchInputs {
				n, err := number.Parse(s)
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
			for _, s := range benchInputs {
				p, ok := regexpParse(s)
				if !ok {
					b.Fatal("no match")
				}
				total += p.seq
			}
		}
		sink += total
	})
}

func BenchmarkParseLenient(b *testing.B) {
	in := "备案号：京 ICP 备 １１０１８７６２ 号—11"
	b.ReportAllocs()
	for b.Loop() {
		n, _, err := number.ParseLenient(in)
		if err != nil {
			b.Fatal(err)
		}
		sink += n.Sequence()
	}
}

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
