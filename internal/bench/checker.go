package bench

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/iecmh/endorse/internal/assets"
)

// WasmSize is the checker module's download size, built here exactly as
// the site build does (assets.GoCompile: GOOS=js GOARCH=wasm and its flags).
type WasmSize struct {
	Raw, Gzip, Brotli int64 // bytes; Brotli 0 when the brotli tool is missing
	Err               string
}

// wasmSize builds ./wasm into work and measures it raw, gzip -9, brotli -q 11.
func wasmSize(repo, work string) WasmSize {
	out, err := filepath.Abs(filepath.Join(work, "endorse.wasm"))
	if err != nil {
		return WasmSize{Err: err.Error()}
	}
	root, err := filepath.Abs(repo) // a relative "wasm" would name a standard package
	if err != nil {
		return WasmSize{Err: err.Error()}
	}
	if msg, err := assets.GoCompile(root, filepath.Join(root, "wasm"), out); err != nil {
		return WasmSize{Err: "wasm does not build: " + tail(string(msg), 600)}
	}
	data, err := os.ReadFile(out)
	if err != nil {
		return WasmSize{Err: err.Error()}
	}
	return WasmSize{Raw: int64(len(data)), Gzip: gzipSize(data), Brotli: brotliSize(out)}
}

// gzipSize returns the length of data compressed with gzip at level 9.
func gzipSize(data []byte) int64 {
	var b bytes.Buffer
	w, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
	w.Write(data)
	w.Close()
	return int64(b.Len())
}

// brotliSize returns the length of the file compressed by the brotli tool
// at quality 11, or 0 when the tool is not installed.
func brotliSize(path string) int64 {
	out, err := exec.Command("brotli", "-q", "11", "-c", path).Output()
	if err != nil {
		return 0
	}
	return int64(len(out))
}

// CheckerBench holds the checker's browser figures from internal/e2e's
// benchmarks: navigation to first result and re-evaluation, in ms.
type CheckerBench struct {
	FirstResult, Reeval float64 // ms; < 0 when not reported
	Reeval1000          float64 // ms, with a 1,000-entry profile; < 0 when not reported
	Lines               []GoBench
	Err                 string
}

// checkerBench runs internal/e2e's benchmarks (which drive Chromium), ten
// iterations each; they report means.
func checkerBench(repo string) CheckerBench {
	res := CheckerBench{FirstResult: -1, Reeval: -1, Reeval1000: -1}
	if _, err := os.Stat(filepath.Join(repo, "internal", "e2e")); err != nil {
		res.Err = "internal/e2e does not exist"
		return res
	}
	lines, err := runGoBench(repo, 10*time.Minute, []string{"-benchtime", "10x"}, "./internal/e2e/")
	res.Lines = lines
	if err != nil {
		res.Err = err.Error()
	}
	for _, l := range lines {
		res.FirstResult = firstMillis(res.FirstResult, l, "first")
		if strings.Contains(l.Name, "1000") {
			res.Reeval1000 = firstMillis(res.Reeval1000, l, "reeval-1000")
			continue
		}
		res.Reeval = firstMillis(res.Reeval, l, "reeval", "re-eval", "reevaluat")
	}
	if res.Err == "" && len(lines) == 0 {
		res.Err = "internal/e2e has no benchmarks"
	}
	return res
}

// firstMillis returns cur if already set, else the time metric of l whose
// unit names one of keys, else l's ns/op when its name does, else -1.
func firstMillis(cur float64, l GoBench, keys ...string) float64 {
	if cur >= 0 {
		return cur
	}
	if m, ok := l.Metric(keys...); ok {
		if ms, ok := millis(m); ok {
			return ms
		}
	}
	name := strings.ToLower(l.Name)
	for _, k := range keys {
		if m, ok := l.Metric("ns/op"); ok && strings.Contains(name, k) {
			return m.Value / 1e6
		}
	}
	return -1
}

// engineBench runs ENGINE's Go benchmarks.
func engineBench(repo string) ([]GoBench, string) {
	if _, err := os.Stat(filepath.Join(repo, "internal", "engine")); err != nil {
		return nil, "internal/engine does not exist"
	}
	lines, err := runGoBench(repo, 5*time.Minute, []string{"-benchmem"}, "./internal/engine/...")
	if err != nil {
		return lines, err.Error()
	}
	if len(lines) == 0 {
		return nil, "internal/engine has no benchmarks"
	}
	return lines, ""
}

// kb formats bytes as KB (1000 bytes, as the targets are stated).
func kb(n int64) string {
	return fmt.Sprintf("%.1f KB", float64(n)/1000)
}
