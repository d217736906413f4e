package textreport

import (
	"fmt"
	"io"
	"strings"

	"github.com/iecmh/endorse/internal/engine"
	"github.com/iecmh/endorse/internal/i18n"
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
)

// textReport writes an evaluation for people: a header with the ranking,
// then every category (verdict, rules edition, requirements by section,
// each with the profile entries it looked at), then the renewal checks.
// Lines are at most LineWidth columns; there are no colour codes. The
// words come from the model (requirement text, section titles, edition
// names) and the profile (entries are named by what the person typed,
// numbered from 1 in the order of their list).
type textReport struct {
	b    strings.Builder
	say  *i18n.Renderer // words the engine's messages
	m    *model.Model
	p    *profile.Profile
	r    *engine.Report
	rule model.Date // the day whose dated requirements apply: the as-of date, or a renewal's due date
}

// Write writes the text report of r to w, wording the engine's gaps,
// reasons and notes from the message catalog c (the one the browser
// checker words them from).
func Write(w io.Writer, c *i18n.Catalog, m *model.Model, p *profile.Profile, r *engine.Report) error {
	t := &textReport{say: &i18n.Renderer{C: c, M: m}, m: m, p: p, r: r, rule: r.AsOf}
	t.header()
	for _, c := range r.Categories {
		t.category(c)
	}
	for _, rn := range r.Renewal {
		t.renewal(rn)
	}
	_, err := io.WriteString(w, t.b.String())
	return err
}

func (t *textReport) printf(format string, args ...any) { fmt.Fprintf(&t.b, format, args...) }

// para writes text wrapped, every line indented by indent spaces.
func (t *textReport) para(indent int, text string) {
	pad := strings.Repeat(" ", indent)
	t.b.WriteString(Wrap(pad, pad, text))
}

func (t *textReport) header() {
	who := ""
	if name := strings.TrimSpace(t.p.Name); name != "" {
		who = " for " + name + ","
	}
	t.printf("Endorsement check%s as of %s\n", who, t.r.AsOf)
	t.printf("%s\n", t.m.Association.Name)
	if len(t.r.Ranking) < 2 {
		return
	}
	t.ranking()
}

// ranking lists the offered categories, closest first, with what each lacks.
func (t *textReport) ranking() {
	t.printf("\nClosest first (of %s offered on this date):\n", plural(len(t.r.Ranking), "endorsement"))
	w := 0
	for _, id := range t.r.Ranking {
		w = max(w, Width(t.result(id).Abbr))
	}
	for i, id := range t.r.Ranking {
		c := t.result(id)
		head := fmt.Sprintf("  %2d. %-*s  ", i+1, w, c.Abbr)
		t.printf("%s%s\n", head, shorten(t.summary(c), LineWidth-Width(head)))
	}
}

// result returns the category result with this id.
func (t *textReport) result(id string) *engine.CategoryResult {
	for _, c := range t.r.Categories {
		if c.ID == id {
			return c
		}
	}
	return &engine.CategoryResult{ID: id, Abbr: strings.ToUpper(id)}
}

// summary is a category's ranking line: "met", or the open requirements
// and what each lacks.
func (t *textReport) summary(c *engine.CategoryResult) string {
	switch c.Status {
	case engine.Met:
		return "met"
	case engine.Warn:
		return "met, with a warning for the reviewers"
	}
	var gaps []string
	for _, o := range c.Requirements {
		if open(o) {
			gaps = append(gaps, t.gapOf(o))
		}
	}
	return plural(c.Open, "open requirement") + ": " + strings.Join(gaps, "; ")
}

// open reports whether an outcome still needs something.
func open(o *engine.Outcome) bool { return o.Status == engine.NotMet || o.Status == engine.Incomplete }

// gapOf is what an outcome lacks; for any_of, what its closest pathway lacks.
func (t *textReport) gapOf(o *engine.Outcome) string {
	if ch := closest(o); ch != nil {
		return t.gapOf(ch)
	}
	if len(o.Gaps) == 0 {
		return "not answered yet"
	}
	return t.say.Join(o.Gaps)
}

// closest returns an any_of outcome's closest pathway, or nil.
func closest(o *engine.Outcome) *engine.Outcome {
	if o.Kind != "any_of" {
		return nil
	}
	for _, ch := range o.Children {
		if ch.ID == o.Closest {
			return ch
		}
	}
	return nil
}

func (t *textReport) category(c *engine.CategoryResult) {
	t.printf("\n%s", rule(c.Abbr+" · "+c.Name))
	cat := t.m.Category(c.ID)
	if c.Edition == nil {
		t.para(0, t.notOffered(cat))
		return
	}
	core, steps := splitSteps(c.Requirements)
	t.para(0, verdict(c.Status, c.Open, len(core))+stepsLine(c.StepsOpen)+".")
	t.para(0, fmt.Sprintf("Rules in force: “%s” (edition %s, %s).", c.Edition.Name, c.Edition.ID,
		EditionSpan(c.Edition)))
	for _, m := range c.Other {
		t.para(0, t.say.Msg(m))
	}
	t.sections(core, c.Edition.Tree)
	if len(steps) > 0 {
		t.printf("\n  %s\n", "Steps when you apply")
		for _, o := range steps {
			t.outcome(o, t.findReq(c.Edition.Tree, o.ID), 4, "")
		}
	}
}

// notOffered explains a category without an edition on the as-of date.
func (t *textReport) notOffered(cat *model.Category) string {
	s := "Not offered on " + t.r.AsOf.String()
	if cat != nil && len(cat.Editions) > 0 && cat.Editions[0].From != 0 {
		s += ": first offered from " + cat.Editions[0].From.String()
	}
	return s + "."
}

// splitSteps separates the steps when you apply from the other outcomes.
func splitSteps(list []*engine.Outcome) (core, steps []*engine.Outcome) {
	for _, o := range list {
		if o.Step {
			steps = append(steps, o)
		} else {
			core = append(core, o)
		}
	}
	return core, steps
}

// stepsLine adds the steps when you apply still to do to a verdict.
func stepsLine(n int) string {
	if n == 0 {
		return ""
	}
	return "; " + plural(n, "step") + " when you apply still to do (below)"
}

// verdict says a category's or renewal's status in words.
func verdict(status string, openN, total int) string {
	of := fmt.Sprintf("%d of %s", openN, plural(total, "requirement"))
	switch status {
	case engine.Met:
		return "✓ Met: every requirement is met"
	case engine.Warn:
		return "! Met, with a warning: reviewers may ask about a note below"
	case engine.Incomplete:
		return "? Not answered: " + of + " still need answers"
	case engine.NotDue:
		return "– Not due yet: the first renewal period has not begun"
	}
	return "✗ Not met yet: " + of + " open"
}

func (t *textReport) renewal(rn *engine.RenewalResult) {
	cat := t.m.Category(rn.Category)
	name := strings.ToUpper(rn.Category)
	if cat != nil {
		name = cat.Abbr + " · " + cat.Name
	}
	t.printf("\n%s", rule("Renewal of "+name))
	t.para(0, verdict(rn.Status, openCount(rn.Requirements), len(rn.Requirements))+".")
	late := ""
	if rn.LateUntil != rn.Due {
		late = fmt.Sprintf(" (accepted until %s)", rn.LateUntil)
	}
	t.para(0, fmt.Sprintf("Held since %s; renewal period %s, due %s%s.", orUnknown(rn.Since), span(rn.From, rn.Due), rn.Due, late))
	for _, n := range rn.Notes {
		t.para(0, t.say.Msg(n))
	}
	var tree []*model.Requirement
	if cat != nil {
		tree = cat.RenewalTree
	}
	t.rule = rn.Due
	t.sections(rn.Requirements, tree)
	t.rule = t.r.AsOf
}

// openCount counts the outcomes that still need something.
func openCount(list []*engine.Outcome) int {
	n := 0
	for _, o := range list {
		if open(o) {
			n++
		}
	}
	return n
}

func orUnknown(d model.Date) string {
	if d == 0 {
		return "an unknown date"
	}
	return d.String()
}
