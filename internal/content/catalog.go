package content

import (
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/iecmh/endorse/internal/diag"
)

// Course is one file content/courses/<id>.toml of the course catalog
// (`cms` tags: see Site).
type Course struct {
	ID          string   `toml:"-"` // file name without .toml
	File        string   `toml:"-"` // repo path
	URL         string   `toml:"-"` // "/courses/<id>/"
	Title       string   `toml:"title" cms:"required"`
	Sequence    int      `toml:"sequence"`   // place in the recommended order; 0 = not in the sequence
	Credential  bool     `toml:"credential"` // required for the credential program
	Standalone  bool     `toml:"standalone"` // may be taken on its own
	Format      string   `toml:"format"`
	Length      string   `toml:"length"`
	ClockHours  float64  `toml:"clock_hours"` // 0 = not known
	Topics      []string `toml:"topics" cms:"topics"`
	Summary     string   `toml:"summary" cms:"required,text"`
	Description string   `toml:"description" cms:"markdown"`
	Modules     []Module `toml:"modules"`
	Draft       bool     `toml:"draft"`
}

// Module is one part of a course.
type Module struct {
	Title       string `toml:"title" cms:"required"`
	Description string `toml:"description" cms:"markdown"` // optional
}

// Catalog is the course catalog, ordered: courses in the recommended
// sequence (by sequence number), then the others by title.
type Catalog struct {
	Courses []*Course
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

// loadCatalog reads the course files (repo paths) and orders them.
func loadCatalog(fsys fs.FS, files []string) (*Catalog, diag.List) {
	var l diag.List
	cat := &Catalog{}
	for _, f := range files {
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
	return c, validateCourse(c, src)
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
		addKeyErr(&l, c.File, src, 0, "sequence", "must be 1 or more (omit it for a course outside the sequence)")
	}
	if c.ClockHours < 0 {
		addKeyErr(&l, c.File, src, 0, "clock_hours", "must not be negative")
	}
	if !c.Credential && !c.Standalone {
		l.AddField(c.File, "standalone", "a course must be required for the credential, offered stand-alone, or both")
	}
	for i, m := range c.Modules {
		if strings.TrimSpace(m.Title) == "" {
			l.AddField(c.File, "modules["+itoa(i)+"].title", "required")
		}
	}
	return l
}
