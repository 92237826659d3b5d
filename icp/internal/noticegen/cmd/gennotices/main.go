// Command gennotices rewrites rectification_codes.go and
// rectification_table.go from notices.tsv in the current directory (the
// icp package directory when run by go generate).
package main

import (
	"fmt"
	"os"

	"github.com/beian-go/beian/icp/internal/noticegen"
)

func main() {
	data, err := os.ReadFile("notices.tsv")
	if err == nil {
		var codes, table []byte
		codes, table, err = noticegen.Generate(data)
		if err == nil {
			err = os.WriteFile("rectification_codes.go", codes, 0o644)
		}
		if err == nil {
			err = os.WriteFile("rectification_table.go", table, 0o644)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gennotices:", err)
		os.Exit(1)
	}
}
