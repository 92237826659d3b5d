package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// TestRun checks the text table, the JSON output and a lookup failure.
func TestRun(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(nil, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if lines := strings.Count(out.String(), "\n"); lines != 32 {
		t.Errorf("text table has %d lines, want header + 31", lines)
	}
	if !strings.Contains(out.String(), "四川省") || !strings.Contains(out.String(), "蜀") {
		t.Error("table lacks Sichuan")
	}
	out.Reset()
	if code := run([]string{"-json", "粤", "川"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var rows []row
	if err := json.Unmarshal(out.Bytes(), &rows); err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || rows[0].Code != 44 || rows[1].ICPChar != "蜀" || rows[1].Administration != "四川省通信管理局" {
		t.Errorf("rows = %+v", rows)
	}
	errOut.Reset()
	if code := run([]string{"香港"}, &out, &errOut); code != 1 || !strings.Contains(errOut.String(), "Hong Kong") {
		t.Errorf("Hong Kong: exit %d, stderr %q", code, errOut.String())
	}
}
