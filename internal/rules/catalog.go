package rules

import (
	"github.com/iecmh/endorse/internal/content"
	"github.com/iecmh/endorse/internal/model"
)

// Catalog converts the content catalog (content/courses/*.toml) to what the
// rules and the checker need: id, title, clock hours, topics, credential
// flag, sequence, and how to take the course (its page, registration
// address, self-paced or not, price in the catalog's currency, sessions).
func Catalog(c *content.Catalog) []model.Course {
	if c == nil {
		return nil
	}
	out := make([]model.Course, 0, len(c.Courses))
	for _, x := range c.Courses {
		out = append(out, course(x, c.Currency))
	}
	return out
}

func course(x *content.Course, currency string) model.Course {
	m := model.Course{ID: x.ID, Title: x.Title, ClockHours: x.ClockHours,
		Topics: append([]string(nil), x.Topics...), Credential: x.Credential, Sequence: x.Sequence,
		URL: x.URL, Register: x.Register, SelfPaced: x.SelfPaced,
		Levels: append([]string(nil), x.Levels...), Introductory: x.Introductory}
	if x.Price.Stated() {
		m.Price.Currency = currency
		m.Price.Member, m.Price.NonMember = x.Price.Amounts()
	}
	for _, s := range x.Sessions {
		m.Sessions = append(m.Sessions, model.CourseSession{Start: s.Start.Date(), End: s.End.Date(), Note: s.Note})
	}
	return m
}
