package site

import "bytes"

// tagLexer walks the start tags of an HTML page and their attributes,
// following the HTML tokenizer for well-formed markup: text is skipped up
// to the next "<", comments, doctypes and end tags are skipped whole, and
// the raw text of <script>, <style>, <textarea> and <title> is skipped up
// to its end tag. It replaces a general lexer because it only has to find
// tags: most of a page is text it can jump over with one IndexByte.
type tagLexer struct {
	src   []byte
	pos   int
	keyAt int  // offset of the last attribute's name
	eof   bool // the page ended inside a tag
}

// next returns the name (as written) of the next start tag, leaving the
// lexer at its attributes; ok is false at the end of the page.
func (lx *tagLexer) next() (name []byte, ok bool) {
	for {
		if lx.pos >= len(lx.src) {
			return nil, false
		}
		i := bytes.IndexByte(lx.src[lx.pos:], '<')
		if i < 0 || lx.pos+i+1 >= len(lx.src) {
			lx.pos = len(lx.src)
			return nil, false
		}
		lx.pos += i + 1
		switch c := lx.src[lx.pos]; {
		case bytes.HasPrefix(lx.src[lx.pos:], []byte("!--")):
			lx.skipPast("-->", lx.pos+3)
		case c == '!' || c == '?' || c == '/':
			lx.skipPast(">", lx.pos)
		case isASCIILetter(c):
			start := lx.pos
			for lx.pos < len(lx.src) && !isTagEnd(lx.src[lx.pos]) {
				lx.pos++
			}
			return lx.src[start:lx.pos], true
		}
	}
}

// attr returns the next attribute of the current tag; ok is false once
// the tag closes (">" or "/>").
func (lx *tagLexer) attr() (key, val []byte, ok bool) {
	lx.skipSpaceAndSlash()
	if lx.pos >= len(lx.src) {
		lx.eof = true
		return nil, nil, false
	}
	if lx.src[lx.pos] == '>' {
		lx.pos++
		return nil, nil, false
	}
	start := lx.pos
	lx.keyAt = start
	lx.pos++ // a first "=" belongs to the name
	for lx.pos < len(lx.src) && !isTagEnd(lx.src[lx.pos]) && lx.src[lx.pos] != '=' {
		lx.pos++
	}
	key = lx.src[start:lx.pos]
	lx.skipSpace()
	if lx.pos >= len(lx.src) || lx.src[lx.pos] != '=' {
		return key, nil, true
	}
	lx.pos++
	lx.skipSpace()
	return key, lx.value(), true
}

// value reads a quoted or unquoted attribute value (quotes included, as
// the general lexer returns them).
func (lx *tagLexer) value() []byte {
	start := lx.pos
	if lx.pos < len(lx.src) && (lx.src[lx.pos] == '"' || lx.src[lx.pos] == '\'') {
		q := lx.src[lx.pos]
		end := bytes.IndexByte(lx.src[lx.pos+1:], q)
		if end < 0 {
			lx.pos = len(lx.src)
		} else {
			lx.pos += end + 2
		}
		return lx.src[start:lx.pos]
	}
	for lx.pos < len(lx.src) && !isSpace(lx.src[lx.pos]) && lx.src[lx.pos] != '>' {
		lx.pos++
	}
	return lx.src[start:lx.pos]
}

// skipRawText skips the content of a raw-text element up to its end tag.
func (lx *tagLexer) skipRawText(tag string) {
	for {
		i := bytes.Index(lx.src[lx.pos:], []byte("</"))
		if i < 0 {
			lx.pos = len(lx.src)
			return
		}
		lx.pos += i
		end := lx.pos + 2 + len(tag)
		if end <= len(lx.src) && bytes.EqualFold(lx.src[lx.pos+2:end], []byte(tag)) &&
			(end == len(lx.src) || isTagEnd(lx.src[end])) {
			return
		}
		lx.pos += 2
	}
}

// skipPast moves past the first occurrence of s at or after from.
func (lx *tagLexer) skipPast(s string, from int) {
	i := bytes.Index(lx.src[min(from, len(lx.src)):], []byte(s))
	if i < 0 {
		lx.pos = len(lx.src)
		return
	}
	lx.pos = from + i + len(s)
}

func (lx *tagLexer) skipSpace() {
	for lx.pos < len(lx.src) && isSpace(lx.src[lx.pos]) {
		lx.pos++
	}
}

func (lx *tagLexer) skipSpaceAndSlash() {
	for lx.pos < len(lx.src) && (isSpace(lx.src[lx.pos]) || lx.src[lx.pos] == '/') {
		lx.pos++
	}
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

func isTagEnd(c byte) bool { return isSpace(c) || c == '/' || c == '>' }

func isASCIILetter(c byte) bool { return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') }

// rawText reports the elements whose content is not markup.
func rawText(tag string) bool {
	return tag == "script" || tag == "style" || tag == "textarea" || tag == "title"
}
