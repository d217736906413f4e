package rules

import (
	"strings"

	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/wasmjson"
)

// Assumption is one rule that fills a gap the sources leave, for the
// association's coordinator to confirm: where it is written, what it is
// and why it is an assumption.
type Assumption struct {
	File, Path string // e.g. "rules/categories/ifrs.toml", "requirements[3]"
	What       string // e.g. "IFRS rsc-provided (edition 2022)"
	Reason     string
}

// Assumptions lists the assumptions of the rules: requirements (shared and
// the association's overrides), provider rules and the association's
// renewal policy, in file order.
func Assumptions(m *model.Model) []Assumption {
	var out []Assumption
	if r := m.Association.Renewal; r.Assumption {
		out = append(out, Assumption{File: "rules/association.toml", Path: "renewal", What: "the renewal cycle", Reason: r.AssumptionReason})
	}
	for i, pr := range m.Providers {
		if pr.Assumption {
			out = append(out, Assumption{File: "rules/providers.toml", Path: wasmjson.Index("rules", i),
				What: "who may provide RSC for " + strings.Join(pr.Categories, ", "), Reason: pr.AssumptionReason})
		}
	}
	for _, c := range m.Categories {
		for _, list := range [][]*model.Requirement{c.Requirements, c.Renewal} {
			for _, r := range list {
				if r.Assumption {
					out = append(out, Assumption{File: requirementFile(c, r), Path: r.Path, What: c.Abbr + " " + r.ID + when(c, r), Reason: r.AssumptionReason})
				}
			}
		}
	}
	return out
}

// EditorNotes lists every requirement's note (a reading of sources that
// disagree or leave something open, shown only by `endorse serve`) with
// its place, for the coordinator's report: What names the requirement,
// Reason holds the note.
func EditorNotes(m *model.Model) []Assumption {
	var out []Assumption
	for _, c := range m.Categories {
		for _, list := range [][]*model.Requirement{c.Requirements, c.Renewal} {
			for _, r := range list {
				if r.Note != "" {
					out = append(out, Assumption{File: requirementFile(c, r), Path: r.Path, What: c.Abbr + " " + r.ID + when(c, r), Reason: r.Note})
				}
			}
		}
	}
	return out
}

// Unaudited lists the top-level requirements without an audit record
// (neither a basis nor assumption = true), as "file: path (id)".
func Unaudited(m *model.Model) []string {
	var out []string
	for _, c := range m.Categories {
		for _, list := range [][]*model.Requirement{c.Requirements, c.Renewal} {
			for _, r := range list {
				if r.Parent == "" && r.Basis == "" && !r.Assumption {
					out = append(out, requirementFile(c, r)+": "+r.Path+" ("+r.ID+")")
				}
			}
		}
	}
	return out
}

// requirementFile is the file a requirement is written in.
func requirementFile(c *model.Category, r *model.Requirement) string {
	if r.Overridden {
		return "rules/association.toml"
	}
	return c.File
}

// when says which editions or dates a requirement applies to: " (edition
// 2022)", " (renewal from 2023-01-01)", "" when always.
func when(c *model.Category, r *model.Requirement) string {
	switch {
	case len(r.Editions) > 0:
		return " (edition " + strings.Join(r.Editions, ", ") + ")"
	case r.From != 0 || r.Until != 0:
		return " (renewal " + span(r.From, r.Until) + ")"
	case containsReq(c.Renewal, r):
		return " (renewal)"
	}
	return ""
}

func span(from, until model.Date) string {
	switch {
	case from == 0:
		return "until " + until.String()
	case until == 0:
		return "from " + from.String()
	}
	return from.String() + " – " + until.String()
}

func containsReq(list []*model.Requirement, r *model.Requirement) bool {
	for _, x := range list {
		if x == r {
			return true
		}
	}
	return false
}
