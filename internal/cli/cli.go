// Package cli turns command-line arguments into calls of Endorse's packages.
//
// Each subcommand lives in its own file; the commands table below lists
// them all, so one look shows every command and its summary. Run
// returns an error for the caller (cmd/endorse) to turn into an exit status:
// a *diag.Error or a usage error means bad input (exit 1).
package cli

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Env is what a command may touch: its arguments and output streams. The
// working directory is the project root.
type Env struct {
	Args   []string
	Stdout io.Writer
	Stderr io.Writer
}

// command is one subcommand.
type command struct {
	summary string
	run     func(env Env) error
}

// commands is every subcommand by name; usage lists them in name order.
var commands = map[string]command{
	"build":   {"build the site into public/ (or -out DIR)", runBuild},
	"check":   {"check the site without writing public/ (-external: links to other sites too, over HTTP)", runCheck},
	"eval":    {"check an applicant profile against the endorsement rules", runEval},
	"netlify": {"rewrite netlify.toml's [[headers]] from content/site.toml", runNetlify},
	"rules":   {"validate the rules and list categories and their editions (--assumptions: the assumptions)", runRules},
	"serve":   {"preview the site at http://127.0.0.1:1313/ with live reload", runServe},
}

// ErrUsage marks an error caused by wrong arguments.
var ErrUsage = errors.New("usage")

// Run executes "endorse <command> args...".
func Run(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprint(stdout, usage())
		return nil
	}
	cmd, ok := commands[args[0]]
	if !ok {
		return fmt.Errorf("%w: unknown command %q\n%s", ErrUsage, args[0], usage())
	}
	return cmd.run(Env{Args: args[1:], Stdout: stdout, Stderr: stderr})
}

func usage() string {
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString("Usage: endorse <command> [arguments]\n\nCommands:\n")
	for _, n := range names {
		fmt.Fprintf(&b, "  %-8s %s\n", n, commands[n].summary)
	}
	b.WriteString("\nEvery command takes -root DIR, the project directory (default: the working directory).\n")
	b.WriteString("Run 'endorse <command> -h' for a command's flags.\n")
	return b.String()
}
