// Package server implements `endorse serve`: it builds the site in dev
// mode, serves the output over HTTP on loopback, polls every input the build
// reads (DefaultWatch) for changes, rebuilds, and reloads open browsers.
//
// Contracts:
//   - A failed build never replaces what is served: the last good build
//     stays up, the diagnostics are printed to the log and shown in the
//     browser (an overlay drawn by the live-reload script) until a build
//     succeeds again. Before any good build, pages answer 503 with the
//     diagnostics and the script, and turn into the site once one succeeds.
//   - Live reload obeys the site's strict CSP: dev builds publish
//     assets.LiveReloadJS as an ordinary external asset with SRI (also
//     served at /_endorse/reload.js). It listens to the Server-Sent Events
//     stream /_endorse/events: "status" on connect, "reload" after a good
//     build, "build-error" (with the diagnostics) after a failed one.
//   - /_endorse/errors and /_endorse/status return the last build's status
//     as JSON. Responses carry Cache-Control: no-store and the production
//     security headers (site.HeadersFor); .wasm is application/wasm.
package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/iecmh/endorse/internal/site"
)

// DefaultWatch lists every input a build reads, relative to the project:
// the site's sources, and the Go sources and module files the checker's
// WebAssembly is compiled from (the build recompiles it when they change).
var DefaultWatch = []string{"content", "rules", "templates", "static", "wasm", "internal", "go.mod", "go.sum"}

// Options configure a Server. Only Root is required.
type Options struct {
	Root     string        // project directory
	Addr     string        // listen address; default "127.0.0.1:1313"; port 0 picks a free port
	Interval time.Duration // polling interval; default 250ms
	Watch    []string      // paths polled, relative to Root; default DefaultWatch
	Hosts    []string      // Host header names answered besides loopback ones; "*" any
	Log      io.Writer     // terminal output: URL, rebuilds, diagnostics; default io.Discard
	// Publish says which dated and draft pages the default build
	// publishes (site.Options' Drafts, Future and Expired).
	Publish site.Publish
	// Edit runs the editor's local backend (decap-server) and forwards
	// EditAPI to it, so the editor at /admin/ saves to the project's
	// files (edit.go); EditServer is decap-server's program, default
	// DecapServer in Root.
	Edit       bool
	EditServer string
	// Build builds the site into out; default SiteBuilder(Root, Publish). changed
	// lists the project-relative paths changed since the previous build (nil
	// on the first build), for builders that can rebuild incrementally.
	Build BuildFunc
}

// BuildFunc builds the site and returns what to serve: either it writes
// into the directory out (a fresh or stale directory that is not being
// served) and returns a nil FS, or it returns any fs.FS it keeps itself,
// such as an in-memory tree from an incremental builder (out unused). It
// also returns a one-line summary, or an error (a *diag.Error for bad
// input), in which case nothing it produced is served.
type BuildFunc func(out string, changed []string) (fsys fs.FS, summary string, err error)

// Server is a running (or ready) dev server.
type Server struct {
	opts   Options
	events *broker
	ln     net.Listener
	tmp    string    // temp dir holding the two output dirs
	outs   [2]string // builds alternate between these
	nonce  string    // distinguishes build ids across server restarts

	buildMu sync.Mutex // one build at a time
	mu      sync.RWMutex
	status  Status
	current string // output directory last built into
	served  fs.FS  // output being served; nil before the first good build
	// headers are the _headers rules of the served output, applied to
	// every response as a static host would.
	headers []site.HeaderRule
	prev    snapshot
	editor  *localBackend // with Options.Edit, once Run started it
}

// New prepares a server: applies defaults and creates its temp output
// directories (removed by Close). It does not build or listen yet.
func New(opts Options) (*Server, error) {
	opts = withDefaults(opts)
	tmp, err := makeTemp()
	if err != nil {
		return nil, err
	}
	s := &Server{opts: opts, events: newBroker(), tmp: tmp}
	s.outs = [2]string{filepath.Join(tmp, "a", "public"), filepath.Join(tmp, "b", "public")}
	s.nonce = strconv.FormatInt(time.Now().UnixNano()%1e9, 36)
	return s, nil
}

func withDefaults(o Options) Options {
	if o.Root == "" {
		o.Root = "."
	}
	if o.Addr == "" {
		o.Addr = "127.0.0.1:1313"
	}
	if o.Interval <= 0 {
		o.Interval = 250 * time.Millisecond
	}
	if o.Watch == nil {
		o.Watch = DefaultWatch
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
	if o.Build == nil {
		o.Build = SiteBuilder(o.Root, o.Publish)
	}
	return o
}

// Listen opens the TCP listener; URL is valid afterwards.
func (s *Server) Listen() error {
	ln, err := net.Listen("tcp", s.opts.Addr)
	if err != nil {
		return fmt.Errorf("serve: %w (is another `endorse serve` running? try -port)", err)
	}
	s.ln = ln
	return nil
}

// URL is the address browsers open, e.g. "http://127.0.0.1:1313/".
func (s *Server) URL() string {
	if s.ln == nil {
		return "http://" + s.opts.Addr + "/"
	}
	return "http://" + s.ln.Addr().String() + "/"
}

// Run builds once, then serves and polls for changes until ctx is done
// (Ctrl-C); it then stops the HTTP server, closes event streams and
// removes the temp output. Listen is called if it was not.
func (s *Server) Run(ctx context.Context) error {
	defer s.Close()
	if s.opts.Edit {
		program := editProgram(s.opts)
		if err := checkEditable(s.opts.Root, program); err != nil {
			return err
		}
		ectx, stopEditor := context.WithCancel(ctx)
		editor, err := startLocalBackend(ectx, s.opts.Root, program, s.opts.Log)
		if err != nil {
			stopEditor()
			return err
		}
		defer func() { stopEditor(); <-editor.done }()
		s.editor = editor
	}
	if s.ln == nil {
		if err := s.Listen(); err != nil {
			return err
		}
	}
	// Notifications start before the first scan, so a change made while
	// the first build runs (or just after it) is never missed.
	pctx, stopPolling := context.WithCancel(ctx)
	n := notify(pctx, s.opts.Root, s.opts.Watch)
	s.prev = scan(s.opts.Root, s.opts.Watch)
	s.Rebuild(nil)
	fmt.Fprintf(s.opts.Log, "Serving %s at %s (Ctrl-C to stop)\n", absPath(s.opts.Root), s.URL())
	if s.editor != nil {
		fmt.Fprintf(s.opts.Log, "Edit it at %sadmin/: what you save there is written to the files (decap-server)\n", s.URL())
	}
	hs := &http.Server{Handler: s.Handler(ctx), ReadHeaderTimeout: 10 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(s.ln) }()
	polling := make(chan struct{})
	go func() { s.poll(pctx, n); close(polling) }()
	var err error
	select {
	case <-ctx.Done():
		err = s.shutdown(hs)
	case err = <-errc:
	}
	stopPolling()
	<-polling // a build in progress finishes before the output is removed
	return err
}

// shutdown stops accepting, waits briefly for requests in flight.
func (s *Server) shutdown(hs *http.Server) error {
	sctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	err := hs.Shutdown(sctx)
	if errors.Is(err, context.DeadlineExceeded) {
		return hs.Close()
	}
	return err
}

// Close removes the temp output directories.
func (s *Server) Close() error { return os.RemoveAll(s.tmp) }

// poll rescans the watched directories every Interval, and at once when
// n reports a change there (notify.go; n may be nil), and rebuilds when
// something changed.
func (s *Server) poll(ctx context.Context, n *notifier) {
	t := time.NewTicker(s.opts.Interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			s.checkChanges()
		case <-n.changes():
			s.checkDirs(n.take())
		}
	}
}

// checkChanges rebuilds while watched files keep changing: after each
// build it rescans at once, so edits made during a build are picked up
// without waiting for the next tick.
func (s *Server) checkChanges() {
	for {
		now := scan(s.opts.Root, s.opts.Watch)
		changed := now.diff(s.prev)
		if len(changed) == 0 {
			return
		}
		s.prev = now
		s.rebuild(changed, s.settled)
	}
}

// settled reports whether the watched files are still as the last scan
// saw them. A build that failed while they were not may have read a file
// half-written; its errors are not shown, the next build decides.
func (s *Server) settled() bool {
	return len(scan(s.opts.Root, s.opts.Watch).diff(s.prev)) == 0
}

// absPath is p made absolute for messages (p itself when that fails).
func absPath(p string) string {
	if abs, err := filepath.Abs(p); err == nil {
		return abs
	}
	return p
}
