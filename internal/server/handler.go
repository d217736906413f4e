package server

import (
	"bytes"
	"context"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"time"

	"github.com/iecmh/endorse/internal/assets"
	"github.com/iecmh/endorse/internal/site"
)

// ReloadScript also serves the live-reload script (assets.LiveReloadJS),
// for pages that include it by a fixed URL rather than as the Dev asset.
const ReloadScript = "/_endorse/reload.js"

// Handler routes /_endorse/* to the dev endpoints and everything else to
// the served output. Event streams end when ctx is done.
func (s *Server) Handler(ctx context.Context) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+ReloadScript, serveReloadJS)
	mux.HandleFunc("GET /_endorse/events", func(w http.ResponseWriter, r *http.Request) { s.serveEvents(ctx, w, r) })
	mux.HandleFunc("GET /_endorse/errors", s.serveStatus)
	mux.HandleFunc("GET /_endorse/status", s.serveStatus)
	mux.HandleFunc("GET /", s.serveFile)
	if s.editor != nil {
		mux.Handle("POST "+EditAPI, s.editor.handler())
	}
	return hostGuard(s.opts.Hosts, s.devHeaders(mux))
}

// devHeaders sets the production security headers of the served output
// (its _headers; before the first good build the site-wide ones), so the
// dev preview enforces the same CSP, but forbids caching and leaves out
// HSTS: behind an HTTPS tunnel it would pin the tunnel's name to HTTPS for
// two years.
func (s *Server) devHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.RLock()
		rules := s.headers
		s.mu.RUnlock()
		if rules == nil {
			rules = site.HeaderRules
		}
		for _, h := range site.HeadersFor(rules, r.URL.Path) {
			if h.Name != "Cache-Control" && h.Name != "Content-Type" && h.Name != "Strict-Transport-Security" {
				w.Header().Set(h.Name, h.Value)
			}
		}
		w.Header().Set("Cache-Control", "no-store")
		next.ServeHTTP(w, r)
	})
}

func serveReloadJS(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
	w.Write(assets.LiveReloadJS())
}

func (s *Server) serveStatus(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	fmt.Fprintln(w, statusJSON(s.Status()))
}

// serveEvents streams Server-Sent Events: the current status at once, then
// every build's event, until the client leaves or the server stops.
func (s *Server) serveEvents(ctx context.Context, w http.ResponseWriter, r *http.Request) {
	fl, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	ch, leave := s.events.subscribe()
	defer leave()
	w.Header().Set("Content-Type", "text/event-stream")
	writeEvent(w, event{Name: "status", Data: statusJSON(s.Status())})
	fl.Flush()
	for {
		select {
		case ev := <-ch:
			writeEvent(w, ev)
			fl.Flush()
		case <-r.Context().Done():
			return
		case <-ctx.Done():
			return
		}
	}
}

func writeEvent(w http.ResponseWriter, ev event) {
	fmt.Fprintf(w, "event: %s\ndata: %s\n\n", ev.Name, ev.Data)
}

// noBuildPage answers every page before the first good build: the
// diagnostics, and the live-reload script, which loads the site as soon as
// a build succeeds.
var noBuildPage = template.Must(template.New("nobuild").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Build failed</title><link rel="icon" href="data:,"></head>
<body><h1>No successful build yet</h1><p>Fix these problems and save; this page reloads by itself.</p>
<pre>{{range .}}{{.}}
{{end}}</pre><script src="` + ReloadScript + `" defer></script></body></html>
`))

// serveFile serves the current output like a static host: "/x/" →
// x/index.html, "/x" → redirect to "/x/" when x is a directory, missing
// files → 404.html with status 404. Before the first good build it answers
// 503 with noBuildPage.
func (s *Server) serveFile(w http.ResponseWriter, r *http.Request) {
	s.mu.RLock()
	fsys, st := s.served, s.status
	s.mu.RUnlock()
	if fsys == nil {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusServiceUnavailable)
		noBuildPage.Execute(w, st.Errors)
		return
	}
	name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
	if fi, err := fs.Stat(fsys, orDot(name)); err == nil && fi.IsDir() {
		if !strings.HasSuffix(r.URL.Path, "/") {
			http.Redirect(w, r, "/"+name+"/", http.StatusMovedPermanently)
			return
		}
		name = path.Join(name, "index.html")
	}
	sendFile(w, r, fsys, name)
}

func orDot(name string) string {
	if name == "" {
		return "."
	}
	return name
}

// sendFile writes a file with its media type, or the site's 404 page.
func sendFile(w http.ResponseWriter, r *http.Request, fsys fs.FS, name string) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		send404(w, r, fsys)
		return
	}
	w.Header().Set("Content-Type", assets.MediaType(name))
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(data))
}

// send404 answers 404 with the site's 404.html when it has one.
func send404(w http.ResponseWriter, r *http.Request, fsys fs.FS) {
	page, err := fs.ReadFile(fsys, "404.html")
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusNotFound)
	w.Write(page)
}
