package content

import (
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/iecmh/endorse/internal/diag"
)

// Front matter keys, in lower case: Hugo reads them without regard to case
// ("Title" is "title"). Every key Hugo does not define becomes one of the
// page's parameters (Page.Params; .Params in templates), as in Hugo, except
// a key so close to a defined one that it is most likely a typo of it
// ("tilte"): that is an error with a suggestion, and a parameter of that
// name goes under params. The keys Endorse reads into Page fields are not
// kept twice: Page.AllParams adds them back for templates.

// hugoKeys are the keys Hugo defines. Those Endorse has no use for
// (menus, outputs, cascade …) are accepted, kept in .Params, and ignored.
var hugoKeys = []string{
	"title", "linktitle", "description", "summary", "slug", "url", "type", "layout", "weight",
	"draft", "headless", "build", "_build", "aliases", "keywords", "outputs", "sitemap",
	"iscjklanguage", "translationkey", "resources", "cascade", "menu", "menus", "markup", "lang",
	"kind", "path", "params",
	"date", "publishdate", "pubdate", "published", "lastmod", "modified", "expirydate", "unpublishdate",
}

// FrontMatterKeys returns every front matter key the loader knows, in
// lower case: Hugo's (hugoKeys, the date keys' aliases included) and the
// common parameters. A site's taxonomies (Content.Taxonomies) are keys
// too. The editor at /admin/ is generated from this list (internal/admin),
// and its tests fail on a key it neither shows nor leaves out on purpose.
func FrontMatterKeys() []string {
	return append(append([]string{}, hugoKeys...), commonParams...)
}

// commonParams are parameters that Hugo themes conventionally read. They
// are parameters like any other, but count as known keys, so that a typo
// of one ("authr") is caught too.
var commonParams = []string{"author", "authors"}

// dateKeys maps each date key and its aliases to the date it sets.
var dateKeys = map[string]string{
	"date": "date", "publishdate": "publishdate", "pubdate": "publishdate", "published": "publishdate",
	"lastmod": "lastmod", "modified": "lastmod", "expirydate": "expirydate", "unpublishdate": "expirydate",
}

// fmReader applies decoded front matter to a page and collects problems.
type fmReader struct {
	p        *Page
	block    fmBlock
	cfg      *Config
	l        diag.List
	dates    map[string]time.Time // by dateKeys value
	typos    map[string]bool      // known keys suggested for a misspelt one
	draftSet bool                 // draft was given (it wins over published)
	params   map[string]any       // the page's own parameters, see Page.Params
}

// errAt reports msg at the top-level key as written.
func (r *fmReader) errAt(key, msg string) {
	line, col := r.block.keyPos(key)
	if line == 0 {
		r.l.AddField(r.p.File, key, msg)
		return
	}
	r.l.Add(r.p.File, line, col, msg)
}

// apply reads every key of m. Keys are visited in sorted order so that
// which of two spellings of one key wins does not depend on map order.
func (r *fmReader) apply(m map[string]any) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	seen := map[string]string{}
	var user map[string]any
	for _, k := range keys {
		lk := strings.ToLower(k)
		if other, dup := seen[lk]; dup {
			r.duplicate(other, k)
			continue
		}
		seen[lk] = k
		if lk == "params" {
			user = r.userParams(k, m[k])
			continue
		}
		r.field(k, lk, m[k])
	}
	for k, v := range user {
		r.setParam(k, v)
	}
	r.p.Params = paramList(r.params)
	r.applyDates()
}

// setParam sets one of the page's own parameters.
func (r *fmReader) setParam(k string, v any) {
	if r.params == nil {
		r.params = map[string]any{}
	}
	r.params[k] = v
}

// paramList turns parameters into the sorted list a Page keeps (smaller
// than a map, for the index a large build holds).
func paramList(m map[string]any) []Param {
	if len(m) == 0 {
		return nil
	}
	out := make([]Param, 0, len(m))
	for k, v := range m {
		out = append(out, Param{k, v})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

// duplicate reports two spellings of one key at the later of the two.
func (r *fmReader) duplicate(a, b string) {
	la, ca := r.block.keyPos(a)
	lb, cb := r.block.keyPos(b)
	if lb < la || lb == la && cb < ca {
		a, b = b, a
	}
	r.errAt(b, "key "+strconv.Quote(b)+" repeats "+strconv.Quote(a)+" (keys are not case-sensitive)")
}

// userParams reads the params table.
func (r *fmReader) userParams(key string, v any) map[string]any {
	m, ok := paramValue(v).(map[string]any)
	if !ok {
		r.errAt(key, "key "+strconv.Quote(key)+": must be a table of parameters")
	}
	return m
}

// field reads one top-level key (lk: lower case).
func (r *fmReader) field(key, lk string, v any) {
	p := r.p
	if _, isDate := dateKeys[lk]; isDate {
		r.date(key, lk, v)
		return
	}
	if r.cfg.isTaxonomy(lk) {
		r.terms(key, lk, v)
		return
	}
	switch lk {
	case "title":
		r.text(key, v, &p.Title)
	case "linktitle":
		r.text(key, v, &p.LinkTitle)
	case "description":
		r.text(key, v, &p.Description)
	case "summary":
		r.text(key, v, &p.Summary)
	case "layout":
		r.text(key, v, &p.Layout)
	case "slug":
		r.text(key, v, &p.slug)
	case "url":
		r.url(key, v)
	case "weight":
		r.weight(key, v)
	case "draft":
		r.flag(key, v, &p.Draft)
		r.draftSet = true
	case "headless":
		r.flag(key, v, &p.Headless)
		p.Unlisted = p.Unlisted || p.Headless
	case "build", "_build":
		r.build(key, v)
	case "aliases":
		r.aliases(key, v)
	default:
		if known := nearKey(lk, r.cfg); known != "" {
			r.typos[known] = true
			r.errAt(key, "unknown key "+strconv.Quote(key)+": did you mean '"+known+"'? (a parameter of your own with this name goes under params)")
			return
		}
		r.setParam(lk, paramValue(v))
	}
}

// text reads a text field into dst.
func (r *fmReader) text(key string, v any, dst *string) {
	s, ok := textOf(v)
	if !ok {
		r.errAt(key, "key "+strconv.Quote(key)+": must be text")
	}
	*dst = s
}

// flag reads a true/false field into dst.
func (r *fmReader) flag(key string, v any, dst *bool) {
	b, ok := boolOf(v)
	if !ok {
		r.errAt(key, "key "+strconv.Quote(key)+": must be true or false")
	}
	*dst = b
}

func (r *fmReader) weight(key string, v any) {
	w, ok := intOf(v)
	if !ok {
		r.errAt(key, "key "+strconv.Quote(key)+": must be a whole number")
	}
	r.p.Weight = w
}

func (r *fmReader) url(key string, v any) {
	r.text(key, v, &r.p.url)
	if strings.HasPrefix(r.p.url, "http://") || strings.HasPrefix(r.p.url, "https://") {
		r.errAt(key, "key "+strconv.Quote(key)+": must be a path on this site such as \"/about/\", not a full URL")
	}
}

func (r *fmReader) aliases(key string, v any) {
	as, ok := stringsOf(v)
	if !ok {
		r.errAt(key, "key "+strconv.Quote(key)+": must be a list of paths such as [\"/old-page/\"]")
		return
	}
	for _, a := range as {
		if strings.Contains(a, "://") {
			r.errAt(key, "alias "+strconv.Quote(a)+" must be a path on this site, not a full URL")
			continue
		}
		r.p.Aliases = append(r.p.Aliases, normalizeAlias(a))
	}
}

// build reads Hugo's build options: render = "never" publishes no page
// (the page is still there for ref), list = "never" leaves it out of
// section listings and taxonomies. Other values are Hugo's defaults.
func (r *fmReader) build(key string, v any) {
	m, ok := v.(map[string]any)
	if !ok {
		r.errAt(key, "key "+strconv.Quote(key)+": must be a table such as { list = \"never\" }")
		return
	}
	for k, e := range m {
		s, _ := textOf(e)
		never := s == "never" || s == "false"
		switch strings.ToLower(k) {
		case "render":
			r.p.Headless = r.p.Headless || never
		case "list":
			r.p.Unlisted = r.p.Unlisted || never
		}
	}
}

// terms reads a taxonomy's terms (a list, or one term).
func (r *fmReader) terms(key, lk string, v any) {
	ts, ok := stringsOf(v)
	if !ok {
		r.errAt(key, "key "+strconv.Quote(key)+": must be a list of terms such as [\"supervision\", \"training\"]")
		return
	}
	var kept []string
	for _, t := range ts {
		if t = strings.TrimSpace(t); t != "" {
			kept = append(kept, t)
		}
	}
	if len(kept) > 0 {
		if r.p.Terms == nil {
			r.p.Terms = map[string][]string{}
		}
		r.p.Terms[lk] = kept
	}
}

// date reads one of the date keys; "published" may also be true or false
// (Hugo's opposite of draft).
func (r *fmReader) date(key, lk string, v any) {
	if b, isBool := v.(bool); isBool && lk == "published" {
		r.p.published = &b
		return
	}
	t, ok := parseDate(v)
	if !ok {
		r.errAt(key, "key "+strconv.Quote(key)+": not a date: write 2024-05-01, 2024-05-01T09:30:00Z or 2024-05-01T09:30:00-05:00")
		return
	}
	if _, set := r.dates[dateKeys[lk]]; !set {
		r.dates[dateKeys[lk]] = t
	}
}

// applyDates sets the four dates with Hugo's default fallbacks: date from
// date, publishDate or lastmod; publishDate from publishDate or date;
// lastmod from lastmod, date or publishDate; expiryDate alone.
func (r *fmReader) applyDates() {
	d, p := r.dates, r.p
	p.Date = firstDate(d["date"], d["publishdate"], d["lastmod"])
	p.PublishDate = firstDate(d["publishdate"], d["date"])
	p.Lastmod = firstDate(d["lastmod"], d["date"], d["publishdate"])
	p.ExpiryDate = d["expirydate"]
	if p.published != nil && !r.draftSet {
		p.Draft = !*p.published
	}
}

// knownKeys is hugoKeys and commonParams as a set.
var knownKeys = func() map[string]bool {
	m := map[string]bool{}
	for _, k := range append(append([]string{}, hugoKeys...), commonParams...) {
		m[k] = true
	}
	return m
}()

// isKnownKey reports whether lk (lower case) is one of Hugo's keys or a
// common parameter.
func isKnownKey(lk string) bool { return knownKeys[lk] }

// nearKey returns the known key that key (lower case, not known itself)
// most likely misspells, or "". Close means an edit distance (insertions,
// deletions, substitutions and swaps of neighbours) of at most 2, or 1
// for a known key of four letters or fewer, where 2 edits would turn many
// ordinary words into a key ("day" is not "date").
func nearKey(key string, cfg *Config) string {
	if isKnownKey(key) {
		return ""
	}
	best, bestD := "", 3
	for _, list := range [][]string{hugoKeys, commonParams, cfg.taxonomyKeys()} {
		for _, k := range list {
			if strings.HasPrefix(k, "_") {
				continue
			}
			limit := 2
			if len(k) <= 4 {
				limit = 1
			}
			if d := editDistance(key, k, limit); d <= limit && (d < bestD || d == bestD && k < best) {
				best, bestD = k, d
			}
		}
	}
	return best
}

// editDistance is the optimal string alignment distance between a and b:
// the fewest insertions, deletions, substitutions and swaps of adjacent
// bytes that turn one into the other ("tilte" → "title" is 1). Keys are
// compared as bytes (Hugo's keys are ASCII). It returns limit+1 as soon
// as the distance must exceed limit: this runs for every custom key of
// every page against every known key, so it allocates nothing for keys
// of up to 31 bytes.
func editDistance(a, b string, limit int) int {
	if abs(len(a)-len(b)) > limit {
		return limit + 1
	}
	var buf [3][32]int
	var prev2, prev, cur []int
	if len(b) < 32 {
		prev2, prev, cur = buf[0][:len(b)+1], buf[1][:len(b)+1], buf[2][:len(b)+1]
	} else {
		prev2, prev, cur = make([]int, len(b)+1), make([]int, len(b)+1), make([]int, len(b)+1)
	}
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
