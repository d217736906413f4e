package rules

import (
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/wasmjson"
)

//go:generate go run ../wasmjson/bindgen

// override is one [[overrides]] table of association.toml.
type override struct {
	Category    string         `json:"category"`
	Requirement string         `json:"requirement"`
	Action      string         `json:"action"`
	Editions    []string       `json:"editions"`
	Renewal     bool           `json:"renewal"`
	Note        string         `json:"note"`
	With        wasmjson.Value `json:"with"` // the requirement table of replace and add
}

// applyOverrides applies association.toml's [[overrides]] in file order.
func (l *loader) applyOverrides(m *model.Model, list wasmjson.Value, f *file) {
	if list.Kind != wasmjson.Null && list.Kind != wasmjson.Array {
		f.errs.Add("overrides", "must be a list of tables ([[overrides]])")
		return
	}
	for i, v := range list.Arr {
		p := wasmjson.Index("overrides", i)
		o := decodeOverride(v, p, &f.errs)
		c := m.Category(o.Category)
		if c == nil && l.brokenCategory(o.Category) {
			continue // its file is reported already
		}
		if c == nil {
			f.errs.Add(wasmjson.Join(p, "category"), "unknown category \""+o.Category+"\"")
			continue
		}
		if msg := o.apply(c, p, &f.errs); msg != "" {
			f.errs.Add(p, msg)
		}
	}
}

func decodeOverride(v wasmjson.Value, p string, errs *wasmjson.Errors) *override {
	o := &override{}
	wasmjson.DecodeObject(&v, p, errs, o)
	if o.Note == "" {
		errs.Add(wasmjson.Join(p, "note"), "missing (required): say why the association differs")
	}
	return o
}

// apply changes c and returns a message when the override cannot apply.
func (o *override) apply(c *model.Category, p string, errs *wasmjson.Errors) string {
	list := &c.Requirements
	if o.Renewal {
		list = &c.Renewal
	}
	switch o.Action {
	case "remove":
		if o.With.Kind != wasmjson.Null {
			return "remove takes no [overrides.with] table"
		}
		return o.remove(c, list)
	case "replace", "add":
		if o.With.Kind != wasmjson.Object {
			return o.Action + " needs an [overrides.with] requirement table"
		}
		r := model.DecodeRequirement(o.With, wasmjson.Join(p, "with"), errs)
		r.Override, r.Overridden = o.Note, true
		if o.Action == "add" {
			r.Editions = o.Editions
			*list = append(*list, r)
			return ""
		}
		return o.replace(c, list, r)
	}
	return `action must be "remove", "replace" or "add"`
}

// targets returns the indexes of the top-level requirements the override names.
func (o *override) targets(list []*model.Requirement) []int {
	var out []int
	for i, r := range list {
		if r.ID == o.Requirement && r.Parent == "" && o.editionsMatch(r) {
			out = append(out, i)
		}
	}
	return out
}

func (o *override) editionsMatch(r *model.Requirement) bool {
	if len(o.Editions) == 0 || len(r.Editions) == 0 {
		return true
	}
	for _, e := range o.Editions {
		if model.In(r.Editions, e) {
			return true
		}
	}
	return false
}

func (o *override) remove(c *model.Category, list *model.RequirementList) string {
	idx := o.targets(*list)
	if len(idx) == 0 {
		return "no requirement \"" + o.Requirement + "\" to remove"
	}
	for k := len(idx) - 1; k >= 0; k-- {
		if rest := o.otherEditions(c, (*list)[idx[k]]); len(rest) > 0 {
			(*list)[idx[k]].Editions = rest // keep it in the editions the override leaves alone
			continue
		}
		*list = removeWithChildren(*list, idx[k])
	}
	c.Removed = append(c.Removed, model.Removal{Requirement: o.Requirement, Editions: o.Editions,
		Renewal: o.Renewal, Note: o.Note})
	return ""
}

// removeWithChildren deletes list[i] and the children listed right after it.
func removeWithChildren(list []*model.Requirement, i int) []*model.Requirement {
	drop := map[string]bool{list[i].ID: true}
	j := i + 1
	for j < len(list) && list[j].Parent != "" && drop[list[j].Parent] {
		drop[list[j].ID] = true
		j++
	}
	return append(list[:i:i], list[j:]...)
}

func (o *override) replace(c *model.Category, list *model.RequirementList, r *model.Requirement) string {
	idx := o.targets(*list)
	if len(idx) == 0 {
		return "no requirement \"" + o.Requirement + "\" to replace"
	}
	for k := len(idx) - 1; k >= 0; k-- {
		old := (*list)[idx[k]]
		n := *r
		n.ID, n.Editions, n.From, n.Until, n.Parent = old.ID, old.Editions, old.From, old.Until, ""
		if rest := o.otherEditions(c, old); len(rest) > 0 {
			old.Editions, n.Editions = rest, o.Editions // the old one stays in the other editions
			*list = insert(*list, idx[k], &n)
			continue
		}
		*list = removeWithChildren(*list, idx[k])
		*list = insert(*list, idx[k], &n)
	}
	return ""
}

func insert(list []*model.Requirement, i int, r *model.Requirement) []*model.Requirement {
	return append(list[:i], append([]*model.Requirement{r}, list[i:]...)...)
}

// otherEditions returns the editions r belongs to that the override does
// not name (nil when the override applies to all of r's editions).
func (o *override) otherEditions(c *model.Category, r *model.Requirement) []string {
	if len(o.Editions) == 0 {
		return nil
	}
	var rest []string
	for _, e := range c.Editions {
		if (len(r.Editions) == 0 || model.In(r.Editions, e.ID)) && !model.In(o.Editions, e.ID) {
			rest = append(rest, e.ID)
		}
	}
	return rest
}
