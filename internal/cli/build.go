package cli

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"syscall"

	"github.com/iecmh/endorse/internal/site"
)

// buildGCPercent is the garbage collector's target for a build: a build is
// a short batch job whose live heap is a small page index, so letting the
// heap grow 250% between collections instead of 100% saves CPU at 10,000
// pages (alternating builds of the bench corpus: ~5% less than at 150,
// ~2% less than at 200) for a peak RSS of ~165 MiB, under the 190 MiB
// budget (300 reached ~189 MiB).
const buildGCPercent = 250

// tuneGC applies buildGCPercent unless the user set GOGC.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(buildGCPercent)
	}
}

// runBuild is `endorse build [-root DIR] [-out DIR] [-drafts] [-future]
// [-expired]`: it builds the site and prints one summary line (and any
// warnings), or returns the build's diagnostics. Ctrl-C or SIGTERM stops
// the build, removing what it staged; a build of an output another build
// is writing waits for it.
func runBuild(env Env) error {
	fl := flag.NewFlagSet("build", flag.ContinueOnError)
	fl.SetOutput(env.Stderr)
	root := rootFlag(fl)
	out := fl.String("out", "", "output directory (default: public/ in the project directory)")
	pub := publishFlags(fl)
	if err := fl.Parse(env.Args); err != nil {
		return err
	}
	if fl.NArg() > 0 {
		return fmt.Errorf("%w: build takes no arguments, got %q", ErrUsage, fl.Args())
	}
	tuneGC()
	if *out != "" {
		abs, err := filepath.Abs(*out)
		if err != nil {
			return err
		}
		*out = abs
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() { <-ctx.Done(); stop() }() // a second Ctrl-C kills at once (the next build sweeps up)
	note := func(s string) { fmt.Fprintln(env.Stderr, "endorse: "+s) }
	sum, err := site.Build(site.Options{Root: *root, Out: *out, Context: ctx, Log: note, Publish: *pub})
	if err != nil {
		return err
	}
	for _, w := range sum.Warnings {
		note("warning: " + w)
	}
	fmt.Fprintln(env.Stdout, "endorse: "+sum.String())
	return nil
}
