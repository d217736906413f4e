package corpus

import (
	"fmt"
	"strings"
)

// courseCount returns how many course records a corpus of pages gets:
// one per 100 pages, at least 5 and at most 100.
func courseCount(pages int) int {
	return min(max(pages/100, 5), 100)
}

// courseFile returns the content-relative path of course c (0-based).
func courseFile(c int) string {
	return fmt.Sprintf("courses/course-%03d.toml", c+1)
}

// course returns the TOML record of course c in the CONTRACTS schema: the
// first two thirds form the recommended sequence, the rest are standalone.
func course(l layout, c, total int, seed uint64) string {
	g := newTextGen(seed ^ uint64(c+1)*15485863)
	w := &pageWriter{g: g, l: l, cur: -1}
	var b strings.Builder
	fmt.Fprintf(&b, "title = %q\n", g.title(4))
	inSeq := c < total*2/3
	if inSeq {
		fmt.Fprintf(&b, "sequence = %d\ncredential = true\n", c+1)
	}
	fmt.Fprintf(&b, "standalone = %t\nformat = %q\nlength = \"%d weeks\"\nclock_hours = %d\n",
		!inSeq || c%2 == 0, "Online, self-paced", g.intn(2, 12), g.intn(3, 30))
	fmt.Fprintf(&b, "summary = %q\n", g.sentence(g.intn(10, 16)))
	w.paragraph(3)
	w.list(3, false)
	fmt.Fprintf(&b, "description = \"\"\"\n%s\"\"\"\n", w.b.String())
	for m := 1; m <= 3; m++ {
		fmt.Fprintf(&b, "\n[[modules]]\ntitle = \"Module %d: %s\"\ndescription = %q\n", m, g.title(3), g.sentence(12))
	}
	return b.String()
}

// coursesIndex returns content/courses/_index.md, the catalog's intro text.
func coursesIndex(l layout, seed uint64) string {
	w := &pageWriter{g: newTextGen(seed ^ 0xc0), l: l, cur: -1}
	w.frontMatter("Courses", 90)
	w.paragraph(3)
	return w.b.String()
}
