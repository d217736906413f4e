package cli

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/iecmh/endorse/internal/engine"
	"github.com/iecmh/endorse/internal/model"
)

// writeText prints a report for people: the ranking, then each category
// with a line per requirement, then the renewal checks.
func writeText(w io.Writer, m *model.Model, r *engine.Report) {
	fmt.Fprintf(w, "Endorsement check as of %s (%s)\n", r.AsOf, m.Association.Name)
	if len(r.Ranking) > 1 {
		fmt.Fprintf(w, "Closest categories: %s\n", strings.Join(r.Ranking, ", "))
	}
	for _, c := range r.Categories {
		writeCategory(w, c)
	}
	for _, rn := range r.Renewal {
		fmt.Fprintf(w, "\nRenewal of %s for %s–%s: %s\n", strings.ToUpper(rn.Category), rn.From, rn.Due, statusText(rn.Status))
		writeOutcomes(w, rn.Requirements, "  ")
	}
}

func writeCategory(w io.Writer, c *engine.CategoryResult) {
	fmt.Fprintf(w, "\n%s — %s: %s", c.Abbr, c.Name, statusText(c.Status))
	if c.Edition != nil {
		fmt.Fprintf(w, " (rules %q)", c.Edition.Name)
	}
	fmt.Fprintln(w)
	writeOutcomes(w, c.Requirements, "  ")
}

func writeOutcomes(w io.Writer, list []*engine.Outcome, indent string) {
	for _, o := range list {
		fmt.Fprintf(w, "%s%-9s %s: %s", indent, mark(o.Status), model.SectionTitle(o.Section), o.ID)
		if o.Unit != "" {
			fmt.Fprintf(w, " — %s of %s %s", num(o.Have), num(o.Need), o.Unit)
		}
		fmt.Fprintln(w)
		writeDetails(w, o, indent+"          ")
		writeOutcomes(w, o.Children, indent+"  ")
	}
}

func writeDetails(w io.Writer, o *engine.Outcome, indent string) {
	if o.Gap != "" {
		fmt.Fprintf(w, "%sMissing: %s\n", indent, o.Gap)
	}
	if o.Window != nil && o.Window.Hours > 0 && o.Window.FallsOut != 0 {
		fmt.Fprintf(w, "%sBest window %s – %s: %s h; its earliest hours drop out on %s\n",
			indent, o.Window.From, o.Window.To, num(o.Window.Hours), o.Window.FallsOut)
	}
	if o.Projected != 0 {
		fmt.Fprintf(w, "%sAt your recent pace: met about %s\n", indent, o.Projected)
	}
	for _, n := range o.Notes {
		fmt.Fprintf(w, "%sNote: %s\n", indent, n)
	}
	for _, it := range o.Items {
		if !it.Counted() {
			fmt.Fprintf(w, "%s%s[%d] not counted: %s\n", indent, it.List(), it.Index, o.Reason(it))
		}
	}
}

func mark(status string) string {
	return map[string]string{engine.Met: "[met]", engine.Warn: "[met!]", engine.NotMet: "[missing]",
		engine.Incomplete: "[?]"}[status]
}

func statusText(s string) string {
	return map[string]string{engine.Met: "requirements met", engine.Warn: "met, with warnings",
		engine.NotMet: "not met yet", engine.Incomplete: "incomplete: some answers are missing",
		engine.NotOffered: "not offered on this date"}[s]
}

func num(f float64) string { return strconv.FormatFloat(float64(int(f*100+0.5))/100, 'f', -1, 64) }
