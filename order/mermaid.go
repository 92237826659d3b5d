package order

import (
	"strings"
)

// Mermaid draws the transition table as a Mermaid state diagram (stateDiagram-v2) with
// Chinese labels: one node per status, one arrow per row of the table, labelled with the
// event and, when the row does not hold for every filing type that can reach its From
// status, the types it is limited to (仅…) or that it leaves out (…除外). [*] marks the start ([Draft]) and the terminal
// statuses. The output is deterministic and ends with a newline.
func Mermaid() string {
	var b strings.Builder
	b.WriteString("stateDiagram-v2\n")
	for s := range Statuses() {
		b.WriteString("    state \"")
		b.WriteString(s.Label())
		b.WriteString("\" as ")
		b.WriteString(mermaidID(s))
		b.WriteByte('\n')
	}
	b.WriteString("    [*] --> ")
	b.WriteString(mermaidID(Draft))
	b.WriteByte('\n')
	for r := range Transitions() {
		b.WriteString("    ")
		b.WriteString(mermaidID(r.From))
		b.WriteString(" --> ")
		b.WriteString(mermaidID(r.To))
		b.WriteString(": ")
		b.WriteString(r.Event.Label())
		b.WriteString(guardLabel(r.Types, reachers(r.From)))
		b.WriteByte('\n')
	}
	for s := range Statuses() {
		if s.IsTerminal() {
			b.WriteString("    ")
			b.WriteString(mermaidID(s))
			b.WriteString(" --> [*]\n")
		}
	}
	return b.String()
}

// mermaidID turns a status name into a Mermaid identifier ("provider-review" →
// "provider_review").
func mermaidID(s Status) string { return strings.ReplaceAll(s.String(), "-", "_") }

// guardLabel describes a guard in Chinese, relative to the types that can be in the row's
// From status: nothing when it covers them all, "（仅A、B）" when the set is the smaller side,
// "（A、B除外）" otherwise.
func guardLabel(set, within TypeSet) string {
	set &= within
	if set == within {
		return ""
	}
	rest := within &^ set
	if set.Len() <= rest.Len() {
		return "（仅" + joinLabels(set) + "）"
	}
	return "（" + joinLabels(rest) + "除外）"
}

func joinLabels(set TypeSet) string {
	var b strings.Builder
	for t := range set.All() {
		if b.Len() > 0 {
			b.WriteString("、")
		}
		b.WriteString(t.Label())
	}
	return b.String()
}

// reachers returns the filing types for which status s is reachable from [Draft].
func reachers(s Status) TypeSet {
	var set TypeSet
	for t := range Types() {
		seen := uint32(1) << Draft
		for grew := true; grew; {
			grew = false
			for _, r := range table {
				if seen&(1<<r.From) != 0 && seen&(1<<r.To) == 0 && r.Types.Has(t) {
					seen |= 1 << r.To
					grew = true
				}
			}
		}
		if seen&(1<<s) != 0 {
			set |= 1 << t
		}
	}
	return set
}
