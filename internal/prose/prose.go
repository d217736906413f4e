// Package prose writes the small pieces of English the pages are built
// from, the same way wherever they appear: amounts of money (fees from
// rules/association.toml, course prices from content/courses/*.toml),
// dates in sentences, a capital first letter. Pure functions of their
// arguments.
package prose

import (
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/iecmh/endorse/internal/i18n"
	"github.com/iecmh/endorse/internal/model"
)

// currencies are the symbols and names of common currencies; another code
// is written before the amount ("CHF 60").
var currencies = map[string]struct{ symbol, name string }{
	"USD": {"$", "US dollars"},
	"CAD": {"$", "Canadian dollars"},
	"AUD": {"$", "Australian dollars"},
	"NZD": {"$", "New Zealand dollars"},
	"EUR": {"€", "euros"},
	"GBP": {"£", "pounds sterling"},
}

// Money is amount in currency (an ISO 4217 code, content/site.toml
// currency): "$20", "$12.50", "€60", "CHF 60".
func Money(amount float64, currency string) string {
	n := strconv.FormatFloat(amount, 'f', 2, 64)
	if amount == float64(int64(amount)) {
		n = strconv.FormatInt(int64(amount), 10)
	}
	if c, ok := currencies[currency]; ok {
		return c.symbol + n
	}
	return currency + " " + n
}

// CurrencyName is the currency in words for a table heading ("US dollars"),
// or its code when it has no name here.
func CurrencyName(currency string) string {
	if c, ok := currencies[currency]; ok {
		return c.name
	}
	return currency
}

// LongDate is a rules date in the English sentences the category pages
// build ("offered from 1 January 2025", as i18n.HumanDate writes it); ""
// for the zero date.
func LongDate(d model.Date) string {
	if d.IsZero() {
		return ""
	}
	y, m, day := d.YMD()
	return i18n.HumanDate("en", y, m, day)
}

// Capitalize upper-cases the first letter (any script: "€60" stays whole).
func Capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
