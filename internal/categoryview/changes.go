package categoryview

import (
	"sort"
	"strings"

	"github.com/iecmh/endorse/internal/model"
)

// changesView is "what changed from the previous edition", derived by
// comparing the two editions' requirement trees (top-level requirements
// matched by id).
type changesView struct {
	Edition, Previous editionView
	Items             []changeView
}

// changeView is one added, removed or changed requirement.
type changeView struct {
	Change  string // "Added", "No longer required" or "Changed"
	Class   string // "added", "removed" or "changed"
	Section string
	Text    string // Markdown: the requirement now (the old one when removed)
	Before  string // Markdown: the old text, when the text changed
	Now     string // facts only the new rule has
	Was     string // facts only the old rule had
	Sources []sourceRef
}

// changes compares e with the edition before it; nil for the first edition.
func (x *pageCtx) changes(e *model.Edition) *changesView {
	prev := previousEdition(x.c, e)
	if prev == nil {
		return nil
	}
	v := &changesView{Edition: x.edition(e, e), Previous: x.edition(prev, e)}
	old := map[string]*model.Requirement{}
	for _, r := range prev.Tree {
		old[r.ID] = r
	}
	seen := map[string]bool{}
	for _, r := range e.Tree {
		seen[r.ID] = true
		if c, ok := x.change(old[r.ID], r); ok {
			v.Items = append(v.Items, c)
		}
	}
	for _, r := range prev.Tree {
		if !seen[r.ID] {
			v.Items = append(v.Items, changeView{Change: "No longer required", Class: "removed",
				Section: sectionTitle(r.Section), Text: r.Text, Sources: x.sources.refs(r.Source)})
		}
	}
	sortChanges(v.Items)
	return v
}

func previousEdition(c *model.Category, e *model.Edition) *model.Edition {
	for i, o := range c.Editions {
		if o == e && i > 0 {
			return c.Editions[i-1]
		}
	}
	return nil
}

// change describes how r differs from old (nil: r is new); ok is false
// when nothing a reader or the checker would notice changed.
func (x *pageCtx) change(old, r *model.Requirement) (changeView, bool) {
	c := changeView{Section: sectionTitle(r.Section), Text: r.Text}
	if old == nil || fingerprint(old) != fingerprint(r) {
		c.Sources = x.sources.refs(r.Source)
	}
	if old == nil {
		c.Change, c.Class = "Added", "added"
		return c, true
	}
	if fingerprint(old) == fingerprint(r) {
		return c, false
	}
	c.Change, c.Class = "Changed", "changed"
	if strings.TrimSpace(old.Text) != strings.TrimSpace(r.Text) {
		c.Before = old.Text
	}
	now, was := diffFacts(x.facts(r, false), x.facts(old, false))
	c.Now, c.Was = joinFacts(now), joinFacts(was)
	return c, true
}

// fingerprint is what the checker evaluates of a requirement: kind,
// section, text and parameters, children included (notes are not).
func fingerprint(r *model.Requirement) string {
	s := r.Kind + "\x00" + r.Section + "\x00" + r.Text + "\x00" + model.ParamsJSON(r.Params)
	for _, ch := range r.Children {
		s += "\n" + ch.ID + ":" + fingerprint(ch)
	}
	return s
}

// diffFacts returns the facts only in a and those only in b.
func diffFacts(a, b []string) (onlyA, onlyB []string) {
	for _, f := range a {
		if !model.In(b, f) {
			onlyA = append(onlyA, f)
		}
	}
	for _, f := range b {
		if !model.In(a, f) {
			onlyB = append(onlyB, f)
		}
	}
	return onlyA, onlyB
}

// sortChanges orders changes by section (stable).
func sortChanges(items []changeView) {
	rank := func(title string) int {
		for i, t := range model.SectionTitles {
			if t == title {
				return i
			}
		}
		return len(model.SectionTitles)
	}
	sort.SliceStable(items, func(i, j int) bool { return rank(items[i].Section) < rank(items[j].Section) })
}
