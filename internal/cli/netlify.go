package cli

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/iecmh/endorse/internal/site"
)

// runNetlify is `endorse netlify [-root DIR] [-check]`: it writes
// netlify.toml with the header rules the build writes to public/_headers
// (they depend on site.toml's embed.allow and admin), or with -check only
// reports whether the file is up to date.
func runNetlify(env Env) error {
	fl := flag.NewFlagSet("netlify", flag.ContinueOnError)
	fl.SetOutput(env.Stderr)
	root := rootFlag(fl)
	check := fl.Bool("check", false, "only report whether netlify.toml is up to date (exit status 1 when not)")
	if err := fl.Parse(env.Args); err != nil {
		return err
	}
	if fl.NArg() > 0 {
		return fmt.Errorf("%w: netlify takes no arguments, got %q", ErrUsage, fl.Args())
	}
	next, prev, err := site.NetlifyTOMLFor(*root)
	if err != nil {
		return err
	}
	file := filepath.Join(*root, site.NetlifyFile)
	switch {
	case bytes.Equal(next, prev):
		fmt.Fprintln(env.Stdout, "endorse: "+file+" is up to date")
		return nil
	case *check:
		return fmt.Errorf("%s is out of date: run `endorse netlify` to rewrite it", file)
	}
	if err := os.WriteFile(file, next, 0o644); err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, "endorse: wrote "+file)
	return nil
}
