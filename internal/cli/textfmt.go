package cli

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/iecmh/endorse/internal/model"
)

// lineWidth is the widest line the text outputs print (in runes; every
// symbol they use is one column wide).
const lineWidth = 100

// width is the display width of s.
func width(s string) int { return utf8.RuneCountInString(s) }

// wrap returns text wrapped to lineWidth: the first line starts with
// first, the next ones with indent.
func wrap(first, indent, text string) string {
	var b strings.Builder
	line, empty := first, true
	for _, word := range strings.Fields(text) {
		if !empty && width(line)+1+width(word) > lineWidth {
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
	if width(s) <= limit {
		return s
	}
	if s = parens.ReplaceAllString(s, ""); width(s) <= limit {
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

// num prints a number with at most 2 decimals ("18", "60.03").
func num(f float64) string {
	return strconv.FormatFloat(float64(int64(f*100+0.5))/100, 'f', -1, 64)
}

// plural writes "1 requirement", "2 requirements".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

var monthNames = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// monthYear writes a date as "March 2027".
func monthYear(d model.Date) string {
	y, m, _ := d.YMD()
	return monthNames[m-1] + " " + strconv.Itoa(y)
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

// editionSpan says when an edition applies: "from 2025-01-01",
// "until 2024-12-31", "2022-09-01 – 2024-12-31" or "no start or end date".
func editionSpan(e *model.Edition) string {
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
	return s + strings.Repeat("─", max(3, lineWidth-width(s))) + "\n"
}
