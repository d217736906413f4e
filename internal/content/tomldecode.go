package content

import (
	"bytes"
	"errors"
	"regexp"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/iecmh/endorse/internal/diag"
	"github.com/iecmh/endorse/internal/tomlpos"
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
	var keys tomlpos.Index
	for i, k := range topUndecoded(md.Undecoded()) {
		if i == 0 {
			keys = tomlpos.Scan(src)
		}
		at, _ := keys.Key(k...)
		addAt(&l, file, at.Line, at.Col, lineOffset, "unknown key "+strconv.Quote(k.String()))
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
		at := tomlpos.ParseError(src, pe)
		return at.Line, at.Col, msg
	}
	if m := typeErrRE.FindStringSubmatch(err.Error()); m != nil {
		at, _ := tomlpos.Scan(src).Key(splitKey(m[1])...)
		return at.Line, at.Col, "key " + strconv.Quote(m[1]) + ": " + m[2]
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
func splitKey(s string) []string {
	parts := strings.Split(s, ".")
	for i, p := range parts {
		parts[i] = strings.Trim(strings.TrimSpace(p), `"'`)
	}
	return parts
}

// DecodeTOML decodes the TOML file src into v and reports every problem
// as a diagnostic in file (syntax errors, type mismatches and unknown keys,
// each at its line and column): for other packages' TOML files, such as
// the message catalogs.
func DecodeTOML(file string, src []byte, v any) diag.List { return decodeTOML(file, src, 0, v) }
