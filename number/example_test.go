package number_test

import (
	"errors"
	"fmt"

	"github.com/beian-go/beian/number"
)

func ExampleParse() {
	n, err := number.Parse("辽ICP备2023009191号-2A")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(n.Kind(), n.Province(), n.Serial(), n.FirstApprovalYear(), n.Sequence(), n.Service())

	_, err = number.Parse("川ICP备09150084号")
	fmt.Println(errors.Is(err, number.ErrProvinceAlias))
	fmt.Println(err)
	// Output:
	// icp-filing Liaoning 2023009191 2023 2 app
	// true
	// number: "川ICP备09150084号": informal province character instead of the issued one (at byte 0)
}

func ExampleParseLenient() {
	n, fixes, err := number.ParseLenient("备案号：川icp備 09150084")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(n)
	fmt.Println(fixes)
	for f := range fixes.All() {
		fmt.Println("-", f.Label())
	}

	_, _, err = number.ParseLenient("浙ICP备2020036024号-X")
	fmt.Println(errors.Is(err, number.ErrPlaceholder))
	// Output:
	// 蜀ICP备09150084号
	// space,case,traditional,missing-hao,label,province-alias
	// - 删除空格
	// - 字母转为大写
	// - 繁体字转为简体
	// - 补全“号”
	// - 删除前缀标签
	// - 省份简称改为备案用字
	// true
}

func ExampleFindAll() {
	page := []byte(`<footer>©2024 示例 版权所有 <a href="https://beian.miit.gov.cn/">京ICP备11018762号-11</a>
<a href="https://beian.mps.gov.cn/">京公网安备 11010802035340号</a> 增值电信业务经营许可证：粤B2-20090059</footer>`)
	for _, m := range number.FindAll(page) {
		fmt.Printf("%d-%d %-15s %s\n", m.Start, m.End, m.Number.Kind(), m.Number)
	}
	// Output:
	// 72-95 icp-filing      京ICP备11018762号-11
	// 136-169 public-security 京公网安备11010802035340号
	// 210-224 telecom-licence 粤B2-20090059
}

func ExampleNumber_Subject() {
	n := number.MustParse("粤B2-20090059-1626X")
	fmt.Println(n.Subject(), n.IsService(), n.Subject().IsService())
	app, err := n.WithService(3, number.ServiceApp)
	fmt.Println(app, err)
	// Output:
	// 粤B2-20090059 true false
	// 粤B2-20090059-3A <nil>
}

func ExampleNumber_QueryURL() {
	n := number.MustParse("京公网安备11010502030143号")
	fmt.Println(n.AreaCode(), n.Province())
	fmt.Println(n.QueryURL())
	fmt.Println(number.MustParse("京ICP备11041704号").QueryURL())
	// Output:
	// 110105 Beijing
	// https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143
	// https://beian.miit.gov.cn/
}
