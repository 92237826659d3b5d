package validate

import (
	"reflect"
	"strings"

	"github.com/go-playground/validator/v10"

	"github.com/beian-go/beian/icp"
)

// message is a template in both languages: {0} is the field label, {1} the tag parameter.
type message struct{ zh, en string }

// sizeMessages words a size rule per kind of field: text (counted in characters), lists,
// and numbers.
type sizeMessages struct{ text, list, num message }

// builtinSizeTags are validator's size and comparison tags, worded per kind of field.
// validator's own zh translations get some of these wrong for some kinds (go-playground
// issues #701 and #1094); ours never panic and never fall back to English.
var builtinSizeTags = map[string]sizeMessages{
	"min": {
		text: message{"{0}长度不能少于{1}个字符", "{0} must be at least {1} characters long"},
		list: message{"{0}至少需要{1}项", "{0} must contain at least {1} items"},
		num:  message{"{0}不能小于{1}", "{0} must be {1} or greater"},
	},
	"max": {
		text: message{"{0}长度不能超过{1}个字符", "{0} must be at most {1} characters long"},
		list: message{"{0}最多只能有{1}项", "{0} must contain at most {1} items"},
		num:  message{"{0}不能大于{1}", "{0} must be {1} or less"},
	},
	"len": {
		text: message{"{0}长度必须是{1}个字符", "{0} must be exactly {1} characters long"},
		list: message{"{0}必须恰好有{1}项", "{0} must contain exactly {1} items"},
		num:  message{"{0}必须等于{1}", "{0} must equal {1}"},
	},
	"eq": {
		text: message{"{0}必须等于{1}", "{0} must equal {1}"},
		list: message{"{0}必须恰好有{1}项", "{0} must contain exactly {1} items"},
		num:  message{"{0}必须等于{1}", "{0} must equal {1}"},
	},
	"ne": {
		text: message{"{0}不能等于{1}", "{0} must not equal {1}"},
		list: message{"{0}的项数不能是{1}", "{0} must not contain {1} items"},
		num:  message{"{0}不能等于{1}", "{0} must not equal {1}"},
	},
	"gt": {
		text: message{"{0}长度必须超过{1}个字符", "{0} must be longer than {1} characters"},
		list: message{"{0}必须多于{1}项", "{0} must contain more than {1} items"},
		num:  message{"{0}必须大于{1}", "{0} must be greater than {1}"},
	},
	"gte": {
		text: message{"{0}长度不能少于{1}个字符", "{0} must be at least {1} characters long"},
		list: message{"{0}至少需要{1}项", "{0} must contain at least {1} items"},
		num:  message{"{0}不能小于{1}", "{0} must be {1} or greater"},
	},
	"lt": {
		text: message{"{0}长度必须少于{1}个字符", "{0} must be shorter than {1} characters"},
		list: message{"{0}必须少于{1}项", "{0} must contain fewer than {1} items"},
		num:  message{"{0}必须小于{1}", "{0} must be less than {1}"},
	},
	"lte": {
		text: message{"{0}长度不能超过{1}个字符", "{0} must be at most {1} characters long"},
		list: message{"{0}最多只能有{1}项", "{0} must contain at most {1} items"},
		num:  message{"{0}不能大于{1}", "{0} must be {1} or less"},
	},
}

// builtinTags words the other validator tags an application may fail.
var builtinTags = map[string]message{
	"required":             {"{0}为必填项", "{0} is required"},
	"required_if":          {"{0}为必填项", "{0} is required here"},
	"required_unless":      {"{0}为必填项", "{0} is required here"},
	"required_with":        {"{0}为必填项", "{0} is required together with the related field"},
	"required_with_all":    {"{0}为必填项", "{0} is required together with the related fields"},
	"required_without":     {"{0}为必填项", "{0} is required when the related field is empty"},
	"required_without_all": {"{0}为必填项", "{0} is required when the related fields are empty"},
	"excluded_if":          {"{0}此时不应填写", "{0} must be left empty here"},
	"excluded_unless":      {"{0}此时不应填写", "{0} must be left empty here"},
	"excluded_with":        {"{0}此时不应填写", "{0} must be left empty when the related field is set"},
	"excluded_without":     {"{0}此时不应填写", "{0} must be left empty when the related field is empty"},
	"isdefault":            {"{0}此时不应填写", "{0} must be left empty"},
	"oneof":                {"{0}必须是[{1}]中的一个", "{0} must be one of [{1}]"},
	"unique":               {"{0}不能包含重复项", "{0} must not contain duplicates"},
	"url":                  {"{0}必须是有效的网址", "{0} must be a valid URL"},
	"http_url":             {"{0}必须是以http://或https://开头的网址", "{0} must be an http:// or https:// URL"},
	"https_url":            {"{0}必须是以https://开头的网址", "{0} must be an https:// URL"},
	"uri":                  {"{0}必须是有效的URI", "{0} must be a valid URI"},
	"email":                {"{0}必须是有效的电子邮箱地址", "{0} must be a valid email address"},
	"ip":                   {"{0}必须是有效的IP地址", "{0} must be a valid IP address"},
	"ipv4":                 {"{0}必须是有效的IPv4地址", "{0} must be a valid IPv4 address"},
	"ipv6":                 {"{0}必须是有效的IPv6地址", "{0} must be a valid IPv6 address"},
	"cidr":                 {"{0}必须是有效的CIDR地址段", "{0} must be a valid CIDR block"},
	"hostname":             {"{0}必须是有效的主机名", "{0} must be a valid host name"},
	"hostname_rfc1123":     {"{0}必须是有效的主机名", "{0} must be a valid host name"},
	"fqdn":                 {"{0}必须是完整的域名", "{0} must be a fully qualified domain name"},
	"e164":                 {"{0}必须是E.164格式的电话号码", "{0} must be a phone number in E.164 form"},
	"numeric":              {"{0}只能包含数字", "{0} must contain only digits"},
	"number":               {"{0}必须是数字", "{0} must be a number"},
	"alpha":                {"{0}只能包含英文字母", "{0} must contain only Latin letters"},
	"alphanum":             {"{0}只能包含英文字母和数字", "{0} must contain only Latin letters and digits"},
	"alphanumunicode":      {"{0}只能包含字母和数字", "{0} must contain only letters and digits"},
	"alphaunicode":         {"{0}只能包含字母", "{0} must contain only letters"},
	"ascii":                {"{0}只能包含ASCII字符", "{0} must contain only ASCII characters"},
	"printascii":           {"{0}只能包含可打印的ASCII字符", "{0} must contain only printable ASCII characters"},
	"hexadecimal":          {"{0}必须是十六进制字符串", "{0} must be a hexadecimal string"},
	"lowercase":            {"{0}必须是小写", "{0} must be lower case"},
	"uppercase":            {"{0}必须是大写", "{0} must be upper case"},
	"startswith":           {"{0}必须以{1}开头", "{0} must start with {1}"},
	"endswith":             {"{0}必须以{1}结尾", "{0} must end with {1}"},
	"startsnotwith":        {"{0}不能以{1}开头", "{0} must not start with {1}"},
	"endsnotwith":          {"{0}不能以{1}结尾", "{0} must not end with {1}"},
	"contains":             {"{0}必须包含{1}", "{0} must contain {1}"},
	"excludes":             {"{0}不能包含{1}", "{0} must not contain {1}"},
	"excludesall":          {"{0}不能包含以下字符：{1}", "{0} must not contain any of: {1}"},
	"datetime":             {"{0}的格式必须是{1}", "{0} must have the format {1}"},
	"boolean":              {"{0}必须是布尔值", "{0} must be a boolean"},
	"json":                 {"{0}必须是有效的JSON", "{0} must be valid JSON"},
	"uuid":                 {"{0}必须是有效的UUID", "{0} must be a valid UUID"},
	"printunicode":         {"{0}只能包含可打印字符", "{0} must contain only printable characters"},
	"multibyte":            {"{0}必须包含多字节字符", "{0} must contain multibyte characters"},
}

// orMessages word the alternatives the icp model uses; other alternatives are joined from
// their parts' messages.
var orMessages = map[string]message{
	"cn_landline|cn_mobile": {"{0}不是有效的固定电话或手机号码", "{0} is neither a valid landline nor a valid mobile number"},
	"cn_mobile|cn_landline": {"{0}不是有效的手机号码或固定电话", "{0} is neither a valid mobile nor a valid landline number"},
	"len=32|len=40":         {"{0}的长度必须是32或40个字符（MD5或SHA-1）", "{0} must be 32 or 40 characters long (MD5 or SHA-1)"},
}

// orMessage words a failed alternative tag "a|b".
func orMessage(tag string, k reflect.Kind) (message, icp.NoticeCode) {
	var notice icp.NoticeCode
	for _, alt := range strings.Split(tag, "|") {
		name, _, _ := strings.Cut(alt, "=")
		if spec, ok := customMessage(name); ok && notice == "" {
			notice = spec.notice
		}
	}
	if m, ok := orMessages[tag]; ok {
		return m, notice
	}
	var zh, en []string
	for _, alt := range strings.Split(tag, "|") {
		name, param, _ := strings.Cut(alt, "=")
		var m message
		if spec, ok := customMessage(name); ok {
			m = message{spec.zh, spec.en}
		} else if bm, ok := builtinMessage(name, k); ok {
			m = bm
		} else {
			m = message{"{0}不符合规则" + name, "{0} fails the rule " + name}
		}
		zh = append(zh, fill(m.zh, "{0}", param))
		en = append(en, fill(m.en, "{0}", param))
	}
	return message{strings.Join(zh, "，或"), strings.Join(en, ", or ")}, notice
}

// builtinMessage returns our wording of a validator tag for a field of kind k.
func builtinMessage(tag string, k reflect.Kind) (message, bool) {
	if m, ok := builtinSizeTags[tag]; ok {
		switch k {
		case reflect.String:
			return m.text, true
		case reflect.Slice, reflect.Array, reflect.Map:
			return m.list, true
		}
		return m.num, true
	}
	m, ok := builtinTags[tag]
	return m, ok
}

// customMessage returns the messages of one of our tags.
func customMessage(tag string) (tagSpec, bool) {
	for i := range customTags {
		if customTags[i].name == tag {
			return customTags[i], true
		}
	}
	return tagSpec{}, false
}

// fill replaces {0} with the label and {1} with the parameter.
func fill(tmpl, label, param string) string { return fillArgs(tmpl, label, []string{param}) }

// withReason appends a reason to a message: "…（校验位错误）" / "… (the check character is wrong)".
func withReason(m message, r reason) message {
	if r.zh != "" {
		m.zh += "（" + r.zh + "）"
	}
	if r.en != "" {
		m.en += " (" + r.en + ")"
	}
	return m
}

// fieldMessage words one validator failure with the field's labels.
func fieldMessage(fe validator.FieldError, lbl label) (message, reason) {
	tag := fe.Tag()
	var (
		m  message
		rs reason
	)
	if strings.Contains(tag, "|") {
		m, rs.notice = orMessage(tag, fe.Kind())
	} else if spec, ok := customMessage(tag); ok {
		m = message{spec.zh, spec.en}
		rs.notice = spec.notice
		if spec.explain != nil {
			if r, ok := spec.explain(reflectValue(fe), fe.Param()); ok {
				m = withReason(m, r)
				if r.notice != "" {
					rs.notice = r.notice
				}
			}
		}
	} else if bm, ok := builtinMessage(tag, fe.Kind()); ok {
		m = bm
	} else if bm, ok := builtinMessage(fe.ActualTag(), fe.Kind()); ok {
		m = bm
	} else {
		m = message{"{0}不符合规则" + tag, "{0} fails the rule " + tag}
	}
	params := []string{fe.Param()}
	return message{zh: fillArgs(m.zh, lbl.zh, params), en: fillSentence(m.en, lbl.en, params)}, rs
}

// reflectValue returns the failing value as a reflect.Value for the explain functions.
func reflectValue(fe validator.FieldError) reflect.Value {
	v := fe.Value()
	if v == nil {
		return reflect.Value{}
	}
	return reflect.ValueOf(v)
}

// TagMessage returns the message template this package uses for a validation tag (one of
// [Tags] or a validator built-in it words itself) in the given language, with {0} standing
// for the field label and {1} for the tag parameter; "" for a tag it does not know. For
// size tags (min, max, len …) it returns the wording for text fields.
func TagMessage(tag string, lang Language) string {
	var m message
	if strings.Contains(tag, "|") {
		m, _ = orMessage(tag, reflect.String)
	} else if spec, ok := customMessage(tag); ok {
		m = message{spec.zh, spec.en}
	} else if bm, ok := builtinMessage(tag, reflect.String); ok {
		m = bm
	} else {
		return ""
	}
	if lang == English {
		return m.en
	}
	return m.zh
}
