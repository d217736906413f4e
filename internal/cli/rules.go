package cli

import (
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/rules"
	"github.com/iecmh/endorse/internal/textreport"
)

// runRules: endorse rules [-root DIR] [--as-of YYYY-MM-DD] [--assumptions] —
// loads and validates rules/ (with the course catalog) and lists every
// category with its editions: when each applies ("from 2025-01-01, in
// force", "until 2024-12-31") and, for a category that starts later, "not
// offered before 2022-09-01". "in force" is relative to --as-of (default:
// today). With --assumptions it lists instead every rule marked
// assumption = true, with its file, key path and reason, for the
// association's coordinator to confirm, the requirements' notes for
// editors, and the requirements not yet audited.
func runRules(env Env) error {
	fl := flag.NewFlagSet("rules", flag.ContinueOnError)
	fl.SetOutput(env.Stderr)
	root := rootFlag(fl)
	asOf := fl.String("as-of", time.Now().Format("2006-01-02"), "date that decides which edition is in force")
	assumptions := fl.Bool("assumptions", false, "list the rules' assumptions")
	if err := fl.Parse(env.Args); err != nil || fl.NArg() > 0 {
		return fmt.Errorf("%w: endorse rules [-root DIR] [--as-of YYYY-MM-DD] [--assumptions]", ErrUsage)
	}
	day, ok := model.ParseDate(*asOf)
	if !ok {
		return fmt.Errorf("%w: --as-of must be YYYY-MM-DD", ErrUsage)
	}
	m, err := loadProject(projectFS(*root))
	if err != nil {
		return err
	}
	if *assumptions {
		return writeAssumptions(env.Stdout, m)
	}
	return writeRules(env.Stdout, m, day)
}

// writeAssumptions lists the rules' assumptions, then any requirement
// without an audit record.
func writeAssumptions(w io.Writer, m *model.Model) error {
	var b strings.Builder
	list := rules.Assumptions(m)
	fmt.Fprintf(&b, "%d assumptions in the rules, for the endorsement coordinator to confirm:\n", len(list))
	for i, a := range list {
		fmt.Fprintf(&b, "\n%d. %s\n   %s: %s\n", i+1, a.What, a.File, a.Path)
		b.WriteString(textreport.Wrap("   ", "   ", a.Reason))
	}
	if notes := rules.EditorNotes(m); len(notes) > 0 {
		fmt.Fprintf(&b, "\n%d notes for editors (how we read the sources; shown by endorse serve, never on the site):\n", len(notes))
		for i, n := range notes {
			fmt.Fprintf(&b, "\n%d. %s\n   %s: %s\n", i+1, n.What, n.File, n.Path)
			b.WriteString(textreport.Wrap("   ", "   ", n.Reason))
		}
	}
	if un := rules.Unaudited(m); len(un) > 0 {
		fmt.Fprintf(&b, "\n%d requirements have no audit record yet (basis or assumption):\n", len(un))
		for _, u := range un {
			b.WriteString("  " + u + "\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeRules lists the categories of m with their editions as of day.
func writeRules(w io.Writer, m *model.Model, day model.Date) error {
	idW, abbrW := 0, 0
	for _, c := range m.Categories {
		idW, abbrW = max(idW, textreport.Width(c.ID)), max(abbrW, textreport.Width(c.Abbr))
	}
	var b strings.Builder
	pad := strings.Repeat(" ", idW+2)
	for _, c := range m.Categories {
		fmt.Fprintf(&b, "%-*s  %-*s  %s\n", idW, c.ID, abbrW, c.Abbr, c.Name)
		if len(c.Editions) > 0 && c.Editions[0].From != 0 {
			fmt.Fprintf(&b, "%snot offered before %s\n", pad, c.Editions[0].From)
		}
		for _, e := range c.Editions {
			fmt.Fprintf(&b, "%sedition %-7s  %-33s  “%s”\n", pad, e.ID, editionWhen(e, c.Edition(day), day), e.Name)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// editionWhen says when an edition applies and whether it is in force on
// day (cur is the edition in force then).
func editionWhen(e, cur *model.Edition, day model.Date) string {
	s := textreport.EditionSpan(e)
	if e.From == 0 && e.Until == 0 {
		s = "always"
	}
	switch {
	case e == cur:
		s += ", in force"
	case e.From > day:
		s += ", not yet in force"
	}
	return s
}
