package site

import (
	"fmt"
	"time"

	"github.com/iecmh/endorse/internal/content"
	"github.com/iecmh/endorse/internal/i18n"
	"github.com/iecmh/endorse/internal/model"
)

// dayOf is the civil date of t in its own zone (a build's clock: which
// course sessions are still to come).
func dayOf(t time.Time) model.Date {
	return model.NewDate(t.Year(), int(t.Month()), t.Day())
}

// Dates as people read them on the pages: "1 March 2025" on an English
// site, written by i18n.HumanDate (the CLI's text report and the checker
// write them the same way); ISO dates (2025-03-01) stay in files, data
// attributes and <time datetime="…">.

// humanDate is y-m-d as people read it in lang (the site's language).
func humanDate(lang string, y, m, d int) string { return i18n.HumanDate(lang, y, m, d) }

// date is the template function "date": a time.Time, a model.Date or an
// ISO date string ("2025-03-01") as people read it in the site's language;
// "" for a zero or empty date. Anything else is an error naming it.
func (fs *funcState) date(v any) (string, error) {
	switch d := v.(type) {
	case time.Time:
		if d.IsZero() {
			return "", nil
		}
		return humanDate(fs.lang, d.Year(), int(d.Month()), d.Day()), nil
	case content.Day:
		return fs.date(d.Date())
	case model.Date:
		if d.IsZero() {
			return "", nil
		}
		y, m, day := d.YMD()
		return humanDate(fs.lang, y, m, day), nil
	case string:
		if d == "" {
			return "", nil
		}
		md, ok := model.ParseDate(d)
		if !ok {
			return "", fmt.Errorf("date: %q is not a date written YYYY-MM-DD", d)
		}
		return fs.date(md)
	}
	return "", fmt.Errorf("date: cannot show a %T as a date", v)
}
