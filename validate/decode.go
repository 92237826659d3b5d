package validate

import (
	"bytes"
	"context"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/netip"
	"reflect"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/number"
	"github.com/beian-go/beian/order"
	"github.com/beian-go/beian/province"
)

// ErrMalformedJSON is the sentinel an [*InputError] unwraps to when the text is not JSON.
var ErrMalformedJSON = errors.New("validate: malformed JSON")

// ErrNotObject is the sentinel an [*InputError] unwraps to when the JSON is not an object.
var ErrNotObject = errors.New("validate: the application must be a JSON object")

// InputError reports input that cannot be checked at all: text that is not JSON, or JSON
// that is not an object. Line and Column (counted in characters) are 1-based. It unwraps to
// [ErrMalformedJSON] or [ErrNotObject]; Detail is the decoder's explanation in English.
type InputError struct {
	Line, Column int
	Detail       string
	Err          error
}

// Error returns a message such as "validate: line 3, column 14: malformed JSON: invalid
// character '}' looking for beginning of value".
func (e *InputError) Error() string {
	msg := strings.TrimPrefix(e.Err.Error(), "validate: ")
	if e.Detail != "" {
		msg += ": " + e.Detail
	}
	return fmt.Sprintf("validate: line %d, column %d: %s", e.Line, e.Column, msg)
}

// Unwrap returns the sentinel.
func (e *InputError) Unwrap() error { return e.Err }

// CheckJSON decodes one application from JSON and checks it like [Validator.Check]. It is
// lenient where a strict decoder would give up: a value of the wrong JSON type, or text that
// does not parse as its field's type (a mobile with a typo, a domain with a scheme), becomes
// a problem at its path with the line and column in the message, and the rest of the
// application is still checked; unknown fields become warnings. Only input that is not a
// JSON object at all gives an [*InputError] (with a nil application and an empty report).
// A UTF-8 byte order mark before the object, as some Windows editors write, is skipped.
//
// The returned application is what was decoded, with the unusable values left at zero.
func (v *Validator) CheckJSON(ctx context.Context, data []byte) (Report, *icp.Application, error) {
	return v.checkJSON(ctx, data, nil)
}

// CheckOrderJSON decodes an application like [Validator.CheckJSON] and checks it as the
// application of an order of filing type t, adding the rules of [Validator.CheckOrder].
func (v *Validator) CheckOrderJSON(ctx context.Context, data []byte, t order.Type, facts OrderFacts) (Report, *icp.Application, error) {
	return v.checkJSON(ctx, data, func(c *checker) { c.orderRules(t, facts) })
}

// checkJSON decodes and checks; extra, when set, runs after the application rules.
func (v *Validator) checkJSON(ctx context.Context, data []byte, extra func(*checker)) (Report, *icp.Application, error) {
	// A byte order mark is not part of the JSON; positions count from after it, as an
	// editor shows them.
	data = bytes.TrimPrefix(data, utf8BOM)
	// Fast path: well-formed input with known fields and parseable values decodes strictly.
	if app, ok := decodeStrict(data); ok {
		c := v.newChecker(app)
		c.application(ctx, app)
		c.then(ctx, extra)
		return c.report(), app, nil
	}
	var app icp.Application
	d := &jsonWalker{data: data, dec: json.NewDecoder(bytes.NewReader(data)), bad: map[string]bool{}, pos: textPos{line: 1}}
	d.dec.UseNumber()
	tree, err := d.top(reflect.TypeFor[icp.Application]())
	if err != nil {
		return Report{}, nil, err
	}
	clean, err := json.Marshal(tree)
	if err == nil {
		err = json.Unmarshal(clean, &app)
	}
	if err != nil {
		// The walker accepted something the decoder does not; report it without a position.
		return Report{}, nil, &InputError{Line: 1, Column: 1, Detail: err.Error(), Err: ErrMalformedJSON}
	}
	c := v.newChecker(&app)
	c.decodeBad, c.decodeBadInside = d.bad, pathAncestors(d.bad)
	for _, p := range d.problems {
		c.add(p)
	}
	c.application(ctx, &app)
	c.then(ctx, extra)
	return c.report(), &app, nil
}

// utf8BOM is the UTF-8 encoding of U+FEFF.
var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// jsonWalker reads JSON tokens along a Go type, collecting problems and a cleaned tree that
// the standard decoder accepts.
type jsonWalker struct {
	data     []byte
	dec      *json.Decoder
	problems []Problem
	bad      map[string]bool
	pos      textPos // the last position computed
}

// top reads the whole input, which must be exactly one JSON object.
func (d *jsonWalker) top(t reflect.Type) (any, error) {
	start := d.tokenStart(d.dec.InputOffset())
	tok, err := d.dec.Token()
	if err != nil {
		return nil, d.syntaxError(err)
	}
	if delim, ok := tok.(json.Delim); !ok || delim != '{' {
		line, col := d.position(start)
		return nil, &InputError{Line: line, Column: col, Err: ErrNotObject}
	}
	tree, err := d.object(t, "")
	if err != nil {
		return nil, err
	}
	end := d.tokenStart(d.dec.InputOffset())
	if _, err := d.dec.Token(); err != io.EOF {
		line, col := d.position(end)
		return nil, &InputError{Line: line, Column: col, Detail: "data after the object", Err: ErrMalformedJSON}
	}
	return tree, nil
}

func (d *jsonWalker) syntaxError(err error) error {
	// After a syntax error the decoder's input offset points at the offending byte;
	// SyntaxError.Offset is not always absolute when the decoder reads token by token.
	off := int(d.dec.InputOffset())
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		off = len(d.data)
		err = errors.New("unexpected end of input")
	}
	line, col := d.position(off)
	return &InputError{Line: line, Column: col, Detail: err.Error(), Err: ErrMalformedJSON}
}

// tokenStart moves an offset past white space and separators to where the next token starts.
func (d *jsonWalker) tokenStart(off int64) int {
	i := int(off)
	for i < len(d.data) {
		switch d.data[i] {
		case ' ', '\t', '\r', '\n', ',', ':':
			i++
			continue
		}
		break
	}
	return i
}

// position converts a byte offset to a 1-based line and character column. The walker asks
// for offsets in increasing order, so it counts on from the previous answer: a one-line
// application with many bad values costs one pass over the line, not one per value.
func (d *jsonWalker) position(off int) (line, col int) {
	off = max(min(off, len(d.data)), 0)
	if off < d.pos.off {
		d.pos = textPos{line: 1}
	}
	between := d.data[d.pos.off:off]
	if nl := bytes.LastIndexByte(between, '\n'); nl >= 0 {
		d.pos.line += bytes.Count(between, []byte{'\n'})
		d.pos.runes = utf8.RuneCount(between[nl+1:])
	} else {
		d.pos.runes += utf8.RuneCount(between)
	}
	d.pos.off = off
	return d.pos.line, d.pos.runes + 1
}

// textPos is a byte offset with its line and the number of characters before it on that line.
type textPos struct{ off, line, runes int }

// object reads the members of an object whose '{' was consumed.
func (d *jsonWalker) object(t reflect.Type, path string) (map[string]any, error) {
	fields := jsonFields(t)
	out := make(map[string]any, len(fields))
	for d.dec.More() {
		keyStart := d.tokenStart(d.dec.InputOffset())
		tok, err := d.dec.Token()
		if err != nil {
			return nil, d.syntaxError(err)
		}
		key, _ := tok.(string)
		ft, known := fields[key]
		if !known {
			// encoding/json matches names without regard to case; so does the walker.
			for name, t := range fields {
				if strings.EqualFold(name, key) {
					key, ft, known = name, t, true
					break
				}
			}
		}
		if !known {
			sub := joinPath(path, shownKey(key))
			line, col := d.position(keyStart)
			d.problem(sub, ruleJSONUnknownField, same(strconv.Itoa(line)), same(strconv.Itoa(col)))
			if err := d.skip(); err != nil {
				return nil, err
			}
			continue
		}
		val, keep, err := d.value(ft, joinPath(path, key))
		if err != nil {
			return nil, err
		}
		if keep {
			out[key] = val
		}
	}
	if _, err := d.dec.Token(); err != nil { // '}'
		return nil, d.syntaxError(err)
	}
	return out, nil
}

// maxShownKey bounds the length, in characters, of an unknown field name a report shows.
const maxShownKey = 40

// shownKey returns an unknown field name as a report shows it, in its path and message. The
// name is text the filer typed, so anything that does not look like a field name — four or
// more digits in a row (a mobile, an identity number), '@' (an email address), a path
// separator, a control character, an overlong name — is masked: its first and last
// characters with asterisks between. The message still gives the line and column.
func shownKey(key string) string {
	n, digits := 0, 0
	name := key != ""
	for i, r := range key {
		n++
		switch {
		case unicode.IsDigit(r):
			digits++
			name = name && i > 0 && digits < 4
			continue
		case unicode.IsLetter(r), r == '_', i > 0 && r == '-':
		default:
			name = false
		}
		digits = 0
	}
	if name && n <= maxShownKey {
		return key
	}
	first, _ := utf8.DecodeRuneInString(key)
	last, _ := utf8.DecodeLastRuneInString(key)
	var b strings.Builder
	if n > 1 && unicode.IsGraphic(first) && first != '.' && first != '[' {
		b.WriteRune(first)
	}
	b.WriteString("***")
	if n > 2 && unicode.IsGraphic(last) && last != '.' && last != ']' {
		b.WriteRune(last)
	}
	return b.String()
}

func joinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// value reads one value destined for a field of type t at path. keep is false when the value
// is unusable and was reported.
func (d *jsonWalker) value(t reflect.Type, path string) (val any, keep bool, err error) {
	start := d.tokenStart(d.dec.InputOffset())
	tok, err := d.dec.Token()
	if err != nil {
		return nil, false, d.syntaxError(err)
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if tok == nil {
		return nil, true, nil
	}
	delim, isDelim := tok.(json.Delim)
	pt := reflect.PointerTo(t)
	if pt.Implements(textUnmarshalerType) {
		s, isString := tok.(string)
		if !isString {
			return nil, false, d.wrongType(path, start, delim, isDelim, typeWord{"字符串", "a string"})
		}
		if err := reflect.New(t).Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(s)); err != nil {
			d.badText(path, start, t, err)
			return nil, false, nil
		}
		return s, true, nil
	}
	switch t.Kind() {
	case reflect.Struct:
		if !isDelim || delim != '{' {
			return nil, false, d.wrongType(path, start, delim, isDelim, typeWord{"对象", "an object"})
		}
		m, err := d.object(t, path)
		return m, err == nil, err
	case reflect.Slice, reflect.Array:
		if !isDelim || delim != '[' {
			return nil, false, d.wrongType(path, start, delim, isDelim, typeWord{"数组", "an array"})
		}
		var out []any
		for i := 0; d.dec.More(); i++ {
			v, keep, err := d.value(t.Elem(), path+"["+strconv.Itoa(i)+"]")
			if err != nil {
				return nil, false, err
			}
			if !keep {
				v = nil // keep the index so later paths stay right
			}
			out = append(out, v)
		}
		if _, err := d.dec.Token(); err != nil { // ']'
			return nil, false, d.syntaxError(err)
		}
		if out == nil {
			out = []any{}
		}
		return out, true, nil
	case reflect.String:
		if _, ok := tok.(string); !ok {
			return nil, false, d.wrongType(path, start, delim, isDelim, typeWord{"字符串", "a string"})
		}
	case reflect.Bool:
		if _, ok := tok.(bool); !ok {
			return nil, false, d.wrongType(path, start, delim, isDelim, typeWord{"布尔值", "true or false"})
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, ok := tok.(json.Number)
		if _, err := strconv.ParseInt(string(n), 10, t.Bits()); !ok || err != nil {
			return nil, false, d.wrongType(path, start, delim, isDelim, typeWord{"整数", "an integer"})
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, ok := tok.(json.Number)
		if _, err := strconv.ParseUint(string(n), 10, t.Bits()); !ok || err != nil {
			return nil, false, d.wrongType(path, start, delim, isDelim, typeWord{"非负整数", "a non-negative integer"})
		}
	case reflect.Float32, reflect.Float64:
		if _, ok := tok.(json.Number); !ok {
			return nil, false, d.wrongType(path, start, delim, isDelim, typeWord{"数字", "a number"})
		}
	default:
		if isDelim {
			if err := d.skipRest(); err != nil {
				return nil, false, err
			}
			return nil, false, nil
		}
	}
	return tok, true, nil
}

// typeWord names a JSON type in both languages.
type typeWord arg

// wrongType reports a value of the wrong JSON type and skips it.
func (d *jsonWalker) wrongType(path string, start int, delim json.Delim, isDelim bool, want typeWord) error {
	if isDelim && (delim == '{' || delim == '[') {
		if err := d.skipRest(); err != nil {
			return err
		}
	}
	line, col := d.position(start)
	d.problem(path, ruleJSONType, same(strconv.Itoa(line)), same(strconv.Itoa(col)),
		arg{"应为" + want.zh, "want " + want.en})
	d.bad[path] = true
	return nil
}

// textTags maps the domain value types to the tag whose message describes them.
var textTags = map[reflect.Type]string{
	reflect.TypeFor[icp.Mobile]():             "cn_mobile",
	reflect.TypeFor[icp.Landline]():           "cn_landline",
	reflect.TypeFor[icp.Email]():              "cn_email",
	reflect.TypeFor[icp.Domain]():             "filing_domain",
	reflect.TypeFor[icp.ResidentID]():         "cn_resident_id",
	reflect.TypeFor[icp.CreditCode]():         "cn_credit_code",
	reflect.TypeFor[icp.OrgCode]():            "cn_org_code",
	reflect.TypeFor[icp.RegistrationNumber](): "cn_registration_number",
	reflect.TypeFor[number.Number]():          "icp_number",
	reflect.TypeFor[province.Code]():          "province",
	reflect.TypeFor[netip.Addr]():             "ip",
}

// badText reports text that does not parse as its field's type.
func (d *jsonWalker) badText(path string, start int, t reflect.Type, err error) {
	d.bad[path] = true
	line, col := d.position(start)
	at := message{zh: "（第" + strconv.Itoa(line) + "行第" + strconv.Itoa(col) + "列）",
		en: " (line " + strconv.Itoa(line) + ", column " + strconv.Itoa(col) + ")"}
	lbl := labelFor(path)
	tag, ok := textTags[t]
	var m message
	var notice string
	switch {
	case t == reflect.TypeFor[icp.Date]():
		tag = ruleJSONDate
		spec := specOf(tag)
		m = message{spec.zh, spec.en}
	case ok:
		if spec, isCustom := customMessage(tag); isCustom {
			m, notice = message{spec.zh, spec.en}, string(spec.notice)
		} else {
			m, _ = builtinMessage(tag, reflect.String)
		}
	case reflect.PointerTo(t).Implements(reflect.TypeFor[validity]()) || t.Implements(reflect.TypeFor[validity]()):
		tag = "enum_valid"
		spec, _ := customMessage(tag)
		m = message{spec.zh, spec.en}
	default:
		tag = ruleJSONValue
		spec := specOf(tag)
		m = message{spec.zh, spec.en}
	}
	if r, ok := reasonOf(err); ok {
		m = withReason(m, r)
		if r.notice != "" {
			notice = string(r.notice)
		}
	}
	d.problems = append(d.problems, Problem{
		Path: path, Rule: tag, Severity: SeverityError,
		MessageZH:     fill(m.zh, lbl.zh, "") + at.zh,
		MessageEN:     sentence(fill(m.en, lbl.en, "") + at.en),
		Rectification: notice,
	})
}

// problem records a decoding rule at path.
func (d *jsonWalker) problem(path, code string, args ...arg) {
	c := checker{v: &Validator{}}
	c.rule(path, code, args...)
	d.problems = append(d.problems, c.problems...)
}

// skip consumes one whole value.
func (d *jsonWalker) skip() error {
	tok, err := d.dec.Token()
	if err != nil {
		return d.syntaxError(err)
	}
	if delim, ok := tok.(json.Delim); ok && (delim == '{' || delim == '[') {
		return d.skipRest()
	}
	return nil
}

// maxSkipDepth bounds the nesting of a value the walker skips, as encoding/json bounds what
// it decodes: the token reader keeps a stack entry per open bracket, so without a bound a
// line of brackets would cost several times its own size in memory.
const maxSkipDepth = 10000

// skipRest consumes the rest of an object or array whose opening token was read.
func (d *jsonWalker) skipRest() error {
	for depth := 1; depth > 0; {
		tok, err := d.dec.Token()
		if err != nil {
			return d.syntaxError(err)
		}
		if delim, ok := tok.(json.Delim); ok {
			switch delim {
			case '{', '[':
				depth++
				if depth > maxSkipDepth {
					// The offset is just past the one-byte bracket.
					line, col := d.position(int(d.dec.InputOffset()) - 1)
					return &InputError{Line: line, Column: col, Detail: "nested too deeply", Err: ErrMalformedJSON}
				}
			default:
				depth--
			}
		}
	}
	return nil
}

var textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()

// jsonFields maps the JSON names of a struct's exported fields to their types.
func jsonFields(t reflect.Type) map[string]reflect.Type {
	out := make(map[string]reflect.Type, t.NumField())
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name := jsonName(f)
		if name == "-" {
			continue
		}
		out[name] = f.Type
	}
	return out
}

// decodeStrict decodes data with the standard decoder, refusing unknown fields and trailing
// data; ok is false whenever the lenient walker is needed to say what is wrong.
func decodeStrict(data []byte) (*icp.Application, bool) {
	var app icp.Application
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&app); err != nil {
		return nil, false
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, false
	}
	return &app, true
}
