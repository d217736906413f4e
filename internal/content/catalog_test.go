package content

import (
	"strings"
	"testing"

	"github.com/iecmh/endorse/internal/model"
)

// courseTOML is a valid stand-alone course for the tests below.
const courseTOML = "title = \"Z\"\nstandalone = true\nsummary = \"Z.\"\n"

// TestCourseSignupData reads what a course page's call to action and the
// checker's plan use: price, sessions (sorted), registration and
// self-paced, with the site's currency.
func TestCourseSignupData(t *testing.T) {
	src := courseTOML + `register = "https://learn.example.org/z"
self_paced = true
[price]
member = 40
[[sessions]]
start = 2027-09-01
[[sessions]]
start = "2027-02-01"
end = 2027-02-20
note = "Tuesdays"
`
	c, l := Load(tree(map[string]string{"content/courses/z.toml": src,
		"content/site.toml": "currency = \"CAD\"\n" + siteTOML}))
	if len(l) > 0 {
		t.Fatal(l.Err())
	}
	z := c.Catalog.Course("z")
	if c.Catalog.Currency != "CAD" || z.Register != "https://learn.example.org/z" || !z.SelfPaced {
		t.Errorf("currency %q, register %q, self-paced %v", c.Catalog.Currency, z.Register, z.SelfPaced)
	}
	if m, o := z.Price.Amounts(); !z.Price.Stated() || m != 40 || o != 40 {
		t.Errorf("price = %v, %v (stated %v); want 40 for everyone", m, o, z.Price.Stated())
	}
	if len(z.Sessions) != 2 || z.Sessions[0].Start.Date() != model.NewDate(2027, 2, 1) ||
		z.Sessions[0].End.Date() != model.NewDate(2027, 2, 20) || z.Sessions[0].Note != "Tuesdays" {
		t.Fatalf("sessions = %+v; want February's first", z.Sessions)
	}
	if next := z.NextSessions(model.NewDate(2027, 2, 2)); len(next) != 1 || next[0].Start.Date() != model.NewDate(2027, 9, 1) {
		t.Errorf("sessions from 2 February 2027 = %+v; want September's only", next)
	}
	if next := z.NextSessions(model.NewDate(2027, 9, 2)); next != nil {
		t.Errorf("sessions after the last = %+v", next)
	}
	if a := c.Catalog.Course("a"); a.Price.Stated() || a.SelfPaced || a.Sessions != nil {
		t.Errorf("a course without the keys publishes %+v", a)
	}
	if c2, _ := Load(tree(nil)); c2.Catalog.Currency != DefaultCurrency {
		t.Errorf("default currency = %q", c2.Catalog.Currency)
	}
}

// TestCourseSignupDiagnostics asserts every problem of the new keys is
// reported at its line and column, all at once.
func TestCourseSignupDiagnostics(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"price", `[price]
member = 60
non_member = 40
`, `content/courses/z.toml:6:1: price.non_member: 40 is below the member price 60: are member and non_member swapped?`},
		{"price negative", "[price]\nmember = -5\n", `content/courses/z.toml:5:1: price.member: must not be negative (0 means free)`},
		{"price without member", "[price]\nnon_member = 5\n",
			`content/courses/z.toml:5:1: price.non_member: price.member is required too (the price for members; write the same amount when there is one price)`},
		{"sessions", `register = "ftp://x"
[[sessions]]
end = 2027-01-01
[[sessions]]
start = 2027-03-02
end = 2027-02-01
[[sessions]]
start = 2027-03-02
`, strings.Join([]string{
			`content/courses/z.toml:4:1: register: must be an address starting https:// or a path of this site starting with /, not "ftp://x"`,
			`content/courses/z.toml:5:3: sessions[0]: start is required (the first day, YYYY-MM-DD)`,
			`content/courses/z.toml:9:1: sessions[1].end: 2027-02-01 is before the start 2027-03-02`,
			`content/courses/z.toml:11:1: sessions[2].start: the same start as sessions[1]; list each run once`}, "\n")},
		{"bad date", "[[sessions]]\nstart = \"2027-13-01\"\n", `content/courses/z.toml:5:10: key "sessions.start": must be a date written YYYY-MM-DD`},
		{"date with time", "[[sessions]]\nstart = 2027-01-01T10:00:00\n", `content/courses/z.toml:5:9: key "sessions.start": must be a date without a time (YYYY-MM-DD)`},
		{"currency", "", `content/site.toml:1:1: must be a three-letter currency code such as "USD", not "dollars"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			over := map[string]string{"content/courses/z.toml": courseTOML + tc.src}
			if tc.name == "currency" {
				over["content/site.toml"] = "currency = \"dollars\"\n" + siteTOML
			}
			_, l := Load(tree(over))
			if got := l.Err(); got == nil || got.Error() != tc.want {
				t.Errorf("got:\n%v\nwant:\n%s", got, tc.want)
			}
		})
	}
	for _, ok := range []string{`register = "/register/"`, `register = "https://learn.example.org/x?id=1"`, "[price]\nmember = 0\nnon_member = 25"} {
		if _, l := Load(tree(map[string]string{"content/courses/z.toml": courseTOML + ok + "\n"})); len(l) > 0 {
			t.Errorf("%s: %v", ok, l.Err())
		}
	}
}

// TestLoadCatalogCurrency: the CLI's catalog takes site.toml's currency,
// the default without a site.toml, and refuses (at file:line:col) a
// site.toml whose currency it cannot know rather than show prices in a
// guessed one; other site.toml problems are the site build's to report.
func TestLoadCatalogCurrency(t *testing.T) {
	course := map[string]string{"content/courses/z.toml": courseTOML}
	for _, tc := range []struct {
		name, site, currency, err string
	}{
		{"named", "currency = \"EUR\"\n" + siteTOML, "EUR", ""},
		{"not named", siteTOML, DefaultCurrency, ""},
		{"no site.toml", "", DefaultCurrency, ""},
		{"other problem", "rules_as_of = \"soon\"\n" + siteTOML, DefaultCurrency, ""},
		{"malformed currency", "currency = \"euro\"\n" + siteTOML, "", "content/site.toml:1:1: must be a three-letter currency code"},
		{"broken TOML", "currency = \"EUR\n" + siteTOML, "", "content/site.toml:1:"},
	} {
		fsys := tree(course)
		if tc.site == "" {
			delete(fsys, SiteFile)
		} else {
			fsys[SiteFile].Data = []byte(tc.site)
		}
		c, l := LoadCatalog(fsys)
		switch {
		case tc.err == "" && len(l) > 0:
			t.Errorf("%s: %v", tc.name, l.Err())
		case tc.err == "" && c.Currency != tc.currency:
			t.Errorf("%s: currency %q, want %q", tc.name, c.Currency, tc.currency)
		case tc.err != "" && (c != nil || !strings.Contains(l.Err().Error(), tc.err)):
			t.Errorf("%s: catalog %v, problems %v; want none and %q", tc.name, c, l.Err(), tc.err)
		}
	}
}
