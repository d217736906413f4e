package content

import (
	"errors"
	"io/fs"
	"net/url"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/iecmh/endorse/internal/diag"
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/tomlpos"
)

// Course is one file content/courses/<id>.toml of the course catalog
// (`cms` tags: see Site).
type Course struct {
	ID         string   `toml:"-"` // file name without .toml
	File       string   `toml:"-"` // repo path
	URL        string   `toml:"-"` // "/courses/<id>/"
	Title      string   `toml:"title" cms:"required"`
	Sequence   int      `toml:"sequence"`   // place in the recommended order; 0 = not in the sequence
	Credential bool     `toml:"credential"` // required for the credential program
	Standalone bool     `toml:"standalone"` // may be taken on its own
	Format     string   `toml:"format"`
	Length     string   `toml:"length"`
	ClockHours float64  `toml:"clock_hours"` // 0 = not known
	Topics     []string `toml:"topics" cms:"topics"`
	// Who the course is written for, so the checker proposes it only where
	// it fits: Levels are the category levels (rules' "level": associate,
	// specialist, mh_specialist, reflective_supervisor, mentor …) it suits,
	// none meaning every level; Introductory marks a first course for people
	// new to the field, never proposed for a renewal.
	Levels       []string `toml:"levels"`
	Introductory bool     `toml:"introductory"`
	Summary      string   `toml:"summary" cms:"required,text"`
	Description  string   `toml:"description" cms:"markdown"`
	Modules      []Module `toml:"modules"`
	Draft        bool     `toml:"draft"`

	// What a visitor needs to sign up (the course page's call to action,
	// and the checker's plan through rules.json's catalog).
	SelfPaced bool      `toml:"self_paced"` // start at any time
	Register  string    `toml:"register"`   // where to register: https://… or a path of this site ("/register/")
	Price     Price     `toml:"price"`      // omitted: no price published
	Sessions  []Session `toml:"sessions"`   // dated runs, sorted by start by the loader
}

// Price is a course's [price] table, in the site's currency (site.toml
// currency). Member is required once the table is there; NonMember
// defaults to Member (one price for everyone). 0 means free.
type Price struct {
	Member    *float64 `toml:"member"`     // for members of the association
	NonMember *float64 `toml:"non_member"` // for everyone else
}

// Stated reports whether the course publishes a price.
func (p Price) Stated() bool { return p.Member != nil }

// Amounts returns the member and non-member prices (NonMember defaulting
// to Member); meaningful only when Stated.
func (p Price) Amounts() (member, nonMember float64) {
	if p.Member == nil {
		return 0, 0
	}
	member, nonMember = *p.Member, *p.Member
	if p.NonMember != nil {
		nonMember = *p.NonMember
	}
	return member, nonMember
}

// Session is one [[sessions]] entry: a dated run of the course.
type Session struct {
	Start Day    `toml:"start"` // first day (required)
	End   Day    `toml:"end"`   // last day (optional)
	Note  string `toml:"note"`  // plain text: "Tuesday evenings, online"
}

// HasSignup reports whether the course says anything about taking it
// (self-paced, registration, price or sessions): its page shows a call to
// action only then.
func (c *Course) HasSignup() bool {
	return c.SelfPaced || c.Register != "" || c.Price.Stated() || len(c.Sessions) > 0
}

// NextSessions returns the sessions that start on or after day, in order.
func (c *Course) NextSessions(day model.Date) []Session {
	for i, s := range c.Sessions {
		if s.Start.Date() >= day {
			return c.Sessions[i:]
		}
	}
	return nil
}

// Module is one part of a course.
type Module struct {
	Title       string `toml:"title" cms:"required"`
	Description string `toml:"description" cms:"markdown"` // optional
}

// Catalog is the course catalog, ordered: courses in the recommended
// sequence (by sequence number), then the others by title.
type Catalog struct {
	Courses  []*Course
	Currency string // of the prices: site.toml's currency (CurrencyCode)
}

// Sequenced returns the courses of the recommended order.
func (c *Catalog) Sequenced() []*Course {
	return c.filter(func(x *Course) bool { return x.Sequence > 0 })
}

// Others returns courses outside the recommended order (stand-alone only).
func (c *Catalog) Others() []*Course {
	return c.filter(func(x *Course) bool { return x.Sequence == 0 })
}

// Required returns the courses the credential program requires, in order.
func (c *Catalog) Required() []*Course {
	return c.filter(func(x *Course) bool { return x.Credential })
}

// Course returns the course with id, or nil.
func (c *Catalog) Course(id string) *Course {
	for _, x := range c.Courses {
		if x.ID == id {
			return x
		}
	}
	return nil
}

// TotalHours sums the known clock hours of courses.
func TotalHours(courses []*Course) float64 {
	var h float64
	for _, x := range courses {
		h += x.ClockHours
	}
	return h
}

func (c *Catalog) filter(keep func(*Course) bool) []*Course {
	var out []*Course
	for _, x := range c.Courses {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

// CoursesDir is where the course files are, one content/courses/<id>.toml
// a course.
const CoursesDir = Dir + "/courses"

// LoadCatalog reads the course catalog alone (the course files and the
// currency of content/site.toml), for what needs the courses but not the
// pages: the CLI's evaluation. It reports the course files' problems, and
// site.toml's when they leave the currency of the prices unknown (see
// catalogCurrency); the site build reports the rest of site.toml's.
func LoadCatalog(fsys fs.FS) (*Catalog, diag.List) {
	currency, l := catalogCurrency(fsys)
	if len(l) > 0 {
		return nil, l
	}
	return readCatalog(fsys, currency)
}

// catalogCurrency is the currency course prices are in: site.toml's, or
// DefaultCurrency when there is no site.toml or it names none. A site.toml
// that cannot be read or decoded, or names a malformed currency, gives its
// problems instead: a price shown in a currency guessed would be wrong.
func catalogCurrency(fsys fs.FS) (string, diag.List) {
	if _, err := fs.Stat(fsys, SiteFile); errors.Is(err, fs.ErrNotExist) {
		return DefaultCurrency, nil
	}
	site, l := LoadSite(fsys)
	if site == nil || (site.Currency != "" && !isCurrencyCode(site.Currency)) {
		return "", l
	}
	return site.CurrencyCode(), nil
}

// readCatalog reads every course file, leaves drafts out and orders the
// courses. A missing content/courses/ is an empty catalog.
func readCatalog(fsys fs.FS, currency string) (*Catalog, diag.List) {
	var l diag.List
	cat := &Catalog{Currency: currency}
	ents, err := fs.ReadDir(fsys, CoursesDir)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		l.Add(CoursesDir, 0, 0, "cannot read: "+fsErr(err))
	}
	for _, e := range ents {
		f := CoursesDir + "/" + e.Name()
		if e.IsDir() || strings.HasPrefix(e.Name(), ".") || !strings.HasSuffix(e.Name(), ".toml") {
			continue
		}
		if !e.Type().IsRegular() && !openable(fsys, f, &l) {
			continue // a pipe, a device, a link the policy refuses: reported, never read
		}
		c, cl := loadCourse(fsys, f)
		l.Merge(cl)
		if c != nil && !c.Draft {
			cat.Courses = append(cat.Courses, c)
		}
	}
	sort.SliceStable(cat.Courses, func(i, j int) bool { return courseLess(cat.Courses[i], cat.Courses[j]) })
	return cat, l
}

func courseLess(a, b *Course) bool {
	sa, sb := int64(a.Sequence), int64(b.Sequence)
	if sa == 0 {
		sa = 1 << 40
	}
	if sb == 0 {
		sb = 1 << 40
	}
	if sa != sb {
		return sa < sb
	}
	if a.Title != b.Title {
		return a.Title < b.Title
	}
	return a.ID < b.ID
}

// loadCourse reads and validates one course file.
func loadCourse(fsys fs.FS, file string) (*Course, diag.List) {
	var l diag.List
	src, err := fs.ReadFile(fsys, file)
	if err != nil {
		l.Add(file, 0, 0, "cannot read: "+fsErr(err))
		return nil, l
	}
	c := &Course{}
	if l = decodeTOML(file, src, 0, c); len(l) > 0 {
		return nil, l
	}
	c.File = file
	c.ID = strings.TrimSuffix(path.Base(file), ".toml")
	c.URL = "/courses/" + c.ID + "/"
	l = validateCourse(c, src)
	sort.SliceStable(c.Sessions, func(i, j int) bool { return c.Sessions[i].Start < c.Sessions[j].Start })
	return c, l
}

// validateCourse checks required fields and value ranges.
func validateCourse(c *Course, src []byte) diag.List {
	var l diag.List
	if strings.TrimSpace(c.Title) == "" {
		l.AddField(c.File, "title", "required")
	}
	if strings.TrimSpace(c.Summary) == "" {
		l.AddField(c.File, "summary", "required: one plain sentence for listings")
	}
	if c.Sequence < 0 {
		addKeyErr(&l, c.File, src, "sequence", "must be 1 or more (omit it for a course outside the sequence)")
	}
	if c.ClockHours < 0 {
		addKeyErr(&l, c.File, src, "clock_hours", "must not be negative")
	}
	if !c.Credential && !c.Standalone {
		l.AddField(c.File, "standalone", "a course must be required for the credential, offered stand-alone, or both")
	}
	for i, m := range c.Modules {
		if strings.TrimSpace(m.Title) == "" {
			l.AddField(c.File, "modules["+itoa(i)+"].title", "required")
		}
	}
	at := func(key, msg string) { addPathErr(&l, c.File, src, key, msg) }
	validatePrice(c.Price, at)
	validateSessions(c.Sessions, at)
	if why := registerProblem(c.Register); why != "" {
		at("register", why)
	}
	return l
}

// validatePrice checks a course's [price] table.
func validatePrice(p Price, at func(key, msg string)) {
	if p.Member == nil && p.NonMember != nil {
		at("price.non_member", "price.member is required too (the price for members; write the same amount when there is one price)")
	}
	if p.Member == nil {
		return
	}
	member, nonMember := p.Amounts()
	switch {
	case member < 0:
		at("price.member", "must not be negative (0 means free)")
	case nonMember < 0:
		at("price.non_member", "must not be negative (0 means free)")
	case nonMember < member:
		at("price.non_member", strconv.FormatFloat(nonMember, 'f', -1, 64)+" is below the member price "+
			strconv.FormatFloat(member, 'f', -1, 64)+": are member and non_member swapped?")
	}
}

// validateSessions checks each [[sessions]] entry: a start day, an end on
// or after it, no start given twice.
func validateSessions(sessions []Session, at func(key, msg string)) {
	seen := map[Day]int{}
	for i, s := range sessions {
		key := "sessions[" + itoa(i) + "]"
		switch {
		case s.Start == 0:
			at(key, "start is required (the first day, YYYY-MM-DD)")
		case s.End != 0 && s.End < s.Start:
			at(key+".end", s.End.Date().String()+" is before the start "+s.Start.Date().String())
		}
		if j, dup := seen[s.Start]; dup && s.Start != 0 {
			at(key+".start", "the same start as sessions["+itoa(j)+"]; list each run once")
		} else {
			seen[s.Start] = i
		}
	}
}

// registerProblem says what is wrong with a registration address: it
// must be an http(s) URL with a host, or a path of this site ("/…").
func registerProblem(u string) string {
	if u == "" || strings.HasPrefix(u, "/") && !strings.HasPrefix(u, "//") {
		return ""
	}
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "https" && p.Scheme != "http") || p.Host == "" {
		return "must be an address starting https:// or a path of this site starting with /, not " + strconv.Quote(u)
	}
	return ""
}

// addPathErr is addKeyErr with the key path at the head of the message
// when there is a position (without one, the diagnostic names it).
func addPathErr(l *diag.List, file string, src []byte, key, msg string) {
	if _, ok := tomlpos.Scan(src).Find(key); ok {
		msg = key + ": " + msg
	}
	addKeyErr(l, file, src, key, msg)
}

// Day is a date in a content TOML file: a TOML local date (2026-03-02)
// or a string "2026-03-02". The zero Day means none.
type Day model.Date

// UnmarshalTOML implements toml.Unmarshaler.
func (d *Day) UnmarshalTOML(v any) error {
	switch x := v.(type) {
	case time.Time:
		if x.Hour() != 0 || x.Minute() != 0 || x.Second() != 0 || x.Nanosecond() != 0 {
			return errors.New("must be a date without a time (YYYY-MM-DD)")
		}
		*d = Day(model.NewDate(x.Year(), int(x.Month()), x.Day()))
		return nil
	case string:
		if md, ok := model.ParseDate(x); ok {
			*d = Day(md)
			return nil
		}
	}
	return errors.New("must be a date written YYYY-MM-DD")
}

// Date returns d as a model.Date.
func (d Day) Date() model.Date { return model.Date(d) }
