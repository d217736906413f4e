package cli

import (
	"context"
	"flag"
	"fmt"
	"net"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/iecmh/endorse/internal/server"
)

// runServe is `endorse serve [-port 1313] [-root DIR] [-host NAMES] [-poll 250ms]
// [-drafts] [-future] [-expired] [-edit]`: it builds the site
// in dev mode, serves it on loopback, rebuilds on every change to an input
// of the build (server.DefaultWatch) and reloads open pages. It answers
// only loopback Host names unless -host names more. With -edit the editor
// at /admin/ saves to the project's files (server.Options.Edit). It
// prints the URL and each rebuild's time; Ctrl-C stops it cleanly.
func runServe(env Env) error {
	opts, err := serveFlags(env)
	if err != nil {
		return err
	}
	srv, err := server.New(opts)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() { <-ctx.Done(); stop() }() // a second Ctrl-C kills at once
	if err := srv.Run(ctx); err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, "endorse: server stopped")
	return nil
}

// serveFlags parses serve's flags into server options.
func serveFlags(env Env) (server.Options, error) {
	fl := flag.NewFlagSet("serve", flag.ContinueOnError)
	fl.SetOutput(env.Stderr)
	port := fl.Int("port", 1313, "TCP port on 127.0.0.1 (0 picks a free one)")
	root := rootFlag(fl)
	hosts := fl.String("host", "", "comma-separated host names to answer besides localhost and loopback IPs (\"*\": any), e.g. for a tunnel")
	poll := fl.Duration("poll", 250*time.Millisecond, "how often to check the inputs (content/, rules/, templates/, static/, wasm/, internal/) for changes")
	edit := fl.Bool("edit", false, "also let the editor at /admin/ save to the project's files (runs decap-server; needs [admin] in content/site.toml and `make cms`)")
	pub := publishFlags(fl)
	if err := fl.Parse(env.Args); err != nil {
		return server.Options{}, err
	}
	if fl.NArg() > 0 || *port < 0 || *port > 65535 || *poll <= 0 {
		return server.Options{}, fmt.Errorf("%w: serve takes -port 0-65535, -root DIR, -host NAMES, -poll DURATION (> 0) and -edit", ErrUsage)
	}
	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(*port))
	return server.Options{Root: *root, Addr: addr, Interval: *poll, Hosts: splitList(*hosts), Log: env.Stdout, Publish: *pub, Edit: *edit}, nil
}

// splitList splits a comma-separated flag value, dropping empty items.
func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}
