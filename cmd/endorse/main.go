// Command endorse builds an endorsement association's static site, serves it
// for preview and evaluates applicant profiles against the rules.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/iecmh/endorse/internal/cli"
)

func main() {
	err := cli.Run(os.Args[1:], os.Stdout, os.Stderr)
	if err == nil || err == flag.ErrHelp {
		return
	}
	fmt.Fprintln(os.Stderr, err)
	os.Exit(1)
}
