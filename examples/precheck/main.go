// Command precheck checks an ICP filing application (JSON) the way a provider's first review
// would and prints every problem at once: where it is, which rule, how serious, and what to
// do, in Chinese or English.
//
// Usage:
//
//	go run ./examples/precheck                      # demonstration on the embedded sample
//	go run ./examples/precheck app.json             # check a file
//	go run ./examples/precheck < app.json           # check standard input
//	go run ./examples/precheck -json app.json       # the report as JSON
//	go run ./examples/precheck -at 2026-01-31 -lang en app.json
//	go run ./examples/precheck -type new-website -changes app.json  # as a 新增网站 order that also changes data
//	go run ./examples/precheck -bulk < apps.ndjson  # one application per line, one report line each
//	go run ./examples/precheck apps.jsonl           # .ndjson and .jsonl files are read in bulk mode
//
// With no file and nothing on standard input (a terminal, /dev/null or empty input) it
// checks an embedded sample application that contains typical mistakes, prints the report
// and exits 0: that run is a demonstration. For real input the exit code is 0 when the
// application has no errors (warnings allowed), 1 when it has errors, and 2 when the input
// is unusable (not JSON, not an object, unreadable). In bulk mode it is 2 if any line was
// unusable, else 1 if any application has errors, else 0.
//
// The reference date (-at) defaults to today in China (UTC+8); it is decided here, in main,
// because the library never reads the clock.
package main

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/beian-go/beian/icp"
	"github.com/beian-go/beian/internal/texttable"
	"github.com/beian-go/beian/order"
	"github.com/beian-go/beian/validate"
)

//go:embed sample-mistakes.json
var sampleMistakes []byte

// Exit codes.
const (
	exitClean    = 0
	exitProblems = 1
	exitUnusable = 2
)

var chinaTime = time.FixedZone("CST", 8*60*60)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, time.Now()))
}

// options are the parsed command line.
type options struct {
	typ     order.Type
	facts   validate.OrderFacts
	asJSON  bool
	bulk    bool
	workers int
	lang    validate.Language
	at      time.Time
	file    string
}

func parseArgs(args []string, stderr io.Writer, now time.Time) (options, bool) {
	fs := flag.NewFlagSet("precheck", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the report as JSON")
	bulk := fs.Bool("bulk", false, "newline-delimited JSON: one application per line, one report line out per application")
	workers := fs.Int("workers", 0, "bulk mode: number of workers (default: all cores)")
	at := fs.String("at", "", "reference date YYYY-MM-DD (default: today in China)")
	lang := fs.String("lang", "zh", "message language: zh or en")
	typ := fs.String("type", "", "check as an order of this filing type (first-filing, new-website, new-access, new-app, change-subject, …)")
	changes := fs.Bool("changes", false, "with -type: the order also changes approved data")
	shell := fs.Bool("shell", false, "with -type: the subject is a shell subject (all its services cancelled)")
	if err := fs.Parse(args); err != nil {
		return options{}, false
	}
	o := options{asJSON: *asJSON, bulk: *bulk, workers: *workers,
		facts: validate.OrderFacts{ChangesApprovedData: *changes, ShellSubject: *shell}}
	if *typ != "" {
		t, err := order.ParseType(*typ)
		if err != nil {
			fmt.Fprintf(stderr, "precheck: -type %q: unknown filing type\n", *typ)
			return options{}, false
		}
		o.typ = t
	}
	l, err := validate.ParseLanguage(*lang)
	if err != nil {
		fmt.Fprintf(stderr, "precheck: -lang %q: want zh or en\n", *lang)
		return options{}, false
	}
	o.lang = l
	if *at == "" {
		y, m, d := now.In(chinaTime).Date()
		o.at = time.Date(y, m, d, 12, 0, 0, 0, chinaTime)
	} else {
		t, err := time.ParseInLocation("2006-01-02", *at, chinaTime)
		if err != nil {
			fmt.Fprintf(stderr, "precheck: -at %q: want a date such as 2026-01-31\n", *at)
			return options{}, false
		}
		o.at = t.Add(12 * time.Hour)
	}
	switch fs.NArg() {
	case 0:
	case 1:
		o.file = fs.Arg(0)
	default:
		fmt.Fprintln(stderr, "precheck: give at most one file")
		return options{}, false
	}
	return o, true
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer, now time.Time) int {
	o, ok := parseArgs(args, stderr, now)
	if !ok {
		return exitUnusable
	}
	v := validate.New(validate.At(o.at), validate.WithLanguage(o.lang))

	in, demo, err := openInput(o.file, stdin)
	if err != nil {
		fmt.Fprintln(stderr, "precheck:", err)
		return exitUnusable
	}
	if c, ok := in.(io.Closer); ok && in != stdin {
		defer c.Close()
	}
	if (o.bulk || isNDJSONName(o.file)) && !demo {
		return runBulk(in, stdout, stderr, v, o)
	}
	var data []byte
	if demo {
		data = sampleMistakes
	} else if data, err = io.ReadAll(in); err != nil {
		fmt.Fprintln(stderr, "precheck:", err)
		return exitUnusable
	}
	if !demo && len(bytes.TrimSpace(data)) == 0 {
		if o.file != "" {
			// A file that was named but holds nothing is unusable input, not a request
			// for the demonstration.
			fmt.Fprintf(stderr, "precheck: %s: empty input\n", o.file)
			return exitUnusable
		}
		demo, data = true, sampleMistakes
	}
	report, _, err := checkData(v, o, data)
	if err != nil {
		fmt.Fprintln(stderr, "precheck:", err)
		return exitUnusable
	}
	if err := printReport(stdout, report, o); err != nil {
		fmt.Fprintln(stderr, "precheck:", err)
		return exitUnusable
	}
	if demo {
		// The note goes where it cannot spoil machine-readable output.
		if o.asJSON {
			fmt.Fprintln(stderr, demoNote(o.lang))
		} else {
			fmt.Fprintln(stdout, "\n"+demoNote(o.lang))
		}
		return exitClean
	}
	if report.HasErrors() {
		return exitProblems
	}
	return exitClean
}

// isNDJSONName reports whether a file name says it holds newline-delimited JSON.
func isNDJSONName(name string) bool {
	return strings.HasSuffix(name, ".ndjson") || strings.HasSuffix(name, ".jsonl")
}

// checkData checks one application, as part of an order when -type was given.
func checkData(v *validate.Validator, o options, data []byte) (validate.Report, *icp.Application, error) {
	if o.typ.IsValid() {
		return v.CheckOrderJSON(context.Background(), data, o.typ, o.facts)
	}
	return v.CheckJSON(context.Background(), data)
}

func demoNote(l validate.Language) string {
	if l == validate.English {
		return "This was a demonstration on the embedded sample application (exit code 0). Give a file or standard input to check real data."
	}
	return "以上是内置示例申请的演示运行（退出码0）。请提供文件或标准输入以检查真实数据。"
}

// openInput chooses the input: the named file ("-" is standard input), or standard input
// when it carries data. demo is true when there is nothing to read: no file and standard
// input is a terminal or a character device such as /dev/null.
func openInput(file string, stdin io.Reader) (in io.Reader, demo bool, err error) {
	if file != "" && file != "-" {
		f, err := os.Open(file)
		if err != nil {
			return nil, false, err
		}
		return f, false, nil
	}
	if f, ok := stdin.(*os.File); ok && file == "" {
		st, err := f.Stat()
		if err != nil || st.Mode()&os.ModeCharDevice != 0 {
			return nil, true, nil
		}
	}
	if stdin == nil {
		return nil, true, nil
	}
	return stdin, false, nil
}

// printReport writes the report as aligned text or as JSON.
func printReport(w io.Writer, r validate.Report, o options) error {
	if o.asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(r)
	}
	var tb texttable.Table
	if o.lang == validate.English {
		tb.Row("SEVERITY", "PATH", "RULE", "MESSAGE", "RECTIFICATION")
	} else {
		tb.Row("级别", "位置", "规则", "问题", "整改条目")
	}
	for _, p := range r.Problems {
		sev := p.Severity.String()
		if o.lang == validate.Chinese {
			sev = p.Severity.Label()
		}
		path := p.Path
		if path == "" {
			path = "-"
		}
		tb.Row(sev, path, p.Rule, p.Message, p.Rectification)
	}
	if _, err := tb.WriteTo(w); err != nil {
		return err
	}
	if _, err := fmt.Fprintln(w, summary(r, o.lang)); err != nil {
		return err
	}
	return printAdvice(w, r, o.lang)
}

// printAdvice lists, once per rectification entry named in the report, what to do.
func printAdvice(w io.Writer, r validate.Report, l validate.Language) error {
	lang := l.String()
	seen := map[string]bool{}
	var tb texttable.Table
	for _, p := range r.Problems {
		if p.Rectification == "" || seen[p.Rectification] {
			continue
		}
		seen[p.Rectification] = true
		n, ok := icp.LookupNotice(icp.NoticeCode(p.Rectification))
		if !ok {
			continue
		}
		tb.Row(p.Rectification, n.Title.In(lang), n.Advice.In(lang))
	}
	if len(seen) == 0 {
		return nil
	}
	heading := "\n整改建议："
	if l == validate.English {
		heading = "\nWhat to do:"
	}
	if _, err := fmt.Fprintln(w, heading); err != nil {
		return err
	}
	_, err := tb.WriteTo(w)
	return err
}

func summary(r validate.Report, l validate.Language) string {
	if l == validate.English {
		if r.OK() {
			return "No problems found."
		}
		return fmt.Sprintf("%s, %s.", plural(r.Errors(), "error"), plural(r.Warnings(), "warning"))
	}
	if r.OK() {
		return "未发现问题。"
	}
	return fmt.Sprintf("共%d个错误，%d个警告。", r.Errors(), r.Warnings())
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
