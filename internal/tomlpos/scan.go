package tomlpos

import (
	"bytes"
	"strconv"
)

// scanner walks a TOML document expression by expression: table headers
// set the current table, key/value pairs define keys, and values are
// stepped over (strings, multi-line strings, arrays and inline tables,
// whose keys and elements are defined too).
type scanner struct {
	src    []byte
	i      int   // next byte to read
	lines  []int // offset where each line starts
	arrays map[string]int
	depth  int // nesting of arrays and inline tables
	x      Index
}

// maxDepth bounds the nesting of values followed, so hostile input cannot
// exhaust the stack; deeper values are skipped as if invalid.
const maxDepth = 64

// document scans every expression of the file.
func (s *scanner) document() {
	table := path{}
	for {
		s.skipBlank()
		if s.eof() {
			return
		}
		switch {
		case s.has("[["):
			s.i += 2
			if p, ok := s.header(true); ok {
				table = p
			}
		case s.src[s.i] == '[':
			s.i++
			if p, ok := s.header(false); ok {
				table = p
			}
		default:
			s.keyValue(table)
		}
		s.skipLine()
	}
}

// header reads a table header after its "[" or "[[" and returns the
// table it opens. An array-of-tables header opens a new element: the
// scanner counts elements per array (per element of an enclosing array),
// so the second [[a.b]] under the third [[a]] is a[2].b[1].
func (s *scanner) header(array bool) (path, bool) {
	s.skipSpace()
	at := s.pos(s.i)
	parts, ok := s.key()
	closing := "]"
	if array {
		closing = "]]"
	}
	if !ok || !s.has(closing) {
		return path{}, false
	}
	s.i += len(closing)
	p := path{}
	for k, name := range parts {
		p = p.child(name)
		n, isArray := s.arrays[p.indexed]
		if array && k == len(parts)-1 {
			if isArray {
				n++
			}
			s.arrays[p.indexed], isArray = n, true
		}
		if isArray {
			s.define(p, at)
			p = p.element(n)
		}
		s.define(p, at)
	}
	return p, true
}

// keyValue reads `key = value` in table.
func (s *scanner) keyValue(table path) {
	if p, ok := s.assignment(table); ok {
		s.value(p)
	}
}

// assignment reads a key and its "=", defines the key and the tables a
// dotted key implies, and returns the key's path.
func (s *scanner) assignment(table path) (path, bool) {
	at := s.pos(s.i)
	parts, ok := s.key()
	if !ok || !s.has("=") {
		return path{}, false
	}
	s.i++
	p := table
	for _, name := range parts {
		p = p.child(name)
		s.define(p, at)
	}
	return p, true
}

// key reads a bare, quoted or dotted key and returns its parts; spaces
// around the dots and after the key are skipped.
func (s *scanner) key() ([]string, bool) {
	var parts []string
	for {
		s.skipSpace()
		name, ok := s.keyPart()
		if !ok {
			return nil, false
		}
		parts = append(parts, name)
		s.skipSpace()
		if !s.has(".") {
			return parts, true
		}
		s.i++
	}
}

// keyPart reads one part of a key. Bare keys take any byte TOML does not
// use as punctuation, so a key TOML 1.1 allows is still placed.
func (s *scanner) keyPart() (string, bool) {
	if s.eof() {
		return "", false
	}
	switch s.src[s.i] {
	case '"':
		return s.basicString()
	case '\'':
		return s.literalString()
	}
	j := s.i
	for j < len(s.src) && !isPunct(s.src[j]) {
		j++
	}
	if j == s.i {
		return "", false
	}
	name := string(s.src[s.i:j])
	s.i = j
	return name, true
}

func isPunct(c byte) bool {
	switch c {
	case ' ', '\t', '\r', '\n', '.', '=', '[', ']', '{', '}', '#', ',', '"', '\'':
		return true
	}
	return false
}

// value steps over one value; keys of inline tables and elements of
// arrays are defined under p.
func (s *scanner) value(p path) {
	s.skipSpace()
	switch {
	case s.eof():
	case s.has(`"""`):
		s.multiline(`"""`)
	case s.has(`'''`):
		s.multiline(`'''`)
	case s.src[s.i] == '"':
		s.basicString()
	case s.src[s.i] == '\'':
		s.literalString()
	case s.src[s.i] == '{':
		s.nested(p, s.inlineTable)
	case s.src[s.i] == '[':
		s.nested(p, s.array)
	default: // a number, date, boolean: up to what ends a value
		for !s.eof() && bytes.IndexByte([]byte(",]}#\n"), s.src[s.i]) < 0 {
			s.i++
		}
	}
}

// nested follows an array or inline table unless values are nested too
// deeply; then it skips the rest of the line.
func (s *scanner) nested(p path, follow func(path)) {
	if s.depth >= maxDepth {
		s.skipLine()
		return
	}
	s.depth++
	follow(p)
	s.depth--
}

// inlineTable reads `{ k = v, … }` (newlines and comments inside are
// accepted, as TOML 1.1 allows).
func (s *scanner) inlineTable(p path) {
	s.i++ // {
	for {
		s.skipBlank()
		if s.eof() {
			return
		}
		if s.src[s.i] == '}' {
			s.i++
			return
		}
		q, ok := s.assignment(p)
		if !ok {
			return
		}
		s.value(q)
		if !s.separator('}') {
			return
		}
	}
}

// array reads `[ v, … ]`, defining each element p[i] at its first byte.
func (s *scanner) array(p path) {
	s.i++ // [
	for n := 0; ; n++ {
		s.skipBlank()
		if s.eof() {
			return
		}
		if s.src[s.i] == ']' {
			s.i++
			return
		}
		e := p.element(n)
		s.define(e, s.pos(s.i))
		start := s.i
		s.value(e)
		if s.i == start || !s.separator(']') {
			return
		}
	}
}

// separator skips blanks and a ",", reporting whether the list goes on
// (false after the closing byte, or on anything else).
func (s *scanner) separator(closing byte) bool {
	s.skipBlank()
	switch {
	case s.has(","):
		s.i++
		return true
	case !s.eof() && s.src[s.i] == closing:
		s.i++
	}
	return false
}

// basicString reads "…" on one line and returns its text, escapes
// decoded where Go's are TOML's (otherwise as written).
func (s *scanner) basicString() (string, bool) {
	j := s.i + 1
	for j < len(s.src) && s.src[j] != '"' && s.src[j] != '\n' {
		if s.src[j] == '\\' {
			j++
		}
		j++
	}
	if j >= len(s.src) || s.src[j] != '"' {
		return "", false
	}
	raw := string(s.src[s.i : j+1])
	s.i = j + 1
	if text, err := strconv.Unquote(raw); err == nil {
		return text, true
	}
	return raw[1 : len(raw)-1], true
}

// literalString reads '…' on one line.
func (s *scanner) literalString() (string, bool) {
	j := s.i + 1
	for j < len(s.src) && s.src[j] != '\'' && s.src[j] != '\n' {
		j++
	}
	if j >= len(s.src) || s.src[j] != '\'' {
		return "", false
	}
	text := string(s.src[s.i+1 : j])
	s.i = j + 1
	return text, true
}

// multiline skips a multi-line string opened by delim ("""…""" with
// backslash escapes, ”'…”' without), including up to two quotes right
// before the closing delimiter, which belong to the string.
func (s *scanner) multiline(delim string) {
	s.i += 3
	for !s.eof() {
		switch {
		case delim[0] == '"' && s.src[s.i] == '\\':
			s.i += 2
		case s.has(delim):
			s.i += 3
			for extra := 0; extra < 2 && !s.eof() && s.src[s.i] == delim[0]; extra++ {
				s.i++
			}
			return
		default:
			s.i++
		}
	}
	s.i = len(s.src)
}

func (s *scanner) eof() bool { return s.i >= len(s.src) }

func (s *scanner) has(prefix string) bool {
	return bytes.HasPrefix(s.src[min(s.i, len(s.src)):], []byte(prefix))
}

// skipSpace skips spaces and tabs.
func (s *scanner) skipSpace() {
	for !s.eof() && (s.src[s.i] == ' ' || s.src[s.i] == '\t') {
		s.i++
	}
}

// skipBlank skips whitespace, line ends (LF or CRLF) and comments.
func (s *scanner) skipBlank() {
	for !s.eof() {
		switch s.src[s.i] {
		case ' ', '\t', '\r', '\n':
			s.i++
		case '#':
			s.skipLine()
		default:
			return
		}
	}
}

// skipLine moves past the end of the current line.
func (s *scanner) skipLine() {
	for !s.eof() && s.src[s.i] != '\n' {
		s.i++
	}
	if !s.eof() {
		s.i++
	}
}
