package icp_test

import (
	"bytes"
	"encoding/json"
	"net/netip"
	"os"
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/beian-go/beian/icp"
)

// modelCmpOptions compare our values: identifier types by ==, addresses by
// ==, decimals by value.
var modelCmpOptions = cmp.Options{
	cmp.Exporter(func(t reflect.Type) bool { return t.PkgPath() == reflect.TypeFor[icp.Date]().PkgPath() }),
	cmp.Comparer(func(a, b netip.Addr) bool { return a == b }),
	cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) }),
}

// loadApplication decodes a file under testdata strictly: unknown fields
// and trailing data are errors.
func loadApplication(t testing.TB, name string) icp.Application {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	app, err := decodeApplication(data)
	if err != nil {
		t.Fatalf("decode %s: %v", name, err)
	}
	return app
}

func decodeApplication(data []byte) (icp.Application, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var app icp.Application
	if err := dec.Decode(&app); err != nil {
		return icp.Application{}, err
	}
	if dec.More() {
		return icp.Application{}, &json.SyntaxError{Offset: dec.InputOffset()}
	}
	return app, nil
}
