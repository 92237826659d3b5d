package icptest

import (
	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/province"
)

var residentIDWeights = [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}

// residentIDCheck computes the GB 11643 check character of 17 digits.
func residentIDCheck(b []byte) byte {
	sum := 0
	for i, w := range residentIDWeights {
		sum += int(b[i]-'0') * w
	}
	return "10X98765432"[sum%11]
}

// residentIDText builds the 18 characters for a birth date and province.
func (g *Generator) residentIDText(birth icp.Date, c province.Code) []byte {
	_, county := g.areaOf(c)
	b := make([]byte, 0, 18)
	b = append(b, itoa(county)...)
	b = append(b, birth.String()[0:4]...)
	b = append(b, birth.String()[5:7]...)
	b = append(b, birth.String()[8:10]...)
	b = g.digits(b, 3)
	return append(b, residentIDCheck(b))
}

// ResidentID returns a valid resident identity number. Options:
// [InProvince], [BornOn], [ValidOn] (the holder is 20–60 on that day).
func (g *Generator) ResidentID(opts ...Option) icp.ResidentID {
	cfg := configure(opts)
	return icp.MustParseResidentID(string(g.residentIDText(g.birthFor(cfg), g.province(cfg))))
}

const usccAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"

var (
	orgCodeWeights = [8]int{3, 7, 9, 10, 5, 8, 4, 2}
	usccWeights    = [17]int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}
)

func orgCodeCheck(body []byte) byte {
	sum := 0
	for i, w := range orgCodeWeights {
		c := body[i]
		v := int(c - '0')
		if c >= 'A' {
			v = int(c-'A') + 10
		}
		sum += v * w
	}
	switch c := 11 - sum%11; c {
	case 10:
		return 'X'
	case 11:
		return '0'
	default:
		return byte('0' + c)
	}
}

func usccCheck(b []byte) byte {
	sum := 0
	for i, w := range usccWeights {
		for j := 0; j < len(usccAlphabet); j++ {
			if usccAlphabet[j] == b[i] {
				sum += j * w
				break
			}
		}
	}
	return usccAlphabet[(31-sum%31)%31]
}

// creditCodeText builds an enterprise (91) code registered in province c.
func (g *Generator) creditCodeText(c province.Code) []byte {
	city, _ := g.areaOf(c)
	b := make([]byte, 0, 18)
	b = append(b, '9', '1')
	b = append(b, itoa(city)...)
	b = append(b, 'M', 'A')
	for range 6 {
		b = append(b, usccAlphabet[g.r.IntN(len(usccAlphabet))])
	}
	b = append(b, orgCodeCheck(b[8:16]))
	return append(b, usccCheck(b))
}

// CreditCode returns a valid unified social credit code of an enterprise
// (authority 9, category 1). Option: [InProvince].
func (g *Generator) CreditCode(opts ...Option) icp.CreditCode {
	cfg := configure(opts)
	return icp.MustParseCreditCode(string(g.creditCodeText(g.province(cfg))))
}

var mobilePrefixes = []string{"138", "139", "150", "186"}

func (g *Generator) mobileText() []byte {
	return g.digits([]byte(pick(g, mobilePrefixes)), 8)
}

// Mobile returns a valid mainland mobile number.
func (g *Generator) Mobile() icp.Mobile { return icp.MustParseMobile(string(g.mobileText())) }

// Email returns a valid address under example.com.
func (g *Generator) Email() icp.Email {
	b := g.digits([]byte("user"), 6)
	return icp.MustParseEmail(string(b) + "@example.com")
}

// Domain returns a registrable domain ending in -example.cn.
func (g *Generator) Domain() icp.Domain {
	n := g.between(4, 8)
	b := make([]byte, 0, n+len("-example.cn"))
	for range n {
		b = append(b, byte('a'+g.r.IntN(26)))
	}
	return icp.MustParseDomain(string(b) + "-example.cn")
}

var (
	surnames   = []string{"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"}
	givenChars = []string{"明", "华", "强", "芳", "伟", "静", "丽", "军", "磊", "洋", "勇", "艳", "杰", "娟", "涛", "超", "秀", "霞", "平", "刚"}
)

// Name returns a two- or three-character Chinese name.
func (g *Generator) Name() icp.Name {
	s := pick(g, surnames) + pick(g, givenChars)
	if g.r.IntN(2) == 0 {
		s += pick(g, givenChars)
	}
	return icp.Name(s)
}
