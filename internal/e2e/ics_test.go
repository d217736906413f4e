package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestICSWriter runs the checker's calendar writer (static/js/checker/ics.js)
// in Node on events whose texts need escaping and folding, and checks the
// file against RFC 5545's rules: CRLF line ends, lines of at most 75
// octets folded with one space and never inside a character, TEXT values
// escaped (\\ \; \, \n) and read back unchanged, whole-day dates, DTSTAMP
// from the as-of date, and two reminders per event.
func TestICSWriter(t *testing.T) {
	t.Parallel()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatal("node is needed to run the checker's ics.js (.ci/install installs it)")
	}
	dir := t.TempDir()
	src, err := os.ReadFile(filepath.Join(repoRoot(t), "static", "js", "checker", "ics.js"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "ics.mjs"), src, 0o644); err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("Infant mental health — “relationships”, ", 6)
	script := `import { buildCalendar } from "./ics.mjs";
process.stdout.write(buildCalendar({ prodId: "-//Endorse//Plan//EN", name: "My plan, 2027", domain: "npaimh.example",
  stamp: "2026-12-05", events: [
  { uid: "met-ifs-training", date: "2027-01-31", summary: "Training met; IFS, at last", description: "Line one\nC:\\path; a, b\r\nend" },
  { uid: "renewal_due-imhs-2027", date: "2027-12-31", summary: ` + "`" + long + "`" + `, description: "" },
]}));
`
	if err := os.WriteFile(filepath.Join(dir, "run.mjs"), []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(node, "run.mjs")
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v", err)
	}
	text := string(out)
	checkFolding(t, text)
	cal := parseICS(t, text)
	if cal.props["VERSION"] != "2.0" || cal.props["PRODID"] != "-//Endorse//Plan//EN" || cal.props["X-WR-CALNAME"] != "My plan, 2027" {
		t.Errorf("calendar properties %v", cal.props)
	}
	if !strings.Contains(text, `X-WR-CALNAME:My plan\, 2027`+"\r\n") {
		t.Error("the calendar name's comma is not escaped")
	}
	if len(cal.events) != 2 {
		t.Fatalf("%d events, want 2", len(cal.events))
	}
	e := cal.events[0]
	want := map[string]string{
		"UID": "met-ifs-training@npaimh.example", "DTSTAMP": "20261205T000000Z",
		"DTSTART;VALUE=DATE": "20270131", "DTEND;VALUE=DATE": "20270201",
		"SUMMARY": "Training met; IFS, at last", "DESCRIPTION": "Line one\nC:\\path; a, b\nend",
	}
	for k, v := range want {
		if e.props[k] != v {
			t.Errorf("event 1 %s = %q, want %q", k, e.props[k], v)
		}
	}
	if !strings.Contains(text, `DESCRIPTION:Line one\nC:\\path\; a\, b\nend`+"\r\n") {
		t.Error("the description is not escaped as RFC 5545 says")
	}
	if got := cal.events[1].props["SUMMARY"]; got != long {
		t.Errorf("long summary read back as %q", got)
	}
	if _, ok := cal.events[1].props["DESCRIPTION"]; ok {
		t.Error("an empty description was written")
	}
	if got := cal.events[1].props["DTEND;VALUE=DATE"]; got != "20280101" {
		t.Errorf("the day after 2027-12-31: %s", got)
	}
	for i, e := range cal.events {
		if got := strings.Join(e.triggers, " "); got != "-P30D -P7D" {
			t.Errorf("event %d reminders %q, want -P30D -P7D", i+1, got)
		}
	}
}

// checkFolding checks RFC 5545 3.1 on a file's raw text: every line ends
// in CRLF, is at most 75 octets, and is whole UTF-8.
func checkFolding(t *testing.T, text string) {
	t.Helper()
	if !strings.HasSuffix(text, "\r\n") {
		t.Error("the file does not end with CRLF")
	}
	lines := strings.Split(strings.TrimSuffix(text, "\r\n"), "\r\n")
	folded := 0
	for i, l := range lines {
		if strings.ContainsAny(l, "\r\n") {
			t.Errorf("line %d has a bare CR or LF: %q", i+1, l)
		}
		if len(l) > 75 {
			t.Errorf("line %d has %d octets: %q", i+1, len(l), l)
		}
		if !utf8.ValidString(l) {
			t.Errorf("line %d splits a character: %q", i+1, l)
		}
		if strings.HasPrefix(l, " ") {
			folded++
		}
	}
	if folded == 0 {
		t.Error("no line was folded")
	}
}

// icsCalendar is a parsed iCalendar file: the calendar's properties and
// its events' (a property's name includes its parameters, "DTSTART;VALUE=DATE").
type icsCalendar struct {
	props  map[string]string
	events []icsEvent
}

type icsEvent struct {
	props    map[string]string
	triggers []string // of its VALARMs, in order
	alarms   int
}

// parseICS unfolds and reads a VCALENDAR: enough of RFC 5545 to check what
// the checker writes (TEXT values are unescaped).
func parseICS(t *testing.T, text string) icsCalendar {
	t.Helper()
	unfolded := strings.ReplaceAll(text, "\r\n ", "")
	cal := icsCalendar{props: map[string]string{}}
	var ev *icsEvent
	inAlarm := false
	for _, l := range strings.Split(strings.TrimSuffix(unfolded, "\r\n"), "\r\n") {
		name, value, ok := strings.Cut(l, ":")
		if !ok {
			t.Fatalf("not a content line: %q", l)
		}
		switch {
		case l == "BEGIN:VEVENT":
			cal.events = append(cal.events, icsEvent{props: map[string]string{}})
			ev = &cal.events[len(cal.events)-1]
		case l == "END:VEVENT":
			ev = nil
		case l == "BEGIN:VALARM":
			inAlarm = true
			ev.alarms++
		case l == "END:VALARM":
			inAlarm = false
		case inAlarm && name == "TRIGGER":
			ev.triggers = append(ev.triggers, value)
		case inAlarm:
		case ev != nil:
			ev.props[name] = unescapeText(value)
		default:
			cal.props[name] = unescapeText(value)
		}
	}
	return cal
}

// unescapeText reads an escaped TEXT value.
func unescapeText(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
			if s[i] == 'n' || s[i] == 'N' {
				b.WriteByte('\n')
			} else {
				b.WriteByte(s[i])
			}
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
