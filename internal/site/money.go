package site

import (
	"strings"

	"github.com/iecmh/endorse/internal/content"
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/prose"
)

// Amounts of money as people read them (see internal/prose), in the
// site's currency (content/site.toml currency, default US dollars).

// courseFuncs are the template functions of course pages and listings.
type courseFuncs struct {
	currency string
	members  string     // who pays the member price: "NPAIMH members" or "members"
	today    model.Date // the build's day: which sessions are still to come
}

// price is the template function "money": an amount in the site's currency.
func (c courseFuncs) price(amount float64) string { return prose.Money(amount, c.currency) }

// currencyName is the template function "currencyName": the site's
// currency in words, for table headings ("Amount (US dollars)").
func (c courseFuncs) currencyName() string { return prose.CurrencyName(c.currency) }

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
		return prose.Money(f, c.currency)
	}
	if member == others {
		return prose.Capitalize(amount(member))
	}
	return prose.Capitalize(amount(member)) + " for " + c.members + ", " + amount(others) + " for others"
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
