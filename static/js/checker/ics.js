// An iCalendar file (RFC 5545) of the plan's dates, written in the browser:
// nothing is sent anywhere. Pure functions, no DOM (the unit test runs this
// module in Node).
//
// Each event is a whole day (DTSTART;VALUE=DATE, DTEND the next day) with
// two display reminders, 30 and 7 days before. UIDs are the caller's
// stable keys, so importing a newer file updates the events it imported
// before; DTSTAMP is the plan's as-of date (the page never reads the clock
// for it: the same plan gives the same file). Lines end in CRLF and are
// folded at 75 octets of UTF-8, never inside a character.

/** REMINDER_DAYS are the days before each event its reminders fire. */
export const REMINDER_DAYS = [30, 7];

const CRLF = "\r\n";
const encoder = new TextEncoder();

/**
 * buildCalendar returns the text of a VCALENDAR with one VEVENT per event.
 * cal: {prodId, name, domain, stamp: "YYYY-MM-DD", reminder(days, summary)
 * (a reminder's text; without it, the summary), events: [{uid, date:
 * "YYYY-MM-DD", summary, description}]}; an event's UID is uid@domain.
 */
export function buildCalendar(cal) {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${cal.prodId}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(cal.name)}`,
  ];
  for (const e of cal.events) lines.push(...eventLines(e, cal));
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join(CRLF) + CRLF;
}

function eventLines(e, cal) {
  const lines = [
    "BEGIN:VEVENT",
    `UID:${escapeText(`${e.uid}@${cal.domain}`)}`,
    `DTSTAMP:${basicDate(cal.stamp)}T000000Z`,
    `DTSTART;VALUE=DATE:${basicDate(e.date)}`,
    `DTEND;VALUE=DATE:${basicDate(nextDay(e.date))}`,
    `SUMMARY:${escapeText(e.summary)}`,
  ];
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  lines.push("TRANSP:TRANSPARENT");
  for (const days of REMINDER_DAYS) {
    lines.push("BEGIN:VALARM", "ACTION:DISPLAY", `TRIGGER:-P${days}D`,
      `DESCRIPTION:${escapeText(cal.reminder ? cal.reminder(days, e.summary) : e.summary)}`, "END:VALARM");
  }
  lines.push("END:VEVENT");
  return lines;
}

/**
 * escapeText escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon
 * and comma get a backslash; a line break becomes \n.
 */
export function escapeText(s) {
  return String(s)
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/**
 * foldLine splits a content line longer than 75 octets (UTF-8) into lines
 * of at most 75 octets, each continuation starting with one space (RFC 5545
 * 3.1); a character is never split. The lines are joined with CRLF.
 */
export function foldLine(line) {
  const out = [];
  let cur = "";
  let size = 0;
  for (const ch of line) { // by code point
    const n = encoder.encode(ch).length;
    if (size + n > 75) {
      out.push(cur);
      cur = " ";
      size = 1;
    }
    cur += ch;
    size += n;
  }
  out.push(cur);
  return out.join(CRLF);
}

/** basicDate turns "YYYY-MM-DD" into iCalendar's "YYYYMMDD". */
function basicDate(iso) {
  return iso.replace(/-/g, "");
}

/** nextDay is the ISO date after iso (in UTC, free of time zones). */
export function nextDay(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}
