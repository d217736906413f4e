package server

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"time"

	"github.com/iecmh/endorse/internal/admin"
	"github.com/iecmh/endorse/internal/content"
	"github.com/iecmh/endorse/internal/inputfs"
)

// Editing in the browser on this computer (`endorse serve -edit`): the
// server runs decap-server, Decap CMS's local backend, in the project
// directory (its "fs" mode writes the files themselves; nothing is
// committed) and forwards EditAPI to it, so the editor at /admin/ reads
// and saves the project's files with no sign-in. The editor's script
// (internal/admin/admin.js) points Decap there when the page's address is
// a loopback one. Saved files are inputs of the build like any edit, so
// the preview rebuilds and reloads.

// EditAPI is the URL path the editor's local backend answers at.
const EditAPI = admin.Prefix + "api/v1"

// DecapServer is decap-server's program, relative to the project, as
// `make cms` installs it (.cms/package-lock.json).
const DecapServer = ".cms/node_modules/decap-server/dist/index.js"

// localBackend is a running decap-server.
type localBackend struct {
	url  *url.URL      // its API, http://127.0.0.1:<port>/api/v1
	done chan struct{} // closed when the process has exited
	err  error         // its exit status, once done
}

// checkEditable reports why the project at root cannot be edited in the
// browser, or nil: it needs an [admin] table and the CMS installed.
func checkEditable(root, program string) error {
	in := inputfs.New(root, inputfs.Default)
	s, _ := content.LoadSite(in)
	if s != nil && s.Admin == nil {
		return errors.New("serve -edit: " + content.SiteFile + " has no [admin] table, so the site publishes no editor: add one (see the README, \"Editing in the browser\")")
	}
	if _, err := admin.DistFiles(in); err != nil {
		return fmt.Errorf("serve -edit: %w", err)
	}
	if _, err := os.Stat(program); err != nil {
		return errors.New("serve -edit: decap-server is not installed (" + program + " is missing): " + admin.InstallHint)
	}
	if _, err := exec.LookPath("node"); err != nil {
		return errors.New("serve -edit: decap-server needs Node.js (node), which is not on the PATH")
	}
	return nil
}

// startLocalBackend runs decap-server (program) on a free loopback port
// for the project at root until ctx ends, and waits until it answers. Its
// own messages (warnings and errors only) go to log.
func startLocalBackend(ctx context.Context, root, program string, log io.Writer) (*localBackend, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	cmd := exec.CommandContext(ctx, "node", program)
	cmd.Env = append(os.Environ(), "PORT="+strconv.Itoa(port), "BIND_HOST=127.0.0.1", "MODE=fs",
		"GIT_REPO_DIRECTORY="+abs, "LOG_LEVEL=warn")
	cmd.Stdout, cmd.Stderr = log, log
	cmd.Cancel = func() error { return cmd.Process.Signal(os.Interrupt) }
	cmd.WaitDelay = 3 * time.Second
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("serve -edit: starting decap-server: %w", err)
	}
	lb := &localBackend{url: &url.URL{Scheme: "http", Host: "127.0.0.1:" + strconv.Itoa(port), Path: "/api/v1"}, done: make(chan struct{})}
	go func() { lb.err = cmd.Wait(); close(lb.done) }()
	if err := lb.waitReady(ctx, 20*time.Second); err != nil {
		_ = cmd.Process.Kill()
		<-lb.done
		return nil, err
	}
	return lb, nil
}

// freePort is a TCP port on 127.0.0.1 that was free a moment ago.
func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

// waitReady asks decap-server what it serves until it answers.
func (lb *localBackend) waitReady(ctx context.Context, limit time.Duration) error {
	deadline := time.Now().Add(limit)
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, lb.url.String(), bytes.NewReader([]byte(`{"action":"info"}`)))
		req.Header.Set("Content-Type", "application/json")
		if resp, err := http.DefaultClient.Do(req); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		select {
		case <-lb.done:
			return fmt.Errorf("serve -edit: decap-server stopped: %v", lb.err)
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("serve -edit: decap-server did not answer at %s within %s", lb.url, limit)
		}
	}
}

// handler forwards the editor's requests to decap-server. It answers only
// the editor's own page: a POST of JSON from the same origin, addressed
// to a loopback name (also when -host lets other names see the preview,
// since this API writes files), so no other site the browser has open
// can use it.
func (lb *localBackend) handler() http.Handler {
	proxy := &httputil.ReverseProxy{Rewrite: func(r *httputil.ProxyRequest) {
		r.Out.URL.Scheme, r.Out.URL.Host, r.Out.URL.Path, r.Out.URL.RawPath = lb.url.Scheme, lb.url.Host, lb.url.Path, ""
		r.Out.Host = lb.url.Host
	}}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if why := refuseEdit(r); why != "" {
			http.Error(w, why, http.StatusForbidden)
			return
		}
		proxy.ServeHTTP(w, r)
	})
}

// refuseEdit says why a request may not reach the local backend, or "".
func refuseEdit(r *http.Request) string {
	switch {
	case !loopbackName(hostName(r.Host)):
		return "the editor's local backend answers only at a loopback address"
	case !isJSON(r.Header.Get("Content-Type")):
		return "the editor's local backend takes JSON only"
	case r.Header.Get("Origin") != "" && r.Header.Get("Origin") != "http://"+r.Host:
		return "the editor's local backend answers only the editor's own page"
	case r.Header.Get("Sec-Fetch-Site") != "" && r.Header.Get("Sec-Fetch-Site") != "same-origin":
		return "the editor's local backend answers only the editor's own page"
	}
	return ""
}

// editProgram is decap-server's path for the project at root, unless
// the options name another.
func editProgram(opts Options) string {
	if opts.EditServer != "" {
		return opts.EditServer
	}
	return filepath.Join(opts.Root, filepath.FromSlash(DecapServer))
}

// isJSON reports whether a Content-Type is JSON ("application/json",
// with or without a charset).
func isJSON(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	return err == nil && mt == "application/json"
}
