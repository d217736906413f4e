// Package linkcheck checks a site's links to other sites over real HTTP
// (`endorse check --external`). It is never part of a normal build: the
// answer depends on the network and on other people's servers, so a build
// stays reproducible and offline.
//
// The API is narrow: the caller (internal/site) collects each outside
// address with the places it is written, Check asks every address once
// and returns one diagnostic per place of a broken address:
//
//	content/apply/index.md:12:5: link "https://example.org/x" returned 404 Not Found
package linkcheck

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/iecmh/endorse/internal/diag"
)

// Link is one outside address and the places it is written (File, Line,
// Col of each; Message unused).
type Link struct {
	URL    string
	Places []diag.Diagnostic
}

// Options tune Check. The zero value is ready to use.
type Options struct {
	// Concurrency is how many requests run at once (default 8): enough to
	// check a few hundred links in seconds without hammering one server.
	Concurrency int
	// Timeout bounds each request, redirects included (default 15s).
	Timeout time.Duration
	// Client makes the requests (default: http.Client following up to 10
	// redirects). Its Timeout is left alone; Timeout above applies.
	Client *http.Client
	// UserAgent is sent with each request (default "endorse-linkcheck/1").
	UserAgent string
	// Cache, when set, skips the addresses that answered with a success
	// within its MaxAge and records the new successes.
	Cache *Cache
}

func (o Options) withDefaults() Options {
	if o.Concurrency <= 0 {
		o.Concurrency = 8
	}
	if o.Timeout <= 0 {
		o.Timeout = 15 * time.Second
	}
	if o.Client == nil {
		o.Client = &http.Client{}
	}
	if o.UserAgent == "" {
		o.UserAgent = "endorse-linkcheck/1"
	}
	return o
}

// IsExternal reports whether link is an address Check can ask: http or
// https with a host.
func IsExternal(link string) bool {
	u, err := url.Parse(link)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// Check asks every link's address (without its #fragment, each address
// once however many links share it) with at most o.Concurrency requests
// at a time, and returns a diagnostic at every place of each address that
// did not answer with a success: "link … returned 404 Not Found", "link …
// did not answer within 15s", "link … failed: <network error>". A HEAD
// request comes first; when it fails or is refused (many servers answer
// HEAD with 403, 404 or 405), a GET decides. Cancelling ctx stops the
// requests still to run; their links are reported as not checked.
func Check(ctx context.Context, links []Link, o Options) diag.List {
	o = o.withDefaults()
	byAddr := map[string][]Link{}
	var addrs []string
	for _, l := range links {
		a := address(l.URL)
		if _, seen := byAddr[a]; !seen {
			addrs = append(addrs, a)
		}
		byAddr[a] = append(byAddr[a], l)
	}
	sort.Strings(addrs)
	problems := make([]string, len(addrs))
	sem := make(chan struct{}, o.Concurrency)
	var wg sync.WaitGroup
	for i, a := range addrs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			select {
			case sem <- struct{}{}:
				defer func() { <-sem }()
				problems[i] = o.askCached(ctx, a)
			case <-ctx.Done():
				problems[i] = "was not checked: " + ctx.Err().Error()
			}
		}()
	}
	wg.Wait()
	var l diag.List
	for i, a := range addrs {
		if problems[i] == "" {
			continue
		}
		for _, link := range byAddr[a] {
			for _, p := range link.Places {
				p.Message = "link " + strconv.Quote(link.URL) + " " + problems[i]
				l = append(l, p)
			}
		}
	}
	l.Sort()
	return l
}

// address is link without its fragment (never sent to a server).
func address(link string) string {
	a, _, _ := strings.Cut(link, "#")
	return a
}

// askCached is ask, skipped for an address the cache knows answered.
func (o Options) askCached(ctx context.Context, addr string) string {
	if o.Cache.fresh(addr) {
		return ""
	}
	problem := o.ask(ctx, addr)
	if problem == "" {
		o.Cache.answered(addr)
	}
	return problem
}

// ask returns "" when addr answers with a success (after redirects), else
// what went wrong, worded to follow `link "…"`.
func (o Options) ask(ctx context.Context, addr string) string {
	status, err := o.request(ctx, http.MethodHead, addr)
	if err == nil && status < 400 {
		return ""
	}
	status, err = o.request(ctx, http.MethodGet, addr)
	switch {
	case errors.Is(err, context.DeadlineExceeded) && ctx.Err() == nil:
		return "did not answer within " + o.Timeout.String()
	case err != nil:
		return "failed: " + cleanError(err)
	case status >= 400:
		return "returned " + strconv.Itoa(status) + " " + http.StatusText(status)
	}
	return ""
}

// request sends one request and returns the final status code. A GET's
// body is read only in part: the status is the answer.
func (o Options) request(ctx context.Context, method, addr string) (int, error) {
	ctx, cancel := context.WithTimeout(ctx, o.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, method, addr, nil)
	if err != nil {
		return 0, err
	}
	req.Header.Set("User-Agent", o.UserAgent)
	req.Header.Set("Accept", "text/html,*/*;q=0.8")
	resp, err := o.Client.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	_, _ = io.CopyN(io.Discard, resp.Body, 64<<10) // lets the connection be reused
	return resp.StatusCode, nil
}

// cleanError drops the `Get "https://…": ` prefix url.Error adds: the
// diagnostic names the link already.
func cleanError(err error) string {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	return err.Error()
}
