package textreport

import (
	"strconv"
	"strings"

	"github.com/iecmh/endorse/internal/engine"
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
)

// itemResult says how much an entry counted, or why it did not.
func (t *textReport) itemResult(o *engine.Outcome, it engine.Item) string {
	reason := t.say.Msg(o.Reason(it))
	if !it.Counted {
		if reason == "" {
			return "not counted"
		}
		return "not counted, " + reason
	}
	s := "counted" + t.amountText(o.Unit, it.Amount)
	if reason != "" {
		s += " (" + reason + ")"
	}
	return s + t.toward(o.Toward(it))
}

// toward says which topic minimums a training entry's hours went to:
// "; 15 h toward Providing reflective supervision/consultation".
func (t *textReport) toward(list []engine.Share) string {
	parts := make([]string, len(list))
	for i, s := range list {
		parts[i] = num(s.Hours) + " h toward " + vocabLabel(t.m.Vocabulary.Topics, s.Topic)
	}
	if len(parts) == 0 {
		return ""
	}
	return "; " + strings.Join(parts, ", ")
}

// amountText writes what an entry contributed: " 3 h", " 12 months", or
// "" for units that count entries (references, degrees …).
func (t *textReport) amountText(unit string, n float64) string {
	switch unit {
	case "hours":
		return " " + num(n) + " h"
	case "months":
		return " " + t.say.Amount(num(n), "months")
	}
	return ""
}

// entryName names profile entry list[i] (0-based) by what the person
// typed, numbered from 1: `training 3 “Cultural humility” (1 h, 2024-09-01)`.
func (t *textReport) entryName(list string, i int) string {
	n := strconv.Itoa(i + 1)
	if f, ok := entryNamers[list]; ok && i >= 0 && f.ok(t.p, i) {
		return f.name(t, i, n)
	}
	return strings.ReplaceAll(list, "_", " ") + " " + n
}

// namer names the entries of one profile list.
type namer struct {
	ok   func(p *profile.Profile, i int) bool
	name func(t *textReport, i int, n string) string
}

var entryNamers = map[string]namer{
	"degrees": {func(p *profile.Profile, i int) bool { return i < len(p.Degrees) }, (*textReport).degree},
	"licenses": {func(p *profile.Profile, i int) bool { return i < len(p.Licenses) },
		(*textReport).license},
	"credentials": {func(p *profile.Profile, i int) bool { return i < len(p.Credentials) },
		(*textReport).credential},
	"training": {func(p *profile.Profile, i int) bool { return i < len(p.Training) }, (*textReport).training},
	"work":     {func(p *profile.Profile, i int) bool { return i < len(p.Work) }, (*textReport).work},
	"rsc_received": {func(p *profile.Profile, i int) bool { return i < len(p.RSCReceived) },
		(*textReport).rscReceived},
	"rsc_provided": {func(p *profile.Profile, i int) bool { return i < len(p.RSCProvided) },
		(*textReport).rscProvided},
	"leadership": {func(p *profile.Profile, i int) bool { return i < len(p.Leadership) },
		(*textReport).leadership},
	"references": {func(p *profile.Profile, i int) bool { return i < len(p.References) },
		(*textReport).reference},
	"memberships": {func(p *profile.Profile, i int) bool { return i < len(p.Memberships) },
		(*textReport).membership},
	"endorsements": {func(p *profile.Profile, i int) bool { return i < len(p.Endorsements) },
		(*textReport).endorsement},
}

var levelWords = map[string]string{"associate": "Associate's", "bachelor": "Bachelor's", "master": "Master's",
	"doctorate": "doctorate"}

// quoted writes “s”, or the fallback when s is empty.
func quoted(s, fallback string) string {
	if s = strings.TrimSpace(s); s == "" {
		return fallback
	}
	return "“" + s + "”"
}

// facts writes the non-empty parts in parentheses: " (a, b)".
func facts(parts ...string) string {
	var keep []string
	for _, p := range parts {
		if p != "" {
			keep = append(keep, p)
		}
	}
	if len(keep) == 0 {
		return ""
	}
	return " (" + strings.Join(keep, ", ") + ")"
}

func (t *textReport) degree(i int, n string) string {
	d := t.p.Degrees[i]
	return "degree " + n + " " + quoted(d.Name, levelWords[d.Level]) + facts(levelWords[d.Level], d.Date.String())
}

func (t *textReport) license(i int, n string) string {
	l := t.p.Licenses[i]
	kind := vocabLabel(t.m.Vocabulary.Licenses, l.Kind)
	return "license " + n + " " + quoted(l.Name, kind) + facts(kind, since(l.Date))
}

func (t *textReport) credential(i int, n string) string {
	c := t.p.Credentials[i]
	return "credential " + n + " " + vocabLabel(t.m.Vocabulary.Credentials, c.ID) + facts(c.Date.String())
}

func (t *textReport) training(i int, n string) string {
	tr := t.p.Training[i]
	hours := ""
	if tr.HasHours {
		hours = num(tr.Hours) + " h"
	} else if c := t.m.Course(tr.Course); c != nil && c.ClockHours > 0 {
		hours = num(c.ClockHours) + " h in the catalog"
	}
	return "training " + n + " " + quoted(tr.Title, "(untitled)") + facts(hours, tr.Date.String())
}

func (t *textReport) work(i int, n string) string {
	w := t.p.Work[i]
	fte := ""
	if w.FTE > 0 && w.FTE < 1 {
		fte = num(w.FTE) + " FTE"
	}
	return "work " + n + " " + quoted(w.Role, "(no role)") + facts(span(w.Start, w.End), fte)
}

func (t *textReport) rscReceived(i int, n string) string {
	r := t.p.RSCReceived[i]
	who := ""
	if r.Provider != "" {
		who = " with " + r.Provider
	}
	return "RSC " + n + who + facts(span(r.Start, r.End), num(r.Hours)+" h", r.Format)
}

func (t *textReport) rscProvided(i int, n string) string {
	r := t.p.RSCProvided[i]
	return "RSC provided " + n + facts(span(r.Start, r.End), r.Format)
}

func (t *textReport) leadership(i int, n string) string {
	l := t.p.Leadership[i]
	return "leadership " + n + " " + quoted(l.Role, "(no role)") + facts(span(l.Start, l.End), l.Level)
}

func (t *textReport) reference(i int, n string) string {
	r := t.p.References[i]
	rater := "rater not endorsed"
	if r.RaterEndorsement != "" {
		rater = "rater endorsed " + t.abbr(r.RaterEndorsement)
	} else if r.RaterVetted {
		rater = "rater vetted"
	}
	return "reference " + n + facts(vocabLabel(t.m.Vocabulary.Roles, r.Role), rater)
}

func (t *textReport) membership(i int, n string) string {
	m := t.p.Memberships[i]
	name := m.Association
	if name == t.m.Association.ID {
		name = t.m.Association.Name
	}
	until := ""
	if m.Until != 0 {
		until = "paid up to " + m.Until.String()
	}
	return "membership " + n + " in " + name + facts(until)
}

func (t *textReport) endorsement(i int, n string) string {
	e := t.p.Endorsements[i]
	return "endorsement " + n + " " + t.abbr(e.Category) + facts(since(e.Since))
}

// abbr returns a category's abbreviation (IMHS), else its id.
func (t *textReport) abbr(id string) string {
	if c := t.m.Category(id); c != nil {
		return c.Abbr
	}
	return id
}

// since writes "since 2020-02-01", or "" for no date.
func since(d model.Date) string {
	if d == 0 {
		return ""
	}
	return "since " + d.String()
}
