package content

import (
	"strconv"
	"strings"
)

// KeyPositions maps TOML key paths ("requirements[3].hours",
// "fees.membership", "sessions[1].start") to the 1-based line and column
// where the key or table header is written. BurntSushi/toml reports no
// positions for decoded keys, so semantic errors find theirs here, from
// the source text: the rules loader for rules/*.toml, the course loader
// for a course's [[sessions]].
type KeyPositions map[string][2]int

// LocateKeys scans src line by line, following table headers ([a.b], [[a]])
// and skipping multi-line strings and arrays.
func LocateKeys(src string) KeyPositions {
	pos := KeyPositions{}
	arrays := map[string]int{} // array-of-tables path → current index
	table := ""
	inString, depth := false, 0
	for n, line := range strings.Split(src, "\n") {
		trimmed := strings.TrimSpace(line)
		if inString {
			inString = strings.Count(trimmed, `"""`)%2 == 0
			continue
		}
		if depth > 0 { // inside a multi-line array value
			depth += brackets(trimmed)
			continue
		}
		col := len(line) - len(strings.TrimLeft(line, " \t")) + 1
		switch {
		case strings.HasPrefix(trimmed, "[["):
			table = arrayHeader(strings.Trim(trimmed, "[] "), arrays)
			pos.set(table, n+1, col)
		case strings.HasPrefix(trimmed, "["):
			table = resolveHeader(headerName(trimmed), arrays)
			pos.set(table, n+1, col)
		default:
			key, ok := keyOf(trimmed)
			if ok {
				pos.set(joinKey(table, key), n+1, col)
				inString = strings.Count(trimmed, `"""`)%2 == 1
				depth = brackets(trimmed)
			}
		}
	}
	return pos
}

func (p KeyPositions) set(path string, line, col int) {
	if _, dup := p[path]; !dup {
		p[path] = [2]int{line, col}
	}
}

func headerName(trimmed string) string {
	if i := strings.Index(trimmed, "]"); i > 0 {
		return strings.TrimSpace(trimmed[1:i])
	}
	return strings.Trim(trimmed, "[] ")
}

func arrayHeader(name string, arrays map[string]int) string {
	if i := strings.Index(name, "]"); i >= 0 {
		name = name[:i]
	}
	parent := ""
	if i := strings.LastIndex(name, "."); i >= 0 {
		parent = resolveHeader(name[:i], arrays)
	}
	full := joinKey(parent, name[strings.LastIndex(name, ".")+1:])
	idx, seen := arrays[full]
	if seen {
		idx++
	}
	arrays[full] = idx
	return full + "[" + strconv.Itoa(idx) + "]"
}

// resolveHeader turns "overrides.with" into "overrides[2].with" when
// "overrides" is an array of tables whose current element is 2.
func resolveHeader(name string, arrays map[string]int) string {
	out := ""
	for _, part := range strings.Split(name, ".") {
		out = joinKey(out, strings.Trim(strings.TrimSpace(part), `"`))
		if i, ok := arrays[out]; ok {
			out += "[" + strconv.Itoa(i) + "]"
		}
	}
	return out
}

func keyOf(trimmed string) (string, bool) {
	eq := strings.Index(trimmed, "=")
	if eq <= 0 || strings.HasPrefix(trimmed, "#") {
		return "", false
	}
	key := strings.TrimSpace(trimmed[:eq])
	key = strings.Trim(key, `"`)
	if key == "" || strings.ContainsAny(key, " \t[{,") {
		return "", false
	}
	return key, true
}

func joinKey(a, b string) string {
	if a == "" {
		return b
	}
	return a + "." + b
}

// Find returns the position of path or of its nearest located prefix.
func (p KeyPositions) Find(path string) (line, col int, ok bool) {
	for path != "" {
		if lc, hit := p[path]; hit {
			return lc[0], lc[1], true
		}
		i := strings.LastIndexAny(path, ".[")
		if i < 0 {
			break
		}
		path = path[:i]
	}
	return 0, 0, false
}

// brackets counts '[' minus ']' outside double-quoted strings and comments.
func brackets(line string) int {
	n, quoted := 0, false
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case c == '\\' && quoted:
			i++
		case c == '"':
			quoted = !quoted
		case quoted:
		case c == '#':
			return n
		case c == '[':
			n++
		case c == ']':
			n--
		}
	}
	return n
}
