package engine

import (
	"math"
	"unsafe"

	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/wasmjson"
)

// quantity sets have/need/progress and the status of a counted
// requirement; noun names the missing thing ("RSC hours").
func (o *Outcome) quantity(have, need float64, unit, noun string) {
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
	o.Gap = more(need-have, noun)
}

// more writes "18 more RSC hours" ("1 more RSC hour").
func more(n float64, noun string) string {
	if round2(n) == 1 && len(noun) > 1 && noun[len(noun)-1] == 's' {
		noun = noun[:len(noun)-1]
	}
	return numText(n) + " more " + noun
}

// fail marks the outcome not met and adds gap to what it is missing.
func (o *Outcome) fail(gap string) {
	o.Status = NotMet
	o.Gap = joinGap(o.Gap, gap)
}

// yesNo sets the status of a requirement that is met or not.
func (o *Outcome) yesNo(met bool, gap string) {
	o.Status, o.Progress = Met, 1
	if !met {
		o.Status, o.Progress, o.Gap = NotMet, 0, gap
	}
}

// missing marks the outcome incomplete: the profile has no answer yet;
// gap says which (one of the constant texts below, so no text is built
// while evaluating).
func (o *Outcome) missing(gap string) {
	o.Status, o.Progress, o.Gap = Incomplete, 0, gap
}

// notAnswered starts the gap of a requirement whose profile key is absent.
const notAnswered = "not answered yet: add your "

// warn downgrades a met outcome to met_with_warning and records why.
func (o *Outcome) warn(note string) {
	if o.Status == Met {
		o.Status = Warn
	}
	o.Notes = append(o.Notes, note)
}

// numText prints a number with at most 2 decimals ("18", "2.5").
func numText(f float64) string {
	var b [24]byte
	return string(wasmjson.AppendNumber(b[:0], round2(f)))
}

func (o *Outcome) item(list uint8, i int, amount float64, reason string) {
	it := Item{Index: int32(i), Amount: float32(amount), bits: uint32(list) << itemListShift}
	if reason == "" || amount > 0 {
		it.bits |= itemCounted
	}
	if reason != "" {
		// Entries excluded for the same reason follow one another: keep
		// the table short by reusing the last index for a repeat of the
		// same text (same bytes in memory: no comparing of contents).
		reasons := o.reasons
		if n := len(*reasons); n == 0 || !sameString((*reasons)[n-1], reason) {
			*reasons = append(*reasons, reason)
		}
		if n := len(*reasons); n <= itemReasonMask { // past 2^27 reasons (never in practice) none is kept
			it.bits |= uint32(n)
		}
	}
	o.Items = append(o.Items, it)
}

// check records a yes/no entry: amount 1 when ok, else 0 and why not.
func (o *Outcome) check(list uint8, i int, ok bool, whyNot string) {
	if ok {
		o.item(list, i, 1, "")
	} else {
		o.item(list, i, 0, whyNot)
	}
}

func sameString(a, b string) bool {
	return len(a) == len(b) && unsafe.StringData(a) == unsafe.StringData(b)
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

// countedFrom explains an entry counted only from the degree (or license)
// date d.
func (c *ctx) countedFrom(d model.Date) string {
	if d == c.licensed {
		return "counted from the license date " + d.String()
	}
	return "counted from the degree date " + d.String()
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

// beforeDegree is the reason for an entry that ended before a degree of
// level ("before a Master's degree"). The texts are constants, so excluded
// entries share one reason (see item).
func beforeDegree(level string) string {
	switch level {
	case "associate":
		return "before an Associate's degree"
	case "bachelor":
		return "before a Bachelor's degree"
	case "master":
		return "before a Master's degree"
	case "doctorate":
		return "before a doctorate"
	}
	return "" // not a level (rules.json is checked when built)
}

// levelName is "a Master's degree" style text.
func levelName(level string) string {
	switch level {
	case "associate":
		return "an Associate's degree"
	case "bachelor":
		return "a Bachelor's degree"
	case "master":
		return "a Master's degree"
	case "doctorate":
		return "a doctorate"
	}
	return "a degree"
}

// span clips an entry's [start, end] (end 0 = ongoing) to the counting
// period [c.from, asOf]; ok is false when nothing is left.
func (c *ctx) span(start, end model.Date) (s, e model.Date, ok bool) {
	s, e = start, end
	if e == 0 || e > c.asOf {
		e = c.asOf
	}
	if c.from != 0 && s < c.from {
		s = c.from
	}
	return s, e, s <= e
}

// monthsOutcome sets the outcome of a requirement counted in months (have
// of need; noun names them) and, when it is not met, projects when it will
// be at pace months gained per month.
func (c *ctx) monthsOutcome(o *Outcome, have, need float64, noun string, pace float64) {
	o.quantity(have, need, "months", noun)
	if o.Status == NotMet {
		o.Projected = c.projectMonths(need-have, pace)
	}
}

// projectMonths returns the date when `gap` more units accrue at `perMonth`
// (0 when there is no pace).
func (c *ctx) projectMonths(gap, perMonth float64) model.Date {
	if gap <= 0 || perMonth <= 1e-9 {
		return 0
	}
	days := math.Ceil(gap / perMonth * model.DaysPerMonth)
	if days > 365*5 { // beyond five years a projection means little
		return 0
	}
	return c.asOf.AddDays(int(days))
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
