// The readiness receipt: a summary for printing (print stylesheet shows it
// with the results and hides the form). It lists the date checked, the
// rules edition and the rules' content hash, and every answer given.

import { el, replace } from "./dom.js";
import { optionsFor } from "./fields.js";
import { SECTIONS } from "./schema.js";
import { editionLines } from "./results.js";

/** renderReceipt fills box for profile and the evaluation result res. */
export function renderReceipt(box, profile, res, state, engine, lists) {
  const assoc = (engine.rules.association || {}).name || "";
  replace(box,
    el("h2", { id: "receipt-title", text: "Readiness receipt" }),
    el("p", { className: "receipt-note", text: "An estimate from the eligibility checker, not a decision: reviewers decide on the submitted application." }),
    el("dl", { className: "receipt-facts" },
      fact("Association", assoc),
      fact("Checked as of", state.asOf),
      fact("Purpose", state.mode === "renew" ? "Renewal of an endorsement held" : "New application"),
      fact("Rules edition applied", res.report ? editionLines(res.report).join("; ") : "—"),
      fact("Rules content hash (rules.json)", engine.rulesHash)),
    el("h3", { text: "Your answers" }),
    SECTIONS.map((s) => sectionAnswers(s, profile, lists)));
}

function fact(term, value) {
  return [el("dt", { text: term }), el("dd", { text: value || "—" })];
}

function sectionAnswers(section, profile, lists) {
  const items = [];
  for (const part of section.parts) {
    if (part.list) items.push(...listAnswers(part, profile[part.list], lists));
    else if (part.object) items.push(objectAnswer(part.legend, part.fields, profile[part.object], lists));
    else items.push(objectAnswer(part.legend, attestationFields(lists), profile[part.attestations], lists));
  }
  return el("div", { className: "receipt-section" },
    el("h4", { text: section.legend }), el("ul", {}, items));
}

function listAnswers(part, entries, lists) {
  if (entries === undefined) return [el("li", { text: `${part.title}: not answered` })];
  if (entries.length === 0) return [el("li", { text: `${part.title}: none` })];
  return entries.map((e, i) => el("li", { text: `${part.title} ${i + 1}: ${describe(part.fields, e, lists)}` }));
}

function objectAnswer(legend, fields, obj, lists) {
  return el("li", { text: `${legend}: ${obj ? describe(fields, obj, lists) : "not answered"}` });
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
