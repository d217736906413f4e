package bench

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// ServeResult is the edit-to-served latency of `endorse serve`.
type ServeResult struct {
	Pages   int
	Samples []time.Duration
	Rebuild []time.Duration // the server's own build time for each sample (/_endorse/status), when it tells
	Startup time.Duration   // process start until the home page answers
	Err     string
}

// servePage is the corpus page edited, and its URL path.
const (
	servePage = "content/section-001/page-00001.md"
	serveURL  = "/section-001/page-00001/"
)

// serve starts the real `endorse serve` on the corpus of pages pages,
// appends a marker sentence to one page n times and measures, each time,
// from writing the file to the first response of that page that contains
// the marker. The page file is restored and the server stopped afterwards.
func (r *runner) serve(pages, n int) ServeResult {
	res := ServeResult{Pages: pages}
	if r.env.Endorse == "" {
		res.Err = "endorse does not build"
		return res
	}
	dir, err := filepath.Abs(filepath.Join(r.cfg.Scratch, fmt.Sprintf("corpus-%d", pages)))
	if err == nil {
		res.Samples, res.Rebuild, res.Startup, err = r.serveSamples(dir, n)
	}
	if err != nil {
		res.Err = err.Error()
	}
	return res
}

// liveServer is a running `endorse serve`.
type liveServer struct {
	base   string        // "http://127.0.0.1:port"
	exited chan struct{} // closed when the process ends
	log    bytes.Buffer  // its output, for error messages
	cmd    *exec.Cmd
}

// serveSamples runs the server in dir and takes n samples: edit-to-served
// times and the server's own rebuild times.
func (r *runner) serveSamples(dir string, n int) (samples, rebuild []time.Duration, startup time.Duration, err error) {
	start := time.Now()
	srv, err := r.startServer(dir)
	if err != nil {
		return nil, nil, 0, err
	}
	defer srv.stop()
	if _, err := waitFor(srv.base+"/", "", 3*time.Minute, srv.exited); err != nil {
		return nil, nil, 0, fmt.Errorf("server did not answer: %v\n%s", err, tail(srv.log.String(), 1500))
	}
	startup = time.Since(start)
	samples, rebuild, err = srv.editLoop(filepath.Join(dir, servePage), n)
	if err != nil {
		err = fmt.Errorf("%v\n%s", err, tail(srv.log.String(), 1500))
	}
	return samples, rebuild, startup, err
}

// startServer starts `endorse serve` in dir on a free loopback port.
func (r *runner) startServer(dir string) (*liveServer, error) {
	addr, err := freeAddr()
	if err != nil {
		return nil, err
	}
	srv := &liveServer{base: "http://" + addr, exited: make(chan struct{})}
	srv.cmd = exec.Command(r.env.Endorse, r.endorseArgs(r.cfg.ServeArgs, addr)...)
	srv.cmd.Dir, srv.cmd.Stdout, srv.cmd.Stderr = dir, &srv.log, &srv.log
	if err := srv.cmd.Start(); err != nil {
		return nil, err
	}
	go func() { srv.cmd.Wait(); close(srv.exited) }()
	return srv, nil
}

// stop kills the server process (ours, by its handle) and waits for it.
func (srv *liveServer) stop() {
	srv.cmd.Process.Kill()
	<-srv.exited
}

// editLoop edits page n times, timing each edit until the server serves
// it, and asks the server how long each rebuild took. The page is restored.
func (srv *liveServer) editLoop(page string, n int) (samples, rebuild []time.Duration, err error) {
	orig, err := os.ReadFile(page)
	if err != nil {
		return nil, nil, err
	}
	defer os.WriteFile(page, orig, 0o644)
	for i := 0; i < n; i++ {
		time.Sleep(300 * time.Millisecond) // let the previous rebuild settle
		d, err := srv.timeEdit(page, orig, i)
		if err != nil {
			return samples, rebuild, err
		}
		samples = append(samples, d)
		if d, ok := buildTime(srv.base); ok {
			rebuild = append(rebuild, d)
		}
	}
	return samples, rebuild, nil
}

// timeEdit appends a marker sentence to the page source orig and returns
// the time from writing the file to the first response showing the marker.
func (srv *liveServer) timeEdit(page string, orig []byte, i int) (time.Duration, error) {
	marker := fmt.Sprintf("benchedit%03dmark%d", i, os.Getpid()%10000)
	text := append(bytes.Clone(orig), "\nThis sentence carries "+marker+".\n"...)
	start := time.Now()
	if err := os.WriteFile(page, text, 0o644); err != nil {
		return 0, err
	}
	if _, err := waitFor(srv.base+serveURL, marker, 10*time.Second, srv.exited); err != nil {
		return 0, fmt.Errorf("edit %d never appeared: %v", i+1, err)
	}
	return time.Since(start), nil
}

// buildTime reads the last build's duration from the server's status
// endpoint (internal/server: GET /_endorse/status, "duration_ms").
func buildTime(base string) (time.Duration, bool) {
	body, err := get(http.DefaultClient, base+"/_endorse/status")
	var st struct {
		DurationMS *float64 `json:"duration_ms"`
	}
	if err != nil || json.Unmarshal([]byte(body), &st) != nil || st.DurationMS == nil {
		return 0, false
	}
	return time.Duration(*st.DurationMS * float64(time.Millisecond)), true
}

// waitFor polls url until it answers 200 with a body containing want, and
// returns how long that took. It gives up after limit or once exited closes.
func waitFor(url, want string, limit time.Duration, exited <-chan struct{}) (time.Duration, error) {
	start := time.Now()
	client := &http.Client{Timeout: 5 * time.Second}
	var last error
	for time.Since(start) < limit {
		select {
		case <-exited:
			return 0, errors.New("the server exited")
		default:
		}
		body, err := get(client, url)
		if err == nil && strings.Contains(body, want) {
			return time.Since(start), nil
		}
		last = err
		time.Sleep(500 * time.Microsecond)
	}
	if last == nil {
		last = errors.New("content never changed")
	}
	return 0, fmt.Errorf("%s after %v: %v", url, limit, last)
}

// get returns the body of a 200 response.
func get(client *http.Client, url string) (string, error) {
	resp, err := client.Get(url)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("status %s", resp.Status)
	}
	return string(body), err
}

// freeAddr returns a loopback address with a port nobody listens on now.
func freeAddr() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer l.Close()
	return l.Addr().String(), nil
}
