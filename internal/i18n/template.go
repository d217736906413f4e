package i18n

import (
	"errors"
	"strings"
)

// A message template is text with placeholders (see templates/i18n/en.toml):
//
//	{name}             the argument, shown by its kind
//	{name|one|other}   "one" when the argument shows as 1 (a list: has one item), else "other"
//	{name:count}       the argument in the form for the number count: a label
//	                   written "one|other" ("hour a month|hours a month") shows
//	                   its first form when count shows as 1 (plain {name}: the other)
//	{#name}…{/name}    the part between when the argument is set; {^name}…{/name} when not
//
// static/js/checker/messages.js reads the same language: change both together.

// node is one piece of a parsed template.
type node struct {
	text       string // a piece of text (name == "")
	name       string // the argument of a placeholder, plural or part
	count      string // {name:count}: the argument whose number chooses name's form
	one, other string // a plural's two forms (plural: other != "" or one != "")
	plural     bool
	section    bool // a part shown when the argument is set
	inverted   bool // … or, with section, when it is not
	children   []node
}

// parseTemplate parses a message template; the error names what is wrong
// and the byte offset where.
func parseTemplate(src string) ([]node, error) {
	nodes, rest, err := parseNodes(src, 0, "")
	if err != nil {
		return nil, err
	}
	if rest != len(src) {
		return nil, errors.New("unexpected {/…}")
	}
	return nodes, nil
}

// parseNodes parses src from offset i until the end or the closing tag of
// the part named open; it returns the nodes and the offset after them.
func parseNodes(src string, i int, open string) ([]node, int, error) {
	var out []node
	for i < len(src) {
		j := strings.IndexByte(src[i:], '{')
		if j < 0 {
			out = append(out, node{text: src[i:]})
			return out, len(src), closed(open)
		}
		if j > 0 {
			out = append(out, node{text: src[i : i+j]})
		}
		i += j
		k := strings.IndexByte(src[i:], '}')
		if k < 0 {
			return nil, i, errors.New("a { without its }")
		}
		tag := src[i+1 : i+k]
		i += k + 1
		switch {
		case strings.HasPrefix(tag, "/"):
			if tag[1:] != open {
				return nil, i, errors.New("{" + tag + "} closes no open part")
			}
			return out, i, nil
		case strings.HasPrefix(tag, "#"), strings.HasPrefix(tag, "^"):
			name := tag[1:]
			if !isName(name) {
				return nil, i, errors.New("{" + tag + "}: a part needs an argument name")
			}
			children, next, err := parseNodes(src, i, name)
			if err != nil {
				return nil, next, err
			}
			out = append(out, node{name: name, section: true, inverted: tag[0] == '^', children: children})
			i = next
		default:
			n, err := placeholder(tag)
			if err != nil {
				return nil, i, err
			}
			out = append(out, n)
		}
	}
	return out, i, closed(open)
}

// closed is the error of a template that ends inside the part open.
func closed(open string) error {
	if open != "" {
		return errors.New("{#" + open + "} (or {^" + open + "}) is not closed with {/" + open + "}")
	}
	return nil
}

// placeholder parses "name", "name:count" or "name|one|other".
func placeholder(tag string) (node, error) {
	if name, count, ok := strings.Cut(tag, ":"); ok {
		if !isName(name) || !isName(count) {
			return node{}, errors.New("{" + tag + "}: a form for a number is {name:count}, two argument names")
		}
		return node{name: name, count: count}, nil
	}
	parts := strings.Split(tag, "|")
	switch {
	case !isName(parts[0]):
		return node{}, errors.New("{" + tag + "}: not an argument name")
	case len(parts) == 1:
		return node{name: parts[0]}, nil
	case len(parts) == 3:
		return node{name: parts[0], plural: true, one: parts[1], other: parts[2]}, nil
	}
	return node{}, errors.New("{" + tag + "}: a plural is {name|one|other}")
}

// isName reports whether s is an argument name: a–z, 0–9 and _.
func isName(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if (r < 'a' || r > 'z') && (r < '0' || r > '9') && r != '_' {
			return false
		}
	}
	return true
}

// names returns every argument name the nodes use, each once.
func names(nodes []node, seen map[string]bool, out []string) []string {
	for _, n := range nodes {
		for _, name := range []string{n.name, n.count} {
			if name != "" && !seen[name] {
				seen[name] = true
				out = append(out, name)
			}
		}
		out = names(n.children, seen, out)
	}
	return out
}

// value is what a template needs of one argument: its words (for a label
// with two forms, the "other" one, and oneWords the form for one), whether
// it is set, and whether it counts as one (for plurals).
type value struct {
	words    string
	oneWords string
	set      bool
	one      bool
}

// execute writes the nodes with the arguments' values (a missing one is
// empty and not set).
func execute(b *strings.Builder, nodes []node, arg func(name string) value) {
	for _, n := range nodes {
		switch {
		case n.name == "":
			b.WriteString(n.text)
		case n.section:
			if arg(n.name).set != n.inverted {
				execute(b, n.children, arg)
			}
		case n.plural:
			if arg(n.name).one {
				b.WriteString(n.one)
			} else {
				b.WriteString(n.other)
			}
		case n.count != "":
			v := arg(n.name)
			if v.oneWords != "" && arg(n.count).one {
				b.WriteString(v.oneWords)
			} else {
				b.WriteString(v.words)
			}
		default:
			b.WriteString(arg(n.name).words)
		}
	}
}
