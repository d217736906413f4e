package site

import (
	"errors"
	"html/template"
	"io/fs"
	"path"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/iecmh/endorse/internal/diag"
)

// tmplErrRE matches text/template and html/template errors:
// "template: templates/page.html:12:5: executing …" and
// "html/template:templates/page.html:3:12: …". The column is optional.
var tmplErrRE = regexp.MustCompile(`^(?:html/)?template: ?([^:\s]+):(\d+):(?:(\d+):)? ?(.*)$`)

// templateDiag converts a template error into a diagnostic at the template
// position it names; fallback names the file when the error has none.
// Parse errors of text/template carry a line but no column, and
// html/template's "ends in a non-text context" carries neither: both are
// completed from the template's source in fsys (see placeTemplateDiag).
func templateDiag(fsys fs.FS, fallback string, err error) diag.Diagnostic {
	var te *template.Error
	if errors.As(err, &te) && te.ErrorCode == template.ErrEndContext {
		return endContextDiag(fsys, te, fallback)
	}
	msg := err.Error()
	m := tmplErrRE.FindStringSubmatch(msg)
	if m == nil {
		return diag.Diagnostic{File: fallback, Message: strings.TrimPrefix(msg, "template: ")}
	}
	line, _ := strconv.Atoi(m[2])
	col, _ := strconv.Atoi(m[3])
	d := diag.Diagnostic{File: path.Clean(m[1]), Line: line, Col: col, Message: m[4]}
	if d.Col == 0 {
		if src, err := fs.ReadFile(fsys, d.File); err == nil {
			d.Col = guessCol(lineOf(string(src), d.Line), d.Message)
		}
	}
	return d
}

// quotedRE finds the token a parse error quotes: function "nosuch" not
// defined, undefined variable "$x", unexpected "}" in operand.
var quotedRE = regexp.MustCompile(`"([^"]+)"|unexpected \{\{(\w+)\}\}|unexpected <(.+?)>`)

// guessCol is the 1-based column of the action ({{) on line that holds
// the token msg quotes, else of the unclosed action, else of the line's
// first action, else of its first character.
func guessCol(line, msg string) int {
	if m := badCharRE.FindStringSubmatch(msg); m != nil {
		if i := badChar(line, m[1]); i >= 0 {
			return runeCol(line, i)
		}
	}
	if m := quotedRE.FindStringSubmatch(msg); m != nil {
		tok, find := m[1]+m[3], strings.LastIndex // a quoted token: the last, where parsing stopped
		if m[2] != "" {
			tok, find = m[2], strings.Index // a stray {{end}}: the first
		}
		if i := find(line, tok); i >= 0 {
			if j := strings.LastIndex(line[:i], "{{"); j >= 0 {
				i = j
			}
			return runeCol(line, i)
		}
	}
	if strings.Contains(msg, "unclosed action") {
		if i := strings.LastIndex(line, "{{"); i >= 0 && !strings.Contains(line[i:], "}}") {
			return runeCol(line, i)
		}
	}
	if i := strings.Index(line, "{{"); i >= 0 {
		return runeCol(line, i)
	}
	return runeCol(line, len(line)-len(strings.TrimLeft(line, " \t")))
}

// badCharRE matches the lexer's "bad character U+007D '}'".
var badCharRE = regexp.MustCompile(`^bad character U\+[0-9A-F]+ '(.+)'$`)

// badChar finds the character c inside the line's first action, not as
// half of a delimiter ("}" of "{{.X}" rather than of a later "}}").
func badChar(line, c string) int {
	start := strings.Index(line, "{{")
	if start < 0 {
		return -1
	}
	for i := start + 2; i < len(line); i++ {
		if !strings.HasPrefix(line[i:], c) {
			continue
		}
		if c == "}" && strings.HasPrefix(line[i:], "}}") {
			i++ // a closing delimiter: look further
			continue
		}
		return i
	}
	return -1
}

// lineOf returns the 1-based line n of src ("" past the end).
func lineOf(src string, n int) string {
	for i := 1; i < n; i++ {
		j := strings.IndexByte(src, '\n')
		if j < 0 {
			return ""
		}
		src = src[j+1:]
	}
	line, _, _ := strings.Cut(src, "\n")
	return line
}

// runeCol is the 1-based rune column of byte offset i in line.
func runeCol(line string, i int) int {
	return utf8.RuneCountInString(line[:i]) + 1
}

// endContexts say in words what html/template's context dump means
// ("{stateAttr delimDoubleQuote …}"), with the text that opened the
// construct left open, searched for in the source from the end.
var endContexts = []struct{ state, opener, words string }{
	{"elementScript", "<script", "a <script> element: add </script>"},
	{"stateJS", "<script", "a <script> element: add </script>"},
	{"elementStyle", "<style", "a <style> element: add </style>"},
	{"stateCSS", "<style", "a <style> element: add </style>"},
	{"stateHTMLCmt", "<!--", "an HTML comment: add -->"},
	{"delimSingleQuote", "='", "an attribute value opened with ': close the quote"},
	{"delimDoubleQuote", `="`, `an attribute value opened with ": close the quote`},
	{"elementTextarea", "<textarea", "a <textarea> element: add </textarea>"},
	{"elementTitle", "<title", "a <title> element: add </title>"},
	{"state", "<", "a tag: add >"},
}

// endContextDiag reports a template whose text ends inside an attribute,
// a tag, a comment or a script, at the last place that construct opens in
// the page's template (fallback) or else in the template html/template
// names (the shell the page runs in).
func endContextDiag(fsys fs.FS, te *template.Error, fallback string) diag.Diagnostic {
	d := diag.Diagnostic{File: fallback, Message: "the template ends inside an unclosed tag, attribute or element"}
	for _, c := range endContexts {
		if !strings.Contains(te.Description, c.state) {
			continue
		}
		d.Message = "the template ends inside " + c.words
		for _, file := range []string{fallback, te.Name} {
			src, err := fs.ReadFile(fsys, file)
			if i := strings.LastIndex(string(src), c.opener); err == nil && i >= 0 {
				d.File = file
				d.Line, d.Col = diag.LineCol(src, i)
				break
			}
		}
		break
	}
	return d
}
