package site

import (
	"bytes"
	"html/template"
	"regexp"
	"strconv"
	"strings"

	"github.com/iecmh/endorse/internal/content"
	"github.com/iecmh/endorse/internal/diag"
)

// A page body with shortcodes is rendered as Hugo renders it: the output
// of a {{% %}} shortcode replaces it in the Markdown before the Markdown is
// rendered, so it is rendered with the page; the output of a {{< >}}
// shortcode is kept aside, a placeholder stands in the Markdown, and the
// rendered HTML gets the output back in its place (a placeholder alone in
// a paragraph replaces the whole paragraph, so block output such as a
// table is not wrapped in <p>).

// placeholderRE matches a placeholder: letters and digits only, so
// Markdown leaves it as it is.
var placeholderRE = regexp.MustCompile(`ENDORSESHORTCODE([0-9]+)X`)

// expander renders the shortcodes of one page.
type expander struct {
	b     *builder
	j     *job
	held  []string // outputs of {{< >}} shortcodes, by placeholder number
	diags diag.List
}

// expandShortcodes returns body with its shortcodes expanded (Markdown
// with placeholders) and the expander to finish the HTML with. Problems
// are in x.diags.
func (b *builder) expandShortcodes(j *job, body []byte) ([]byte, *expander) {
	x := &expander{b: b, j: j}
	segs, perr := content.ParseShortcodes(body)
	if perr != nil {
		x.diags.Add(j.File, j.Page.BodyLine+perr.Line-1, perr.Col, perr.Msg)
		return body, x
	}
	return []byte(x.expand(segs, nil, true)), x
}

// expand renders segs. toMarkdown says whether the result goes through
// Markdown (the body, a {{% %}} shortcode's inner content): HTML output is
// then held behind a placeholder.
func (x *expander) expand(segs []content.Segment, parent *ShortcodeData, toMarkdown bool) string {
	var b strings.Builder
	for _, s := range segs {
		if s.Call == nil {
			b.WriteString(s.Text)
			continue
		}
		out, ok := x.call(s.Call, parent)
		switch {
		case !ok:
		case toMarkdown && !s.Call.Markdown:
			b.WriteString("ENDORSESHORTCODE" + strconv.Itoa(len(x.held)) + "X")
			x.held = append(x.held, out)
		default:
			b.WriteString(out)
		}
	}
	return b.String()
}

// call renders one shortcode; ok is false after a problem (reported).
func (x *expander) call(sc *content.Shortcode, parent *ShortcodeData) (string, bool) {
	set := x.b.tmpl.shortcodes
	if !set.has(sc.Name) {
		x.errAt(sc, "unknown shortcode "+strconv.Quote(sc.Name)+" (no "+ShortcodeDir+"/"+sc.Name+".html)")
		return "", false
	}
	switch inner := set.readsInner(sc.Name); {
	case sc.Tagged && !inner:
		x.errAt(sc, "shortcode "+strconv.Quote(sc.Name)+" takes no inner content (its template does not read .Inner), yet it has a closing tag")
		return "", false
	case !sc.Closed && inner:
		x.errAt(sc, "shortcode "+strconv.Quote(sc.Name)+" needs a closing tag {{"+delim(sc)+" /"+sc.Name+" "+rdelim(sc)+"}} (or self-close it: {{"+delim(sc)+" "+sc.Name+" /"+rdelim(sc)+"}})")
		return "", false
	}
	d := x.data(sc, parent)
	d.Inner = template.HTML(x.expand(sc.Inner, d, sc.Markdown))
	if goShortcodes[sc.Name] && set.byName[sc.Name] == nil {
		url, err := x.ref(d, sc.Name == "ref")
		if err != "" {
			x.errAt(sc, err)
			return "", false
		}
		return template.HTMLEscapeString(url), true
	}
	var out bytes.Buffer
	if err := set.byName[sc.Name].ExecuteTemplate(&out, set.file[sc.Name], d); err != nil {
		x.errAt(sc, "shortcode "+strconv.Quote(sc.Name)+": "+execMessage(err))
		return "", false
	}
	return out.String(), true
}

// data is the template data of one call.
func (x *expander) data(sc *content.Shortcode, parent *ShortcodeData) *ShortcodeData {
	d := x.j.Data
	line, col := x.pos(sc)
	sd := &ShortcodeData{Name: sc.Name, IsNamedParams: sc.IsNamed, Ordinal: sc.Ordinal, Parent: parent,
		Position: x.j.File + ":" + strconv.Itoa(line) + ":" + strconv.Itoa(col),
		Page:     d.Page, Site: d.Site, Catalog: d.Catalog, Rules: d.Rules, call: sc}
	if sc.IsNamed {
		sd.Params = sc.Named
	} else {
		sd.Params = sc.Positional
	}
	return sd
}

// pos is a call's position in the page file.
func (x *expander) pos(sc *content.Shortcode) (line, col int) {
	return x.j.Page.BodyLine + sc.Line - 1, sc.Col
}

func (x *expander) errAt(sc *content.Shortcode, msg string) {
	line, col := x.pos(sc)
	x.diags.Add(x.j.File, line, col, msg)
}

// finish puts the held outputs back into the rendered HTML.
func (x *expander) finish(html []byte) []byte {
	if len(x.held) == 0 {
		return html
	}
	return placeholderRE.ReplaceAllFunc(x.unwrap(html), func(m []byte) []byte {
		return []byte(x.resolve(string(m)))
	})
}

// unwrap replaces "<p>PLACEHOLDER</p>" by the bare placeholder.
func (x *expander) unwrap(html []byte) []byte {
	return paragraphRE.ReplaceAll(html, []byte("$1"))
}

var paragraphRE = regexp.MustCompile(`<p>(ENDORSESHORTCODE[0-9]+X)</p>`)

// resolve returns the output a placeholder holds, with the placeholders
// inside it resolved too (an HTML shortcode inside a Markdown one).
func (x *expander) resolve(ph string) string {
	n, _ := strconv.Atoi(placeholderRE.FindStringSubmatch(ph)[1])
	if n >= len(x.held) {
		return ph // text that only looks like a placeholder
	}
	out := x.held[n]
	x.held[n] = "" // each placeholder is used once; this also ends any cycle
	return placeholderRE.ReplaceAllStringFunc(out, x.resolve)
}

// execMessage is a template execution error without the template's
// position when a function gave it ("error calling fee: …" → "…").
func execMessage(err error) string {
	msg := err.Error()
	if _, after, ok := strings.Cut(msg, "error calling "); ok {
		if _, m, ok := strings.Cut(after, ": "); ok {
			return m
		}
	}
	return strings.TrimPrefix(msg, "template: ")
}

func delim(sc *content.Shortcode) string {
	if sc.Markdown {
		return "%"
	}
	return "<"
}

func rdelim(sc *content.Shortcode) string {
	if sc.Markdown {
		return "%"
	}
	return ">"
}
