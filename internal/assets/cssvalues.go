package assets

import (
	"bytes"

	"github.com/evanw/esbuild/pkg/api"
	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/css"
)

// emptyDeclarations finds declarations without a value ("color: ;"),
// which esbuild accepts silently and browsers drop: the rule then ships
// without the property its author wrote. Each is an esbuild message at
// the property's position in file.
func emptyDeclarations(file string, src []byte) []api.Message {
	var msgs []api.Message
	p := css.NewParser(parse.NewInputBytes(src), false)
	prev := 0
	for {
		gt, _, data := p.Next()
		if gt == css.ErrorGrammar && p.Err() != nil {
			return msgs // the end, or a syntax error esbuild reports itself
		}
		if gt == css.DeclarationGrammar && !hasValue(p.Values()) {
			at := prev + max(0, bytes.Index(src[min(prev, len(src)):], data))
			msgs = append(msgs, api.Message{
				Text:     "the declaration \"" + string(data) + "\" has no value (browsers drop it)",
				Location: location(file, src, at),
			})
		}
		prev = p.Offset()
	}
}

// hasValue reports whether declaration values hold more than white space
// and comments.
func hasValue(vals []css.Token) bool {
	for _, v := range vals {
		if v.TokenType != css.WhitespaceToken && v.TokenType != css.CommentToken {
			return true
		}
	}
	return false
}

// location is an esbuild location (1-based line, 0-based byte column) of
// byte offset at in src.
func location(file string, src []byte, at int) *api.Location {
	line := bytes.Count(src[:at], []byte("\n")) + 1
	start := bytes.LastIndexByte(src[:at], '\n') + 1
	end := bytes.IndexByte(src[start:], '\n')
	if end < 0 {
		end = len(src) - start
	}
	return &api.Location{File: file, Line: line, Column: at - start, LineText: string(src[start : start+end])}
}
