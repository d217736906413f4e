package content

import (
	"bytes"
	"html"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// tableLabels makes Markdown tables readable on a phone without sideways
// scrolling: it gives each table the class "stack" and each body cell a
// data-label with its column's heading, so site.css can show a narrow
// screen one row as a card of "heading: value" lines (the pattern of
// GOV.UK's responsive tables) instead of cutting the table off.
type tableLabels struct{}

// Transform implements parser.ASTTransformer.
func (tableLabels) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	src := reader.Source()
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		t, ok := n.(*east.Table)
		if !entering || !ok {
			return ast.WalkContinue, nil
		}
		var labels [][]byte
		for row := t.FirstChild(); row != nil; row = row.NextSibling() {
			if _, header := row.(*east.TableHeader); header {
				for c := row.FirstChild(); c != nil; c = c.NextSibling() {
					labels = append(labels, plainText(c, src))
				}
				continue
			}
			i := 0
			for c := row.FirstChild(); c != nil; c = c.NextSibling() {
				if i < len(labels) && len(labels[i]) > 0 {
					c.SetAttributeString("data-label", labels[i])
				}
				i++
			}
		}
		t.SetAttributeString("class", []byte("stack"))
		return ast.WalkSkipChildren, nil
	})
}

// plainText is the text of n's inline content, markup dropped.
func plainText(n ast.Node, src []byte) []byte {
	var b bytes.Buffer
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch x := c.(type) {
		case *ast.Text:
			b.Write(x.Segment.Value(src))
			if x.SoftLineBreak() || x.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String: // typographer quotes are entities ("&rsquo;")
			if x.IsCode() {
				b.WriteString(html.UnescapeString(string(x.Value)))
			} else {
				b.Write(x.Value)
			}
		}
		return ast.WalkContinue, nil
	})
	return bytes.TrimSpace(b.Bytes())
}
