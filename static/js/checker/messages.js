// The words for what the engine reports: every gap, reason, note and next
// step comes as a code with arguments ({"code": "more_rsc_hours",
// "hours": 15.36}), and the site's message catalog (templates/i18n/<lang>.toml,
// published as the asset messages.json) words it. The CLI's text report
// words the same codes from the same catalog (internal/i18n/render.go and
// template.go: the template language and the way each kind of argument is
// shown must stay the same in both; change them together).
//
// A template is text with placeholders:
//   {name}             the argument, shown by its kind (the catalog's [args])
//   {name|one|other}   "one" when the argument shows as 1 (a list: one item)
//   {name:count}       the argument in the form for the number count (a label
//                      written "one|other" shows "one" when count shows as 1)
//   {#name}…{/name}    the part between when the argument is set; {^name}…{/name} when not

import { formatDate } from "./dates.js";
import { shortLabel } from "./lists.js";

let catalog = { language: "en", forms: {}, args: {}, messages: {}, labels: {} };
let rules = {};
const parsed = new Map();

/** setMessages makes catalog (messages.json, parsed) and the rules the
 * words of every message from now on. */
export function setMessages(cat, rulesObj) {
  catalog = cat;
  rules = rulesObj || {};
  parsed.clear();
}

/** say words one message ("" for none). A code the catalog lacks shows as
 * nothing rather than as a raw code (the catalog's tests keep that from
 * happening). */
export function say(m) {
  if (!m || !m.code) return "";
  const nodes = template(m.code);
  return nodes ? run(nodes, (name) => argValue(m, name)) : "";
}

/**
 * eventWords words a date of the plan ({code, date, key, args}: the plan
 * JSON's events) from the catalog's [events.<code>]: {summary, description}.
 */
export function eventWords(e) {
  const m = { ...(e.args || {}), code: e.code };
  return { summary: other(`events.${e.code}.summary`, m), description: other(`events.${e.code}.description`, m) };
}

/**
 * calendarWords words one of the calendar file's own texts (the catalog's
 * [calendar]: "name", "reminder" {days, summary}, "source" {description,
 * date}) with args.
 */
export function calendarWords(key, args) {
  return other(`calendar.${key}`, args || {});
}

/**
 * planWords words one of the plan's own texts (the catalog's [plan]:
 * "title" {category}, "renewal_title", "nothing_open", "open",
 * "incomplete", "no_date", "met_with_plans" and "met_at_pace" {date},
 * "dates") with args, as the CLI's plan does (i18n.Renderer.Plan).
 */
export function planWords(key, args) {
  return other(`plan.${key}`, args || {});
}

/** other words a template of [events], [calendar] or [plan] ("" when there is none). */
function other(key, m) {
  if (!parsed.has(key)) {
    const [table, code, part] = key.split(".");
    const src = table === "events" ? ((catalog.events || {})[code] || {})[part] : (catalog[table] || {})[code];
    parsed.set(key, src === undefined ? null : parse(src, 0, "").nodes);
  }
  const nodes = parsed.get(key);
  return nodes ? run(nodes, (name) => argValue(m, name)) : "";
}

/** sayAll words messages as one, joined by the catalog's "joined" form. */
export function sayAll(list) {
  return (list || []).map(say).filter(Boolean).join(catalog.forms.joined || "; ");
}

/** gapWords is what an outcome still lacks: "Missing: 20 more training hours." */
export function gapWords(outcome) {
  const gap = sayAll(outcome.gaps);
  return gap ? `Missing: ${gap}.` : "";
}

/**
 * nextSteps is what to do about an outcome, one sentence each: its own
 * next steps, or for a group those of its closest pathway (any_of) or of
 * its open parts (all_of).
 */
export function nextSteps(o) {
  if (o.kind === "any_of") {
    const ch = (o.children || []).find((c) => c.id === o.closest);
    return ch ? nextSteps(ch) : [];
  }
  if (o.kind === "all_of") {
    const out = [];
    for (const ch of o.children || []) {
      for (const s of nextSteps(ch)) if (!out.includes(s)) out.push(s);
    }
    return out;
  }
  return (o.next || []).map(say).filter(Boolean);
}

/** reasonWords is why an entry counted only in part, or did not count ("" when none). */
export function reasonWords(item) {
  return say(item.reason);
}

/** noteWords is a note the engine added to an outcome (a caution, an explanation). */
export function noteWords(note) {
  return say(note);
}

/** vocabWord is the label of key in the rules' vocabulary list (the key when none). */
export function vocabWord(list, key) {
  const table = (rules.vocabulary || {})[list] || {};
  return table[key] || key;
}

/**
 * numberWords shows a number as people read it: one decimal (two below 1),
 * rounded to nearest ("number"), up ("number_up": what is still missing)
 * or down ("number_down": what one has); a positive number never shows as 0.
 */
export function numberWords(f, kind = "number") {
  f = Number(f) || 0;
  const scale = Math.abs(f) < 1 ? 100 : 10;
  let x = f * scale;
  if (kind === "number_up") x = Math.ceil(x - 1e-6);
  else if (kind === "number_down") x = Math.floor(x + 1e-6);
  else x = Math.round(x);
  if (x === 0 && f > 0) x = 1;
  return String(x / scale);
}

function template(code) {
  if (!parsed.has(code)) {
    const src = catalog.messages[code];
    parsed.set(code, src === undefined ? null : parse(src, 0, "").nodes);
  }
  return parsed.get(code);
}

/** parse reads a template from i until its end or the close of part open
 * (the catalog was checked when the site was built). */
function parse(src, i, open) {
  const nodes = [];
  while (i < src.length) {
    const j = src.indexOf("{", i);
    if (j < 0) {
      nodes.push({ text: src.slice(i) });
      return { nodes, next: src.length };
    }
    if (j > i) nodes.push({ text: src.slice(i, j) });
    const k = src.indexOf("}", j);
    const tag = src.slice(j + 1, k);
    i = k + 1;
    if (tag[0] === "/") return { nodes, next: i };
    if (tag[0] === "#" || tag[0] === "^") {
      const inner = parse(src, i, tag.slice(1));
      nodes.push({ name: tag.slice(1), section: true, inverted: tag[0] === "^", children: inner.nodes });
      i = inner.next;
      continue;
    }
    const [named, count] = tag.split(":");
    if (count !== undefined) {
      nodes.push({ name: named, count });
      continue;
    }
    const [name, one, other] = tag.split("|");
    nodes.push(other === undefined ? { name } : { name, plural: true, one, other });
  }
  return { nodes, next: i };
}

function run(nodes, arg) {
  let out = "";
  for (const n of nodes) {
    if (n.name === undefined) out += n.text;
    else if (n.section) out += arg(n.name).set !== n.inverted ? run(n.children, arg) : "";
    else if (n.plural) out += arg(n.name).one ? n.one : n.other;
    else if (n.count) {
      const v = arg(n.name);
      out += v.oneWords && arg(n.count).one ? v.oneWords : v.words;
    } else out += arg(n.name).words;
  }
  return out;
}

/** spec reads the catalog's "kind [and|or] [lower]" for an argument. */
function spec(name) {
  const f = (catalog.args[name] || "text").split(/\s+/);
  return { kind: f[0], and: f.includes("and"), lower: f.includes("lower") };
}

function argValue(m, name) {
  const v = m[name];
  if (v === undefined || v === null) return { words: "", set: false, one: false };
  const s = spec(name);
  if (typeof v === "boolean") return { words: "", set: v, one: false };
  if (s.kind === "messages") return { words: sayAll(v), set: v.length > 0, one: v.length === 1 };
  if (Array.isArray(v)) {
    return { words: list(v.map((id) => forms(word(s, id)).other), s.and), set: v.length > 0, one: v.length === 1 };
  }
  const words = word(s, v);
  if (s.kind === "coordinator") return { words, set: words !== "", one: false };
  const f = forms(words);
  return { words: f.other, oneWords: f.one, set: v !== "" && v !== 0 && v !== "0", one: words === "1" };
}

/** forms splits a label written "one|other" (one is "" for a label of one form). */
function forms(w) {
  const i = w.indexOf("|");
  return i < 0 ? { one: "", other: w } : { one: w.slice(0, i), other: w.slice(i + 1) };
}

/**
 * amountWords is a number (as shown, e.g. by numberWords) with its unit,
 * a key of the catalog's [labels.amount], in the form the number takes:
 * "1 hour", "2.5 hours". A unit the catalog does not name follows as it is.
 */
export function amountWords(num, unit) {
  const w = (catalog.labels.amount || {})[unit];
  if (w === undefined) return `${num} ${unit}`;
  const f = forms(w);
  return `${num} ${num === "1" && f.one ? f.one : f.other}`;
}

function word(s, v) {
  switch (s.kind) {
    case "number": case "number_up": case "number_down":
      return numberWords(v, s.kind);
    case "date":
      return formatDate(String(v), catalog.language);
    case "category":
      return category(v);
    case "provider":
      return provider(v);
    case "coordinator":
      return contact().join(catalog.forms.list);
    case "course": {
      const c = (rules.catalog || []).find((x) => x.id === v);
      return c && c.title ? c.title : String(v);
    }
  }
  const [list, name] = s.kind.split(".");
  if (list === "vocab") {
    const w = vocabWord(name, v);
    return s.lower ? lowerFirst(w) : w;
  }
  if (list === "label") {
    const table = catalog.labels[name] || {};
    if (table[v] !== undefined) return table[v];
  }
  return String(v);
}

/**
 * contact is how to reach the endorsement coordinator (rules.json's
 * association.coordinator), in reading order: name, email, phone, and the
 * contact page when there is neither email nor phone; [] when the
 * association names no way to reach them. internal/i18n Contact does the same.
 */
export function contact() {
  const c = (rules.association || {}).coordinator || {};
  if (!c.email && !c.phone && !c.url) return [];
  const out = [c.name, c.email, c.phone].filter(Boolean);
  if (c.url && !c.email && !c.phone) out.push(c.url);
  return out;
}

function category(id) {
  const c = (rules.categories || []).find((x) => x.id === id);
  return c ? shortLabel(c) : String(id);
}

/** provider shows a provider token: "imhs+ers" is the category with its qualifiers. */
function provider(tok) {
  const [id, ...quals] = String(tok).split("+");
  const who = category(id);
  if (!quals.length) return who;
  const need = list(quals.map((q) => forms(word({ kind: "label.qualifier" }, q)).other), true);
  return run(parse(catalog.forms.qualified || "{provider} ({need})", 0, "").nodes,
    (name) => ({ words: name === "provider" ? who : need, set: true, one: false }));
}

/** list joins words: "a, b or c". */
function list(words, and) {
  if (words.length < 2) return words[0] || "";
  const last = and ? catalog.forms.and : catalog.forms.or;
  return words.slice(0, -1).join(catalog.forms.list) + last + words[words.length - 1];
}

/** lowerFirst starts a label with a small letter inside a sentence, unless
 * its first word is an abbreviation ("CDA mentor"). */
function lowerFirst(s) {
  s = String(s);
  return s.length > 1 && s[1] === s[1].toUpperCase() && s[1] !== s[1].toLowerCase() ? s : s.charAt(0).toLowerCase() + s.slice(1);
}
