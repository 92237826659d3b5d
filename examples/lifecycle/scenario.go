package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/beian-go/beian/order"
)

// scenario is a list of orders, each with the steps to apply to it.
type scenario []plan

// plan is one order of a scenario.
type plan struct {
	id      string
	typ     order.Type
	created time.Time
	steps   []step
}

// step is one line of a plan: an event (or a timer tick) at a time, by an actor.
type step struct {
	line  int
	at    time.Time
	event order.Event // zero for a tick
	actor string
	note  string
}

// lineError reports a malformed scenario line.
type lineError struct {
	line int
	msg  string
}

func (e *lineError) Error() string { return fmt.Sprintf("line %d: %s", e.line, e.msg) }

// parseScenario reads the text format described in scenario.txt.
func parseScenario(r io.Reader) (scenario, error) {
	var sc scenario
	in := bufio.NewScanner(r)
	for n := 1; in.Scan(); n++ {
		line := strings.TrimSpace(in.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Fields(line)
		if fields[0] == "order" {
			p, err := parseOrderLine(n, fields)
			if err != nil {
				return nil, err
			}
			sc = append(sc, p)
			continue
		}
		if len(sc) == 0 {
			return nil, &lineError{n, "event before the first order line"}
		}
		s, err := parseStepLine(n, fields)
		if err != nil {
			return nil, err
		}
		last := &sc[len(sc)-1]
		last.steps = append(last.steps, s)
	}
	if err := in.Err(); err != nil {
		return nil, err
	}
	if len(sc) == 0 {
		return nil, &lineError{0, "no order in the scenario"}
	}
	return sc, nil
}

func parseOrderLine(n int, f []string) (plan, error) {
	if len(f) != 4 {
		return plan{}, &lineError{n, "want: order ID TYPE CREATED"}
	}
	typ, err := order.ParseType(f[2])
	if err != nil {
		return plan{}, &lineError{n, err.Error()}
	}
	created, err := time.Parse(time.RFC3339, f[3])
	if err != nil {
		return plan{}, &lineError{n, err.Error()}
	}
	return plan{id: f[1], typ: typ, created: created}, nil
}

func parseStepLine(n int, f []string) (step, error) {
	if len(f) < 3 {
		return step{}, &lineError{n, "want: TIME EVENT ACTOR [NOTE]"}
	}
	at, err := time.Parse(time.RFC3339, f[0])
	if err != nil {
		return step{}, &lineError{n, err.Error()}
	}
	s := step{line: n, at: at, actor: f[2], note: strings.Join(f[3:], " ")}
	if f[1] != "tick" {
		if s.event, err = order.ParseEvent(f[1]); err != nil {
			return step{}, &lineError{n, err.Error()}
		}
	}
	return s, nil
}
