package engine

import (
	"github.com/iecmh/endorse/internal/jsonlite"
	"math"

	"github.com/iecmh/endorse/internal/model"
)

// quantity sets have/need/progress and the status of a counted
// requirement; noun names the missing thing ("RSC hours").
func (o *Outcome) quantity(have, need float64, unit, noun string) {
	o.Have, o.Need, o.Unit = have, need, unit
	o.Progress = 1
	if need > 0 {
		o.Progress = math.Min(have/need, 1)
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

// yesNo sets the status of a requirement that is met or not.
func (o *Outcome) yesNo(met bool, gap string) {
	o.Status, o.Progress = Met, 1
	if !met {
		o.Status, o.Progress, o.Gap = NotMet, 0, gap
	}
}

// missing marks the outcome incomplete: the profile has no answer for key.
func (o *Outcome) missing(key string) {
	o.Status, o.Progress = Incomplete, 0
	o.Gap = "not answered yet: add your " + label(key)
}

// warn downgrades a met outcome to met_with_warning and records why.
func (o *Outcome) warn(note string) {
	if o.Status == Met {
		o.Status = Warn
	}
	o.Notes = append(o.Notes, note)
}

func label(key string) string {
	switch key {
	case "rsc_received":
		return "reflective supervision/consultation received"
	case "rsc_provided":
		return "reflective supervision/consultation provided"
	case "code_of_ethics":
		return "Code of Ethics signature"
	}
	s := []byte(key)
	for i, c := range s {
		if c == '_' {
			s[i] = ' '
		}
	}
	return string(s)
}

// numText prints a number with at most 2 decimals ("18", "2.5").
func numText(f float64) string {
	return string(jsonlite.AppendNumber(nil, round2(f)))
}

func (o *Outcome) item(list uint8, i int, amount float64, reason string) {
	it := Item{Index: int32(i), list: list, Counted: reason == "" || amount > 0, Amount: float32(amount)}
	if reason != "" {
		*o.reasons = append(*o.reasons, reason)
		it.reason = int32(len(*o.reasons))
	}
	o.Items = append(o.Items, it)
}

// answered reports whether the profile answered key.
func (c *ctx) answered(key string) bool { return c.p.Answered[key] }

// degreeDate returns the earliest date a degree of at least level was
// earned on or before the as-of date (0 = none).
func (c *ctx) degreeDate(level string) model.Date {
	want := model.LevelRank(level)
	var d model.Date
	for _, deg := range c.p.Degrees {
		if model.LevelRank(deg.Level) >= want && deg.Date <= c.asOf && (d == 0 || deg.Date < d) {
			d = deg.Date
		}
	}
	return d
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

// beforeDegree holds "before a Master's degree" style reasons, built once
// so that excluded entries do not each build their own string.
var beforeDegree = map[string]string{}

func init() {
	for _, l := range model.Levels {
		beforeDegree[l] = "before " + levelName(l)
	}
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
