package wasmjson

// SyntaxError is a JSON syntax error at a 1-based line and column. A
// number out of range also has the field path of its value (Path, e.g.
// "training[0].hours"), which then starts Msg too: such a file is valid
// JSON in form, and the path says which value to change.
type SyntaxError struct {
	_         NoCompare
	Line, Col int
	Msg       string
	Path      string
}

// RangeMsg is the problem with a number whose magnitude Parse refuses.
const RangeMsg = "number out of range (magnitude must be below 1e15)"

func (e *SyntaxError) Error() string {
	return Itoa(e.Line) + ":" + Itoa(e.Col) + ": " + e.Msg
}

// maxDepth bounds nesting so hostile input cannot exhaust the stack.
const maxDepth = 200

type parser struct {
	src   []byte
	pos   int
	depth int
	// ranged: the error is a number out of range, whose path (built on
	// the error's way out, see within) is path.
	ranged bool
	path   string
}

// Parse reads one JSON value; anything but white space after it is an
// error. A leading UTF-8 byte order mark is skipped (Windows editors write
// one), and positions count from after it.
func Parse(src []byte) (Value, error) {
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		src = src[3:]
	}
	p := &parser{src: src}
	v, err := p.value()
	if se, ok := err.(*SyntaxError); ok && p.path != "" {
		se.Path, se.Msg = p.path, p.path+": "+se.Msg
	}
	if err != nil {
		return Value{}, err
	}
	p.space()
	if p.pos < len(p.src) {
		return Value{}, p.fail("unexpected data after the JSON value")
	}
	return v, nil
}

func (p *parser) fail(msg string) error {
	if p.pos >= len(p.src) && msg != "unterminated string" {
		msg = "unexpected end of input"
	}
	line, col := 1, 1
	for i := 0; i < p.pos && i < len(p.src); i++ {
		if p.src[i] == '\n' {
			line, col = line+1, 1
		} else if p.src[i]&0xC0 != 0x80 {
			col++
		}
	}
	return &SyntaxError{Line: line, Col: col, Msg: msg}
}

func (p *parser) space() {
	for p.pos < len(p.src) {
		switch p.src[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

func (p *parser) value() (Value, error) {
	p.space()
	c := byte(0) // at the end of input, for literal to report
	if p.pos < len(p.src) {
		c = p.src[p.pos]
	}
	switch {
	case c == '{' || c == '[':
		return p.container()
	case c == '"':
		s, err := p.str()
		return Value{Kind: String, Str: s}, err
	case c == '-' || (c >= '0' && c <= '9'):
		return p.number()
	}
	return p.literal(c)
}

// literal reads true, false or null; c is the byte at p.pos (0 at the end
// of input, which fail reports as such).
func (p *parser) literal(c byte) (Value, error) {
	for i, word := range [...]string{"null", "false", "true"} {
		if end := p.pos + len(word); end <= len(p.src) && string(p.src[p.pos:end]) == word {
			p.pos = end
			return literals[i], nil
		}
	}
	return Value{}, p.fail("invalid character " + quoteByte(c))
}

var literals = [...]Value{{}, {Kind: Bool}, {Kind: Bool, Bool: true}}

// container reads an object or array, whose opening byte is at p.pos.
func (p *parser) container() (Value, error) {
	if p.depth++; p.depth > maxDepth {
		return Value{}, p.fail("nesting too deep")
	}
	v, closing := Value{Kind: Array, Arr: []Value{}}, byte(']')
	if p.src[p.pos] == '{' {
		v, closing = Value{Kind: Object, Obj: []Member{}}, '}'
	}
	p.pos++
	p.space()
	done := p.skip(closing)
	for !done {
		m, err := p.element(v.Kind)
		if err != nil {
			p.within(v.Kind == Object, m.Key, len(v.Arr))
			return Value{}, err
		}
		if done, err = p.next(closing); err != nil {
			return Value{}, err
		}
		if v.Kind == Object {
			v.Obj = append(v.Obj, m)
		} else {
			v.Arr = append(v.Arr, m.Val)
		}
	}
	p.depth--
	return v, nil
}

// within adds the member key (or the array index i) to the path of a
// range error inside a container's element. (The path is built only on
// this error's way out: parsing valid input tracks no path.)
func (p *parser) within(isObject bool, key string, i int) {
	if !p.ranged {
		return
	}
	seg := "[" + Itoa(i) + "]"
	if isObject {
		seg = Join("", key)
	}
	if p.path != "" && p.path[0] != '[' {
		seg += "."
	}
	p.path = seg + p.path
}

// element reads an array element, or an object member ("key": value).
func (p *parser) element(k Kind) (m Member, err error) {
	if k == Object {
		p.space()
		if p.pos >= len(p.src) || p.src[p.pos] != '"' {
			return m, p.fail("expected a string key")
		}
		if m.Key, err = p.str(); err != nil {
			return m, err
		}
		if p.space(); !p.skip(':') {
			return m, p.fail("expected ':'")
		}
	}
	m.Val, err = p.value()
	return m, err
}

// next consumes "," (more to come) or the closing byte (done).
func (p *parser) next(closing byte) (bool, error) {
	p.space()
	if p.skip(',') {
		return false, nil
	}
	if p.skip(closing) {
		return true, nil
	}
	msg := "expected ',' or ']'"
	if closing == '}' {
		msg = "expected ',' or '}'"
	}
	return false, p.fail(msg)
}

// skip consumes c if it is the next byte.
func (p *parser) skip(c byte) bool {
	if p.pos < len(p.src) && p.src[p.pos] == c {
		p.pos++
		return true
	}
	return false
}

// str reads a string, whose opening quote is at p.pos. Bytes other than
// escapes are kept as they are, even invalid UTF-8.
func (p *parser) str() (string, error) {
	p.pos++
	var out []byte
	for p.pos < len(p.src) {
		c, msg := p.src[p.pos], ""
		switch {
		case c == '"':
			p.pos++
			return string(out), nil
		case c == '\\':
			var r rune
			if r, msg = p.escape(); msg == "" {
				out = append(out, string(r)...)
				continue
			}
		case c < 0x20:
			msg = "control character in string"
		default:
			out = append(out, c)
			p.pos++
			continue
		}
		return "", p.fail(msg)
	}
	return "", p.fail("unterminated string")
}

// escape decodes the escape sequence whose backslash is at p.pos and
// returns its rune (U+FFFD for a bad surrogate pair), or the problem.
func (p *parser) escape() (rune, string) {
	if p.pos+1 >= len(p.src) {
		return 0, "unterminated escape"
	}
	c := p.src[p.pos+1]
	p.pos += 2
	if i := indexByte(`"\/bfnrt`, c); i >= 0 {
		return rune("\"\\/\b\f\n\r\t"[i]), ""
	}
	if c != 'u' {
		return 0, "invalid escape"
	}
	r, ok := p.hex4()
	switch {
	case !ok:
		return 0, "invalid \\u escape"
	case r >= 0xD800 && r < 0xDC00 && p.pos+1 < len(p.src) && p.src[p.pos] == '\\' && p.src[p.pos+1] == 'u':
		p.pos += 2
		r2, ok := p.hex4()
		if !ok || r2 < 0xDC00 || r2 >= 0xE000 {
			return 0xFFFD, ""
		}
		r = (r-0xD800)<<10 + (r2 - 0xDC00) + 0x10000
	}
	return r, ""
}

func (p *parser) hex4() (rune, bool) {
	if p.pos+4 > len(p.src) {
		return 0, false
	}
	var n rune
	for _, c := range p.src[p.pos : p.pos+4] {
		d := indexByte("0123456789abcdefABCDEF", c)
		if d > 15 {
			d -= 6
		}
		if d < 0 {
			return 0, false
		}
		n = n<<4 | rune(d)
	}
	p.pos += 4
	return n, true
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// quoteByte shows a byte in an error message: 'x', or its hex code when
// it is not printable ASCII (strconv.QuoteRune would pull Unicode tables
// into the wasm).
func quoteByte(c byte) string {
	if c >= 0x20 && c < 0x7f {
		return string([]byte{'\'', c, '\''})
	}
	return "byte 0x" + string([]byte{hexDigits[c>>4], hexDigits[c&15]})
}
