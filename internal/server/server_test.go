package server

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/iecmh/endorse/internal/diag"
)

// fakeBuild renders content/<name>.md to /<name>/index.html verbatim; a
// file containing "BROKEN" fails the build with a positioned diagnostic.
// It keeps the server tests independent of the real templates.
func fakeBuild(root string) BuildFunc {
	return func(out string, _ []string) (fs.FS, string, error) {
		files, _ := filepath.Glob(filepath.Join(root, "content", "*.md"))
		var l diag.List
		_ = os.RemoveAll(out)
		for _, f := range files {
			data, _ := os.ReadFile(f)
			name := strings.TrimSuffix(filepath.Base(f), ".md")
			if i := strings.Index(string(data), "BROKEN"); i >= 0 {
				line, col := diag.LineCol(data, i)
				l.Add("content/"+filepath.Base(f), line, col, "broken marker")
				continue
			}
			put(filepath.Join(out, name, "index.html"), "<p>"+string(data)+"</p>")
		}
		put(filepath.Join(out, "404.html"), "not here")
		put(filepath.Join(out, "assets", "x.wasm"), "\x00asm")
		return nil, "built " + filepath.Base(out), l.Err()
	}
}

// put writes a file, creating directories; it returns the error.
func put(p, data string) error {
	err := os.MkdirAll(filepath.Dir(p), 0o755)
	if err == nil {
		err = os.WriteFile(p, []byte(data), 0o644)
	}
	return err
}

func mustPut(t *testing.T, p, data string) {
	t.Helper()
	if err := put(p, data); err != nil {
		t.Fatal(err)
	}
}

// startServer runs a server on a free loopback port until the test ends
// and checks that it stops cleanly.
func startServer(t *testing.T, opts Options) *Server {
	t.Helper()
	opts.Addr = "127.0.0.1:0"
	if opts.Interval == 0 {
		opts.Interval = 20 * time.Millisecond
	}
	srv, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Listen(); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Run: %v", err)
			}
		case <-time.After(5 * time.Second):
			t.Error("server did not stop within 5s")
		}
		if exists(srv.tmp) {
			t.Errorf("temp output %s not removed", srv.tmp)
		}
	})
	return srv
}

// get fetches a URL and returns status, body and headers.
func get(t *testing.T, url string) (int, string, http.Header) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		return 0, err.Error(), nil
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body), resp.Header
}

// eventually polls cond every 10ms for up to 10s.
func eventually(t *testing.T, what string, cond func() (bool, string)) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		ok, got := cond()
		if ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: still %s after 10s", what, got)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// events subscribes to the SSE stream and forwards event names.
func events(t *testing.T, url string) <-chan string {
	t.Helper()
	resp, err := http.Get(url + "_endorse/events")
	if err != nil {
		t.Fatal(err)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("events Content-Type = %q", ct)
	}
	ch := make(chan string, 32)
	go func() {
		defer resp.Body.Close()
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			if name, ok := strings.CutPrefix(sc.Text(), "event: "); ok {
				ch <- name
			}
		}
		close(ch)
	}()
	t.Cleanup(func() { resp.Body.Close() })
	return ch
}

// nextEvent waits (bounded) for the next event name.
func nextEvent(t *testing.T, ch <-chan string) string {
	t.Helper()
	select {
	case ev := <-ch:
		return ev
	case <-time.After(10 * time.Second):
		t.Fatal("no event within 10s")
		return ""
	}
}

func status(t *testing.T, url string) Status {
	t.Helper()
	_, body, _ := get(t, url+"_endorse/errors")
	var st Status
	if err := json.Unmarshal([]byte(body), &st); err != nil {
		t.Fatalf("errors endpoint: %v: %s", err, body)
	}
	return st
}
