package province_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/beian-go/beian/province"
)

func ExampleLookup() {
	for _, s := range []string{"京", "北京市", "BEIJING", "110105", "川", "香港"} {
		c, err := province.Lookup(s)
		if errors.Is(err, province.ErrNotMainland) {
			fmt.Printf("%s: %v\n", s, err)
			continue
		}
		fmt.Printf("%s: %d %s %c\n", s, c, c.Label(), c.ICPChar())
	}
	// Output:
	// 京: 11 北京市 京
	// 北京市: 11 北京市 京
	// BEIJING: 11 北京市 京
	// 110105: 11 北京市 京
	// 川: 51 四川省 蜀
	// 香港: province: "香港" is Hong Kong, which has no ICP filing
}

func ExampleResolve() {
	r, _ := province.Resolve("川")
	if r.IsAlias() {
		fmt.Printf("%s is written %c in ICP numbers\n", r.Code.ShortName(), r.Code.ICPChar())
	}
	// Output: 四川 is written 蜀 in ICP numbers
}

func ExampleByICPChar() {
	c, ok := province.ByICPChar('粤')
	fmt.Println(c, ok, c.Administration())
	_, ok = province.ByICPChar('川')
	fmt.Println(ok)
	// Output:
	// Guangdong true 广东省通信管理局
	// false
}

func ExampleAll() {
	n := 0
	for c := range province.All() {
		if c.Region() == province.RegionNorthwest {
			fmt.Print(c.ShortName(), " ")
		}
		n++
	}
	fmt.Println(n)
	// Output: 陕西 甘肃 青海 宁夏 新疆 31
}

func ExampleRulesAt() {
	cst := time.FixedZone("CST", 8*60*60)
	for _, at := range []time.Time{
		time.Date(2021, 5, 31, 0, 0, 0, 0, cst),
		time.Date(2021, 6, 1, 0, 0, 0, 0, cst),
	} {
		fmt.Println(at.Format(time.DateOnly))
		for _, r := range province.RulesAt(province.Jiangsu, at) {
			if !r.From.IsZero() {
				fmt.Printf("  %s (%s) from %s\n", r.Kind, r.Subject, r.From.Format(time.DateOnly))
			}
		}
	}
	// Output:
	// 2021-05-31
	// 2021-06-01
	//   authenticity-commitment (any) from 2021-06-01
	//   non-legal-rep-authorisation (unit) from 2021-06-01
}

func ExampleRegion_Provinces() {
	for c := range province.RegionNortheast.Provinces() {
		fmt.Println(c, c.Label())
	}
	// Output:
	// Liaoning 辽宁省
	// Jilin 吉林省
	// Heilongjiang 黑龙江省
}
