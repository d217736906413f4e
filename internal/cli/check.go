package cli

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/iecmh/endorse/internal/linkcheck"
	"github.com/iecmh/endorse/internal/site"
)

// runCheck is `endorse check [-root DIR] [--external] [-concurrency N]
// [-timeout D] [-drafts] [-future] [-expired]`: it builds the site into a
// temporary directory, removed afterwards, so every problem a build finds
// is reported without touching public/. With --external it then asks every
// link to another site over HTTP (internal/linkcheck) and reports each
// broken one where it is written:
//
//	content/apply/index.md:12:5: link "https://example.org/x" returned 404 Not Found
//
// Any problem is a *diag.Error (exit status 1). The normal build never
// goes on the network; this is the command for a scheduled job or for
// before a release.
func runCheck(env Env) error {
	fl := flag.NewFlagSet("check", flag.ContinueOnError)
	fl.SetOutput(env.Stderr)
	root := rootFlag(fl)
	external := fl.Bool("external", false, "also check every link to another site over HTTP")
	conc := fl.Int("concurrency", 8, "with -external: requests at once")
	timeout := fl.Duration("timeout", 15*time.Second, "with -external: time allowed for each request")
	cacheAge := fl.Duration("cache-age", 24*time.Hour, "with -external: links that answered within this time are not asked again (0: ask every link)")
	pub := publishFlags(fl)
	if err := fl.Parse(env.Args); err != nil {
		return err
	}
	if fl.NArg() > 0 {
		return fmt.Errorf("%w: check takes no arguments, got %q", ErrUsage, fl.Args())
	}
	if *conc < 1 || *timeout <= 0 {
		return fmt.Errorf("%w: -concurrency must be at least 1 and -timeout positive", ErrUsage)
	}
	tmp, err := os.MkdirTemp("", "endorse-check-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	note := func(s string) { fmt.Fprintln(env.Stderr, "endorse: "+s) }
	sum, err := site.Build(site.Options{Root: *root, Out: tmp + "/public", Context: ctx, Log: note, Publish: *pub, ExternalLinks: *external})
	if err != nil {
		return err
	}
	if !*external {
		fmt.Fprintf(env.Stdout, "endorse: %d pages checked, no problems (outside links not checked: add -external)\n", sum.Pages)
		return nil
	}
	places := 0
	for _, l := range sum.External {
		places += len(l.Places)
	}
	note(fmt.Sprintf("checking %d outside links (%d places) …", len(sum.External), places))
	cache := openLinkCache(*root, *cacheAge)
	l := linkcheck.Check(ctx, sum.External, linkcheck.Options{Concurrency: *conc, Timeout: *timeout, Cache: cache})
	saveLinkCache(*root, cache, note)
	if len(l) > 0 {
		return l.Err()
	}
	fmt.Fprintf(env.Stdout, "endorse: %d pages checked, %d outside links answer\n", sum.Pages, len(sum.External))
	return nil
}

// linkCachePath is where `endorse check -external` keeps the links that
// answered (git-ignored with the rest of .cache/).
const linkCachePath = ".cache/linkcheck.json"

// openLinkCache reads the project's link cache; nil (no cache) when age
// is 0. A missing or unreadable file is an empty cache.
func openLinkCache(root string, age time.Duration) *linkcheck.Cache {
	if age <= 0 {
		return nil
	}
	data, _ := os.ReadFile(filepath.Join(root, linkCachePath))
	return linkcheck.ReadCache(data, age)
}

// saveLinkCache writes the cache back; failing to is only a note (the
// check itself is done).
func saveLinkCache(root string, c *linkcheck.Cache, note func(string)) {
	if c == nil {
		return
	}
	path := filepath.Join(root, linkCachePath)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		note("could not keep the link cache: " + err.Error())
		return
	}
	if err := os.WriteFile(path, c.Bytes(), 0o644); err != nil {
		note("could not keep the link cache: " + err.Error())
	}
}
