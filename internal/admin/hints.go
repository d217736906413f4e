package admin

// hints are help texts under fields, by key path. Words only: which
// fields exist, their types and whether they are required come from the
// loaders (schema.go); a field without a hint simply has none.
var hints = map[string]string{
	"courses.sequence":    "Place in the recommended order (1, 2, …). Leave empty for a course outside the sequence.",
	"courses.credential":  "Required for the course credential.",
	"courses.standalone":  "Can be taken on its own. Every course needs this, the credential, or both.",
	"courses.clock_hours": "The clock hours on the certificate: the readiness checker counts them as training.",
	"courses.topics":      "What the course covers, from the rules' topic list: the checker counts its hours toward each.",
	"courses.summary":     "One plain sentence for listings.",
	"courses.draft":       "A draft course is not published.",
	"courses.self_paced":  "People can start at any time.",
	"courses.register":    "Where to register: an https:// address, or a page of this site such as /register/.",
	"courses.price":       "In the site's currency. Leave the table out when no price is published; the non-member price defaults to the member price.",
	"courses.sessions":    "Dated runs of the course: the course page shows the next one.",

	"site.base_url":      "The site's address, such as https://endorse.example.org/",
	"site.language":      "The language of the pages, such as en.",
	"site.description":   "One or two sentences for search engines.",
	"site.nav":           "The main menu, in order of weight.",
	"site.rules_as_of":   "Category pages describe the rules in force on this day. Leave empty for the newest rules.",
	"site.embed":         "Other websites allowed to show the checker in a frame (see the README).",
	"site.search":        "The search box on every page.",
	"site.footer.text":   "Markdown shown at the foot of every page.",
	"site.contact.email": "Shown in the footer and on the contact page.",
	"site.currency":      "The currency of prices and fees, as a code such as USD, CAD or EUR.",

	"association.id":                     "Short id that profiles use for membership: change it only together with the rules.",
	"association.short_name":             "The abbreviation used in running text, such as NPAIMH.",
	"association.fees":                   "Amounts in US dollars; leave a fee empty when there is none.",
	"association.rsc":                    "Reflective supervision/consultation (RSC) policy.",
	"association.rsc.endorsed_only_from": "From this day, RSC counts only from providers endorsed on the day of the session. Leave empty to count vetted providers always.",
}
