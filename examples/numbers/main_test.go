package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestSample runs the command as CI does: no arguments, no usable stdin.
func TestSample(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(nil, nil, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	for _, want := range []string{"京ICP备11018762号-11", "京公网安备11010802035340号", "蜀ICP备09003078号",
		"B2-20080101", "粤B2-20090059-1626X", "京ICP备04000001号-4K", "(fixed: width,case,dash)"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q", want)
		}
	}
	for _, unwanted := range []string{"XXXXXXXX", "浙D3", "港ICP"} {
		if strings.Contains(out.String(), unwanted) {
			t.Errorf("output contains %q", unwanted)
		}
	}
	devNull, err := os.Open(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	defer devNull.Close()
	var out2 bytes.Buffer
	if code := run(nil, devNull, &out2, &errOut); code != 0 || out2.String() != out.String() {
		t.Errorf("with /dev/null on stdin: exit %d, output differs from the sample run", code)
	}
}

// TestArgsAndJSON checks numbers given as arguments and the JSON output.
func TestArgsAndJSON(t *testing.T) {
	var out, errOut bytes.Buffer
	code := run([]string{"-json", "京 ICP 备 11018762 号-11", "川公网安备51078202110037号"}, nil, &out, &errOut)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var got []struct {
		Number   string `json:"number"`
		Kind     string `json:"kind"`
		Province string `json:"province"`
		Sequence int    `json:"sequence"`
		AreaCode int    `json:"areaCode"`
		Fixes    string `json:"fixes"`
		QueryURL string `json:"queryURL"`
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("%v in %s", err, out.String())
	}
	if len(got) != 2 {
		t.Fatalf("got %d numbers, want 2: %s", len(got), out.String())
	}
	if g := got[0]; g.Number != "京ICP备11018762号-11" || g.Kind != "icp-filing" || g.Sequence != 11 || g.Fixes != "space" {
		t.Errorf("first = %+v", g)
	}
	if g := got[1]; g.Province != "Sichuan" || g.AreaCode != 510782 || !strings.HasSuffix(g.QueryURL, "code=51078202110037") {
		t.Errorf("second = %+v", g)
	}
}

// TestStdin reads a file and a pipe from stdin; a silent pipe falls back to the sample.
func TestStdin(t *testing.T) {
	path := filepath.Join(t.TempDir(), "page.txt")
	if err := os.WriteFile(path, []byte("备案号：粤ICP备2020133024号"), 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out, errOut bytes.Buffer
	if code := run(nil, f, &out, &errOut); code != 0 || !strings.HasPrefix(out.String(), "粤ICP备2020133024号\n") {
		t.Errorf("file stdin: exit %d, output %q", code, out.String())
	}

	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		w.WriteString("京公网安备 11010802035340号")
		w.Close()
	}()
	out.Reset()
	if code := run(nil, r, &out, &errOut); code != 0 || !strings.HasPrefix(out.String(), "京公网安备11010802035340号\n") {
		t.Errorf("pipe stdin: exit %d, output %q", code, out.String())
	}
	r.Close()

	silent, keepOpen, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer keepOpen.Close()
	defer silent.Close()
	in, err := readStdin(silent, 50*time.Millisecond)
	if err != nil || len(in) != 0 {
		t.Errorf("silent pipe: %q, %v; want nothing", in, err)
	}
}

// TestErrors checks the exit status without numbers and on a bad flag.
func TestErrors(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"京ICP备1234567号"}, nil, &out, &errOut); code != 1 || !strings.Contains(errOut.String(), "wrong number of digits") {
		t.Errorf("bad number: exit %d, stderr %q", code, errOut.String())
	}
	if code := run([]string{"-nope"}, nil, &out, &errOut); code != 2 {
		t.Errorf("bad flag: exit %d", code)
	}
}
