package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/beian-go/beian/validate"
)

// maxLine bounds the size of one application in bulk mode; a longer line is reported as
// unusable and skipped.
const maxLine = 8 << 20

// bulkLine is the JSON shape of one bulk report line.
type bulkLine struct {
	Line     int                `json:"line"`
	Error    string             `json:"error,omitempty"`
	Errors   int                `json:"errors"`
	Warnings int                `json:"warnings"`
	Problems []validate.Problem `json:"problems,omitempty"`
}

// job is one input line with a channel for its result, so results are written in input
// order while workers finish in any order.
type job struct {
	line    int
	data    []byte
	tooLong bool // the line was longer than maxLine and skipped; data is nil
	out     chan bulkLine
}

// runBulk checks newline-delimited applications with a pool of workers. At most a few jobs
// per worker are in flight, so memory stays bounded whatever the input size. Results are
// written in input order, one JSON line each; a summary goes to stderr, and progress too
// when stderr is a terminal.
func runBulk(in io.Reader, stdout, stderr io.Writer, v *validate.Validator, o options) int {
	workers := o.workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	start := time.Now()
	jobs := make(chan job, 2*workers)
	pending := make(chan job, 2*workers)

	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				j.out <- checkLine(v, o, j)
			}
		})
	}

	readErr := make(chan error, 1)
	go func() {
		defer close(pending)
		defer close(jobs)
		lr := lineReader{r: bufio.NewReaderSize(in, 64<<10), max: maxLine}
		for n := 1; ; n++ {
			b, tooLong, err := lr.next()
			if err != nil {
				if err != io.EOF {
					readErr <- err
				}
				break
			}
			if !tooLong && len(trimSpace(b)) == 0 {
				continue
			}
			j := job{line: n, data: b, tooLong: tooLong, out: make(chan bulkLine, 1)}
			pending <- j
			jobs <- j
		}
		close(readErr)
	}()

	progress := isTerminal(stderr)
	w := bufio.NewWriter(stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	var total, clean, withErrors, unusable int
	for j := range pending {
		res := <-j.out
		total++
		switch {
		case res.Error != "":
			unusable++
		case res.Errors > 0:
			withErrors++
		default:
			clean++
		}
		if err := enc.Encode(res); err != nil {
			fmt.Fprintln(stderr, "precheck:", err)
			return exitUnusable
		}
		if progress && total%1000 == 0 {
			fmt.Fprintf(stderr, "\rchecked %d", total)
		}
	}
	wg.Wait()
	if err := w.Flush(); err != nil {
		fmt.Fprintln(stderr, "precheck:", err)
		return exitUnusable
	}
	if progress {
		fmt.Fprint(stderr, "\r")
	}
	elapsed := time.Since(start)
	fmt.Fprintf(stderr, "checked %d applications: %d without errors, %d with errors, %d unusable (%.0f/s)\n",
		total, clean, withErrors, unusable, float64(total)/max(elapsed.Seconds(), 1e-9))
	if err := <-readErr; err != nil {
		fmt.Fprintln(stderr, "precheck: reading input:", err)
		return exitUnusable
	}
	switch {
	case unusable > 0:
		return exitUnusable
	case withErrors > 0:
		return exitProblems
	}
	return exitClean
}

func checkLine(v *validate.Validator, o options, j job) bulkLine {
	if j.tooLong {
		return bulkLine{Line: j.line, Error: fmt.Sprintf("line %d: longer than %d MiB, not checked", j.line, maxLine>>20)}
	}
	r, _, err := checkData(v, o, j.data)
	var ie *validate.InputError
	if errors.As(err, &ie) {
		// Positions count within the input line; name the line of the whole input instead.
		ie.Line = j.line
		return bulkLine{Line: j.line, Error: ie.Error()}
	}
	if err != nil {
		return bulkLine{Line: j.line, Error: err.Error()}
	}
	for i := range r.Problems {
		atInputLine(&r.Problems[i], j.line)
	}
	return bulkLine{Line: j.line, Errors: r.Errors(), Warnings: r.Warnings(), Problems: r.Problems}
}

// atInputLine makes the positions in p's messages name line n of the whole input. The
// decoder counts lines within the application, and a bulk application is one line, so every
// position it gives is on its line 1. Messages quote no input text, only our own words, so
// the replacement cannot touch anything else.
func atInputLine(p *validate.Problem, n int) {
	if n == 1 || !strings.Contains(p.MessageEN, " (line 1, column ") {
		return
	}
	line := strconv.Itoa(n)
	fix := strings.NewReplacer("（第1行第", "（第"+line+"行第", " (line 1, column ", " (line "+line+", column ")
	p.Message, p.MessageZH, p.MessageEN = fix.Replace(p.Message), fix.Replace(p.MessageZH), fix.Replace(p.MessageEN)
}

// lineReader reads newline-delimited input one line at a time. A line longer than max bytes
// is read to its end and dropped, so one oversized line costs at most max bytes of memory and
// does not stop the lines after it from being checked.
type lineReader struct {
	r   *bufio.Reader
	max int
}

// next returns the next line without its line ending ("\n" or "\r\n"); tooLong is true, with
// a nil line, for a line over the limit. A last line without a newline is returned like any
// other; after it, next returns io.EOF.
func (l *lineReader) next() (line []byte, tooLong bool, err error) {
	var buf []byte
	read := false
	for {
		chunk, err := l.r.ReadSlice('\n')
		read = read || len(chunk) > 0
		if !tooLong {
			if len(buf)+len(chunk) > l.max+2 { // room for "\r\n"
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && !read:
			return nil, false, io.EOF
		case err != nil && err != io.EOF:
			return nil, false, err
		}
		if tooLong {
			return nil, true, nil
		}
		buf = bytes.TrimSuffix(buf, []byte{'\n'})
		buf = bytes.TrimSuffix(buf, []byte{'\r'})
		if len(buf) > l.max {
			return nil, true, nil
		}
		return buf, false, nil
	}
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
}

// isTerminal reports whether w is a character device such as a terminal (golang.org/x/term
// is not a dependency of this module).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
