// The guided start (issue 12.1): three questions — the ages you work with,
// the kind of work (and whether it is paid: most categories count only
// paid work), the highest degree or license — answered before the full
// form. The engine judges the answers as it judges a profile (its fit,
// internal/engine/fit.go), so the categories it proposes come from the
// rules, not from this file. "Continue" copies the answers into the form
// (one work entry, the degree, the license) and checks the best fitting
// category; "Skip" opens the full form as it is. Built only by script: with
// JavaScript off the page shows the checker's one "needs JavaScript"
// message, never a half-working form.

import { el, nextId, replace } from "./dom.js";
import { shortLabel, categoryLabel } from "./lists.js";
import { AGE_BANDS, DEGREE_LEVELS } from "./schema.js";
import { say } from "./messages.js";
import { servicesControl } from "./services.js";

/**
 * guidedStart returns {node}: the three questions and, once asked, the
 * categories that fit. onApply(edits, target) continues into the form with
 * edits (profile keys to set) and the category to check; onSkip() closes it.
 * keep: the category the page was asked for (?category=), which stays the
 * one checked: the guide then says how it fits the work.
 */
export function guidedStart(engine, lists, asOf, onApply, onSkip, keep = "") {
  const answers = { work: {}, level: "", license: false, credentials: new Set() };
  const result = el("div", { className: "guided-result", id: "guided-result", role: "status" });
  const node = el("section", { className: "guided", id: "guided-start", "aria-labelledby": "guided-title" },
    el("h2", { id: "guided-title", text: "Start with three questions" }),
    el("p", { className: "help", text: "See which categories fit your work, then fill in the rest. Or skip to the full form." }),
    agesQuestion(answers), kindQuestion(answers, lists), degreeQuestion(answers, lists));
  const show = el("button", { type: "button", id: "guided-show", text: "Show the categories that fit" });
  const skip = el("button", { type: "button", className: "secondary", id: "guided-skip", text: "Skip to the full form" });
  show.addEventListener("click", () => showFit(result, engine, lists, answers, asOf, onApply, keep));
  skip.addEventListener("click", () => onSkip());
  node.append(el("div", { className: "guided-actions" }, show, skip), result);
  return { node };
}

function agesQuestion(answers) {
  const box = el("fieldset", { className: "field guided-q", id: "guided-ages" }, el("legend", { text: "1. Which children do you work with?" }));
  for (const [value, label] of AGE_BANDS) {
    const id = nextId("g");
    const input = el("input", { type: "radio", name: "guided-ages", id, value });
    input.addEventListener("change", () => { answers.work.age_band = value; });
    box.append(el("div", { className: "field-check" }, input, el("label", { for: id, text: label })));
  }
  return box;
}

function kindQuestion(answers, lists) {
  const services = servicesControl({ key: "services", label: "2. What kind of work do you do?", help: "Tick all that apply." },
    answers.work, lists, (v) => { answers.work.services = v; });
  const id = nextId("g");
  const dyadic = el("input", { type: "checkbox", id, name: "guided-dyadic" });
  dyadic.addEventListener("change", () => { answers.work.dyadic = dyadic.checked || undefined; });
  services.append(el("div", { className: "field-check guided-dyadic" }, dyadic, el("label", { for: id, text: "I work with the child and the parent together" })),
    paidQuestion(answers, lists));
  return services;
}

/**
 * paidQuestion asks whether the work is paid: the fit does not read it,
 * but the work requirements of the categories lists.paidOnly names count
 * only paid work, so the form's work entry gets the answer.
 */
function paidQuestion(answers, lists) {
  const id = nextId("g");
  const only = lists.paidOnly || [];
  const help = only.length ? el("p", { className: "help", id: id + "-help", text: `Only paid work counts toward the work requirement of ${joinAnd(only)}.` }) : null;
  const paid = el("input", { type: "checkbox", id, name: "guided-paid", "aria-describedby": help ? help.id : null });
  paid.addEventListener("change", () => { answers.work.paid = paid.checked || undefined; });
  return el("div", { className: "field-check guided-paid" }, paid, el("label", { for: id, text: "I am paid for this work" }), help);
}

/** joinAnd lists words as people do: "A, B and C". */
function joinAnd(words) {
  return words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

function degreeQuestion(answers, lists) {
  const id = nextId("g");
  const select = el("select", { id, name: "guided-degree" });
  select.append(el("option", { value: "", text: "No degree" }));
  for (const [value, label] of DEGREE_LEVELS) select.append(el("option", { value, text: label }));
  select.addEventListener("change", () => { answers.level = select.value; });
  const lid = nextId("g");
  const license = el("input", { type: "checkbox", id: lid, name: "guided-license" });
  license.addEventListener("change", () => { answers.license = license.checked; });
  const credentials = (lists.credentials || []).map(([value, label]) => {
    const cid = nextId("g");
    const cb = el("input", { type: "checkbox", id: cid, value, name: "guided-credential" });
    cb.addEventListener("change", () => (cb.checked ? answers.credentials.add(value) : answers.credentials.delete(value)));
    return el("div", { className: "field-check" }, cb, el("label", { for: cid, text: `I hold a ${label}` }));
  });
  return el("fieldset", { className: "field guided-q", id: "guided-degree" }, el("legend", { text: "3. Your highest degree or license" }),
    el("label", { for: id, text: "Highest degree" }), select,
    el("div", { className: "field-check" }, license, el("label", { for: lid, text: "I hold a state mental-health license" })),
    credentials);
}

/** edits turns the answers into profile keys (one work entry, the degree, the license, the credentials). */
function edits(answers) {
  const w = Object.fromEntries(Object.entries(answers.work).filter(([, v]) => v !== undefined));
  return {
    work: Object.keys(w).length ? [w] : [],
    degrees: answers.level ? [{ level: answers.level }] : [],
    ...(answers.license ? { licenses: [{ kind: "mental_health" }] } : {}),
    ...(answers.credentials.size ? { credentials: [...answers.credentials].map((id) => ({ id })) } : {}),
  };
}

/**
 * dated is the profile the engine judges the answers in: every entry dated
 * asOf, as the engine refuses an entry without its date. The fit does not
 * read dates (they say how close, not what fits); the form gets the
 * answers without them, and asks for the real ones.
 */
function dated(e, asOf) {
  const p = { format: "endorse-profile/1" };
  const keys = { work: "start", degrees: "date", licenses: "date", credentials: "date" };
  for (const [list, entries] of Object.entries(e)) p[list] = entries.map((x) => ({ ...x, [keys[list]]: asOf }));
  return p;
}

/** showFit evaluates the answers and lists the categories whose fit is core or counts, best first. */
function showFit(result, engine, lists, answers, asOf, onApply, keep) {
  const e = edits(answers);
  const { report, error } = engine.evaluate(dated(e, asOf), asOf);
  if (error || !report) {
    replace(result, el("p", { className: "notice", text: "Answer the questions above first." }));
    return;
  }
  const cats = Object.fromEntries(report.categories.map((c) => [c.id, c]));
  const fitting = report.ranking.map((id) => cats[id]).filter((c) => c && c.fit && (c.fit.level === "core" || c.fit.level === "counts"));
  const practice = report.practice ? el("p", { text: `${say(report.practice)}.` }) : null;
  if (!fitting.length) {
    replace(result, practice, el("p", { text: "No category fits these answers as they stand. Check the kind of work, or skip to the full form to see what each category asks." }));
    return;
  }
  const best = fitting[0];
  const chosen = cats[keep] || best;
  const go = el("button", { type: "button", id: "guided-continue", text: `Continue with ${shortLabel(chosen)}` });
  go.addEventListener("click", () => onApply(e, chosen.id));
  replace(result, practice,
    el("p", { className: "guided-best", text: `Best fit for your work: ${categoryLabel(best)}.` }),
    chosen !== best ? keptNode(chosen, lists) : null,
    el("ul", { className: "guided-fits" }, fitting.map((c) => el("li", { "data-fit-category": c.id },
      el("strong", { text: categoryLabel(c) }), `: ${c.fit.reasons.map((r) => say(r)).join("; ")}.`))),
    el("p", { className: "help", text: "Continue to fill in your training, dates and reflective supervision/consultation: the results then show how close you are." }),
    go);
}

/** keptNode says how the category the page was asked for fits the work. */
function keptNode(c, lists) {
  const how = c.fit && (c.fit.level === "core" || c.fit.level === "counts") ? "It fits your work" : "It is not recommended for your work";
  const why = c.fit && c.fit.reasons.length ? `: ${c.fit.reasons.map((r) => say(r)).join("; ")}` : "";
  return el("p", { className: "guided-kept", text: `You came to check ${categoryLabel(c)}. ${how}${why}.` });
}
