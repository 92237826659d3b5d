package validate_test

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/go-playground/validator/v10"

	"github.com/beian-go/beian/validate"
)

func ExampleValidator_CheckJSON() {
	data, err := os.ReadFile("testdata/sample-application-mistakes.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	at := time.Date(2026, 1, 31, 12, 0, 0, 0, time.FixedZone("CST", 8*3600))
	v := validate.New(validate.At(at), validate.WithLanguage(validate.English))
	report, _, err := v.CheckJSON(context.Background(), data)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range report.Problems[:3] {
		fmt.Printf("%s %s: %s\n", p.Severity, p.Path, p.Message)
	}
	fmt.Println(report.Errors(), "errors,", report.Warnings(), "warnings")
	// Output:
	// error subject.mailingAddress: Subject mailing address must be the full street address, not a post-office box
	// warning subject.mailingAddress: Hebei requires the subject mailing address to be in the same province and city as the certificate address
	// error subject.principal: The subject principal is under 18 on the reference date; Hebei refuses the filing
	// 10 errors, 2 warnings
}

func ExampleValidator_Check() {
	at := time.Date(2026, 1, 31, 12, 0, 0, 0, time.FixedZone("CST", 8*3600))
	v := validate.New(validate.At(at))
	app := cleanAppForExample()
	app.Subject.Principal.EmergencyPhone = app.Subject.Principal.Mobile
	r := v.Check(context.Background(), app)
	for _, p := range r.Problems {
		if p.Severity == validate.SeverityError {
			fmt.Println(p.Path, p.Rule, p.Rectification)
			fmt.Println(p.MessageZH)
		}
	}
	// Output:
	// subject.principal.emergencyPhone mobile_equals_emergency contact.mobile-equals-emergency
	// 主体负责人应急联系电话不能与手机号码相同
}

func ExampleRegister() {
	type signup struct {
		Mobile string `json:"mobile" validate:"cn_mobile"`
		Domain string `json:"domain" validate:"filing_domain"`
	}
	v := validator.New()
	if err := validate.Register(v); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(v.Struct(signup{Mobile: "13800000001", Domain: "example.cn"}))
	err := v.Struct(signup{Mobile: "12345", Domain: "example.io"})
	for _, fe := range err.(validator.ValidationErrors) {
		fmt.Println(fe.Field(), fe.Tag())
	}
	// Output:
	// <nil>
	// Mobile cn_mobile
	// Domain filing_domain
}
