package content

import (
	"bytes"
	"strconv"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// NewMarkdown returns the one goldmark configuration Endorse uses everywhere:
// GitHub Flavored Markdown (tables, strikethrough, autolinks, task lists),
// footnotes, definition lists, typographic quotes and automatic heading IDs;
// tables carry their column headings on each cell for phones (tableLabels).
// Raw HTML in Markdown is never passed through (goldmark drops it unless
// html.WithUnsafe is set, and it is not). A Markdown value is not safe for
// concurrent use by convention: give each worker its own.
//
// GFM is spelled out so table cell alignment (`|:---|---:|`) renders as an
// align attribute: the default style attribute would be blocked by the
// Content-Security-Policy (no inline styles).
func NewMarkdown() goldmark.Markdown {
	table := extension.NewTable(extension.WithTableCellAlignMethod(extension.TableCellAlignAttribute))
	return goldmark.New(
		goldmark.WithExtensions(table, extension.Strikethrough, extension.TaskList,
			extension.Footnote, extension.DefinitionList, extension.Typographer),
		goldmark.WithParserOptions(parser.WithAutoHeadingID(),
			parser.WithASTTransformers(util.Prioritized(tableLabels{}, 1000)),
			// extension.Linkify, behind a cheap per-block test.
			parser.WithInlineParsers(util.Prioritized(&quickLinkify{p: extension.NewLinkifyParser()}, 999))),
	)
}

// quickLinkify is goldmark's linkify parser (extension.Linkify) with the
// same output and less work. Linkify is triggered at every space, and only
// finds a URL starting "http:", "https:" or "ftp:", one starting "www.", or
// an e-mail address (with "@"); a block whose text has no ':', '@' or
// "www." cannot hold one, so it is not asked there. Most paragraphs have
// none. The answer is kept for the block being parsed: like the rest of a
// Markdown value, a quickLinkify is not for concurrent use. It holds the
// block and context it answered for, so neither can be freed and a new one
// take its address.
type quickLinkify struct {
	p       parser.InlineParser
	block   ast.Node
	pc      parser.Context
	mayLink bool
}

func (q *quickLinkify) Trigger() []byte { return q.p.Trigger() }

func (q *quickLinkify) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	if parent != q.block || pc != q.pc {
		q.block, q.pc, q.mayLink = parent, pc, mayLink(parent, block.Source())
	}
	if !q.mayLink {
		return nil
	}
	return q.p.Parse(parent, block, pc)
}

// mayLink reports whether the text of block could hold a link linkify finds.
func mayLink(block ast.Node, source []byte) bool {
	lines := block.Lines()
	for i := range lines.Len() {
		seg := lines.At(i)
		v := source[seg.Start:seg.Stop]
		if bytes.IndexByte(v, ':') >= 0 || bytes.IndexByte(v, '@') >= 0 || bytes.Contains(v, []byte("www.")) {
			return true
		}
	}
	return false
}

// Render converts Markdown source to HTML with md.
func Render(md goldmark.Markdown, src []byte) ([]byte, error) {
	var b bytes.Buffer
	if err := md.Convert(src, &b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func itoa(i int) string { return strconv.Itoa(i) }
