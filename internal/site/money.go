package site

import (
	"strconv"
	"strings"

	"github.com/iecmh/endorse/internal/content"
	"github.com/iecmh/endorse/internal/model"
)

// Amounts of money as people read them: fees (rules/association.toml) and
// course prices (content/courses/*.toml), in the site's currency
// (content/site.toml currency, default US dollars).

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

// money is amount in currency: "$20", "$12.50", "€60", "CHF 60".
func money(amount float64, currency string) string {
	n := strconv.FormatFloat(amount, 'f', 2, 64)
	if amount == float64(int64(amount)) {
		n = strconv.FormatInt(int64(amount), 10)
	}
	if c, ok := currencies[currency]; ok {
		return c.symbol + n
	}
	return currency + " " + n
}

// currencyName is the currency in words for a table heading ("US dollars").
func currencyName(currency string) string {
	if c, ok := currencies[currency]; ok {
		return c.name
	}
	return currency
}

// courseFuncs are the template functions of course pages and listings.
type courseFuncs struct {
	currency string
	members  string     // who pays the member price: "NPAIMH members" or "members"
	today    model.Date // the build's day: which sessions are still to come
}

// price is the template function "money": an amount in the site's currency.
func (c courseFuncs) price(amount float64) string { return money(amount, c.currency) }

// currencyName is the template function "currencyName": the site's
// currency in words, for table headings ("Amount (US dollars)").
func (c courseFuncs) currencyName() string { return currencyName(c.currency) }

// coursePrice is the template function "coursePrice": a course's price
// in words ("$60 for NPAIMH members, $90 for others"; "Free for NPAIMH
// members, $25 for others"; "$40"), "" when it publishes none.
func (c courseFuncs) coursePrice(x *content.Course) string {
	if x == nil || !x.Price.Stated() {
		return ""
	}
	member, others := x.Price.Amounts()
	amount := func(f float64) string {
		if f == 0 {
			return "free"
		}
		return money(f, c.currency)
	}
	if member == others {
		return capitalize(amount(member))
	}
	return capitalize(amount(member)) + " for " + c.members + ", " + amount(others) + " for others"
}

// upcoming is the template function "upcoming": the sessions of a course
// that start on or after the day of the build (as Hugo publishes future
// pages by the build's clock), in order.
func (c courseFuncs) upcoming(x *content.Course) []content.Session {
	if x == nil {
		return nil
	}
	return x.NextSessions(c.today)
}

// membersOf names the members of the association ("NPAIMH members").
func membersOf(m *model.Model) string {
	if m == nil || strings.TrimSpace(m.Association.ShortName) == "" {
		return "members"
	}
	return m.Association.ShortName + " members"
}
