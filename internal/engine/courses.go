package engine

import (
	"github.com/iecmh/endorse/internal/model"
)

// courses: every required catalog course completed (a training entry with
// its course id, dated on or before the as-of date).
func courses(c *ctx, r *model.Requirement, o *Outcome) {
	p, _ := r.Params.(*model.Courses)
	need := requiredCourses(c.m, p)
	done, early := 0, false
	var missing []string
	for _, id := range need {
		d := c.completed(id, o)
		switch {
		case d == 0:
			missing = append(missing, id)
		default:
			done++
			early = early || (p.WarnBefore != 0 && d < p.WarnBefore)
		}
	}
	o.Have, o.Need, o.Unit, o.Progress, o.Status = float64(done), float64(len(need)), "courses", 1, Met
	if len(need) > 0 {
		o.Progress = float64(done) / float64(len(need))
	}
	if len(missing) > 0 {
		o.fail(msgCompleteCourses(missing))
	}
	if early && o.Status == Met {
		o.warn(msgRulesWarning(p.Warning))
	}
}

// requiredCourses lists the courses, in catalog sequence when taken from it.
func requiredCourses(m *model.Model, p *model.Courses) []string {
	if !p.CredentialCourses {
		return p.Courses
	}
	var list []*model.Course
	for i := range m.Catalog {
		if m.Catalog[i].Credential {
			list = append(list, &m.Catalog[i])
		}
	}
	sortBySequence(list)
	ids := make([]string, len(list))
	for i, course := range list {
		ids[i] = course.ID
	}
	return ids
}

// completed returns the earliest date the course was completed (0 = not).
func (c *ctx) completed(id string, o *Outcome) model.Date {
	var d model.Date
	for i, t := range c.p.Training {
		if t.Course == id && t.Date <= c.asOf && (!t.Planned || c.plans) && (d == 0 || t.Date < d) {
			d = t.Date
			o.item(listTraining, i, 1, nil)
		}
	}
	return d
}

func courseTitle(m *model.Model, id string) string {
	if course := m.Course(id); course != nil && course.Title != "" {
		return course.Title
	}
	return id
}

// sortBySequence orders courses by catalog sequence, keeping the order of
// equal ones (insertion sort: the catalog is short).
func sortBySequence(list []*model.Course) {
	for i := 1; i < len(list); i++ {
		for j := i; j > 0 && list[j].Sequence < list[j-1].Sequence; j-- {
			list[j], list[j-1] = list[j-1], list[j]
		}
	}
}
