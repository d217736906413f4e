package rules

import (
	"github.com/iecmh/endorse/internal/content"
	"github.com/iecmh/endorse/internal/model"
)

// Catalog converts the content catalog (content/courses/*.toml) to what the
// rules need: id, title, clock hours, topics, credential flag, sequence.
func Catalog(c *content.Catalog) []model.Course {
	if c == nil {
		return nil
	}
	out := make([]model.Course, 0, len(c.Courses))
	for _, x := range c.Courses {
		out = append(out, model.Course{ID: x.ID, Title: x.Title, ClockHours: x.ClockHours,
			Topics: append([]string(nil), x.Topics...), Credential: x.Credential, Sequence: x.Sequence})
	}
	return out
}
