package engine

import (
	"github.com/iecmh/endorse/internal/model"
)

// quantity sets have/need/progress and the status of a counted
// requirement; more words what is missing ("18 more RSC hours").
func (o *Outcome) quantity(have, need float64, unit string, more func(float64) *Msg) {
	o.Have, o.Need, o.Unit = have, need, unit
	o.Progress = 1
	if need > 0 {
		o.Progress = min(have/need, 1)
	}
	if have+1e-9 >= need {
		o.Status = Met
		return
	}
	o.Status = NotMet
	o.Gaps = append(o.Gaps, more(need-have))
}

// fail marks the outcome not met and adds gap to what it is missing.
func (o *Outcome) fail(gap *Msg) {
	o.Status = NotMet
	o.Gaps = append(o.Gaps, gap)
}

// yesNo sets the status of a requirement that is met or not.
func (o *Outcome) yesNo(met bool, gap *Msg) {
	o.Status, o.Progress = Met, 1
	if !met {
		o.Status, o.Progress, o.Gaps = NotMet, 0, []*Msg{gap}
	}
}

// unless sets the status of a requirement that is met unless it is not:
// gap, made only then, says what is missing.
func (o *Outcome) unless(met bool, gap func() *Msg) {
	if met {
		o.yesNo(true, nil)
	} else {
		o.yesNo(false, gap())
	}
}

// missing marks the outcome incomplete: the profile has no answer yet.
func (o *Outcome) missing(gap *Msg) {
	o.Status, o.Progress, o.Gaps = Incomplete, 0, []*Msg{gap}
}

// warn downgrades a met outcome to met_with_warning and records why.
func (o *Outcome) warn(note *Msg) {
	if o.Status == Met {
		o.Status = Warn
	}
	o.Notes = append(o.Notes, note)
}

// item records how much profile entry list[i] counted and why (part of)
// it did not: it counted when reason is nil or amount is positive.
func (o *Outcome) item(list ListKey, i int, amount float64, reason *Msg) {
	it := Item{List: list, Index: int32(i), Counted: reason == nil || amount > 0, Amount: amount}
	o.setReason(&it, reason)
	o.Items = append(o.Items, it)
}

// check records a yes/no entry: amount 1 when ok, else 0 and why not.
func (o *Outcome) check(list ListKey, i int, ok bool, whyNot *Msg) {
	if ok {
		o.item(list, i, 1, nil)
	} else {
		o.item(list, i, 0, whyNot)
	}
}

// outside returns why day does not count when it lies outside the
// counting period [c.from, c.until] (nil when inside).
func (c *ctx) outside(day model.Date) *Msg {
	switch {
	case day > c.asOf:
		return msgOutsideAsOf
	case day > c.until:
		return msgAfterRenewal
	case c.from != 0 && day < c.from:
		return msgBeforeRenewal
	}
	return nil
}

// answered reports whether the profile answered key.
func (c *ctx) answered(key string) bool { return c.p.Answered[key] }

// monthsBack returns the first day of the n calendar months that end on
// day, both days included. It is the one rule for every "held for n
// months" (held since on or before it) and "within n months" (dated on or
// after it) check, matching how periods count their months (the end day
// included): held since 2022-01-01, on 2024-12-31 three years are held;
// signed 2023-06-01, on 2024-06-01 the signature is more than 12 months old.
func monthsBack(day model.Date, n int) model.Date { return day.AddMonths(-n).AddDays(1) }

// degreeDate returns the earliest date a degree of at least level was
// earned on or before the as-of date (0 = none). When the edition accepts a
// mental-health license instead of such a degree (c.licenseLevel), the
// earliest license date counts as well and is remembered in c.licensed.
func (c *ctx) degreeDate(level string) model.Date {
	want := model.LevelRank(level)
	var d model.Date
	for _, deg := range c.p.Degrees {
		if model.LevelRank(deg.Level) >= want && deg.Date <= c.asOf && (d == 0 || deg.Date < d) {
			d = deg.Date
		}
	}
	c.licensed = 0
	if c.licenseLevel == "" || want > model.LevelRank(c.licenseLevel) {
		return d
	}
	for _, l := range c.p.Licenses {
		if l.Kind == "mental_health" && l.Date != 0 && l.Date <= c.asOf && (d == 0 || l.Date < d) {
			d, c.licensed = l.Date, l.Date
		}
	}
	return d
}

// licenseLevel returns the min_level of a degree requirement in tree that
// accepts a mental-health license instead ("" = none).
func licenseLevel(tree []*model.Requirement) string {
	for _, r := range tree {
		if p, ok := r.Params.(*model.Degree); ok && p.License {
			return p.MinLevel
		}
		if l := licenseLevel(r.Children); l != "" {
			return l
		}
	}
	return ""
}

// levelAt returns the highest degree level earned on or before day.
func (c *ctx) levelAt(day model.Date) int {
	best := 0
	for _, deg := range c.p.Degrees {
		if deg.Date <= day && model.LevelRank(deg.Level) > best {
			best = model.LevelRank(deg.Level)
		}
	}
	return best
}

// span clips an entry's [start, end] (end 0 = ongoing) to the counting
// period [c.from, c.until]; ok is false when nothing is left.
func (c *ctx) span(start, end model.Date) (s, e model.Date, ok bool) {
	s, e = start, end
	if e == 0 || e > c.until {
		e = c.until
	}
	if c.from != 0 && s < c.from {
		s = c.from
	}
	return s, e, s <= e
}

// monthsOutcome sets the outcome of a requirement counted in months (have
// of need; more words what is missing) and, when it is not met, projects
// when it will be at pace months gained per month.
func (c *ctx) monthsOutcome(o *Outcome, have, need float64, more func(float64) *Msg, pace float64) {
	o.quantity(have, need, "months", more)
	if o.Status == NotMet {
		c.projectLinear(o, have, need, pace, "months")
	}
}

// upper and equalFold are ASCII-only versions of the strings functions,
// which would pull Unicode case tables into the wasm; ids and association
// names compared here are ASCII.
func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

func equalFold(a, b string) bool { return len(a) == len(b) && upper(a) == upper(b) }

func upperList(ids []string) string { return upper(model.Join(ids)) }
