package tomlpos

import "github.com/BurntSushi/toml"

// ParseError returns the position a TOML syntax error points at, with the
// column counted in bytes as everywhere in this package. BurntSushi/toml
// leaves Position.Line 0 for some lexer errors (a newline inside a basic
// string) while Position.Start, the byte offset, is still right: then the
// position is computed from the offset.
func ParseError(src []byte, pe toml.ParseError) Pos {
	if pe.Position.Line > 0 {
		return Pos{Line: pe.Position.Line, Col: pe.Position.Col}
	}
	s := scanner{lines: lineStarts(src)}
	return s.pos(min(max(pe.Position.Start, 0), len(src)))
}
