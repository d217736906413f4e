package cli

import (
	"context"
	"flag"
	"fmt"
	"net"
	"os"
	"os/signal"
	"strconv"
	"syscall"
	"time"

	"github.com/iecmh/endorse/internal/server"
)

func init() {
	register("serve", "preview the site at http://127.0.0.1:1313/ with live reload", runServe)
}

// runServe is `endorse serve [-port 1313] [-root DIR] [-poll 250ms]`: it builds the site
// in dev mode, serves it on loopback, rebuilds on every change under
// content/, rules/, templates/ and static/ and reloads open pages. It
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
	root := fl.String("root", ".", "project directory (content/, templates/, static/, rules/)")
	poll := fl.Duration("poll", 250*time.Millisecond, "how often to check content/, rules/, templates/ and static/ for changes")
	if err := fl.Parse(env.Args); err != nil {
		return server.Options{}, err
	}
	if fl.NArg() > 0 || *port < 0 || *port > 65535 || *poll <= 0 {
		return server.Options{}, fmt.Errorf("%w: serve takes -port 0-65535, -root DIR and -poll DURATION (> 0)", ErrUsage)
	}
	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(*port))
	return server.Options{Root: *root, Addr: addr, Interval: *poll, Log: env.Stdout}, nil
}
