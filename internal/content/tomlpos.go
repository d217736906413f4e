package content

import (
	"bytes"
	"errors"
	"regexp"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/iecmh/endorse/internal/diag"
)

// decodeTOML decodes src into v and reports every problem as a diagnostic in
// file: syntax errors, type mismatches and unknown keys (keys of src that v
// has no field for). lineOffset is added to every line number, so TOML front
// matter that starts on line 2 of a Markdown file reports Markdown lines.
func decodeTOML(file string, src []byte, lineOffset int, v any) diag.List {
	var l diag.List
	md, err := toml.NewDecoder(bytes.NewReader(src)).Decode(v)
	if err != nil {
		line, col, msg := tomlErrPos(src, err)
		addAt(&l, file, line, col, lineOffset, msg)
		return l
	}
	for _, k := range topUndecoded(md.Undecoded()) {
		line, col := locateKey(src, k)
		addAt(&l, file, line, col, lineOffset, "unknown key "+strconv.Quote(k.String()))
	}
	return l
}

// addAt adds msg at line:col shifted by lineOffset; line 0 means unknown.
func addAt(l *diag.List, file string, line, col, lineOffset int, msg string) {
	if line == 0 {
		l.Add(file, 0, 0, msg)
		return
	}
	l.Add(file, line+lineOffset, col, msg)
}

// ParseErrorPos is the 1-based line and column a TOML syntax error points
// at. BurntSushi/toml leaves Position.Line 0 for some lexer errors (a
// newline inside a basic string) while Position.Start, the byte offset,
// is still right: then the position is computed from the offset.
func ParseErrorPos(src []byte, pe toml.ParseError) (line, col int) {
	if pe.Position.Line > 0 {
		return pe.Position.Line, pe.Position.Col
	}
	return diag.LineCol(src, pe.Position.Start)
}

// typeErrRE matches BurntSushi/toml's decode errors, which carry the last key
// but no column: `toml: line 3 (last key "weight"): incompatible types: …`.
var typeErrRE = regexp.MustCompile(`^toml: (?:line \d+ )?\(last key "([^"]*)"\): (.*)$`)

// tomlErrPos extracts a 1-based position and a message from a decode error.
func tomlErrPos(src []byte, err error) (line, col int, msg string) {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		msg = pe.Message
		// A type mismatch, or a value a content type's UnmarshalTOML
		// refused (its errors say "must …"), names the key.
		if pe.LastKey != "" && (strings.HasPrefix(msg, "incompatible types") || strings.HasPrefix(msg, "must ")) {
			msg = "key " + strconv.Quote(pe.LastKey) + ": " + msg
		}
		line, col = ParseErrorPos(src, pe)
		return line, col, msg
	}
	if m := typeErrRE.FindStringSubmatch(err.Error()); m != nil {
		key := splitKey(m[1])
		line, col = locateKey(src, key)
		return line, col, "key " + strconv.Quote(m[1]) + ": " + m[2]
	}
	return 0, 0, strings.TrimPrefix(err.Error(), "toml: ")
}

// topUndecoded drops keys whose parent table is itself undecoded, so an
// unknown table is reported once rather than once per key inside it.
func topUndecoded(keys []toml.Key) []toml.Key {
	seen := map[string]bool{}
	var out []toml.Key
	for _, k := range keys {
		if hasUndecodedParent(seen, k) {
			continue
		}
		seen[k.String()] = true
		out = append(out, k)
	}
	return out
}

func hasUndecodedParent(seen map[string]bool, k toml.Key) bool {
	for i := 1; i < len(k); i++ {
		if seen[toml.Key(k[:i]).String()] {
			return true
		}
	}
	return false
}

// splitKey splits a dotted key path, dropping quotes around parts.
func splitKey(s string) toml.Key {
	parts := strings.Split(s, ".")
	for i, p := range parts {
		parts[i] = strings.Trim(strings.TrimSpace(p), `"'`)
	}
	return toml.Key(parts)
}

// locateKey finds where key is defined in src and returns its 1-based line
// and column, or 0, 0. BurntSushi/toml exposes no positions for decoded keys,
// so this scans the source: table headers set the current table, `k = v`
// lines define keys, multi-line strings are skipped, and keys inside inline
// tables are found by name on the line that opens the table.
func locateKey(src []byte, key toml.Key) (line, col int) {
	want := key.String()
	var table toml.Key
	var inString string
	lines := strings.Split(string(src), "\n")
	for i, text := range lines {
		if inString != "" {
			if strings.Count(text, inString)%2 == 1 {
				inString = ""
			}
			continue
		}
		c, found, t := matchLine(text, table, key, want)
		if found {
			return i + 1, c
		}
		table = t
		inString = opensMultiline(text)
	}
	return 0, 0
}

// matchLine looks for key on one line given the current table. It returns the
// 1-based column when found and the table in effect after the line.
func matchLine(text string, table, key toml.Key, want string) (col int, found bool, next toml.Key) {
	trimmed := strings.TrimSpace(text)
	indent := len(text) - len(strings.TrimLeft(text, " \t"))
	if strings.HasPrefix(trimmed, "[") {
		h := headerKey(trimmed)
		if h.String() == want || strings.HasPrefix(h.String(), want+".") {
			return runeCol(text, strings.Index(text, key[len(key)-1])), true, h
		}
		return 0, false, h
	}
	eq := strings.Index(trimmed, "=")
	if eq <= 0 || strings.HasPrefix(trimmed, "#") {
		return 0, false, table
	}
	full := append(append(toml.Key{}, table...), splitKey(trimmed[:eq])...)
	switch {
	case full.String() == want, strings.HasPrefix(full.String(), want+"."): // a dotted key defines its tables
		return indent + 1, true, table
	case strings.HasPrefix(want, full.String()+"."):
		if c := inlineKeyCol(text, key[len(key)-1]); c > 0 {
			return c, true, table
		}
	}
	return 0, false, table
}

// headerKey parses a table header line such as `[[modules]] # note`.
func headerKey(trimmed string) toml.Key {
	if i := strings.Index(trimmed, "#"); i > 0 {
		trimmed = trimmed[:i]
	}
	return splitKey(strings.Trim(strings.TrimSpace(trimmed), "[] "))
}

// inlineKeyCol finds `name =` inside an inline table on text.
func inlineKeyCol(text, name string) int {
	re := regexp.MustCompile(`[{,]\s*["']?(` + regexp.QuoteMeta(name) + `)["']?\s*=`)
	m := re.FindStringSubmatchIndex(text)
	if m == nil {
		return 0
	}
	return runeCol(text, m[2])
}

// opensMultiline reports the delimiter of a multi-line string left open at
// the end of text, or "".
func opensMultiline(text string) string {
	for _, d := range []string{`"""`, `'''`} {
		if strings.Count(text, d)%2 == 1 {
			return d
		}
	}
	return ""
}

// runeCol converts a byte index in a line to a 1-based rune column.
func runeCol(text string, i int) int {
	if i < 0 {
		return 1
	}
	return len([]rune(text[:i])) + 1
}

// DecodeTOML decodes the TOML file src into v and reports every problem
// as a diagnostic in file (syntax errors, type mismatches and unknown keys,
// each at its line and column): for other packages' TOML files, such as
// the message catalogs.
func DecodeTOML(file string, src []byte, v any) diag.List { return decodeTOML(file, src, 0, v) }

// KeyPosition returns the 1-based line and column where the dotted key
// path is defined in the TOML source src, or 0, 0 when it is not found.
func KeyPosition(src []byte, path ...string) (line, col int) {
	return locateKey(src, toml.Key(path))
}
