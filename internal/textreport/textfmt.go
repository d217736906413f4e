package textreport

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/iecmh/endorse/internal/i18n"
	"github.com/iecmh/endorse/internal/model"
)

// LineWidth is the widest line the text outputs print (in runes; every
// symbol they use is one column wide).
const LineWidth = 100

// Width is the display width of s.
func Width(s string) int { return utf8.RuneCountInString(s) }

// Wrap returns text wrapped to LineWidth: the first line starts with
// first, the next ones with indent.
func Wrap(first, indent, text string) string {
	var b strings.Builder
	line, empty := first, true
	for _, word := range strings.Fields(text) {
		if !empty && Width(line)+1+Width(word) > LineWidth {
			b.WriteString(line + "\n")
			line, empty = indent, true
		}
		if !empty {
			line += " "
		}
		line, empty = line+word, false
	}
	b.WriteString(line + "\n")
	return b.String()
}

var (
	mdLink   = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	mdMarks  = strings.NewReplacer("**", "", "__", "", "`", "", "*", "")
	parens   = regexp.MustCompile(` \([^()]*\)`)
	spaceRun = regexp.MustCompile(`\s+`)
)

// plainText strips Markdown emphasis, code marks and links (keeping the
// link text) and folds white space.
func plainText(md string) string {
	s := mdMarks.Replace(mdLink.ReplaceAllString(md, "$1"))
	return strings.TrimSpace(spaceRun.ReplaceAllString(s, " "))
}

// firstSentence returns s up to its first full stop that ends a sentence
// (followed by the end or a space and a capital letter), without the stop.
func firstSentence(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] != '.' {
			continue
		}
		rest := s[i+1:]
		if rest == "" || (rest[0] == ' ' && len(rest) > 1 && startsUpper(rest[1:])) {
			return s[:i]
		}
	}
	return s
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// shorten fits a label into limit columns: it drops parenthetical asides,
// then cuts at the last clause break (", ", "; ", ": ") past two thirds of the
// width,
// else at the last space, and marks a cut with "…".
func shorten(s string, limit int) string {
	if Width(s) <= limit {
		return s
	}
	if s = parens.ReplaceAllString(s, ""); Width(s) <= limit {
		return s
	}
	r := []rune(s)[:limit] // one rune more than is kept: a break may start at the last kept one
	head, probe := string(r[:limit-1]), string(r)
	cut := max(strings.LastIndex(probe, ", "), strings.LastIndex(probe, "; "), strings.LastIndex(probe, ": "))
	if cut < len(head)*2/3 {
		cut = strings.LastIndex(head, " ")
	}
	if cut <= 0 {
		cut = len(head)
	}
	return strings.TrimRight(head[:cut], " ,;:") + "…"
}

// num prints an amount as people read it ("18", "60", "34.6"), rounded
// down as the catalog rounds what one has: an amount just short of what is
// needed never shows as enough.
func num(f float64) string { return i18n.Number(f, "number_down") }

// plural writes "1 requirement", "2 requirements".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// monthYear writes a date as "March 2027".
func monthYear(d model.Date) string {
	y, m, _ := d.YMD()
	return i18n.MonthName(m) + " " + strconv.Itoa(y)
}

// span writes a period "2019-06-01 – 2021-05-31"; a zero end is "ongoing".
func span(from, to model.Date) string {
	switch {
	case to == 0:
		return from.String() + " – ongoing"
	case from == to || from == 0:
		return to.String()
	}
	return from.String() + " – " + to.String()
}

// EditionSpan says when an edition applies: "from 2025-01-01",
// "until 2024-12-31", "2022-09-01 – 2024-12-31" or "no start or end date".
func EditionSpan(e *model.Edition) string {
	switch {
	case e.From != 0 && e.Until != 0:
		return e.From.String() + " – " + e.Until.String()
	case e.From != 0:
		return "from " + e.From.String()
	case e.Until != 0:
		return "until " + e.Until.String()
	}
	return "no start or end date"
}

// vocabLabel returns the label of key in a vocabulary list, else key.
func vocabLabel(words []model.Word, key string) string {
	for _, w := range words {
		if w.Key == key {
			return w.Label
		}
	}
	return key
}

// rule writes a heading padded with "─" to the full line width.
func rule(title string) string {
	s := "── " + title + " "
	return s + strings.Repeat("─", max(3, LineWidth-Width(s))) + "\n"
}
