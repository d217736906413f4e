package corpus

import (
	"math/rand/v2"
	"strings"
)

// words is the vocabulary of the generated prose: plain words about early
// childhood practice, so the text looks like the real site's to a Markdown
// parser and a minifier (word lengths, punctuation), not like lorem ipsum.
var words = strings.Fields(`
infant toddler caregiver parent family child baby practice reflective
supervision relationship attachment development early years growth support
service program home visit visitor clinic team staff training course module
hours learning study review portfolio application reference letter record
competency guideline skill knowledge area domain culture community health
mental wellbeing safety trust play feeding sleep routine observation note
assessment plan goal strength need concern referral agency partner network
policy law ethics consent privacy boundary respect listen notice wonder
pause reflect repair regulate soothe comfort explore learn share grow care
the a of and to in for with on about from by each every their our this that
these those when while after before during through across within among
often usually carefully gently clearly slowly quietly daily weekly monthly
small strong steady warm calm curious patient skilled caring thoughtful
new current past local regional state national shared common clear simple
helps builds supports guides shows explains describes lists names asks
`)

// headings are section titles; a number is added to keep them distinct.
var headings = strings.Fields(`
Overview Background Eligibility Requirements Training Supervision Evidence
Timeline Fees Review Renewal Resources Questions Examples Steps Summary
`)

// textGen draws deterministic text from a seeded generator.
type textGen struct {
	r *rand.Rand
}

// newTextGen returns a generator whose output depends only on seed.
func newTextGen(seed uint64) *textGen {
	return &textGen{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
}

// intn returns a number in [lo, hi].
func (g *textGen) intn(lo, hi int) int {
	return lo + g.r.IntN(hi-lo+1)
}

// word returns one vocabulary word.
func (g *textGen) word() string {
	return words[g.r.IntN(len(words))]
}

// phrase returns n words separated by spaces.
func (g *textGen) phrase(n int) string {
	parts := make([]string, n)
	for i := range parts {
		parts[i] = g.word()
	}
	return strings.Join(parts, " ")
}

// sentence returns a capitalised sentence of n words ending with a period.
func (g *textGen) sentence(n int) string {
	s := g.phrase(n)
	return strings.ToUpper(s[:1]) + s[1:] + "."
}

// title returns a title-cased phrase of n words.
func (g *textGen) title(n int) string {
	parts := strings.Fields(g.phrase(n))
	for i, p := range parts {
		parts[i] = strings.ToUpper(p[:1]) + p[1:]
	}
	return strings.Join(parts, " ")
}

// heading returns a heading text.
func (g *textGen) heading() string {
	return headings[g.r.IntN(len(headings))] + " " + g.title(2)
}
