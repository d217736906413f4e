package server

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/iecmh/endorse/internal/assets"
	"github.com/iecmh/endorse/internal/diag"
	"github.com/iecmh/endorse/internal/site"
)

// Status describes the last build. It is what /_endorse/status and
// /_endorse/errors return and what the "status" event carries.
type Status struct {
	Build      int      `json:"build"`       // builds attempted so far (1-based)
	OK         bool     `json:"ok"`          // the last build succeeded
	Served     string   `json:"served"`      // id of the build being served; "" before the first good one
	Errors     []string `json:"errors"`      // the last failed build's diagnostics, "file:line:col: message"
	Changed    []string `json:"changed"`     // paths that triggered the last build
	DurationMS float64  `json:"duration_ms"` // wall time of the last build
	Summary    string   `json:"summary"`     // the build's one-line summary when OK
}

// SiteBuilder returns the default BuildFunc: a site.Builder in Dev mode,
// kept for the server's lifetime, so rebuilds reuse the asset bundles, the
// wasm binary, templates and content, and an edit to one page re-renders
// only the pages that depend on it. The output is served from memory (out
// is unused). pub says which draft, future and expired pages it publishes.
func SiteBuilder(root string, pub site.Publish) BuildFunc {
	pipe := assets.NewPipeline(assets.Options{Root: root})
	bd := site.NewBuilder(site.Options{Root: root, Dev: true, Assets: pipe, LiveReloadJS: assets.LiveReloadJS(), Publish: pub})
	return func(_ string, changed []string) (fs.FS, string, error) {
		var sum site.Summary
		var fsys fs.FS
		var err error
		if changed == nil {
			sum, fsys, err = bd.Build()
		} else {
			sum, fsys, err = bd.Rebuild(changed)
		}
		if err != nil {
			return nil, "", err
		}
		return fsys, fmt.Sprintf("%d pages, %d assets", sum.Pages, sum.Assets), nil
	}
}

// Rebuild builds now (serialised with other builds), switches the served
// output on success, logs the result and notifies browsers. It returns the
// new status; Status().DurationMS is the build's wall time.
func (s *Server) Rebuild(changed []string) Status {
	return s.rebuild(changed, nil)
}

// rebuild is Rebuild; when settled is given and reports false after a
// failed build, the failure is dropped (neither recorded nor announced).
func (s *Server) rebuild(changed []string, settled func() bool) Status {
	s.buildMu.Lock()
	defer s.buildMu.Unlock()
	s.mu.RLock()
	st, next := s.status, s.nextOut()
	s.mu.RUnlock()
	start := time.Now()
	fsys, summary, err := s.opts.Build(next, changed)
	if err != nil && settled != nil && !settled() {
		return st
	}
	st.Build++
	st.Changed, st.DurationMS = append([]string{}, changed...), float64(time.Since(start).Microseconds())/1000
	if err == nil && fsys == nil {
		fsys = os.DirFS(next)
	}
	prev := st
	st = s.record(st, next, fsys, summary, err)
	s.announce(prev, st)
	return st
}

// nextOut is the output directory not being served.
func (s *Server) nextOut() string {
	if s.current == s.outs[0] {
		return s.outs[1]
	}
	return s.outs[0]
}

// record stores the outcome; on success fsys (built into out) is served.
func (s *Server) record(st Status, out string, fsys fs.FS, summary string, err error) Status {
	st.OK, st.Errors, st.Summary = err == nil, errorLines(err), summary
	s.mu.Lock()
	defer s.mu.Unlock()
	if err == nil {
		s.current, s.served = out, fsys
		data, _ := fs.ReadFile(fsys, "_headers")
		s.headers = site.ParseHeadersFile(data)
		st.Served = s.nonce + "-" + strconv.Itoa(st.Build)
	}
	s.status = st
	return st
}

// errorLines splits an error into diagnostics lines (a *diag.Error gives
// one line per diagnostic).
func errorLines(err error) []string {
	if err == nil {
		return []string{}
	}
	var de *diag.Error
	if errors.As(err, &de) {
		out := make([]string, len(de.List))
		for i, d := range de.List {
			out[i] = d.String()
		}
		return out
	}
	return strings.Split(strings.TrimSpace(err.Error()), "\n")
}

// maxLogged caps the diagnostics printed per failed build; the browser
// overlay and /_endorse/errors always carry all of them.
const maxLogged = 20

// announce logs the build to the terminal and tells the browsers.
func (s *Server) announce(prev, st Status) {
	what := "built"
	if len(st.Changed) > 0 {
		what = "rebuilt " + describeChanges(st.Changed)
	}
	if st.OK {
		fmt.Fprintf(s.opts.Log, "%s in %.1f ms (%s)\n", what, st.DurationMS, st.Summary)
		s.events.publish(event{Name: "reload", Data: st.Served})
		return
	}
	fmt.Fprintf(s.opts.Log, "%s: build failed in %.1f ms, still serving the last good build:\n%s",
		what, st.DurationMS, logLines(prev.Errors, st.Errors))
	s.events.publish(event{Name: "build-error", Data: statusJSON(st)})
}

// logLines formats diagnostics for the terminal: at most maxLogged, and
// only a count when they are the same as the previous build's.
func logLines(prev, errs []string) string {
	if len(prev) > 0 && strings.Join(prev, "\n") == strings.Join(errs, "\n") {
		return "  (the same " + strconv.Itoa(len(errs)) + " problem(s) as before)\n"
	}
	var b strings.Builder
	for i, e := range errs {
		if i == maxLogged {
			b.WriteString("  … and " + strconv.Itoa(len(errs)-maxLogged) + " more (all in the browser)\n")
			break
		}
		b.WriteString("  " + e + "\n")
	}
	return b.String()
}

// describeChanges names the first changed path and counts the rest.
func describeChanges(paths []string) string {
	if len(paths) == 1 {
		return paths[0]
	}
	return paths[0] + " and " + strconv.Itoa(len(paths)-1) + " more"
}

// Status returns the last build's status.
func (s *Server) Status() Status {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.status
}

func statusJSON(st Status) string {
	b, _ := json.Marshal(st)
	return string(b)
}
