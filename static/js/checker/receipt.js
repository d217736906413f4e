// The readiness receipt, printed instead of the page (checker.css hides
// everything else in print), on one or two pages: who it is from and when,
// the verdict for the chosen (else the closest) category requirement by
// requirement, the next steps with the association's contact, a one-line
// verdict for every other category, the answers as a table, and in small
// print the rules' content hash. Renewing, it holds each held
// endorsement's renewal instead of the categories.

import { answerRows } from "./answers.js";
import { formatDate } from "./dates.js";
import { el, replace } from "./dom.js";
import { categoryLabel } from "./lists.js";
import { amountWords, contact, gapWords, nextSteps as stepsOf, numberWords } from "./messages.js";
import { headline, headlineWord, openText, orderedCategories, statusBadge, verdictWords } from "./results.js";
import { SECTIONS } from "./schema.js";

/**
 * AREAS names a requirement by the part of the application it reads (the
 * "section" of its outcome), for the receipt's short rows.
 */
const AREAS = {
  education: "Education", training: "Training", work: "Specialized work", rsc: "RSC received",
  rsc_provided: "RSC provided", references: "References", ethics: "Code of Ethics",
  competencies: "Portfolio", membership: "Membership", exam: "Exam", leadership: "Leadership",
  prerequisite: "Endorsement held", courses: "Courses",
};

/**
 * renderReceipt fills box from view (the results view; null when the
 * engine refused the profile). ctx: {state, engine, lists, asks (the
 * requirement kinds the form asks), url (the checker's address)}. The
 * coordinator's contact comes from the rules (association.toml
 * [coordinator]), as in the next steps.
 */
export function renderReceipt(box, view, ctx) {
  const { state, engine } = ctx;
  const assoc = (engine.rules.association || {}).name || "";
  replace(box,
    el("header", { className: "receipt-head" },
      assoc ? el("p", { className: "receipt-assoc", text: assoc }) : null,
      el("h2", { id: "receipt-title", text: "Readiness receipt" }),
      el("p", { className: "receipt-meta", text: `Checked on ${formatDate(state.asOf)} · ${state.mode === "renew" ? "Renewal of an endorsement held" : "New application"}` }),
      el("p", { className: "receipt-note", text: "An estimate made by the readiness checker in your browser, not a decision: the reviewers decide on your application." })),
    view ? verdictPart(view) : el("p", { text: "No results: the checker cannot read one of the answers." }),
    view ? nextSteps(view) : null,
    view && state.mode !== "renew" ? othersPart(view) : null,
    answersPart(state.edited, ctx.lists, ctx.asks),
    el("footer", { className: "receipt-foot" },
      el("p", { text: `Made with the readiness checker${ctx.url ? ` at ${ctx.url}` : ""}. Rules content hash (rules.json): ${engine.rulesHash}` })));
}

/** verdictPart is the verdict, requirement by requirement, of the headline category (or of each renewal). */
function verdictPart(view) {
  if (view.state.mode === "renew") {
    if (!view.report.renewal.length) return el("p", { text: "No endorsement held was entered, so there is nothing to renew." });
    return view.report.renewal.map((r) => {
      const c = view.cats[r.category] || { name: r.category };
      return el("section", { className: "receipt-category", "data-receipt-category": r.category },
        el("h3", {}, `Renewal of ${categoryLabel(c)} by ${formatDate(r.due)}: `, statusBadge(r.status, true)),
        el("p", { className: "edition", text: `Renewal period ${formatDate(r.from)} to ${formatDate(r.due)}.` }),
        requirementTable(r.requirements));
    });
  }
  const c = headline(view);
  if (!c) return el("p", { text: "No category is offered on this date." });
  return el("section", { className: "receipt-category", "data-receipt-category": c.id },
    el("h3", {}, `${view.state.target ? "" : `${headlineWord(c)}: `}${categoryLabel(c)}: `, statusBadge(c.status, true), c.open > 0 ? `, ${openText(c.open)}` : ""),
    el("p", { className: "edition", text: c.edition ? `Rules applied: ${c.edition.name}.` : "This category is not offered on the date checked." }),
    requirementTable(c.requirements));
}

/** requirementTable: one row per requirement with its status and what the checker found. */
function requirementTable(outcomes) {
  return el("table", { className: "receipt-table receipt-requirements" },
    el("thead", {}, el("tr", {}, el("th", { scope: "col", text: "Requirement" }), el("th", { scope: "col", text: "Status" }), el("th", { scope: "col", text: "What the checker found" }))),
    el("tbody", {}, outcomes.map((o, i) => el("tr", { "data-requirement": o.id },
      el("th", { scope: "row", text: areaName(o, outcomes, i) }),
      el("td", {}, statusBadge(o.status)),
      el("td", { text: found(o) })))));
}

/** areaName is "Training", or "Training (2)" when two requirements read the same part. */
function areaName(o, outcomes, i) {
  const name = AREAS[o.section] || o.id;
  const same = outcomes.filter((x) => x.section === o.section);
  return same.length > 1 ? `${name} (${same.indexOf(outcomes[i]) + 1})` : name;
}

/** found is the figures and gap of an outcome in one sentence. */
function found(o) {
  // not answered is never shown as zero: the gap asks for the answers
  const contradicts = o.status === "incomplete" || (o.have >= o.need && o.gaps.length > 0);
  const have = o.unit && !contradicts ? `You have ${round(o.have)} of ${amountWords(round(o.need), o.unit)}.` : "";
  return [have, gapWords(o)].filter(Boolean).join(" ") || (o.status === "met" ? "Met." : "—");
}

/**
 * nextSteps lists what to do: each open requirement of the headline
 * category (or of the renewals) with what it lacks, then who to ask.
 */
function nextSteps(view) {
  const outcomes = view.state.mode === "renew"
    ? view.report.renewal.flatMap((r) => r.requirements)
    : (headline(view) || { requirements: [] }).requirements;
  const open = outcomes.filter((o) => o.status === "not_met" || o.status === "incomplete");
  const ask = contact().join(" · ");
  return el("section", { className: "receipt-steps" },
    el("h3", { text: "Next steps" }),
    el("ol", {},
      open.map((o) => el("li", { text: [`${AREAS[o.section] || o.id}: ${gapWords(o) || "answer the questions about it in the checker."}`, ...stepsOf(o)].join(" ") })),
      open.length ? null : el("li", { text: "Every requirement the checker can see is met: gather your documents for the application." }),
      el("li", { text: `Questions, or ready to apply? Talk with the endorsement coordinator${ask ? `: ${ask}` : "."}` })));
}


/** othersPart is a one-line verdict for every other category. */
function othersPart(view) {
  const first = headline(view);
  const others = orderedCategories(view).filter((c) => !first || c.id !== first.id);
  if (!others.length) return null;
  return el("section", { className: "receipt-others" },
    el("h3", { text: "Every other category" }),
    el("ul", { className: "receipt-verdicts" }, others.map((c) => el("li", { "data-receipt-category": c.id },
      el("strong", { text: categoryLabel(c) }), `: ${verdictWords(c)}.`))));
}

/** answersPart is every answer as a table, section by section. */
function answersPart(profile, lists, asks) {
  return el("section", { className: "receipt-answers" },
    el("h3", { text: "Your answers" }),
    el("table", { className: "receipt-table" },
      SECTIONS.map((s) => {
        const rows = answerRows(s, profile, lists, asks);
        return el("tbody", {},
          el("tr", {}, el("th", { colSpan: 2, scope: "colgroup", className: "receipt-section", text: s.legend })),
          rows.map((r) => el("tr", {}, el("th", { scope: "row", text: r.label }), el("td", { text: r.value }))));
      })));
}

function round(n) {
  return numberWords(n, "number_down");
}
