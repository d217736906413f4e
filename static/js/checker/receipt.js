// The readiness receipt, printed instead of the page (checker.css hides
// everything else in print): the date checked, the rules editions and the
// rules' content hash, every answer given, then the requirement by
// requirement results of the categories the person has open (else the
// closest one) and a one-line verdict for every other category.

import { el, replace } from "./dom.js";
import { optionsFor } from "./fields.js";
import { SECTIONS } from "./schema.js";
import { categoryRequirements, editionLines, openIds, orderedCategories, renewalRequirements, statusBadge, verdictLine } from "./results.js";
import { categoryLabel } from "./lists.js";

/**
 * renderReceipt fills box for profile and view, the results view
 * renderResults returned (null: the engine refused the profile).
 */
export function renderReceipt(box, profile, view, state, engine, lists) {
  const assoc = (engine.rules.association || {}).name || "";
  const shown = view ? shownCategories(view) : [];
  replace(box,
    el("h2", { id: "receipt-title", text: "Readiness receipt" }),
    el("p", { className: "receipt-note", text: "An estimate from the eligibility checker, not a decision: reviewers decide on the submitted application." }),
    el("dl", { className: "receipt-facts" },
      fact("Association", assoc),
      fact("Checked as of", state.asOf),
      fact("Purpose", state.mode === "renew" ? "Renewal of an endorsement held" : "New application"),
      fact("Rules edition applied", shown.length ? editionLines(shown).join("; ") : "—"),
      fact("Rules content hash (rules.json)", engine.rulesHash)),
    el("h3", { text: "Your answers" }),
    SECTIONS.map((s) => sectionAnswers(s, profile, lists, unfinished(view))),
    view ? receiptResults(view) : el("p", { text: "No results: the checker cannot read one of the answers." }));
}

/**
 * shownCategories are the categories printed in full: the renewal
 * checks when renewing, else the open categories (in the results' order).
 */
function shownCategories(view) {
  if (view.state.mode === "renew") return view.report.renewal.map((r) => view.cats[r.category]).filter(Boolean);
  const open = openIds(view);
  return orderedCategories(view).filter((c) => open.has(c.id));
}

/** receiptResults is the results part of the receipt. */
function receiptResults(view) {
  if (view.state.mode === "renew") {
    if (!view.report.renewal.length) return el("p", { text: "No endorsement held was entered, so there is nothing to renew." });
    return [el("h3", { text: "Renewal" }), view.report.renewal.map((r) => el("section", { className: "receipt-category", "data-receipt-category": r.category },
      el("h4", {}, `Renewal of ${categoryLabel(view.cats[r.category] || { name: r.category })} by ${r.due} `, statusBadge(r.status, true)),
      renewalRequirements(r, view)))];
  }
  const open = openIds(view);
  const cats = orderedCategories(view);
  const full = cats.filter((c) => open.has(c.id));
  const others = cats.filter((c) => !open.has(c.id));
  return [
    el("h3", { text: view.state.open && view.state.open.size ? "Results for the categories you opened" : "Results for the closest category" }),
    full.map((c) => el("section", { className: "receipt-category", "data-receipt-category": c.id },
      el("h4", {}, `${categoryLabel(c)} `, statusBadge(c.status, true)),
      el("p", { className: "edition", text: c.edition ? `Rules edition applied: ${c.edition.name}.` : "This category is not offered on the date checked." }),
      categoryRequirements(c, view))),
    others.length ? el("h3", { text: "Every other category" }) : null,
    others.length ? el("ul", { className: "receipt-verdicts" }, others.map((c) => el("li", { "data-receipt-category": c.id, text: verdictLine(c) }))) : null,
  ];
}

function fact(term, value) {
  return [el("dt", { text: term }), el("dd", { text: value || "—" })];
}

/**
 * unfinished names the entries the checker left out until they are
 * completed ("training[2]", "exam"), see lenient.js.
 */
function unfinished(view) {
  const problems = view ? view.ctx.problems : [];
  return new Set(problems.map((p) => (p.list ? `${p.list}[${p.index}]` : p.object)));
}

const LEFT_OUT = " (not counted until completed)";

function sectionAnswers(section, profile, lists, left) {
  const items = [];
  for (const part of section.parts) {
    if (part.list) items.push(...listAnswers(part, profile[part.list], lists, left));
    else if (part.object) items.push(objectAnswer(part.legend, part.fields, profile[part.object], lists, left.has(part.object)));
    else items.push(objectAnswer(part.legend, attestationFields(lists), profile[part.attestations], lists, left.has(part.attestations)));
  }
  return el("div", { className: "receipt-section" },
    el("h4", { text: section.legend }), el("ul", {}, items));
}

function listAnswers(part, entries, lists, left) {
  if (entries === undefined) return [el("li", { text: `${part.title}: not answered` })];
  if (entries.length === 0) return [el("li", { text: `${part.title}: none` })];
  const noun = part.noun.charAt(0).toUpperCase() + part.noun.slice(1);
  return entries.map((e, i) => el("li", { text: `${noun} ${i + 1}: ${describe(part.fields, e, lists)}${left.has(`${part.list}[${i}]`) ? LEFT_OUT : ""}` }));
}

function objectAnswer(legend, fields, obj, lists, isLeft) {
  return el("li", { text: `${legend}: ${obj ? describe(fields, obj, lists) : "not answered"}${isLeft ? LEFT_OUT : ""}` });
}

function attestationFields(lists) {
  return (lists.attestations || []).map(([key, label]) => ({ key, type: "checkbox", label }));
}

/** describe is "Label: value; …" for the answered fields of one entry. */
function describe(fields, entry, lists) {
  const parts = [];
  for (const f of fields) {
    const v = entry[f.key] ?? (f.key === "start" ? entry.date : undefined);
    if (v === undefined || v === "" || (Array.isArray(v) && v.length === 0)) continue;
    parts.push(`${f.label}: ${valueText(f, v, lists)}`);
  }
  return parts.join("; ") || "nothing filled in";
}

function valueText(field, v, lists) {
  if (field.type === "checkbox") return v ? "yes" : "no";
  if (field.type === "select") return labelOf(optionsFor(field, lists), v);
  if (field.type === "topics") return v.map((t) => labelOf(lists.topics || [], t)).join(", ");
  return String(v);
}

function labelOf(options, value) {
  const hit = options.find(([v]) => v === value);
  return hit ? hit[1] : String(value);
}
