// Showing, next to the person's entries, why an entry is not counted yet
// (the problems evaluateLenient found, and dates the form cannot read).
// Marks are rebuilt after each evaluation with the problems the person may
// see (touched.js: nothing before they typed into it); the controls
// concerned get aria-invalid and the message as part of their description
// (a date's three boxes: their group).

import { el, nextId } from "./dom.js";

/** showProblems replaces the problem marks in form. */
export function showProblems(form, problems) {
  clearProblems(form);
  for (const p of problems) {
    const box = problemBox(form, p);
    if (!box) continue;
    const field = p.key ? box.querySelector(`[data-key="${p.key}"]`) : null;
    const mark = el("p", { className: "problem", id: nextId("problem") },
      el("span", { className: "icon", "aria-hidden": "true", text: "⚠ " }),
      `Not counted yet: ${plainMessage(p.message)}.`);
    (field || box).append(mark);
    if (!field) continue;
    const controls = [...field.querySelectorAll("input, select")];
    const described = field.matches("fieldset") ? field : controls[0];
    if (described) describe(described, mark.id);
    for (const c of controls) c.setAttribute("aria-invalid", "true");
  }
}

/**
 * firstPerField keeps one problem per field, the form's own first (a date
 * typed in part: "enter the year", not the engine's "enter the date").
 */
export function firstPerField(problems) {
  const seen = new Set();
  const sorted = problems.filter((p) => p.local).concat(problems.filter((p) => !p.local));
  return sorted.filter((p) => {
    const key = `${p.list || p.object}[${p.index}].${p.key}`;
    if (p.key && seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * PLAIN rewords the engine's messages that speak of the file format
 * (dates as YYYY-MM-DD, course ids) in terms of the form.
 */
const PLAIN = [
  [/^missing: a date YYYY-MM-DD is required$/, "missing: enter the date"],
  [/^missing: give the hours or a catalog course id$/, "missing: enter the clock hours, or pick the course from our catalog"],
  [/^missing \(required\)$/, "missing: choose an answer"],
  [/^is before start$/, "the end date is before the start date"],
];

/** plainMessage is message in the form's words (see PLAIN). */
export function plainMessage(message) {
  const hit = PLAIN.find(([re]) => re.test(message));
  return hit ? hit[1] : message;
}

/** describe marks control invalid and adds id to its description. */
function describe(control, id) {
  control.dataset.problem = id;
  const ids = (control.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
  control.setAttribute("aria-describedby", [...ids, id].join(" "));
}

/** clearProblems removes the marks and what describe added. */
function clearProblems(form) {
  for (const c of form.querySelectorAll("[data-problem]")) {
    const ids = c.getAttribute("aria-describedby").split(" ").filter((id) => id !== c.dataset.problem);
    if (ids.length) c.setAttribute("aria-describedby", ids.join(" "));
    else c.removeAttribute("aria-describedby");
    delete c.dataset.problem;
  }
  for (const c of form.querySelectorAll("[aria-invalid]")) c.removeAttribute("aria-invalid");
  for (const old of form.querySelectorAll(".problem")) old.remove();
}

/** problemBox is the entry or group a problem belongs to. */
function problemBox(form, p) {
  if (p.list) return form.querySelector(`[data-list="${p.list}"] [data-entry="${p.index}"]`);
  if (p.object) return form.querySelector(`[data-object="${p.object}"]`);
  return null;
}

/** problemSummary is one sentence about the entries left out, or null. */
export function problemSummary(problems) {
  const n = new Set(problems.map((p) => (p.list ? `${p.list}[${p.index}]` : p.object))).size;
  if (n === 0) return null;
  const what = n === 1 ? "One entry is" : `${n} entries are`;
  return el("p", { className: "problems-note", text: `${what} not counted until completed.` });
}
