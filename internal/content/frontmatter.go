package content

import (
	"bytes"
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/goccy/go-yaml"

	"github.com/iecmh/endorse/internal/diag"
)

// Format is the language of a page's front matter, told by its first
// line as Hugo tells it: "+++" opens TOML, "---" opens YAML, "{" opens a
// JSON object.
type Format string

// Front matter formats.
const (
	FormatNone Format = ""     // no front matter: the file is all body
	FormatTOML Format = "toml" // between +++ lines
	FormatYAML Format = "yaml" // between --- lines
	FormatJSON Format = "json" // one JSON object, from its { to its matching }
)

// fmBlock is where a page's front matter lies in its file.
type fmBlock struct {
	format   Format
	src      []byte // the front matter text: between the delimiters, or the JSON object's lines
	line     int    // 1-based file line of src's first line
	bodyLine int    // 1-based file line the body starts on
}

// fmError is a problem found while splitting or decoding front matter, at
// a 1-based position of the file (0, 0 when unknown).
type fmError struct {
	line, col int
	msg       string
}

// splitFrontMatter finds the front matter of a Markdown file. Blank lines
// and a byte order mark may come before it, as Hugo allows. A file whose
// first non-blank line opens no front matter is all body.
func splitFrontMatter(src []byte) (fmBlock, *fmError) {
	src = bytes.TrimPrefix(src, []byte("\ufeff"))
	off, line := 0, 1
	for off < len(src) {
		l, _, _ := bytes.Cut(src[off:], []byte("\n"))
		if len(bytes.TrimSpace(l)) > 0 {
			break
		}
		off += len(l) + 1
		line++
	}
	first, _, _ := bytes.Cut(src[min(off, len(src)):], []byte("\n"))
	switch t := string(bytes.TrimSpace(first)); {
	case t == "+++":
		return delimited(src, off, line, FormatTOML, "+++")
	case t == "---":
		return delimited(src, off, line, FormatYAML, "---")
	case strings.HasPrefix(t, "{"):
		return jsonObject(src, off, line)
	}
	return fmBlock{bodyLine: 1}, nil
}

// delimited returns the lines between the delimiter line at src[off:]
// (file line line) and the next line that is the same delimiter.
func delimited(src []byte, off, line int, f Format, delim string) (fmBlock, *fmError) {
	opener := line
	first, _, _ := bytes.Cut(src[off:], []byte("\n"))
	start := min(off+len(first)+1, len(src))
	for pos, n := start, line+1; pos < len(src); n++ {
		l, _, _ := bytes.Cut(src[pos:], []byte("\n"))
		if string(bytes.TrimSpace(l)) == delim {
			return fmBlock{format: f, src: src[start:pos], line: line + 1, bodyLine: n + 1}, nil
		}
		pos += len(l) + 1
	}
	return fmBlock{}, &fmError{opener, 1, "front matter opened with " + delim + " on line " + strconv.Itoa(opener) + " is never closed"}
}

// jsonObject returns the JSON object starting at the first '{' of
// src[off:], found as Hugo finds it: braces are counted outside strings.
// The body starts on the line after the closing brace.
func jsonObject(src []byte, off, line int) (fmBlock, *fmError) {
	open := off + bytes.IndexByte(src[off:], '{')
	level, inQuote := 0, false
	for i := open; i < len(src); i++ {
		switch c := src[i]; {
		case c == '\\' && inQuote:
			i++
		case c == '"':
			inQuote = !inQuote
		case c == '{' && !inQuote:
			level++
		case c == '}' && !inQuote:
			level--
		}
		if level > 0 {
			continue
		}
		rest, _, _ := bytes.Cut(src[i+1:], []byte("\n"))
		end, col := diag.LineCol(src, i+1)
		if len(bytes.TrimSpace(rest)) > 0 {
			return fmBlock{}, &fmError{end, col, "text after the } that closes the JSON front matter: start the body on the next line"}
		}
		return fmBlock{format: FormatJSON, src: src[off : i+1], line: line, bodyLine: end + 1}, nil
	}
	return fmBlock{}, &fmError{line, 1, "JSON front matter opened with { on line " + strconv.Itoa(line) + " is never closed"}
}

// decode parses the block into a map of its keys (as written) and values.
// An error carries a file position.
func (b fmBlock) decode() (map[string]any, *fmError) {
	m := map[string]any{}
	switch b.format {
	case FormatTOML:
		if _, err := toml.NewDecoder(bytes.NewReader(b.src)).Decode(&m); err != nil {
			line, col, msg := tomlErrPos(b.src, err)
			return nil, b.errAt(line, col, msg)
		}
		localToUTC(m)
	case FormatYAML:
		if err := yaml.Unmarshal(b.src, &m); err != nil {
			return nil, b.yamlErr(err)
		}
	case FormatJSON:
		if err := json.Unmarshal(b.src, &m); err != nil {
			return nil, b.jsonErr(err)
		}
	}
	return m, nil
}

// errAt returns msg at a position of b.src (line 0: unknown).
func (b fmBlock) errAt(line, col int, msg string) *fmError {
	if line == 0 {
		return &fmError{b.line, 1, msg}
	}
	return &fmError{line + b.line - 1, col, msg}
}

// yamlErr places a goccy/go-yaml error at the token it names.
func (b fmBlock) yamlErr(err error) *fmError {
	var ye yaml.Error
	if errors.As(err, &ye) && ye.GetToken() != nil {
		p := ye.GetToken().Position
		msg := ye.GetMessage()
		if strings.Contains(msg, "where mapping is expected") || strings.Contains(msg, "cannot unmarshal") {
			msg = "YAML front matter must be a mapping of keys to values"
		}
		return b.errAt(p.Line, p.Column, msg)
	}
	return b.errAt(0, 0, "YAML: "+err.Error())
}

// jsonErr places an encoding/json error at its byte offset.
func (b fmBlock) jsonErr(err error) *fmError {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		line, col := diag.LineCol(b.src, int(se.Offset)-1)
		return b.errAt(line, col, "JSON: "+se.Error())
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		line, col := diag.LineCol(b.src, int(te.Offset)-1)
		return b.errAt(line, col, "JSON front matter must be an object of keys and values")
	}
	return b.errAt(0, 0, "JSON: "+err.Error())
}

// localToUTC turns TOML's local dates and date-times (written without an
// offset) into UTC times with the same wall clock, recursively, so a date
// means the same whatever the machine's time zone (Hugo reads them in its
// timeZone setting, UTC by default).
func localToUTC(v any) any {
	switch x := v.(type) {
	case time.Time:
		if strings.HasSuffix(x.Location().String(), "-local") {
			return time.Date(x.Year(), x.Month(), x.Day(), x.Hour(), x.Minute(), x.Second(), x.Nanosecond(), time.UTC)
		}
	case map[string]any:
		for k, e := range x {
			x[k] = localToUTC(e)
		}
	case []any:
		for i, e := range x {
			x[i] = localToUTC(e)
		}
	case []map[string]any:
		for _, e := range x {
			localToUTC(e)
		}
	}
	return v
}
