package content

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Shortcodes are written in a page body as in Hugo:
//
//	{{< name arg "arg two" >}}           HTML output, placed in the page as is
//	{{% name key="value" %}}…{{% /name %}} Markdown output, rendered with the page
//	{{< name />}}                        self-closed: no inner content
//	{{</* name */>}}                     a comment: shows "{{< name >}}" literally
//
// Arguments are all positional or all named; a quoted argument ("…" with
// \" and \\ escapes, or `…` raw) is text, an unquoted one that reads as a
// boolean or a number is one. Shortcodes nest; a closing tag closes the
// nearest open shortcode of its name.

// Segment is a piece of a page body: text, or a shortcode call.
type Segment struct {
	Text string
	Call *Shortcode
}

// Shortcode is one shortcode call.
type Shortcode struct {
	Name       string
	Markdown   bool           // written {{% %}}: the output is Markdown
	Positional []any          // arguments in order (when not named)
	Named      map[string]any // named arguments (when IsNamed)
	IsNamed    bool
	Inner      []Segment // the content up to the closing tag
	Closed     bool      // has a closing tag or is self-closed
	Tagged     bool      // has a closing tag (not self-closed)
	Line, Col  int       // 1-based position of its "{{" in the body
	Ordinal    int       // 0-based index among its siblings' shortcodes
	Source     string    // the opening tag as written
}

// ShortcodeError is a malformed shortcode at a 1-based body position.
type ShortcodeError struct {
	Line, Col int
	Msg       string
}

// HasShortcodes reports whether body may hold a shortcode (a cheap test
// that lets most pages skip parsing).
func HasShortcodes(body []byte) bool {
	return bytes.Contains(body, []byte("{{<")) || bytes.Contains(body, []byte("{{%"))
}

// ParseShortcodes splits body into text and shortcode calls.
func ParseShortcodes(body []byte) ([]Segment, *ShortcodeError) {
	p := &scParser{src: string(body)}
	root := &Shortcode{}
	stack := []*Shortcode{root}
	for {
		text, tag, err := p.next()
		top := stack[len(stack)-1]
		if text != "" {
			top.Inner = appendText(top.Inner, text)
		}
		if err != nil {
			return nil, err
		}
		if tag == nil {
			break
		}
		switch {
		case tag.comment != "":
			top.Inner = appendText(top.Inner, tag.comment)
		case tag.closing:
			i := openIndex(stack, tag.sc.Name)
			if i < 0 {
				return nil, &ShortcodeError{tag.sc.Line, tag.sc.Col, "closing tag {{" + delimOf(tag.sc) + " /" + tag.sc.Name + " " + closeDelimOf(tag.sc) + "}} has no opening shortcode " + strconv.Quote(tag.sc.Name)}
			}
			if stack[i].Markdown != tag.sc.Markdown {
				return nil, &ShortcodeError{tag.sc.Line, tag.sc.Col, "shortcode " + strconv.Quote(tag.sc.Name) + " opened with {{" + delimOf(stack[i]) + " is closed with {{" + delimOf(tag.sc)}
			}
			stack = closeAt(stack, i)
		default:
			top.Inner = append(top.Inner, Segment{Call: tag.sc})
			if !tag.sc.Closed {
				stack = append(stack, tag.sc)
			}
		}
	}
	unwind(stack, 0) // never closed: standalone, what followed them moves up
	numberCalls(root.Inner)
	return root.Inner, nil
}

// openIndex returns the stack index of the nearest open shortcode named
// name, or -1 (the root at 0 is never a match).
func openIndex(stack []*Shortcode, name string) int {
	for i := len(stack) - 1; i > 0; i-- {
		if stack[i].Name == name {
			return i
		}
	}
	return -1
}

// unwind makes the open shortcodes above stack[i] standalone: what was
// read after each moves up to its parent.
func unwind(stack []*Shortcode, i int) {
	for j := len(stack) - 1; j > i; j-- {
		sc, parent := stack[j], stack[j-1]
		parent.Inner = append(parent.Inner, sc.Inner...)
		sc.Inner = nil
	}
}

// closeAt closes stack[i] with a closing tag; the unclosed shortcodes
// above it are standalone (see unwind).
func closeAt(stack []*Shortcode, i int) []*Shortcode {
	unwind(stack, i)
	stack[i].Closed, stack[i].Tagged = true, true
	if stack[i].Inner == nil {
		stack[i].Inner = []Segment{}
	}
	return stack[:i]
}

// numberCalls sets each call's Ordinal among its siblings, recursively.
func numberCalls(segs []Segment) {
	n := 0
	for _, s := range segs {
		if s.Call != nil {
			s.Call.Ordinal = n
			n++
			numberCalls(s.Call.Inner)
		}
	}
}

func appendText(segs []Segment, text string) []Segment {
	if n := len(segs); n > 0 && segs[n-1].Call == nil {
		segs[n-1].Text += text
		return segs
	}
	return append(segs, Segment{Text: text})
}

func delimOf(sc *Shortcode) string {
	if sc.Markdown {
		return "%"
	}
	return "<"
}

func closeDelimOf(sc *Shortcode) string {
	if sc.Markdown {
		return "%"
	}
	return ">"
}

// scTag is one lexed tag.
type scTag struct {
	sc      *Shortcode
	closing bool
	comment string // a comment's literal text
}

// scParser lexes shortcode tags out of a body.
type scParser struct {
	src            string
	off            int
	line, lineFrom int // the line (1-based) holding byte lineFrom, for positions
}

// pos returns the 1-based line and column (in runes) of byte off, which
// must not be before the last position asked for.
func (p *scParser) pos(off int) (line, col int) {
	if p.line == 0 {
		p.line = 1
	}
	for i := p.lineFrom; i < off; i++ {
		if p.src[i] == '\n' {
			p.line++
			p.lineFrom = i + 1
		}
	}
	return p.line, utf8.RuneCountInString(p.src[p.lineFrom:off]) + 1
}

// next returns the text before the next tag and the tag (nil at the end).
func (p *scParser) next() (string, *scTag, *ShortcodeError) {
	start := p.off
	for {
		i := strings.Index(p.src[p.off:], "{{")
		if i < 0 {
			p.off = len(p.src)
			return p.src[start:], nil, nil
		}
		at := p.off + i
		if at+2 < len(p.src) && (p.src[at+2] == '<' || p.src[at+2] == '%') {
			text := p.src[start:at]
			p.off = at
			tag, err := p.tag()
			return text, tag, err
		}
		p.off = at + 2
	}
}

// tag lexes the tag at p.off ("{{<" or "{{%").
func (p *scParser) tag() (*scTag, *ShortcodeError) {
	line, col := p.pos(p.off)
	tagStart := p.off
	sc := &Shortcode{Markdown: p.src[p.off+2] == '%', Line: line, Col: col}
	right := ">}}"
	if sc.Markdown {
		right = "%}}"
	}
	p.off += 3
	p.skipSpace()
	if strings.HasPrefix(p.src[p.off:], "/*") {
		return p.comment(sc, right)
	}
	tag := &scTag{sc: sc}
	if strings.HasPrefix(p.src[p.off:], "/") {
		tag.closing = true
		p.off++
		p.skipSpace()
	}
	sc.Name = p.word()
	if sc.Name == "" {
		return nil, p.errAt(sc, "shortcode without a name")
	}
	if err := p.args(sc, right, tag.closing); err != nil {
		return nil, err
	}
	sc.Source = p.src[tagStart:p.off]
	return tag, nil
}

// comment lexes {{</* … */>}}, which stands for its text with the
// comment marks removed.
func (p *scParser) comment(sc *Shortcode, right string) (*scTag, *ShortcodeError) {
	end := strings.Index(p.src[p.off+2:], "*/")
	if end < 0 {
		return nil, p.errAt(sc, "shortcode comment {{"+delimOf(sc)+"/* has no */"+right)
	}
	inner := p.src[p.off+2 : p.off+2+end]
	p.off += end + 4
	p.skipSpace()
	if !strings.HasPrefix(p.src[p.off:], right) {
		return nil, p.errAt(sc, "shortcode comment must end with */"+right)
	}
	p.off += len(right)
	return &scTag{comment: "{{" + delimOf(sc) + inner + right}, nil
}

// args lexes arguments up to the right delimiter.
func (p *scParser) args(sc *Shortcode, right string, closing bool) *ShortcodeError {
	for {
		p.skipSpace()
		rest := p.src[p.off:]
		switch {
		case rest == "":
			return p.errAt(sc, "shortcode "+strconv.Quote(sc.Name)+" is not closed with "+right)
		case strings.HasPrefix(rest, right):
			p.off += len(right)
			return nil
		case strings.HasPrefix(rest, "/") && strings.HasPrefix(strings.TrimLeftFunc(rest[1:], unicode.IsSpace), right) && !closing:
			p.off += 1 + strings.Index(rest[1:], right) + len(right)
			sc.Closed, sc.Inner = true, nil
			return nil
		case closing:
			return p.errAt(sc, "closing tag of "+strconv.Quote(sc.Name)+" takes no arguments")
		}
		if err := p.arg(sc); err != nil {
			return err
		}
	}
}

// arg lexes one argument, positional or name=value.
func (p *scParser) arg(sc *Shortcode) *ShortcodeError {
	argStart := p.off
	var name string
	if w := p.word(); w != "" && strings.HasPrefix(p.src[p.off:], "=") {
		name = w
		p.off++
	} else {
		p.off = argStart
	}
	v, err := p.value(sc)
	if err != nil {
		return err
	}
	named := name != ""
	if len(sc.Positional)+len(sc.Named) > 0 && named != sc.IsNamed {
		return p.errAt(sc, "shortcode "+strconv.Quote(sc.Name)+" mixes named and positional arguments: use one kind")
	}
	sc.IsNamed = named
	if named {
		if sc.Named == nil {
			sc.Named = map[string]any{}
		}
		sc.Named[name] = v
		return nil
	}
	sc.Positional = append(sc.Positional, v)
	return nil
}

// value lexes a quoted, raw or bare value.
func (p *scParser) value(sc *Shortcode) (any, *ShortcodeError) {
	rest := p.src[p.off:]
	switch {
	case strings.HasPrefix(rest, `"`):
		var b strings.Builder
		for i := 1; i < len(rest); i++ {
			switch c := rest[i]; {
			case c == '\\' && i+1 < len(rest) && (rest[i+1] == '"' || rest[i+1] == '\\'):
				b.WriteByte(rest[i+1])
				i++
			case c == '"':
				p.off += i + 1
				return b.String(), nil
			default:
				b.WriteByte(c)
			}
		}
		return nil, p.errAt(sc, "unterminated quoted argument in shortcode "+strconv.Quote(sc.Name))
	case strings.HasPrefix(rest, "`"):
		end := strings.IndexByte(rest[1:], '`')
		if end < 0 {
			return nil, p.errAt(sc, "unterminated `raw` argument in shortcode "+strconv.Quote(sc.Name))
		}
		p.off += end + 2
		return rest[1 : end+1], nil
	}
	end := strings.IndexFunc(rest, func(r rune) bool { return unicode.IsSpace(r) })
	if end < 0 {
		end = len(rest)
	}
	for _, d := range []string{">}}", "%}}", "/>}}", "/%}}"} {
		if i := strings.Index(rest[:end], d); i >= 0 && (d[0] != '/' || i > 0) {
			end = min(end, i)
		}
	}
	if end == 0 || rest[0] == '=' {
		return nil, p.errAt(sc, "unexpected "+strconv.Quote(firstRune(rest))+" in shortcode "+strconv.Quote(sc.Name))
	}
	p.off += end
	return typed(rest[:end]), nil
}

// typed reads an unquoted argument: a boolean or number if it is one.
func typed(s string) any {
	switch s {
	case "true":
		return true
	case "false":
		return false
	}
	if i, err := strconv.Atoi(s); err == nil {
		return i
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil && strings.ContainsAny(s, "0123456789") {
		return f
	}
	return s
}

// word lexes a name: letters, digits and "-_./" (shortcodes may live in
// subdirectories of templates/shortcodes/).
func (p *scParser) word() string {
	start := p.off
	for p.off < len(p.src) {
		r, n := utf8.DecodeRuneInString(p.src[p.off:])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("-_./", r)) {
			break
		}
		if r == '/' && (strings.HasPrefix(p.src[p.off:], "/>}}") || strings.HasPrefix(p.src[p.off:], "/%}}")) {
			break
		}
		p.off += n
	}
	return p.src[start:p.off]
}

func (p *scParser) skipSpace() {
	for p.off < len(p.src) {
		r, n := utf8.DecodeRuneInString(p.src[p.off:])
		if !unicode.IsSpace(r) {
			return
		}
		p.off += n
	}
}

func (p *scParser) errAt(sc *Shortcode, msg string) *ShortcodeError {
	return &ShortcodeError{sc.Line, sc.Col, msg}
}

func firstRune(s string) string {
	r, _ := utf8.DecodeRuneInString(s)
	return string(r)
}
