// Command provinces prints the table of the 31 mainland filing provinces: code, names, ICP
// character, public-security characters, region and communications administration.
//
// Usage:
//
//	go run ./examples/provinces          # aligned text
//	go run ./examples/provinces -json    # one JSON array
//	go run ./examples/provinces 粤 川 Xinjiang   # only the provinces named (any form Lookup accepts)
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/beian-go/beian/internal/texttable"
	"github.com/beian-go/beian/province"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// row is the JSON shape of one province.
type row struct {
	Code           province.Code   `json:"code"`
	AreaCode       int             `json:"areaCode"`
	FullName       string          `json:"fullName"`
	ShortName      string          `json:"shortName"`
	ICPChar        string          `json:"icpChar"`
	PublicSecurity string          `json:"publicSecurityChars"`
	Region         province.Region `json:"region"`
	RegionLabel    string          `json:"regionLabel"`
	Administration string          `json:"administration"`
	ServerBit      uint64          `json:"serverLocationBit"`
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("provinces", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print JSON instead of a text table")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	var codes []province.Code
	if fs.NArg() == 0 {
		for c := range province.All() {
			codes = append(codes, c)
		}
	}
	for _, name := range fs.Args() {
		c, err := province.Lookup(name)
		if err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
		codes = append(codes, c)
	}
	rows := make([]row, len(codes))
	for i, c := range codes {
		rows[i] = row{Code: c, AreaCode: c.AreaCode(), FullName: c.FullName(), ShortName: c.ShortName(),
			ICPChar: string(c.ICPChar()), PublicSecurity: c.PublicSecurityChars(), Region: c.Region(),
			RegionLabel: c.Region().Label(), Administration: c.Administration(), ServerBit: c.ServerLocationBit()}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rows); err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
		return 0
	}
	var tb texttable.Table
	tb.Row("CODE", "AREA", "NAME", "SHORT", "ICP", "公安", "REGION", "ADMINISTRATION", "ENGLISH")
	for _, r := range rows {
		tb.Row(strconv.Itoa(int(r.Code)), strconv.Itoa(r.AreaCode), r.FullName, r.ShortName,
			r.ICPChar, r.PublicSecurity, r.RegionLabel, r.Administration, r.Code.String())
	}
	if _, err := tb.WriteTo(stdout); err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	return 0
}
