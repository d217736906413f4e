// Package cli turns command-line arguments into calls of Endorse's packages.
//
// Each subcommand lives in its own file and registers itself in commands
// from an init function, so adding a command never edits this file. Run
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

var commands = map[string]command{}

// register adds a subcommand; called from init functions.
func register(name, summary string, run func(env Env) error) {
	commands[name] = command{summary: summary, run: run}
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
