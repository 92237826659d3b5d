// Command gentables regenerates province/tables.go from provinces.tsv and rules.tsv.
//
// Run it through go generate in the province directory; it reads and writes files relative to
// the current directory.
package main

import (
	"fmt"
	"os"

	"github.com/beian-go/beian/province/internal/gen"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "gentables:", err)
		os.Exit(1)
	}
}

func run() error {
	provinces, err := os.ReadFile("provinces.tsv")
	if err != nil {
		return err
	}
	rules, err := os.ReadFile("rules.tsv")
	if err != nil {
		return err
	}
	src, err := gen.Render(provinces, rules)
	if err != nil {
		return err
	}
	return os.WriteFile("tables.go", src, 0o644)
}
