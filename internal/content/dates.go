package content

import (
	"math"
	"strings"
	"time"
)

// dateLayouts are the string forms of a date Hugo accepts in front matter
// (those of github.com/spf13/cast, which Hugo uses, that carry a date), most
// common first. A layout without a zone is read in UTC, Hugo's default
// timeZone, so a build does not depend on the machine's zone.
var dateLayouts = []string{
	"2006-01-02",
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	time.RFC1123Z,
	time.RFC1123,
	time.RFC822Z,
	time.RFC822,
	time.RFC850,
	"2006-01-02 15:04:05.999999999 -0700 MST",
	"2006-01-02T15:04:05-0700",
	"2006-01-02 15:04:05Z0700",
	"2006-01-02 15:04:05",
	time.ANSIC,
	time.UnixDate,
	time.RubyDate,
	"2006-01-02 15:04:05Z07:00",
	"02 Jan 2006",
	"2006-01-02 15:04:05 -07:00",
	"2006-01-02 15:04:05 -0700",
}

// parseDate reads a front matter date as Hugo does: a TOML or YAML date or
// date-time, a string in one of dateLayouts, or a whole number of seconds
// since 1970 (Unix time). ok is false for anything else.
func parseDate(v any) (t time.Time, ok bool) {
	switch d := v.(type) {
	case time.Time:
		return d, true
	case string:
		s := strings.TrimSpace(d)
		for _, layout := range dateLayouts {
			if t, err := time.ParseInLocation(layout, s, time.UTC); err == nil {
				return t, true
			}
		}
	case int64:
		return time.Unix(d, 0).UTC(), true
	case uint64:
		if d <= math.MaxInt64 {
			return time.Unix(int64(d), 0).UTC(), true
		}
	case float64:
		if d == math.Trunc(d) && math.Abs(d) < 1<<53 {
			return time.Unix(int64(d), 0).UTC(), true
		}
	}
	return time.Time{}, false
}
