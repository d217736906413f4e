package content

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"
)

// samePage is one page written in each front matter format.
var samePage = map[Format]string{
	FormatTOML: `+++
title = "Accounting basics"
Weight = 3
date = 2024-05-01
publishDate = "2024-05-02T09:30:00Z"
aliases = ["/old/acct/"]
tags = ["Reflective Practice", "supervision"]
code = "acct-00000"
department = "acct"
credits = 3
[params]
Level = "intro"
[params.Contact]
Name = "Ana"
+++
Body.
`,
	FormatYAML: `---
title: Accounting basics
Weight: 3
date: 2024-05-01
publishDate: 2024-05-02T09:30:00Z
aliases: [/old/acct/]
tags:
  - Reflective Practice
  - supervision
code: acct-00000
department: acct
credits: 3
params:
  Level: intro
  Contact:
    Name: Ana
---
Body.
`,
	FormatJSON: `{
  "title": "Accounting basics",
  "Weight": 3,
  "date": "2024-05-01",
  "publishDate": "2024-05-02T09:30:00Z",
  "aliases": ["/old/acct/"],
  "tags": ["Reflective Practice", "supervision"],
  "code": "acct-00000",
  "department": "acct",
  "credits": 3,
  "params": {"Level": "intro", "Contact": {"Name": "Ana"}}
}
Body.
`,
}

// TestFormatsReadAlike: a page means the same in TOML, YAML and JSON.
func TestFormatsReadAlike(t *testing.T) {
	for f, src := range samePage {
		t.Run(string(f), func(t *testing.T) {
			p, l := parsePage("acct/basics.md", []byte(src), configOf(nil))
			if len(l) > 0 {
				t.Fatal(l.Err())
			}
			day := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
			pub := time.Date(2024, 5, 2, 9, 30, 0, 0, time.UTC)
			got := fmt.Sprintf("%s %s %d %v %v %v %q %q %d", p.Format, p.Title, p.Weight, p.Date.Equal(day), p.PublishDate.Equal(pub),
				p.Lastmod.Equal(day), p.Aliases, p.Terms["tags"], p.BodyLine)
			bodyLine := map[Format]int{FormatTOML: 16, FormatYAML: 18, FormatJSON: 13}[f]
			want := fmt.Sprintf(`%s Accounting basics 3 true true true ["/old/acct/"] ["Reflective Practice" "supervision"] %d`, f, bodyLine)
			if got != want {
				t.Errorf("got  %s\nwant %s", got, want)
			}
			for k, v := range map[string]string{"code": "acct-00000", "department": "acct", "credits": "3", "level": "intro",
				"title": "Accounting basics", "weight": "3", "draft": "false", "contact": "map[name:Ana]",
				"tags": "[Reflective Practice supervision]"} {
				if s := fmt.Sprint(p.AllParams()[k]); s != v {
					t.Errorf(".Params.%s = %s, want %s", k, s, v)
				}
			}
			if _, ok := p.AllParams()["tags"].([]string); !ok {
				t.Errorf(".Params.tags is %T, want []string", p.AllParams()["tags"])
			}
			if keys := fmt.Sprint(p.Params); keys != "[{code acct-00000} {contact map[name:Ana]} {credits 3} {department acct} {level intro}]" {
				t.Errorf("the page's own parameters are %v, want code, department, credits, level and contact only", p.Params)
			}
		})
	}
}

// TestFrontMatterErrorsHavePositions: the same mistakes are reported at
// the same place whatever the format.
func TestFrontMatterErrorsHavePositions(t *testing.T) {
	cases := []struct {
		name string
		src  map[Format]string
		want string // %d: the line, which differs by format only where the sources differ
	}{
		{"typo of title", map[Format]string{
			FormatTOML: "+++\ntilte = \"x\"\n+++\n",
			FormatYAML: "---\ntilte: x\n---\n",
			FormatJSON: "{\n\"tilte\": \"x\"\n}\n",
		}, `content/p.md:2:1: unknown key "tilte": did you mean 'title'? (a parameter of your own with this name goes under params)`},
		{"typo of title with a title", map[Format]string{
			FormatTOML: "+++\ntitle = \"x\"\ntilte = \"x\"\n+++\n",
			FormatYAML: "---\ntitle: x\ntilte: x\n---\n",
			FormatJSON: "{\n\"title\": \"x\",\n\"tilte\": \"x\"\n}\n",
		}, `content/p.md:3:1: unknown key "tilte": did you mean 'title'? (a parameter of your own with this name goes under params)`},
		{"typo of description", map[Format]string{
			FormatTOML: "+++\ntitle = \"x\"\n  descripton = \"y\"\n+++\n",
			FormatYAML: "---\ntitle: x\ndescripton: y\n---\n", // YAML cannot indent it: column 1
			FormatJSON: "{\n\"title\": \"x\",\n  \"descripton\": \"y\"}\n",
		}, `content/p.md:3:3: unknown key "descripton": did you mean 'description'? (a parameter of your own with this name goes under params)`},
		{"typo of aliases", map[Format]string{
			FormatTOML: "+++\ntitle = \"x\"\naliasses = [\"/a/\"]\n+++\n",
			FormatYAML: "---\ntitle: x\naliasses: [/a/]\n---\n",
			FormatJSON: "{\n\"title\": \"x\",\n\"aliasses\": [\"/a/\"]}\n",
		}, `content/p.md:3:1: unknown key "aliasses": did you mean 'aliases'? (a parameter of your own with this name goes under params)`},
		{"weight not a number", map[Format]string{
			FormatTOML: "+++\ntitle = \"x\"\nweight = \"heavy\"\n+++\n",
			FormatYAML: "---\ntitle: x\nweight: heavy\n---\n",
			FormatJSON: "{\n\"title\": \"x\",\n\"weight\": \"heavy\"}\n",
		}, `content/p.md:3:1: key "weight": must be a whole number`},
		{"bad date", map[Format]string{
			FormatTOML: "+++\ntitle = \"x\"\ndate = \"next May\"\n+++\n",
			FormatYAML: "---\ntitle: x\ndate: next May\n---\n",
			FormatJSON: "{\n\"title\": \"x\",\n\"date\": \"next May\"}\n",
		}, `content/p.md:3:1: key "date": not a date: write 2024-05-01, 2024-05-01T09:30:00Z or 2024-05-01T09:30:00-05:00`},
	}
	for _, tc := range cases {
		for f, src := range tc.src {
			t.Run(tc.name+"/"+string(f), func(t *testing.T) {
				_, l := parsePage("p.md", []byte(src), configOf(nil))
				want := tc.want
				if f == FormatYAML && tc.name == "typo of description" {
					want = strings.Replace(want, ":3:3:", ":3:1:", 1)
				}
				if got := fmt.Sprint(l.Err()); got != want {
					t.Errorf("got  %s\nwant %s", got, want)
				}
			})
		}
	}
}

// TestSyntaxErrors: each format's syntax errors point into the file.
func TestSyntaxErrors(t *testing.T) {
	cases := map[string]string{
		"+++\ntitle = \"x\"\nweight = = 3\n+++\n":               `content/p.md:3:10: expected value but found '=' instead`,
		"---\ntitle: x\nweight: [3\n---\n":                      `content/p.md:3:9: sequence end token ']' not found`,
		"---\n- a\n- b\n---\n":                                  `content/p.md:2:1: YAML front matter must be a mapping of keys to values`,
		"{\n  \"title\": \"x\",\n  \"weight\": 3,\n}\nBody\n":   `content/p.md:4:1: JSON: invalid character '}' looking for beginning of object key string`,
		"{\n  \"title\": \"x\"\n} trailing\n":                   `content/p.md:3:2: text after the } that closes the JSON front matter: start the body on the next line`,
		"{\n  \"title\": \"x\"\n":                               `content/p.md:1:1: JSON front matter opened with { on line 1 is never closed`,
		"\n\n+++\ntitle = \"x\"\n":                              `content/p.md:3:1: front matter opened with +++ on line 3 is never closed`,
		"+++\ntitle = \"x\"\nTitle = \"y\"\n+++\n":              `content/p.md:3:1: key "Title" repeats "title" (keys are not case-sensitive)`,
		"+++\ntitle = \"x\"\nurl = \"https://x.org/a/\"\n+++\n": `content/p.md:3:1: key "url": must be a path on this site such as "/about/", not a full URL`,
	}
	for src, want := range cases {
		_, l := parsePage("p.md", []byte(src), configOf(nil))
		if got := fmt.Sprint(l.Err()); got != want {
			t.Errorf("%q:\ngot  %s\nwant %s", src, got, want)
		}
	}
}

// TestCustomKeysAreParams: keys that are no typo of a known key are the
// page's parameters, whatever their case.
func TestCustomKeysAreParams(t *testing.T) {
	src := "---\ntitle: x\nday: Monday\nCode: acct\nmonth: 1\ncredits: 2.5\nimage: a.png\nparams:\n  weight2: 5\n---\n"
	p, l := parsePage("p.md", []byte(src), configOf(nil))
	if len(l) > 0 {
		t.Fatal(l.Err())
	}
	want := map[string]any{"title": "x", "day": "Monday", "code": "acct", "month": uint64(1), "credits": 2.5,
		"image": "a.png", "weight2": uint64(5), "draft": false}
	if got := p.AllParams(); !reflect.DeepEqual(got, want) {
		t.Errorf("params = %#v\nwant %#v", got, want)
	}
}

// TestDatesAsHugo: the date forms Hugo accepts, and its fallbacks between
// date, publishDate, lastmod and expiryDate.
func TestDatesAsHugo(t *testing.T) {
	utc := func(s string) time.Time { t, _ := time.Parse(time.RFC3339, s); return t.UTC() }
	cases := []struct{ fm, date, pub, exp string }{
		{`date = 2024-05-01`, "2024-05-01T00:00:00Z", "2024-05-01T00:00:00Z", ""},
		{`date = 2024-05-01T10:00:00`, "2024-05-01T10:00:00Z", "2024-05-01T10:00:00Z", ""},
		{`date = 2024-05-01T10:00:00-05:00`, "2024-05-01T15:00:00Z", "2024-05-01T15:00:00Z", ""},
		{`date = "2024-05-01 10:00:00"`, "2024-05-01T10:00:00Z", "2024-05-01T10:00:00Z", ""},
		{`date = "01 May 2024"`, "2024-05-01T00:00:00Z", "2024-05-01T00:00:00Z", ""},
		{`date = "Wed, 01 May 2024 10:00:00 +0200"`, "2024-05-01T08:00:00Z", "2024-05-01T08:00:00Z", ""},
		{`date = 1714521600`, "2024-05-01T00:00:00Z", "2024-05-01T00:00:00Z", ""},
		{"publishDate = 2024-06-01\nexpiryDate = 2025-01-01", "2024-06-01T00:00:00Z", "2024-06-01T00:00:00Z", "2025-01-01T00:00:00Z"},
		{"pubdate = 2024-06-01\nunpublishdate = 2025-01-01", "2024-06-01T00:00:00Z", "2024-06-01T00:00:00Z", "2025-01-01T00:00:00Z"},
		{"date = 2024-01-01\npublishDate = 2024-06-01", "2024-01-01T00:00:00Z", "2024-06-01T00:00:00Z", ""},
	}
	for _, tc := range cases {
		p, l := parsePage("p.md", []byte("+++\ntitle = \"x\"\n"+tc.fm+"\n+++\n"), configOf(nil))
		if len(l) > 0 {
			t.Errorf("%s: %v", tc.fm, l.Err())
			continue
		}
		if !p.Date.Equal(utc(tc.date)) || !p.PublishDate.Equal(utc(tc.pub)) || !p.ExpiryDate.Equal(utc(tc.exp)) {
			t.Errorf("%s: date %v, publishDate %v, expiryDate %v", tc.fm, p.Date, p.PublishDate, p.ExpiryDate)
		}
	}
}

// TestFilterAsHugo: drafts, future and expired pages are published only
// when asked for.
func TestFilterAsHugo(t *testing.T) {
	now := time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)
	pages := map[string]string{
		"plain":       "",
		"draft":       "draft = true",
		"unpublished": "published = false",
		"future":      "date = 2025-02-01",
		"futurePub":   "date = 2024-01-01\npublishDate = 2025-02-01",
		"expired":     "expiryDate = 2024-12-31",
		"notExpired":  "expiryDate = 2025-06-01",
	}
	filters := map[string]Filter{
		"default":  {Now: now},
		"drafts":   {Now: now, Drafts: true},
		"future":   {Now: now, Future: true},
		"expired":  {Now: now, Expired: true},
		"no clock": {},
	}
	want := map[string]string{
		"default":  "notExpired plain",
		"drafts":   "draft notExpired plain unpublished",
		"future":   "future futurePub notExpired plain",
		"expired":  "expired notExpired plain",
		"no clock": "expired future futurePub notExpired plain",
	}
	for fname, f := range filters {
		var kept []string
		for name, fm := range pages {
			p, l := parsePage(name+".md", []byte("+++\ntitle = \"x\"\n"+fm+"\n+++\n"), configOf(nil))
			if len(l) > 0 {
				t.Fatal(l.Err())
			}
			if f.Keeps(p) {
				kept = append(kept, name)
			}
		}
		sort.Strings(kept)
		if got := strings.Join(kept, " "); got != want[fname] {
			t.Errorf("%s keeps %q, want %q", fname, got, want[fname])
		}
	}
}

func TestEditDistanceAndNearKey(t *testing.T) {
	cfg := configOf(nil)
	for key, want := range map[string]string{"tilte": "title", "descripton": "description", "aliasses": "aliases",
		"authr": "author", "tag": "tags", "publishdat": "publishdate", "categores": "categories",
		"data": "date", "day": "", "code": "", "department": "", "credits": "", "image": "", "title": "", "menus": ""} {
		if got := nearKey(key, cfg); got != want {
			t.Errorf("nearKey(%q) = %q, want %q", key, got, want)
		}
	}
}

func TestTermSlug(t *testing.T) {
	for in, want := range map[string]string{"Reflective Practice": "reflective-practice", "C++": "c++",
		"Éducation": "éducation", "a/b?": "ab", " x ": "x", "..": "", "v1.2": "v1.2", ".a..b.": "a.b"} {
		if got := TermSlug(in); got != want {
			t.Errorf("TermSlug(%q) = %q, want %q", in, got, want)
		}
	}
}
