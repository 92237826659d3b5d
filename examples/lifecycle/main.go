// Command lifecycle walks filing orders through the canonical machine of package order and
// prints every step with its Chinese and English labels: the event, the status before and
// after, what Huawei's console would show, and whether the applicant may edit the order.
// Refused moves are printed with the reason and leave the order unchanged. Finally it prints
// the whole machine as a Mermaid state diagram.
//
// Usage:
//
//	go run ./examples/lifecycle                  # the embedded scenario (scenario.txt)
//	go run ./examples/lifecycle my-scenario.txt  # a scenario file in the same format ("-" reads stdin)
//	go run ./examples/lifecycle -diagram=false   # without the diagram
//
// The exit status is 0 when the scenario ran (refused moves included) and 2 when it cannot be
// read.
package main

import (
	"bytes"
	_ "embed"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/beian-go/beian/order"
)

// sampleScenario is run when no file is given.
//
//go:embed scenario.txt
var sampleScenario []byte

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("lifecycle", flag.ContinueOnError)
	fs.SetOutput(stderr)
	diagram := fs.Bool("diagram", true, "print the machine as a Mermaid diagram after the scenario")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	var src io.Reader = bytes.NewReader(sampleScenario)
	switch fs.NArg() {
	case 0:
	case 1:
		if name := fs.Arg(0); name == "-" {
			src = stdin
		} else {
			f, err := os.Open(name)
			if err != nil {
				fmt.Fprintln(stderr, "lifecycle:", err)
				return 2
			}
			defer f.Close()
			src = f
		}
	default:
		fmt.Fprintln(stderr, "lifecycle: at most one scenario file")
		return 2
	}
	sc, err := parseScenario(src)
	if err != nil {
		fmt.Fprintln(stderr, "lifecycle:", err)
		return 2
	}
	for i, p := range sc {
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		if err := walk(stdout, p); err != nil {
			fmt.Fprintln(stderr, "lifecycle:", err)
			return 2
		}
	}
	if *diagram {
		fmt.Fprintln(stdout)
		fmt.Fprintln(stdout, "```mermaid")
		fmt.Fprint(stdout, order.Mermaid())
		fmt.Fprintln(stdout, "```")
	}
	return 0
}

// walk creates the order of p and applies its steps, printing each.
func walk(w io.Writer, p plan) error {
	o, err := order.New(p.id, p.typ, p.created)
	if err != nil {
		return err
	}
	req := p.typ.Requires()
	fmt.Fprintf(w, "%s  %s %s, created %s\n", p.id, p.typ.Label(), p.typ, p.created.Format("2006-01-02 15:04"))
	fmt.Fprintf(w, "  SMS verification: %s (%s)\n", req.SMS.Label(), req.SMS)
	fmt.Fprintf(w, "  %-16s  %s %s  %s\n", "start", o.Status().Label(), o.Status(), details(o))
	for _, s := range p.steps {
		ev := s.event
		if ev == 0 {
			due, ok := o.TimerDue(s.at)
			if !ok {
				fmt.Fprintf(w, "  %s  timer: nothing due\n", s.at.Format("2006-01-02 15:04"))
				continue
			}
			ev = due
		}
		from := o.Status()
		err := o.Apply(ev, s.at, order.By(s.actor), order.Note(s.note))
		prefix := fmt.Sprintf("  %s  %s %s (%s)", s.at.Format("2006-01-02 15:04"), ev.Label(), ev, s.actor)
		if err != nil {
			fmt.Fprintf(w, "%s\n      refused: %v\n      still %s %s\n", prefix, err, from.Label(), from)
			continue
		}
		fmt.Fprintf(w, "%s\n      %s %s → %s %s  %s\n", prefix,
			from.Label(), from, o.Status().Label(), o.Status(), details(o))
		if s.note != "" {
			fmt.Fprintf(w, "      note: %s\n", s.note)
		}
	}
	fmt.Fprintf(w, "  end: %s %s after %d transitions\n", o.Status().Label(), o.Status(), len(o.History()))
	return nil
}

// details shows what Huawei's console would say about the order and whether the applicant
// may edit it.
func details(o *order.Order) string {
	huawei := o.HuaweiLabel()
	if huawei == "" {
		huawei = "—"
	}
	ed := o.Editable()
	return fmt.Sprintf("[华为云: %s; %s %s]", huawei, ed.Label(), ed)
}
