package textreport

import (
	"sort"
	"strconv"
	"strings"

	"github.com/iecmh/endorse/internal/engine"
	"github.com/iecmh/endorse/internal/model"
)

// sections writes outcomes under section headings, in the order
// associations publish them (model.Sections; unknown keys last). tree holds
// the requirements the outcomes were checked against (their wording).
func (t *textReport) sections(list []*engine.Outcome, tree []*model.Requirement) {
	for _, key := range sectionOrder(list) {
		t.printf("\n  %s\n", model.SectionTitle(key))
		for _, o := range list {
			if o.Section == key {
				t.outcome(o, t.findReq(tree, o.ID), 4, "")
			}
		}
	}
}

// sectionOrder returns the section keys of list, each once, in published order.
func sectionOrder(list []*engine.Outcome) []string {
	var keys []string
	for _, o := range list {
		if !model.In(keys, o.Section) {
			keys = append(keys, o.Section)
		}
	}
	rank := func(k string) int {
		if r := model.SectionRank(k); r >= 0 {
			return r
		}
		return len(model.Sections)
	}
	sort.SliceStable(keys, func(i, j int) bool { return rank(keys[i]) < rank(keys[j]) })
	return keys
}

// findReq returns the requirement id of list that applies on t.rule
// (renewal requirements have dated versions, chosen by the due date), or nil.
func (t *textReport) findReq(list []*model.Requirement, id string) *model.Requirement {
	for _, r := range list {
		if r.ID == id && t.rule.Within(r.From, r.Until) {
			return r
		}
	}
	return nil
}

// outcome writes one requirement: symbol and label, then its details
// indented under the label, then its pathways or parts one level deeper.
func (t *textReport) outcome(o *engine.Outcome, r *model.Requirement, indent int, mark string) {
	head := strings.Repeat(" ", indent) + symbol(o.Status) + " "
	t.printf("%s%s%s\n", head, shorten(label(r, o.ID), LineWidth-Width(head)-Width(mark)), mark)
	t.details(o, r, indent+2)
	for _, ch := range o.Children {
		var cr *model.Requirement
		if r != nil {
			cr = t.findReq(r.Children, ch.ID)
		}
		t.outcome(ch, cr, indent+2, pathMark(o, ch))
	}
}

// label is a requirement's first sentence without Markdown, or its id in
// words when the rules have no text for it.
func label(r *model.Requirement, id string) string {
	if r == nil || strings.TrimSpace(r.Text) == "" {
		return strings.ToUpper(id[:1]) + strings.ReplaceAll(id[1:], "-", " ")
	}
	return firstSentence(plainText(r.Text))
}

// pathMark marks the closest pathway of an any_of.
func pathMark(parent, ch *engine.Outcome) string {
	switch {
	case parent.Kind != "any_of" || ch.ID != parent.Closest:
		return ""
	case open(parent):
		return "  ← closest"
	}
	return "  ← this one counts"
}

func symbol(status string) string {
	return map[string]string{engine.Met: "✓", engine.Warn: "!", engine.NotMet: "✗", engine.Incomplete: "?"}[status]
}

func statusWord(status string) string {
	return map[string]string{engine.Met: "Met", engine.Warn: "Met, with a warning", engine.NotMet: "Not met",
		engine.Incomplete: "Not answered yet"}[status]
}

// details writes the status line, the RSC window, the projection, the
// notes and the profile entries of an outcome.
func (t *textReport) details(o *engine.Outcome, r *model.Requirement, indent int) {
	t.para(indent, t.statusLine(o))
	if p, ok := rolling(r); ok && o.Window != nil && o.Window.Hours > 0 {
		t.para(indent, t.windowText(o.Window, p))
	}
	if o.Projected != 0 && o.Kind != "any_of" {
		t.para(indent, "At your recent pace: met by "+monthYear(o.Projected)+".")
	}
	pad := strings.Repeat(" ", indent)
	for _, n := range o.Notes {
		t.b.WriteString(Wrap(pad+"Note: ", pad+"      ", t.say.Msg(n)))
	}
	for _, n := range o.Next {
		t.b.WriteString(Wrap(pad+"Next: ", pad+"      ", t.say.Msg(n)))
	}
	for _, it := range o.Items {
		t.b.WriteString(Wrap(pad+"· ", pad+"  ", t.entryName(it.List.String(), int(it.Index))+": "+t.itemResult(o, it)))
	}
}

// statusLine says the status in words, with have/need and what is missing.
func (t *textReport) statusLine(o *engine.Outcome) string {
	s := statusWord(o.Status)
	if o.Kind == "any_of" || o.Kind == "all_of" {
		return s + groupLine(o)
	}
	gap := t.say.Join(o.Gaps)
	if o.Status == engine.Incomplete && gap != "" {
		return s + ": " + gap + "."
	}
	if hn := t.haveNeed(o); hn != "" {
		s += ": " + hn
	}
	if s += "."; gap != "" {
		s += " Missing: " + gap + "."
	}
	return s
}

// groupLine explains how an any_of or all_of combines its parts.
func groupLine(o *engine.Outcome) string {
	switch {
	case o.Kind == "any_of" && open(o):
		return ": one of these pathways is enough, and none is met yet."
	case o.Kind == "any_of":
		return " through one of these pathways (one is enough)."
	case open(o):
		return ": every part below is needed."
	}
	return ": every part below is met."
}

// haveNeed writes "have 48 of 50 hours" or "have 79 hours, 30 needed".
// The unit takes the form its number asks for (the catalog's
// [labels.amount]: "1 hour", "2 hours").
func (t *textReport) haveNeed(o *engine.Outcome) string {
	if o.Unit == "" {
		return ""
	}
	if o.Have < o.Need {
		return "have " + num(o.Have) + " of " + t.say.Amount(num(o.Need), o.Unit)
	}
	return "have " + t.say.Amount(num(o.Have), o.Unit) + ", " + num(o.Need) + " needed"
}

// rolling returns the parameters of an RSC requirement counted over a
// rolling window of months (renewal RSC counts the calendar year instead).
func rolling(r *model.Requirement) (*model.RSCReceived, bool) {
	if r == nil {
		return nil, false
	}
	p, ok := r.Params.(*model.RSCReceived)
	return p, ok && (p.MinMonths > 0 || p.MaxMonths > 0)
}

// windowText describes the best rolling window of RSC hours.
func (t *textReport) windowText(w *engine.Window, p *model.RSCReceived) string {
	months := strconv.Itoa(p.MinMonths) + "–" + strconv.Itoa(p.MaxMonths)
	if p.MaxMonths == 0 {
		months = "at least " + strconv.Itoa(p.MinMonths)
	}
	spread := "sessions spanning " + t.say.Amount(num(w.SpanMonth), "months")
	if w.SpanMonth < 0.05 {
		spread = "all on one day"
	}
	s := "Best window (the rules ask for " + months + " months): " + span(w.From, w.To) + ", " +
		num(w.Hours) + " h, " + spread + "."
	if w.FallsOut != 0 {
		s += " The earliest of these hours leave the window on " + w.FallsOut.String() + "."
	}
	return s
}
