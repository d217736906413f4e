package i18n

import (
	"strconv"
	"strings"

	"github.com/iecmh/endorse/internal/model"
)

// Dates as people read them: "1 March 2025" on an English site. The pages
// (the template function "date", internal/site), the CLI's text report and
// the checker (static/js/checker/dates.js, formatDate: change both
// together) write dates so; ISO dates (2025-03-01) stay in files, data
// attributes and <time datetime="…">.

var monthNames = [12]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// HumanDate is y-m-d as people read it in lang (the site's language):
// "1 March 2025" in English ("en", "en-US", …). A language without month
// names here keeps the unambiguous ISO form, as the checker does.
func HumanDate(lang string, y, m, d int) string {
	lang = strings.ToLower(lang)
	if lang != "en" && !strings.HasPrefix(lang, "en-") || m < 1 || m > 12 {
		return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2)
	}
	return strconv.Itoa(d) + " " + monthNames[m-1] + " " + strconv.Itoa(y)
}

// Date is d as people read it in lang; "" for the zero date.
func Date(lang string, d model.Date) string {
	if d.IsZero() {
		return ""
	}
	y, m, day := d.YMD()
	return HumanDate(lang, y, m, day)
}

func pad(n, width int) string {
	s := strconv.Itoa(n)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

// MonthName is the English name of month m (1–12).
func MonthName(m int) string { return monthNames[m-1] }
