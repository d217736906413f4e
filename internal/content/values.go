package content

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// Front matter values are read as Hugo reads them (github.com/spf13/cast):
// a number where text is expected is text, "3" where a number is expected
// is a number, a single string where a list is expected is a list of one.
// What Hugo would silently turn into "" or 0 (a list for a title, "abc"
// for a weight) is an error here instead.

// textOf reads a text field: a string, or a number or boolean as written.
func textOf(v any) (string, bool) {
	switch x := v.(type) {
	case string:
		return x, true
	case bool:
		return strconv.FormatBool(x), true
	case int:
		return strconv.Itoa(x), true
	case int64:
		return strconv.FormatInt(x, 10), true
	case uint64:
		return strconv.FormatUint(x, 10), true
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64), true
	}
	return "", false
}

// intOf reads a whole number: an integer, a float without a fraction, or a
// string holding one.
func intOf(v any) (int, bool) {
	switch x := v.(type) {
	case int:
		return x, x >= math.MinInt32 && x <= math.MaxInt32
	case int64:
		return int(x), x >= math.MinInt32 && x <= math.MaxInt32
	case uint64:
		return int(x), x <= math.MaxInt32
	case float64:
		return int(x), x == math.Trunc(x) && math.Abs(x) <= math.MaxInt32
	case string:
		i, err := strconv.Atoi(strings.TrimSpace(x))
		return i, err == nil
	}
	return 0, false
}

// boolOf reads true or false, also written as a string.
func boolOf(v any) (bool, bool) {
	switch x := v.(type) {
	case bool:
		return x, true
	case string:
		b, err := strconv.ParseBool(strings.TrimSpace(x))
		return b, err == nil
	}
	return false, false
}

// stringsOf reads a list of text items; a single text value is a list of
// one (as Hugo keeps a lone tag or alias whole).
func stringsOf(v any) ([]string, bool) {
	switch x := v.(type) {
	case []string:
		return x, true
	case []any:
		out := make([]string, 0, len(x))
		for _, e := range x {
			s, ok := textOf(e)
			if !ok {
				return nil, false
			}
			out = append(out, s)
		}
		return out, true
	}
	if s, ok := textOf(v); ok {
		return []string{s}, true
	}
	return nil, false
}

// paramValue prepares a value for .Params as Hugo does: the keys of maps
// at every depth in lower case (Hugo's parameters are not case-sensitive
// and templates read them in lower case), a list of strings as []string.
func paramValue(v any) any {
	switch x := v.(type) {
	case map[string]any:
		m := make(map[string]any, len(x))
		for k, e := range x {
			m[strings.ToLower(k)] = paramValue(e)
		}
		return m
	case []map[string]any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = paramValue(e)
		}
		return out
	case []any:
		if s, ok := allStrings(x); ok {
			return s
		}
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = paramValue(e)
		}
		return out
	}
	return v
}

// allStrings returns x as []string when every item is a string.
func allStrings(x []any) ([]string, bool) {
	out := make([]string, len(x))
	for i, e := range x {
		s, ok := e.(string)
		if !ok {
			return nil, false
		}
		out[i] = s
	}
	return out, true
}

// firstDate returns the first non-zero time.
func firstDate(ts ...time.Time) time.Time {
	for _, t := range ts {
		if !t.IsZero() {
			return t
		}
	}
	return time.Time{}
}
