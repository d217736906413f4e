// What the person has answered, in words. One mechanism for every place
// that restates the answers: the one-line summary of a section in the task
// list ("2 courses or workshops, 16 h"), the rows of "check your answers",
// the answers table of the printed receipt and the comparison shown before
// an import replaces the saved answers.

import { formatDate } from "./dates.js";
import { optionsFor } from "./fields.js";
import { SECTIONS } from "./schema.js";

/** partKey is the profile key a part of a section edits. */
export function partKey(part) {
  return part.list || part.object || part.attestations;
}

/** isAnswered reports whether the profile answers part (even with "none"). */
export function isAnswered(part, profile) {
  return profile[partKey(part)] !== undefined;
}

/**
 * shownParts are the parts of section the form asks. With focus (a Set of
 * the profile keys the chosen category reads, reads.js) exactly those:
 * answers to the others stay in the profile and count, out of sight until
 * the person shows every section. Without focus, every part; one asked
 * only for some categories (onlyFor, e.g. the exam) when asks (a Set of
 * requirement kinds the category checked reads) holds it, or when it is
 * answered already (an answer is never hidden).
 */
export function shownParts(section, profile, asks, focus = null) {
  if (focus) return section.parts.filter((p) => focus.has(partKey(p)));
  return section.parts.filter((p) => !p.onlyFor || asks.has(p.onlyFor) || isAnswered(p, profile));
}

/** hasAnswers reports whether anything at all is answered. */
export function hasAnswers(profile) {
  return SECTIONS.some((s) => s.parts.some((p) => isAnswered(p, profile)));
}

/**
 * sectionSummary is a section's answers in one line: "1 degree, no
 * credentials; not answered: licenses", or "" when nothing is answered.
 */
export function sectionSummary(section, profile, lists, asks, focus = null) {
  const parts = shownParts(section, profile, asks, focus);
  const said = parts.filter((p) => isAnswered(p, profile)).map((p) => partPhrase(p, profile[partKey(p)], lists));
  if (!said.length) return "";
  const open = parts.filter((p) => !isAnswered(p, profile)).map(partTitle);
  return said.join(", ") + (open.length ? `; not answered: ${open.join(", ")}` : "");
}

/** partTitle names a part inside a sentence: "licenses", "RSC received". */
function partTitle(part) {
  return part.name || part.title.toLowerCase();
}

/** partPhrase is what one answered part holds: "3 references, 2 endorsed". */
function partPhrase(part, value, lists) {
  if (part.list) {
    if (!value.length) return `no ${part.plural}`;
    const n = value.length === 1 ? `1 ${part.noun}` : `${value.length} ${part.plural}`;
    const hours = part.list === "training" ? trainingHours(value, lists) : part.list === "rsc_received" ? total(value, "hours") : 0;
    return hours ? `${n}, ${num(hours)} h` : n;
  }
  if (part.attestations) {
    const all = lists.attestations || [];
    return `${all.filter(([k]) => value[k] === true).length} of ${all.length} statements`;
  }
  const first = part.fields[0];
  return `${part.name} ${value[first.key] === true ? first.short : `not ${first.short}`}`;
}

/** trainingHours adds up clock hours, a catalog course's when none are typed. */
function trainingHours(entries, lists) {
  return entries.reduce((sum, e) => sum + (Number(e.hours) || courseHours(e, lists)), 0);
}

function courseHours(e, lists) {
  const c = e.course && (lists.courseInfo || {})[e.course];
  return (c && c.clock_hours) || 0;
}

function total(entries, key) {
  return entries.reduce((sum, e) => sum + (Number(e[key]) || 0), 0);
}

/**
 * answerRows lists a section's answers for "check your answers" and the
 * receipt: one row per entry, per single answer and per unanswered list.
 * Each row is {label, value, missing, target}; target names what a Change
 * link opens: {list, index}, {list} or {object}. Every answer is listed,
 * also one the form hides (focus, see shownParts): it counts.
 */
export function answerRows(section, profile, lists, asks, focus = null) {
  const shown = new Set(shownParts(section, profile, asks, focus));
  return section.parts.filter((p) => shown.has(p) || isAnswered(p, profile)).flatMap((part) => partRows(part, profile, lists));
}

function partRows(part, profile, lists) {
  const key = partKey(part);
  const value = profile[key];
  if (part.list) {
    if (value === undefined) return [{ label: part.title, value: "Not answered", missing: true, target: { list: key } }];
    if (!value.length) return [{ label: part.title, value: "None", missing: false, target: { list: key } }];
    const noun = capital(part.noun);
    return value.map((entry, index) => ({
      label: `${noun} ${index + 1}`, value: describe(part.fields, entry, lists) || "Nothing filled in",
      missing: false, target: { list: key, index },
    }));
  }
  const fields = part.attestations ? attestationFields(lists) : part.fields;
  const legend = capital(part.name || part.legend);
  if (value === undefined) return [{ label: legend, value: "Not answered", missing: true, target: { object: key } }];
  return [{ label: legend, value: describe(fields, value, lists) || "Nothing ticked", missing: false, target: { object: key } }];
}

/** attestationFields are the statements of the rules' vocabulary as checkboxes. */
export function attestationFields(lists) {
  return (lists.attestations || []).map(([key, label]) => ({ key, type: "checkbox", label }));
}

/**
 * describe is one entry's answers in words: "Master's degree, MSW, in
 * Social work, related field, awarded 20 May 2019". A ticked checkbox
 * says its short words (else its label); an unticked one says nothing.
 */
export function describe(fields, entry, lists) {
  const words = [];
  for (const f of titleFirst(fields)) {
    const v = entry[f.key];
    if (v === undefined || v === false || (v === "" && !f.keepEmpty) || (Array.isArray(v) && !v.length)) continue;
    words.push(fieldWords(f, v, entry, lists));
  }
  return words.filter(Boolean).join(", ");
}

/** titleFirst puts a training entry's catalog course after its title. */
function titleFirst(fields) {
  const course = fields.find((f) => f.key === "course");
  if (!course) return fields;
  const rest = fields.filter((f) => f !== course);
  const at = rest.findIndex((f) => f.key === "title") + 1;
  return [...rest.slice(0, at), course, ...rest.slice(at)];
}

function fieldWords(f, v, entry, lists) {
  const prefix = (text) => (f.short ? `${f.short} ${text}` : text);
  switch (f.type) {
    case "checkbox": return f.short || f.label;
    case "date": return prefix(formatDate(v));
    case "number": return `${num(v)}${f.unit ? ` ${f.unit}` : ""}`;
    case "topics": return `topics: ${v.map((t) => labelOf(lists.topics || [], t)).join(", ")}`;
    case "services": return v.map((t) => labelOf(lists.services || [], t)).join(", ");
    case "select":
      if (f.key === "course") return courseWords(entry, lists);
      return prefix(v === "" ? f.empty : labelOf(optionsFor(f, lists), v));
    default: return prefix(v);
  }
}

/** courseWords names a catalog course unless the entry has a title. */
function courseWords(entry, lists) {
  const c = (lists.courseInfo || {})[entry.course];
  if (!c) return entry.course;
  const hours = entry.hours === undefined && c.clock_hours ? `, ${c.clock_hours} clock hours` : "";
  return entry.title ? `catalog course${hours}` : `catalog course “${c.title}”${hours}`;
}

function labelOf(options, value) {
  const hit = options.find(([v]) => v === value);
  return hit ? hit[1] : String(value);
}

function capital(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** num shows a number rounded to 2 decimals: 12, 1.5, 0.33. */
export function num(n) {
  return String(Math.round(Number(n) * 100) / 100);
}
