package categoryview

import (
	"sort"
	"strconv"
	"strings"

	"github.com/iecmh/endorse/internal/i18n"
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/prose"
)

// View is what a category's page (/categories/<id>/) shows. Every string named Text,
// Note, Override, Scope or Warning is Markdown (render with `markdown`);
// everything else is plain text.
type View struct {
	ID, Name, Abbr, Title, URL string
	ShownAbbr                  string // Abbr after the name, "" when it would repeat it (shownAbbr)
	Association                string // short name, e.g. "NPAIMH"
	KindLabel, BandLabel       string
	Noun                       string // "endorsement", "add-on" or "credential"
	Subject                    string // "the IFS endorsement", "the ERS add-on", "the course credential"
	SubjectCap                 string // Subject starting with a capital
	Summary, Scope, Note       string
	Edition                    editionView   // the edition in force
	NotOffered                 string        // set when asOf is before the first edition
	Sections                   []sectionView // application requirements, by section
	Renewal                    renewalView
	RSC                        rscView
	Fees                       []feeView
	Changes                    *changesView // nil for a category with one edition
	Editions                   []editionView
	Documents                  []sourceView // the association's own documents ([[documents]]), numbered first
	Sources                    []sourceView // the public pages the rules were written from, numbered after Documents
	CheckerURL                 string
}

// CourseLink is a course a requirement names, linked to its page.
type CourseLink struct {
	Title       string
	URL         string
	Description string // its clock hours, "" when it states none
}

// editionView is one edition with its date range in words.
type editionView struct {
	ID, Name, Range, From string // From: "1 January 2025", "" when open
	Dates                 string // Range, or "" when the name already says it
	Note                  string
	InForce               bool
}

// sectionView is one row group of a requirements table.
type sectionView struct {
	Key, Title string
	Reqs       []reqView
}

// reqView is one requirement as a reader sees it.
type reqView struct {
	Text     string       // Markdown
	Facts    string       // what the checker counts, in words ("a; b.")
	Courses  []CourseLink // courses requirements: the courses, linked
	Warning  string       // Markdown, courses requirements
	Note     string       // Markdown: a note for editors (a reading of the sources), shown by `endorse serve` only
	Override string       // Markdown, prefixed "**<Association>:**"
	Removed  string       // Markdown: "not required by <Association>" with its reason
	When     string       // renewal: the dates the rule applies
	Pathway  string       // any_of / all_of: the words introducing Children
	Children []reqView
	Sources  []sourceRef
}

// renewalView is the continuing-endorsement part of a category page.
type renewalView struct {
	Sections []sectionView // rules applying on the page's date
	Other    []sectionView // earlier or later rules, each with When
	Every    string        // the renewal cycle in words: "every year", "every 3 years"
	Period   string        // one cycle: "calendar year", "3-year period"
	Cycle    string        // the cycle, its due date, late window and first period, in words from [renewal]
	Note     string        // Markdown: anything more the association says about renewal
	Sources  []sourceRef   // of the cycle ([renewal] source)
}

// pageCtx carries what the view builders need.
type pageCtx struct {
	m       *model.Model
	c       *model.Category
	asOf    model.Date
	labels  Labels
	sources *sourceList
}

// Labels are the word lists of the site's message catalog ([labels.<list>]
// of templates/i18n/<language>.toml, i18n.Catalog.Labels): a page names a
// degree level ("level") or a provider's qualifier ("qualifier") in the
// words the checker uses for it.
type Labels map[string]map[string]string

// word is the label of key in list, its apostrophes typographic as on the
// rest of the page; the key itself when the catalog has none (the
// catalog's check makes that a build error for the lists above).
func (l Labels) word(list, key string) string {
	if w, ok := l[list][key]; ok {
		return strings.ReplaceAll(w, "'", "’")
	}
	return key
}

// New prepares one category's page for the date asOf: the edition in
// force is the newest one whose `from` is not after asOf. The zero asOf
// means the newest rules: the latest date any edition or renewal rule of
// the model starts.
func New(m *model.Model, c *model.Category, asOf model.Date, labels Labels) *View {
	if asOf == 0 {
		asOf = latestDate(m)
	}
	x := &pageCtx{m: m, c: c, asOf: asOf, labels: labels, sources: newSourceList(m)}
	v := x.header()
	own := x.sources.addDocuments(m.Association.Documents, c.ID)
	x.sources.add(c.Source)
	if e := editionInForce(c, asOf); e != nil {
		x.body(v, e)
	}
	v.Documents, v.Sources = x.sources.list[:own], x.sources.list[own:]
	return v
}

// header fills what does not depend on the edition.
func (x *pageCtx) header() *View {
	c := x.c
	v := &View{ID: c.ID, Name: c.Name, Abbr: c.Abbr, Title: c.Name, ShownAbbr: shownAbbr(c.Name, c.Abbr),
		URL: categoryURL(c.ID), Association: x.m.Association.ShortName,
		KindLabel: kindLabel(c.Kind), BandLabel: bandLabel(c.Band), Noun: kindNoun(c.Kind),
		Summary: c.Summary, Scope: c.Scope, Note: c.Note, CheckerURL: CheckerURL + "?category=" + c.ID}
	if v.ShownAbbr != "" {
		v.Title += " (" + v.ShownAbbr + ")"
	}
	v.Subject = "the " + c.Abbr + " " + v.Noun
	if strings.Contains(strings.ToLower(c.Abbr+" "+c.Name), v.Noun) {
		v.Subject = "the " + strings.ToLower(c.Name)
	}
	v.SubjectCap = prose.Capitalize(v.Subject)
	return v
}

// shownAbbr is abbr when it adds to name: "" when it is empty, a plain
// word ("Credential") or name's last word, so that the course credential
// reads "Course credential", not "Course credential (Credential)".
func shownAbbr(name, abbr string) string {
	words := strings.Fields(strings.ToLower(name))
	lower := strings.ToLower(abbr)
	if len(words) > 0 && lower == words[len(words)-1] || isPlainWord(abbr) {
		return ""
	}
	return abbr
}

// isPlainWord reports whether s is a word in lower case, capitalised or
// not (true for "" too).
func isPlainWord(s string) bool {
	for i, r := range s {
		if (r < 'a' || r > 'z') && (i > 0 || r < 'A' || r > 'Z') {
			return false
		}
	}
	return true
}

// body fills the parts that follow the edition in force e, in page order
// (so sources are numbered as a reader meets them).
func (x *pageCtx) body(v *View, e *model.Edition) {
	if x.c.Edition(x.asOf) == nil {
		v.NotOffered = "This category is offered from " + prose.LongDate(e.From) + "."
	}
	x.sources.add(e.Source)
	v.Edition = x.edition(e, e)
	v.Sections = x.requirementSections(e)
	v.RSC = x.rsc()
	v.Renewal = x.renewal()
	v.Fees = x.fees(v.Sections)
	v.Changes = x.changes(e)
	for _, o := range x.c.Editions {
		v.Editions = append(v.Editions, x.edition(o, e))
		x.sources.add(o.Source)
	}
}

// editionInForce is the edition in force on asOf, or the first edition
// when the category is not offered yet.
func editionInForce(c *model.Category, asOf model.Date) *model.Edition {
	if e := c.Edition(asOf); e != nil {
		return e
	}
	if len(c.Editions) > 0 {
		return c.Editions[0]
	}
	return nil
}

// latestDate is the newest date on which any rule of the model starts or
// stops applying (the day after an `until`): on that date every page shows
// the newest rules, and all pages describe the same day.
func latestDate(m *model.Model) model.Date {
	d := model.NewDate(1, 1, 1)
	for _, c := range m.Categories {
		for _, e := range c.Editions {
			d = max(d, e.From)
		}
		for _, r := range c.Renewal {
			d = max(d, r.From, nextDay(r.Until))
		}
	}
	for _, r := range m.Providers {
		d = max(d, r.From, nextDay(r.Until))
	}
	return d
}

func nextDay(d model.Date) model.Date {
	if d == 0 {
		return 0
	}
	return d.AddDays(1)
}

func (x *pageCtx) edition(e, inForce *model.Edition) editionView {
	r := dateRange(e.From, e.Until)
	return editionView{ID: e.ID, Name: e.Name, Range: r, Dates: ifStr(!strings.EqualFold(r, e.Name), r),
		From: prose.LongDate(e.From), Note: e.Note, InForce: e == inForce}
}

// requirementSections groups an edition's requirements (and the
// requirements the association removed from it) by section, in the order
// associations publish them (model.Sections).
func (x *pageCtx) requirementSections(e *model.Edition) []sectionView {
	var secs []sectionView
	for _, r := range e.Tree {
		secs = addToSection(secs, r.Section, x.req(r, false))
	}
	for _, rm := range x.c.Removed {
		if !rm.Renewal && (len(rm.Editions) == 0 || model.In(rm.Editions, e.ID)) {
			secs = addToSection(secs, rm.Requirement, x.removed(rm))
		}
	}
	sortSections(secs)
	return secs
}

// sectionTitle is the heading of a section key; a removed requirement's id
// that is no section key (the model keeps only the id) is shown in words.
func sectionTitle(key string) string {
	if model.SectionRank(key) >= 0 {
		return model.SectionTitle(key)
	}
	return sentence(key)
}

// addToSection appends r to the section key, creating it when needed.
func addToSection(secs []sectionView, key string, r reqView) []sectionView {
	for i := range secs {
		if secs[i].Key == key {
			secs[i].Reqs = append(secs[i].Reqs, r)
			return secs
		}
	}
	return append(secs, sectionView{Key: key, Title: sectionTitle(key), Reqs: []reqView{r}})
}

// sortSections orders sections by model.SectionRank (stable: unknown keys last).
func sortSections(secs []sectionView) {
	rank := func(k string) int {
		if r := model.SectionRank(k); r >= 0 {
			return r
		}
		return len(model.Sections)
	}
	sort.SliceStable(secs, func(i, j int) bool { return rank(secs[i].Key) < rank(secs[j].Key) })
}

// req turns one requirement (and its children) into a view.
func (x *pageCtx) req(r *model.Requirement, renewal bool) reqView {
	v := reqView{Text: r.Text, Facts: joinFacts(x.facts(r, renewal)), Sources: x.sources.refs(r.Source)}
	v.Note = r.Note
	if r.Override != "" {
		v.Override = "**" + x.m.Association.ShortName + ":** " + r.Override
	}
	if pol := x.m.Association.Membership; r.Kind == "membership" && pol.Note != "" && v.Override == "" {
		v.Override = "**" + x.m.Association.ShortName + ":** " + pol.Note // the association's policy, next to the shared rule
	}
	if p, ok := r.Params.(*model.Courses); ok {
		v.Courses, v.Warning = x.courseLinks(p), x.courseWarning(p)
	}
	switch r.Kind {
	case "any_of":
		v.Pathway = "Any one of these:"
	case "all_of":
		v.Pathway = "All of these:"
	}
	for _, ch := range r.Children {
		v.Children = append(v.Children, x.req(ch, renewal))
	}
	return v
}

// joinFacts writes facts as one sentence: "A; b; c."
func joinFacts(facts []string) string {
	if len(facts) == 0 {
		return ""
	}
	return strings.Join(facts, "; ") + "."
}

// removed is the row for a requirement the association's override removed.
func (x *pageCtx) removed(rm model.Removal) reqView {
	return reqView{Removed: "**Not required by " + x.m.Association.ShortName + ":** " + rm.Note}
}

// renewal splits the renewal rules into those applying on the page's date
// and the others (earlier or later), each with its dates.
func (x *pageCtx) renewal() renewalView {
	pol := x.m.Association.Renewal
	v := renewalView{Every: "every year", Period: "calendar year", Cycle: CycleWords(pol), Note: pol.Note,
		Sources: x.sources.refs(pol.Source)}
	if n := pol.CycleYears(); n > 1 {
		v.Every = "every " + strconv.Itoa(n) + " years"
		v.Period = strconv.Itoa(n) + "-year period"
	}
	for _, r := range x.c.RenewalTree {
		rv := x.req(r, true)
		if r.From != 0 || r.Until != 0 {
			rv.When = dateRange(r.From, r.Until)
		}
		if x.asOf.Within(r.From, r.Until) {
			v.Sections = addToSection(v.Sections, r.Section, rv)
		} else {
			v.Other = addToSection(v.Other, r.Section, rv)
		}
	}
	for _, rm := range x.c.Removed {
		if rm.Renewal {
			v.Sections = addToSection(v.Sections, rm.Requirement, x.removed(rm))
		}
	}
	sortSections(v.Sections)
	sortSections(v.Other)
	return v
}

// CycleWords says how renewal periods run, from association.toml's
// [renewal] (the facts the checker applies, so the page cannot disagree).
func CycleWords(pol model.RenewalPolicy) string {
	s := "The hours of each calendar year are due by 31 December."
	if n := pol.CycleYears(); n > 1 {
		s = "The hours of each period of " + strconv.Itoa(n) + " calendar years are due by 31 December of its last year."
	}
	if pol.LateDays > 0 {
		s += " Late applications are accepted until " + LateUntil(pol) +
			" for the period just ended; hours from 1 January count toward the next period."
	}
	if pol.First == "year_after" {
		return s + " If you were endorsed during a year, your first period begins on 1 January of the next year."
	}
	return s + " Your first period begins on 1 January of the year you were endorsed."
}

// LateUntil is the last day of the late window after 31 December
// ("31 January"; a window of more than a year is not offered).
func LateUntil(pol model.RenewalPolicy) string {
	_, m, d := model.NewDate(2001, 12, 31).AddDays(pol.LateDays).YMD()
	return strconv.Itoa(d) + " " + i18n.MonthName(m)
}

// kindLabel and bandLabel name a category's kind and age band.
func kindLabel(kind string) string {
	switch kind {
	case "add_on":
		return "Add-on endorsement"
	case "program":
		return "Course-based credential program"
	}
	return "Endorsement category"
}

func kindNoun(kind string) string {
	switch kind {
	case "add_on":
		return "add-on"
	case "program":
		return "credential"
	}
	return "endorsement"
}

func bandLabel(band string) string {
	switch band {
	case "infant":
		return "Birth to three (pregnancy to 36 months)"
	case "early_childhood":
		return "Three to six (3 up to 6 years)"
	}
	return "Birth to six (both age bands)"
}
