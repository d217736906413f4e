package categoryview

import (
	"sort"
	"strconv"
	"strings"

	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/prose"
)

// facts states a requirement's parameters in words: exactly what the
// checker counts, so a reader sees the numbers the engine uses next to the
// requirement's prose.
func (x *pageCtx) facts(r *model.Requirement, renewal bool) []string {
	switch p := r.Params.(type) {
	case *model.Degree:
		return x.degreeFacts(p)
	case *model.Credential:
		return []string{"One of: " + orList(x.words(x.m.Vocabulary.Credentials, p.Credentials))}
	case *model.Training:
		return x.trainingFacts(p)
	case *model.Work:
		return x.workFacts(p)
	case *model.RSCReceived:
		return x.rscFacts(p, renewal)
	case *model.RSCProvided:
		return compact(months(p.Months)+" of providing reflective supervision/consultation", x.afterDegree(p.AfterDegree))
	case *model.Leadership:
		return x.leadershipFacts(p)
	case *model.References:
		return x.referenceFacts(p)
	case *model.Exam:
		return examFacts(p)
	case *model.CodeOfEthics:
		return compact("Signed", ifStr(p.WithinMonths > 0, "within the last "+plural(p.WithinMonths, "month")))
	case *model.Membership:
		own := p.ThisAssociation || x.m.Association.Membership.OwnOnly(renewal)
		return []string{ifStr(own, "Only a membership in "+x.m.Association.ShortName+" counts",
			"Membership in any infant mental health association counts")}
	case *model.Endorsement:
		return compact("You hold "+orList(x.abbrs(p.Categories)),
			ifStr(p.MinMonths > 0, "held for at least "+plural(p.MinMonths, "month")))
	case *model.Attestation:
		return []string{"You confirm: " + lower(x.word(x.m.Vocabulary.Attestations, p.Key))}
	}
	return nil
}

func (x *pageCtx) degreeFacts(p *model.Degree) []string {
	deg := prose.Capitalize(x.levelName(p.MinLevel)) + " or higher"
	if p.Related {
		deg += ", in a related field"
	}
	var alts []string
	if p.License {
		alts = append(alts, x.word(x.m.Vocabulary.Licenses, "mental_health"))
	}
	alts = append(alts, x.words(x.m.Vocabulary.Credentials, p.Credentials)...)
	return compact(deg, ifStr(len(alts) > 0, "also accepted: "+orList(lowerAll(alts))))
}

func (x *pageCtx) trainingFacts(p *model.Training) []string {
	out := []string{"At least " + hoursText(p.Hours) + " of training in total"}
	for _, k := range sortedKeys(p.Topics) {
		out = append(out, "including at least "+hoursText(p.Topics[k])+" on "+lower(x.word(x.m.Vocabulary.Topics, k)))
	}
	if len(p.Topics)+len(p.ProvidingRSCTopics) > 1 {
		out = append(out, "each hour counts toward one of these minimums only")
	}
	for _, k := range sortedKeys(p.ProvidingRSCTopics) {
		out = append(out, "if you provide RSC: at least "+hoursText(p.ProvidingRSCTopics[k])+" on "+lower(x.word(x.m.Vocabulary.Topics, k)))
	}
	return compact(out[0], append(out[1:],
		ifStr(p.WithinMonths > 0, "only training from the last "+plural(p.WithinMonths, "month")+" counts"),
		ifStr(p.TypicalHours > 0, "successful applicants list about "+hoursText(p.TypicalHours)))...)
}

func (x *pageCtx) workFacts(p *model.Work) []string {
	out := []string{months(p.Months) + ", full-time equivalent"}
	if p.Internship == "only" {
		out = append(out, "internship only", ifStr(len(p.InternshipSupervisor) > 0,
			"supervised by someone endorsed as "+orList(x.abbrs(p.InternshipSupervisor))))
	} else {
		out = append(out, ifStr(p.Paid, "paid work only"), x.afterDegree(p.AfterDegree))
	}
	out = append(out, ifStr(len(p.AgeBands) > 0, "with children "+orList(ageBands(p.AgeBands))),
		ifStr(len(p.Services) > 0, "in: "+orList(lowerAll(x.words(x.m.Vocabulary.Services, p.Services)))),
		ifStr(p.MinFamilies > 0, "with at least "+plural(p.MinFamilies, "family")),
		ifStr(p.MinFTE > 0, "jobs of at least "+num(p.MinFTE)+" FTE"))
	return compact(out[0], out[1:]...)
}

func (x *pageCtx) rscFacts(p *model.RSCReceived, renewal bool) []string {
	window := ifStr(p.MaxMonths > 0, "within any "+strconv.Itoa(p.MaxMonths)+"-month period")
	if renewal && p.MaxMonths == 0 {
		window = "during the renewal year"
	}
	formats := "individual or group"
	if len(p.Formats) > 0 {
		formats = orList(p.Formats)
	}
	return compact("At least "+hoursText(p.Hours)+" received", window,
		ifStr(p.MinMonths > 0, "spread over at least "+plural(p.MinMonths, "month")),
		formats+" (peer groups without a facilitator do not count)", x.afterDegree(p.AfterDegree),
		ifStr(p.AboutOwnRSCHours > 0, "at least "+hoursText(p.AboutOwnRSCHours)+" about the RSC you provide"),
		ifStr(p.MaxProviders > 0, "ideally from no more than "+plural(p.MaxProviders, "provider")),
		"from an eligible provider (see “Who may provide”)")
}

func (x *pageCtx) leadershipFacts(p *model.Leadership) []string {
	return compact(months(p.Months)+" of leadership",
		ifStr(len(p.Kinds) > 0, "in "+orList(lowerAll(x.words(x.m.Vocabulary.Leadership, p.Kinds)))),
		ifStr(len(p.Levels) > 0, "at "+orList(p.Levels)+" level"))
}

func (x *pageCtx) referenceFacts(p *model.References) []string {
	out := []string{plural(p.Count, "reference rating")}
	for _, roles := range p.Roles {
		out = append(out, "one from: "+orList(lowerAll(x.words(x.m.Vocabulary.Roles, roles))))
	}
	if p.Endorsed > 0 {
		e := "at least " + plural(p.Endorsed, "rater") + " endorsed as " + orList(x.abbrs(p.EndorsedIn))
		out = append(out, e+ifStr(p.Vetted, " (or vetted by the endorsement coordinator)"))
	}
	return out
}

func examFacts(p *model.Exam) []string {
	var forms []string
	for _, f := range p.Forms {
		forms = append(forms, map[string]string{"imh": "infant (birth to three)", "ecmh": "early childhood (three to six)"}[f])
	}
	return compact("Exam passed", ifStr(len(forms) > 0, "on the "+orList(forms)+" form"))
}

// courseLinks lists the courses a courses requirement names, linked to
// their catalog pages.
func (x *pageCtx) courseLinks(p *model.Courses) []CourseLink {
	var out []CourseLink
	for _, id := range x.courseIDs(p) {
		if c := x.m.Course(id); c != nil {
			out = append(out, CourseLink{Title: c.Title, URL: "/courses/" + c.ID + "/", Description: ifStr(c.ClockHours > 0, hoursText(c.ClockHours))})
		}
	}
	return out
}

// courseIDs is p.Courses, or every credential course in sequence order.
func (x *pageCtx) courseIDs(p *model.Courses) []string {
	ids := append([]string(nil), p.Courses...)
	if !p.CredentialCourses {
		return ids
	}
	var cs []model.Course
	for _, c := range x.m.Catalog {
		if c.Credential && !model.In(ids, c.ID) {
			cs = append(cs, c)
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return courseBefore(cs[i], cs[j]) })
	for _, c := range cs {
		ids = append(ids, c.ID)
	}
	return ids
}

func courseBefore(a, b model.Course) bool {
	if (a.Sequence == 0) != (b.Sequence == 0) {
		return a.Sequence != 0
	}
	return a.Sequence < b.Sequence || (a.Sequence == b.Sequence && a.ID < b.ID)
}

func (x *pageCtx) courseWarning(p *model.Courses) string {
	if p.WarnBefore == 0 {
		return ""
	}
	return "**Courses completed before " + prose.LongDate(p.WarnBefore) + ":** " + p.Warning
}

// word is a vocabulary label (the key itself when unknown); words maps a list.
func (x *pageCtx) word(list []model.Word, key string) string {
	for _, w := range list {
		if w.Key == key {
			return w.Label
		}
	}
	return key
}

func (x *pageCtx) words(list []model.Word, keys []string) []string {
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = x.word(list, k)
	}
	return out
}

// abbrs names categories by abbreviation.
func (x *pageCtx) abbrs(ids []string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = id
		if c := x.m.Category(id); c != nil {
			out[i] = c.Abbr
		}
	}
	return out
}

// levelName is a degree level in the catalog's words ("a Master’s degree").
func (x *pageCtx) levelName(level string) string { return x.labels.word("level", level) }

func (x *pageCtx) afterDegree(level string) string {
	return ifStr(level != "", "after earning "+x.levelName(level))
}

func ageBands(bands []string) []string {
	var out []string
	for _, b := range bands {
		out = append(out, map[string]string{"infant": "from pregnancy to 36 months",
			"early_childhood": "from 3 up to 6 years", "both": "from birth up to 6 years"}[b])
	}
	return out
}

// compact returns first followed by the non-empty rest.
func compact(first string, rest ...string) []string {
	out := []string{first}
	for _, s := range rest {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

func ifStr(ok bool, s string, otherwise ...string) string {
	if ok {
		return s
	}
	return strings.Join(otherwise, "")
}

// orList joins words as "a, b or c".
func orList(words []string) string {
	switch len(words) {
	case 0:
		return ""
	case 1:
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}

func lower(s string) string {
	if len(s) > 1 && s[1] >= 'a' && s[1] <= 'z' {
		return strings.ToLower(s[:1]) + s[1:]
	}
	return s
}

// lowerAll lower-cases the first letter of each word list entry.
func lowerAll(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = lower(w)
	}
	return out
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func hoursText(h float64) string {
	if h == 1 {
		return "1 clock hour"
	}
	return num(h) + " clock hours"
}

func months(m float64) string {
	if m >= 12 && int(m)%12 == 0 && m == float64(int(m)) {
		return plural(int(m)/12, "year") + " (" + num(m) + " months)"
	}
	return num(m) + " months"
}

func plural(n int, unit string) string {
	s := strconv.Itoa(n) + " " + unit
	if n == 1 {
		return s
	}
	if k := len(unit); k > 1 && unit[k-1] == 'y' && !strings.ContainsRune("aeiou", rune(unit[k-2])) {
		return s[:len(s)-1] + "ies"
	}
	return s + "s"
}

func sortedKeys(m map[string]float64) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// sentence turns an id like "work-internship" into "Work internship".
func sentence(id string) string {
	return prose.Capitalize(strings.NewReplacer("-", " ", "_", " ").Replace(id))
}

// dateRange describes an interval with optional ends.
func dateRange(from, until model.Date) string {
	switch {
	case from != 0 && until != 0:
		return prose.LongDate(from) + " to " + prose.LongDate(until)
	case from != 0:
		return "From " + prose.LongDate(from)
	case until != 0:
		return "Until " + prose.LongDate(until)
	}
	return ""
}
