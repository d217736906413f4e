// Showing, next to the person's entries, why an entry is not counted yet
// (the problems evaluateLenient found, and dates the form cannot read).
// Marks are rebuilt after each evaluation with the problems the person may
// see (touched.js: nothing before they typed into it); the controls
// concerned get aria-invalid and the message as part of their description
// (a date's three boxes: their group).

import { el, nextId } from "./dom.js";

/**
 * marked holds, per form, what showProblems did last (the marks added, the
 * controls described and flagged), so that the next call undoes just that
 * instead of searching a form that may hold thousands of fields.
 */
const marked = new WeakMap();

/**
 * showProblems replaces the problem marks in form; partBox(key) is the
 * list or group box of a profile key (the form knows them: searching a
 * form of thousands of fields for them took longer than the engine).
 */
export function showProblems(form, problems, partBox) {
  clearProblems(form);
  const done = { marks: [], described: [], invalid: [] };
  marked.set(form, done);
  const find = boxFinder(partBox);
  for (const p of problems) {
    const box = find(p);
    if (!box) continue;
    const field = p.key ? box.querySelector(`[data-key="${p.key}"]`) : null;
    const mark = el("p", { className: "problem", id: nextId("problem") },
      el("span", { className: "icon", "aria-hidden": "true", text: "⚠ " }),
      `Not counted yet: ${plainMessage(p.message)}.`);
    (field || box).append(mark);
    done.marks.push(mark);
    if (!field) continue;
    const controls = [...field.querySelectorAll("input, select")];
    const described = field.matches("fieldset") ? field : controls[0];
    if (described) {
      describe(described, mark.id);
      done.described.push(described);
    }
    for (const c of controls) c.setAttribute("aria-invalid", "true");
    done.invalid.push(...controls);
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
  const done = marked.get(form);
  if (!done) return;
  marked.delete(form);
  for (const c of done.described) {
    if (!c.dataset.problem) continue;
    const ids = (c.getAttribute("aria-describedby") || "").split(" ").filter((id) => id && id !== c.dataset.problem);
    if (ids.length) c.setAttribute("aria-describedby", ids.join(" "));
    else c.removeAttribute("aria-describedby");
    delete c.dataset.problem;
  }
  for (const c of done.invalid) c.removeAttribute("aria-invalid");
  for (const m of done.marks) m.remove();
}

/**
 * boxFinder returns find(p): the entry or group problem p belongs to (null
 * when the form has none); an entry is one of its list box's children.
 */
function boxFinder(partBox) {
  return (p) => {
    const box = partBox(p.list || p.object);
    if (!box || !p.list) return box || null;
    const index = String(p.index);
    for (const entry of box.children) if (entry.dataset.entry === index) return entry;
    return null;
  };
}

/** problemSummary is one sentence about the entries left out, or null. */
export function problemSummary(problems) {
  const n = new Set(problems.map((p) => (p.list ? `${p.list}[${p.index}]` : p.object))).size;
  if (n === 0) return null;
  const what = n === 1 ? "One entry is" : `${n} entries are`;
  return el("p", { className: "problems-note", text: `${what} not counted until completed.` });
}
