package linkcheck

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/iecmh/endorse/internal/diag"
)

// server is a loopback HTTP server with the answers outside sites give,
// counting the requests it receives and the most it served at once.
type server struct {
	*httptest.Server
	mu       sync.Mutex
	requests map[string]int // "HEAD /ok" → count
	now, max atomic.Int32
}

func newServer(t *testing.T) *server {
	s := &server{requests: map[string]int{}}
	mux := http.NewServeMux()
	mux.HandleFunc("/ok", func(w http.ResponseWriter, r *http.Request) {})
	mux.HandleFunc("/landing", func(w http.ResponseWriter, r *http.Request) {})
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusGone) })
	mux.HandleFunc("/no-head", func(w http.ResponseWriter, r *http.Request) { // HEAD refused, GET fine
		if r.Method == http.MethodHead {
			w.WriteHeader(http.StatusMethodNotAllowed)
		}
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/landing", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/moved-away", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/missing", http.StatusFound)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(30 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/busy/", func(w http.ResponseWriter, r *http.Request) { time.Sleep(40 * time.Millisecond) })
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := s.now.Add(1)
		defer s.now.Add(-1)
		for m := s.max.Load(); n > m && !s.max.CompareAndSwap(m, n); m = s.max.Load() {
		}
		s.mu.Lock()
		s.requests[r.Method+" "+r.URL.Path]++
		s.mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *server) count(key string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.requests[key]
}

func at(file string, line, col int) []diag.Diagnostic {
	return []diag.Diagnostic{{File: file, Line: line, Col: col}}
}

// TestCheck: each broken address is reported at every place it is written,
// with the status or the failure; working addresses, redirects to working
// pages and servers that refuse HEAD are not reported.
func TestCheck(t *testing.T) {
	s := newServer(t)
	closed := httptest.NewServer(http.NotFoundHandler())
	deadURL := closed.URL
	closed.Close()
	links := []Link{
		{URL: s.URL + "/ok", Places: at("content/a.md", 1, 1)},
		{URL: s.URL + "/ok#part", Places: at("content/a.md", 2, 1)},
		{URL: s.URL + "/missing", Places: append(at("content/b.md", 3, 7), at("templates/base.html", 9, 2)...)},
		{URL: s.URL + "/gone", Places: at("content/a.md", 4, 1)},
		{URL: s.URL + "/no-head", Places: at("content/a.md", 5, 1)},
		{URL: s.URL + "/moved", Places: at("content/a.md", 6, 1)},
		{URL: s.URL + "/moved-away", Places: at("content/a.md", 7, 1)},
		{URL: s.URL + "/slow", Places: at("content/a.md", 8, 1)},
		{URL: deadURL + "/x", Places: at("content/a.md", 9, 1)},
	}
	got := Check(context.Background(), links, Options{Timeout: 1500 * time.Millisecond})
	want := []string{
		`content/a.md:4:1: link "` + s.URL + `/gone" returned 410 Gone`,
		`content/a.md:7:1: link "` + s.URL + `/moved-away" returned 404 Not Found`,
		`content/a.md:8:1: link "` + s.URL + `/slow" did not answer within 1.5s`,
		`content/a.md:9:1: link "` + deadURL + `/x" failed: dial tcp `,
		`content/b.md:3:7: link "` + s.URL + `/missing" returned 404 Not Found`,
		`templates/base.html:9:2: link "` + s.URL + `/missing" returned 404 Not Found`,
	}
	if len(got) != len(want) {
		t.Fatalf("got %d diagnostics:\n%v\nwant %d", len(got), got.Err(), len(want))
	}
	for i, d := range got {
		if !strings.HasPrefix(d.String(), want[i]) {
			t.Errorf("diagnostic %d:\n got %s\nwant %s…", i, d, want[i])
		}
	}
	if n := s.count("HEAD /ok"); n != 1 {
		t.Errorf("/ok was asked %d times; an address shared by links (fragments aside) is asked once", n)
	}
	if s.count("GET /ok") != 0 || s.count("GET /no-head") != 1 {
		t.Errorf("GET /ok %d times, GET /no-head %d times: GET only after a failed HEAD", s.count("GET /ok"), s.count("GET /no-head"))
	}
}

// TestCheckConcurrency: never more requests at once than asked for, and
// all of them made.
func TestCheckConcurrency(t *testing.T) {
	s := newServer(t)
	var links []Link
	for i := range 24 {
		links = append(links, Link{URL: s.URL + "/busy/" + string(rune('a'+i)), Places: at("content/a.md", i+1, 1)})
	}
	if l := Check(context.Background(), links, Options{Concurrency: 3}); len(l) > 0 {
		t.Fatal(l.Err())
	}
	if m := s.max.Load(); m > 3 || m < 2 {
		t.Errorf("at most %d requests at once; want 3 (and more than one)", m)
	}
}

// TestCheckCancelled: a cancelled check returns at once and says which
// links it did not check.
func TestCheckCancelled(t *testing.T) {
	s := newServer(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	l := Check(ctx, []Link{{URL: s.URL + "/ok", Places: at("content/a.md", 1, 1)}}, Options{})
	if len(l) != 1 || !strings.Contains(l[0].Message, "not checked") && !strings.Contains(l[0].Message, "canceled") {
		t.Errorf("cancelled check = %v", l.Err())
	}
}

func TestIsExternal(t *testing.T) {
	for link, want := range map[string]bool{"https://example.org/x": true, "http://a.b": true, "/about/": false,
		"mailto:a@b.org": false, "//cdn.example.org/x": false, "https://": false, "tel:+1555": false} {
		if IsExternal(link) != want {
			t.Errorf("IsExternal(%q) = %v", link, !want)
		}
	}
}

// TestCheckCache: a second run within the cache's age asks no address
// that answered, asks a broken one again, and an answer older than the
// age is asked again; the cache survives Bytes and ReadCache.
func TestCheckCache(t *testing.T) {
	s := newServer(t)
	links := []Link{
		{URL: s.URL + "/ok", Places: at("content/a.md", 1, 1)},
		{URL: s.URL + "/gone", Places: at("content/a.md", 2, 1)},
	}
	now := time.Date(2026, 12, 5, 9, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	run := func(c *Cache) int {
		c.Now = clock
		return len(Check(context.Background(), links, Options{Timeout: time.Second, Cache: c}))
	}
	c := &Cache{MaxAge: time.Hour}
	if n := run(c); n != 1 {
		t.Fatalf("first run: %d problems, want 1 (/gone)", n)
	}
	c = ReadCache(c.Bytes(), time.Hour)
	now = now.Add(30 * time.Minute)
	if n := run(c); n != 1 {
		t.Fatalf("second run: %d problems, want 1 (/gone again)", n)
	}
	if got := s.count("HEAD /ok"); got != 1 {
		t.Errorf("/ok asked %d times in two runs within the hour, want 1", got)
	}
	if got := s.count("HEAD /gone"); got != 2 {
		t.Errorf("/gone asked %d times in two runs, want 2: a broken link is asked every run", got)
	}
	now = now.Add(time.Hour)
	run(c)
	if got := s.count("HEAD /ok"); got != 2 {
		t.Errorf("/ok asked %d times after its answer aged, want 2", got)
	}
	if c := ReadCache([]byte("not json"), time.Hour); c.fresh(s.URL + "/ok") {
		t.Error("an unreadable cache knows an address")
	}
}
