// Command numbers finds ICP filing, ICP licence, telecom licence and
// public-security filing numbers in text and prints each with its parts and
// canonical form.
//
// Usage:
//
//	go run ./examples/numbers                                  # the embedded sample text
//	go run ./examples/numbers 京ICP备11041704号-1 "京 ICP 备 11018762 号"  # numbers or text as arguments
//	curl -s https://www.example.cn/ | go run ./examples/numbers  # a page on stdin
//	go run ./examples/numbers -json < page.html                # the matches as JSON
//
// With no arguments the text comes from standard input when it is a file or
// a pipe that delivers data; when standard input is a terminal, /dev/null,
// closed, empty, or silent for two seconds, the embedded sample is used.
// The exit status is 0 when at least one number was found, 1 when none
// was, and 2 on a usage or read error.
package main

import (
	_ "embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/beian-go/beian/number"
	"github.com/beian-go/beian/province"
)

// sampleText is a footer with every kind of number and common variants.
//
//go:embed sample.txt
var sampleText []byte

// stdinWait is how long a pipe on standard input may stay silent before the
// sample is used instead.
const stdinWait = 2 * time.Second

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// found is one number as printed with -json.
type found struct {
	Source            string         `json:"source"`
	Start             int            `json:"start"`
	End               int            `json:"end"`
	Number            number.Number  `json:"number"`
	Kind              number.Kind    `json:"kind"`
	Province          province.Code  `json:"province,omitempty"`
	Prefix            string         `json:"prefix,omitempty"`
	Serial            string         `json:"serial"`
	FirstApprovalYear int            `json:"firstApprovalYear,omitempty"`
	LicenceClass      string         `json:"licenceClass,omitempty"`
	Sequence          int            `json:"sequence,omitempty"`
	Service           number.Service `json:"service"`
	Subject           number.Number  `json:"subject"`
	AreaCode          int            `json:"areaCode,omitempty"`
	QueryURL          string         `json:"queryURL"`
	Fixes             number.Fixes   `json:"fixes,omitempty"`
}

func run(args []string, stdin *os.File, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("numbers", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the numbers found as a JSON array")
	if err := fs.Parse(args); err != nil {
		return 2
	}

	var texts []string
	if fs.NArg() > 0 {
		texts = fs.Args()
	} else {
		in, err := readStdin(stdin, stdinWait)
		if err != nil {
			fmt.Fprintln(stderr, "numbers:", err)
			return 2
		}
		if len(in) == 0 {
			in = sampleText
		}
		texts = []string{string(in)}
	}

	var all []found
	for _, t := range texts {
		matches := number.FindAll([]byte(t))
		if len(matches) == 0 && fs.NArg() > 0 {
			// Say why an argument is not a number.
			if _, _, err := number.ParseLenient(t); err != nil {
				fmt.Fprintln(stderr, "numbers:", err)
			}
		}
		for _, m := range matches {
			all = append(all, describe(t, m))
		}
	}

	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if all == nil {
			all = []found{}
		}
		if err := enc.Encode(all); err != nil {
			fmt.Fprintln(stderr, "numbers:", err)
			return 2
		}
	} else {
		for _, f := range all {
			printText(stdout, f)
		}
	}
	if len(all) == 0 {
		fmt.Fprintln(stderr, "numbers: no number found")
		return 1
	}
	return 0
}

func describe(text string, m number.Match) found {
	n := m.Number
	f := found{
		Source: text[m.Start:m.End], Start: m.Start, End: m.End,
		Number: n, Kind: n.Kind(), Province: n.Province(), Serial: n.Serial(),
		FirstApprovalYear: n.FirstApprovalYear(), LicenceClass: n.LicenceClass(),
		Sequence: n.Sequence(), Service: n.Service(), Subject: n.Subject(),
		AreaCode: n.AreaCode(), QueryURL: n.QueryURL(), Fixes: m.Fixes,
	}
	if r := n.Prefix(); r != 0 {
		f.Prefix = string(r)
	}
	return f
}

func printText(w io.Writer, f found) {
	fmt.Fprintf(w, "%s\n", f.Number)
	fmt.Fprintf(w, "  found     %q at bytes %d–%d", f.Source, f.Start, f.End)
	if f.Fixes != 0 {
		fmt.Fprintf(w, " (fixed: %s)", f.Fixes)
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "  kind      %s (%s)\n", f.Kind, f.Kind.Label())
	switch {
	case f.Province != 0:
		fmt.Fprintf(w, "  province  %s %s\n", f.Province, f.Province.Label())
	case f.Number.IsCrossRegional():
		fmt.Fprintln(w, "  province  none: cross-regional licence issued by MIIT")
	}
	if f.Kind == number.KindPublicSecurity {
		fmt.Fprintf(w, "  area code %d", f.AreaCode)
		if pp := f.Number.PrefixProvince(); pp != f.Province {
			fmt.Fprintf(w, " (prefix %s names %s)", f.Prefix, pp)
		}
		fmt.Fprintln(w)
	}
	if f.LicenceClass != "" {
		fmt.Fprintf(w, "  class     %s\n", f.LicenceClass)
	}
	fmt.Fprintf(w, "  serial    %s", f.Serial)
	if f.FirstApprovalYear != 0 {
		fmt.Fprintf(w, " (year %d)", f.FirstApprovalYear)
	}
	fmt.Fprintln(w)
	if f.Sequence != 0 {
		fmt.Fprintf(w, "  service   %s %s #%d, subject %s\n", f.Service, f.Service.Label(), f.Sequence, f.Subject)
	}
	fmt.Fprintf(w, "  check at  %s\n\n", f.QueryURL)
}

// readStdin returns what standard input holds when it is a regular file or
// a pipe (or socket) that delivers data within wait; for a terminal, a
// device such as /dev/null, a closed descriptor or a silent pipe it returns
// nothing, and the caller uses the sample instead of blocking.
func readStdin(stdin *os.File, wait time.Duration) ([]byte, error) {
	if stdin == nil {
		return nil, nil
	}
	fi, err := stdin.Stat()
	if err != nil {
		return nil, nil // closed or not attached
	}
	mode := fi.Mode()
	switch {
	case mode.IsRegular():
		return io.ReadAll(stdin)
	case mode&(os.ModeNamedPipe|os.ModeSocket) == 0:
		return nil, nil // terminal or other device
	}
	type chunk struct {
		b   []byte
		err error
	}
	first := make(chan chunk, 1)
	go func() {
		buf := make([]byte, 64<<10)
		n, err := stdin.Read(buf)
		first <- chunk{buf[:n], err}
	}()
	select {
	case c := <-first:
		if c.err != nil {
			if errors.Is(c.err, io.EOF) {
				return c.b, nil
			}
			return nil, c.err
		}
		rest, err := io.ReadAll(stdin)
		return append(c.b, rest...), err
	case <-time.After(wait):
		return nil, nil
	}
}
