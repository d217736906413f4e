package corpus

import (
	"fmt"
	"strings"
	"time"
)

// pagesPerSection is how many regular pages share one section directory.
const pagesPerSection = 100

// layout maps page numbers to files and URLs. Pages are numbered 0..Pages-1
// and grouped into sections of pagesPerSection.
type layout struct {
	pages  int
	format string // front matter of regular pages: "" mixed (see formatOf), "toml", "yaml" or "json"
}

// formatOf returns the front matter format of regular page i: the
// corpus's format, or in a mixed corpus YAML on every fourth page (as
// Hugo's default archetype writes), JSON on every twentieth, TOML on the
// others.
func (l layout) formatOf(i int) string {
	switch {
	case l.format != "":
		return l.format
	case i%20 == 3:
		return "json"
	case i%4 == 1:
		return "yaml"
	}
	return "toml"
}

// sections returns the number of section directories.
func (l layout) sections() int {
	return (l.pages + pagesPerSection - 1) / pagesPerSection
}

// sectionDir returns the directory name of section s (0-based).
func (l layout) sectionDir(s int) string {
	return fmt.Sprintf("section-%03d", s+1)
}

// pageFile returns the content-relative path of page i.
func (l layout) pageFile(i int) string {
	return fmt.Sprintf("%s/page-%05d.md", l.sectionDir(i/pagesPerSection), i+1)
}

// pageURL returns the pretty URL of page i.
func (l layout) pageURL(i int) string {
	return fmt.Sprintf("/%s/page-%05d/", l.sectionDir(i/pagesPerSection), i+1)
}

// sectionURL returns the pretty URL of section s.
func (l layout) sectionURL(s int) string {
	return "/" + l.sectionDir(s) + "/"
}

// pageWriter builds one Markdown page from a seeded text generator.
type pageWriter struct {
	g   *textGen
	l   layout
	b   strings.Builder
	cur int // number of the page being written, never linked to itself
}

// field is one front matter key and its value: a string, an int or a
// date (time.Time).
type field struct {
	key string
	val any
}

// frontMatter writes the TOML front matter shared by sections, the home
// page and the catalog intro.
func (w *pageWriter) frontMatter(title string, weight int) {
	writeFrontMatter(&w.b, "toml", w.commonFields(title, weight))
}

// commonFields are the keys every page has.
func (w *pageWriter) commonFields(title string, weight int) []field {
	day := time.Date(2018, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, w.g.intn(0, 2900))
	return []field{{"title", title}, {"description", w.g.sentence(w.g.intn(10, 16))}, {"weight", weight}, {"date", day}}
}

// departments are the values of the custom key "department".
var departments = []string{"acct", "clin", "educ", "fam", "pol", "res"}

// customFields are keys Hugo does not define, which both tools make page
// parameters (.Params.code …).
func (w *pageWriter) customFields(i int) []field {
	dept := departments[w.g.intn(0, len(departments)-1)]
	return []field{{"code", fmt.Sprintf("%s-%05d", dept, i+1)}, {"department", dept}, {"credits", w.g.intn(1, 6)}}
}

// fmSyntax is how each format opens, closes and joins a key and value.
var fmSyntax = map[string]struct{ open, close, sep string }{
	"toml": {"+++\n", "+++\n\n", " = "},
	"yaml": {"---\n", "---\n\n", ": "},
	"json": {"{\n", "}\n\n", ": "},
}

// writeFrontMatter writes fields as TOML (+++), YAML (---) or JSON.
func writeFrontMatter(b *strings.Builder, format string, fields []field) {
	syn := fmSyntax[format]
	b.WriteString(syn.open)
	for n, f := range fields {
		key := f.key
		if format == "json" {
			key = fmt.Sprintf("%q", f.key)
		}
		b.WriteString(key + syn.sep + fmValue(format, f.val))
		if format == "json" && n < len(fields)-1 {
			b.WriteString(",")
		}
		b.WriteString("\n")
	}
	b.WriteString(syn.close)
}

// fmValue writes one value in format.
func fmValue(format string, v any) string {
	switch x := v.(type) {
	case int:
		return fmt.Sprint(x)
	case time.Time:
		if format == "json" {
			return `"` + x.Format("2006-01-02") + `"`
		}
		return x.Format("2006-01-02")
	}
	return fmt.Sprintf("%q", v)
}

// link returns a Markdown link to another existing page or a section.
func (w *pageWriter) link() string {
	text := w.g.phrase(w.g.intn(2, 4))
	if w.g.intn(0, 9) == 0 {
		return fmt.Sprintf("[%s](%s)", text, w.l.sectionURL(w.g.intn(0, w.l.sections()-1)))
	}
	target := w.g.intn(0, w.l.pages-1)
	if target == w.cur && w.l.pages > 1 {
		target = (target + 1) % w.l.pages
	}
	return fmt.Sprintf("[%s](%s)", text, w.l.pageURL(target))
}

// paragraph writes n sentences; about one in three carries a link or emphasis.
func (w *pageWriter) paragraph(n int) {
	parts := make([]string, n)
	for i := range parts {
		s := w.g.sentence(w.g.intn(9, 17))
		switch w.g.intn(0, 5) {
		case 0:
			s = strings.TrimSuffix(s, ".") + ", as " + w.link() + " explains."
		case 1:
			s = "**" + w.g.title(2) + ".** " + s
		}
		parts[i] = s
	}
	w.b.WriteString(strings.Join(parts, " ") + "\n\n")
}

// list writes an unordered or ordered list of n items.
func (w *pageWriter) list(n int, ordered bool) {
	for i := 1; i <= n; i++ {
		marker := "-"
		if ordered {
			marker = fmt.Sprintf("%d.", i)
		}
		item := w.g.sentence(w.g.intn(6, 11))
		if i == 2 {
			item = strings.TrimSuffix(item, ".") + " (" + w.link() + ")."
		}
		fmt.Fprintf(&w.b, "%s %s\n", marker, item)
	}
	w.b.WriteString("\n")
}

// table writes a GFM table of rows rows and three columns.
func (w *pageWriter) table(rows int) {
	w.b.WriteString("| Item | Hours | Notes |\n|:---|---:|:---|\n")
	for i := 0; i < rows; i++ {
		fmt.Fprintf(&w.b, "| %s | %d | %s |\n", w.g.title(2), w.g.intn(1, 40), w.g.phrase(w.g.intn(3, 6)))
	}
	w.b.WriteString("\n")
}

// heading writes a heading of the given level.
func (w *pageWriter) heading(level int) {
	fmt.Fprintf(&w.b, "%s %s\n\n", strings.Repeat("#", level), w.g.heading())
}

// body writes the rest of a page body of about 550 words.
func (w *pageWriter) body() {
	for s := 0; s < 3; s++ {
		w.heading(2)
		w.paragraph(5)
		w.list(w.g.intn(4, 6), false)
	}
	w.heading(3)
	w.paragraph(3)
	w.table(4)
	w.list(3, true)
	w.heading(2)
	w.paragraph(4)
}

// regularPage returns the Markdown source of page i: front matter in
// its format with custom keys, a body with shortcodes (see shortcodes).
func regularPage(l layout, i int, seed uint64) string {
	w := &pageWriter{g: newTextGen(seed + uint64(i)*7919), l: l, cur: i}
	fields := w.commonFields(fmt.Sprintf("%s %d", w.g.title(3), i+1), i%pagesPerSection+1)
	writeFrontMatter(&w.b, l.formatOf(i), append(fields, w.customFields(i)...))
	w.paragraph(4)
	w.shortcodes(i)
	w.body()
	return w.b.String()
}

// shortcodes writes the page's shortcodes, which both tools render: on
// every page a relref link and the page's code ({{< param >}}); on every
// fifth a paired {{< note >}} with Markdown inside and a {{% credits %}};
// on every tenth a {{< figure >}}; on every fiftieth a {{< youtube >}}.
// note and credits are the corpus's own (the same template text in
// templates/shortcodes/ and layouts/shortcodes/), the others built in.
func (w *pageWriter) shortcodes(i int) {
	target := (i + 1 + w.g.intn(0, w.l.pages-1)) % w.l.pages
	if target == i && w.l.pages > 1 {
		target = (target + 1) % w.l.pages
	}
	fmt.Fprintf(&w.b, "This is course {{< param code >}}; see also [%s]({{< relref \"/%s\" >}}).\n\n",
		w.g.phrase(w.g.intn(2, 4)), w.l.pageFile(target))
	if i%5 == 0 {
		fmt.Fprintf(&w.b, "{{< note title=\"%s\" >}}%s It counts for {{%% credits %%}}.{{< /note >}}\n\n", w.g.title(2), w.g.sentence(w.g.intn(8, 14)))
	}
	if i%10 == 0 {
		fmt.Fprintf(&w.b, "{{< figure src=\"/images/chart.png\" alt=\"%s\" caption=\"%s\" >}}\n\n", w.g.sentence(5), w.g.sentence(8))
	}
	if i%50 == 0 {
		fmt.Fprintf(&w.b, "{{< youtube id=\"w7Ft2ymGmfc\" title=\"%s\" >}}\n\n", w.g.title(4))
	}
}

// sectionPage returns the _index.md source of section s.
func sectionPage(l layout, s int, seed uint64) string {
	w := &pageWriter{g: newTextGen(seed ^ uint64(s+1)*104729), l: l, cur: -1}
	w.frontMatter(fmt.Sprintf("Section %d: %s", s+1, w.g.title(2)), s+1)
	w.paragraph(4)
	return w.b.String()
}

// homePage returns content/_index.md.
func homePage(l layout, seed uint64) string {
	w := &pageWriter{g: newTextGen(seed), l: l, cur: -1}
	w.frontMatter("Benchmark Association", 0)
	w.paragraph(5)
	w.b.WriteString("## Sections\n\n")
	for s := 0; s < l.sections() && s < 20; s++ {
		fmt.Fprintf(&w.b, "- [Section %d](%s)\n", s+1, l.sectionURL(s))
	}
	w.b.WriteString("\n")
	return w.b.String()
}
