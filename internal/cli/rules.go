package cli

import (
	"flag"
	"fmt"
	"os"

	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/rules"
)

func init() {
	register("rules", "validate the rules and list categories and their editions", runRules)
}

// runRules: endorse rules — loads and validates rules/ (with the course
// catalog) and lists every category with its editions.
func runRules(env Env) error {
	fl := flag.NewFlagSet("rules", flag.ContinueOnError)
	fl.SetOutput(env.Stderr)
	if err := fl.Parse(env.Args); err != nil || fl.NArg() > 0 {
		return fmt.Errorf("%w: endorse rules", ErrUsage)
	}
	m, l := rules.LoadProject(os.DirFS("."))
	if err := l.Err(); err != nil {
		return err
	}
	for _, c := range m.Categories {
		fmt.Fprintf(env.Stdout, "%-9s %-7s %s\n", c.ID, c.Abbr, c.Name)
		for _, e := range c.Editions {
			fmt.Fprintf(env.Stdout, "          edition %-6s %s … %s  %s\n", e.ID, dateOr(e.From, "always"), dateOr(e.Until, "today"), e.Name)
		}
	}
	return nil
}

func dateOr(d model.Date, s string) string {
	if d == 0 {
		return s
	}
	return d.String()
}
