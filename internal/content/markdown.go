package content

import (
	"bytes"
	"strconv"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
)

// NewMarkdown returns the one goldmark configuration Endorse uses everywhere:
// GitHub Flavored Markdown (tables, strikethrough, autolinks, task lists),
// footnotes, definition lists, typographic quotes and automatic heading IDs.
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
		goldmark.WithExtensions(table, extension.Strikethrough, extension.Linkify, extension.TaskList,
			extension.Footnote, extension.DefinitionList, extension.Typographer),
		goldmark.WithParserOptions(parser.WithAutoHeadingID()),
	)
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
