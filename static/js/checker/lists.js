// Choice lists for the form, taken from the rules (rules.json, format
// "endorse-rules/1"): vocabularies, categories, the course catalog and the
// association. Each list is [[value, label]…].

import { today } from "./dates.js";
import { paidOnly } from "./reads.js";
import { serviceInfo } from "./services.js";

/** choiceLists builds every list the schema's `source` names. */
export function choiceLists(rules) {
  const vocab = rules.vocabulary || {};
  const lists = {};
  for (const [name, table] of Object.entries(vocab)) {
    lists[name] = Object.entries(table);
  }
  lists.categories = categoryChoices(rules.categories || []);
  lists.courses = (rules.catalog || []).map((c) => [c.id, courseLabel(c)]);
  lists.courseInfo = Object.fromEntries((rules.catalog || []).map((c) => [c.id, c]));
  lists.associations = associationChoices(rules.association || {});
  const day = today(); // the person's local date, as the form counts it
  lists.serviceInfo = serviceInfo(rules, day);
  lists.paidOnly = paidOnly(rules, day).map(shortLabel);
  lists.categoryNames = Object.fromEntries((rules.categories || []).map((c) => [c.id, categoryLabel(c)]));
  return lists;
}

/** categoryChoices lists endorsements a person can hold, in listing order. */
function categoryChoices(categories) {
  return categories
    .filter((c) => c.kind !== "program")
    .slice()
    .sort((a, b) => (a.order || 0) - (b.order || 0))
    .map((c) => [c.id, categoryLabel(c)]);
}

/**
 * categoryLabel is "Name (ABBR)", or the name alone when the abbreviation
 * would only repeat it (see shownAbbr).
 */
export function categoryLabel(c) {
  const abbr = shownAbbr(c);
  return abbr ? `${c.name} (${abbr})` : c.name;
}

/** shortLabel is the abbreviation worth showing, else the name. */
export function shortLabel(c) {
  return shownAbbr(c) || c.name || c.id;
}

/**
 * shownAbbr is c.abbr when it is a real abbreviation, "" when it is empty,
 * a plain word ("Credential") or the name's last word: "Course credential
 * (Credential)" says nothing more than "Course credential".
 */
export function shownAbbr(c) {
  const abbr = (c.abbr || "").trim();
  const words = (c.name || "").trim().toLowerCase().split(/\s+/);
  if (!abbr || /^[A-Z]?[a-z]+$/.test(abbr)) return "";
  return abbr.toLowerCase() === words[words.length - 1] || abbr.toLowerCase() === words.join(" ") ? "" : abbr;
}

function courseLabel(c) {
  return c.clock_hours ? `${c.title} (${c.clock_hours} clock hours)` : c.title;
}

function associationChoices(a) {
  const own = a.id ? [[a.id, a.name || a.id]] : [];
  return [...own, ["another", "Another infant mental health association"]];
}
