// "Check your answers" (GOV.UK pattern), the last task of the form: every
// answer as a summary list, section by section, each row with a Change link
// that opens the field it came from; above them, like GOV.UK's error
// summary, the entries that are not counted yet, each linked to its field.

import { answerRows } from "./answers.js";
import { el, replace } from "./dom.js";
import { plainMessage } from "./problems.js";
import { SECTIONS } from "./schema.js";

/**
 * checkAnswersTask returns the task (a list item shaped like the form's
 * tasks, so the last Continue button opens it) and render(profile, lists,
 * asks, problems, goto, focus) to fill it: problems are those the person
 * may see; goto(target) opens a field (the form controller's goto); focus
 * is the form's (answers.js shownParts).
 */
export function checkAnswersTask() {
  const summary = el("span", { className: "task-summary" });
  const toggle = el("button", { type: "button", className: "task-toggle", "aria-expanded": "false", "aria-controls": "task-check-body" },
    el("span", { className: "task-name", text: "Check your answers" }), summary);
  const body = el("div", { className: "task-body check-answers", id: "task-check-body", hidden: true });
  const task = el("li", { className: "task task-check", id: "task-check" }, el("h3", { className: "task-head" }, toggle), body);
  let last = null; // the latest render's arguments, drawn while the task is open
  toggle.addEventListener("click", () => {
    body.hidden = !body.hidden;
    toggle.setAttribute("aria-expanded", String(!body.hidden));
    task.classList.toggle("is-open", !body.hidden);
  });
  // Opened by its heading or by the form's last Continue button: draw it.
  new MutationObserver(() => last && !body.hidden && fill(summary, body, ...last))
    .observe(body, { attributes: true, attributeFilter: ["hidden"] });
  const render = (...args) => {
    last = args;
    if (!body.hidden) fill(summary, body, ...args);
    else summary.textContent = countWords(allRows(args[0], args[1], args[2], args[5]));
  };
  return { task, render };
}

function allRows(profile, lists, asks, focus) {
  return SECTIONS.map((s) => ({ section: s, rows: answerRows(s, profile, lists, asks, focus) }));
}

/** countWords is the task's summary: "12 answers, 3 not answered yet". */
function countWords(sections) {
  const rows = sections.flatMap((s) => s.rows);
  const open = rows.filter((r) => r.missing).length;
  return rows.length === open ? "Nothing answered yet"
    : `${rows.length - open} ${rows.length - open === 1 ? "answer" : "answers"}` + (open ? `, ${open} not answered yet` : "");
}

/** fill draws the entries not counted and every answer into body. */
function fill(summary, body, profile, lists, asks, problems, goto, focus) {
  const sections = allRows(profile, lists, asks, focus);
  summary.textContent = countWords(sections);
  replace(body, notCounted(problems, profile, goto),
    sections.map(({ section, rows }) => sectionList(section, rows, goto)));
}

/** notCounted lists the entries left out until completed, with links. */
function notCounted(problems, profile, goto) {
  if (!problems.length) return null;
  return el("div", { className: "error-summary", "aria-labelledby": "not-counted-title", role: "region" },
    el("h4", { id: "not-counted-title", text: "Not counted yet" }),
    el("p", { text: "These answers are left out of the results until they are complete:" }),
    el("ul", {}, problems.map((p) => el("li", {}, changeLink(`${problemPlace(p)}: ${plainMessage(p.message)}`, "", p, goto)))));
}

function problemPlace(p) {
  const part = SECTIONS.flatMap((s) => s.parts).find((x) => (x.list || x.object) === (p.list || p.object));
  if (!part) return p.list || p.object;
  return p.list ? `${capital(part.noun)} ${p.index + 1}` : part.legend;
}

function sectionList(section, rows, goto) {
  if (!rows.length) return null;
  return [el("h4", { text: section.legend }),
    el("dl", { className: "summary-list" }, rows.map((r) => el("div", { className: `summary-row${r.missing ? " is-missing" : ""}` },
      el("dt", { text: r.label }),
      el("dd", { text: r.value }),
      el("dd", { className: "summary-action" }, changeLink(r.missing ? "Answer" : "Change", ` ${r.label.toLowerCase()}`, r.target, goto)))))];
}

/** changeLink opens target in the form (visible text, hidden context). */
function changeLink(text, context, target, goto) {
  const section = SECTIONS.find((s) => s.parts.some((p) => (p.list || p.object || p.attestations) === (target.list || target.object)));
  const link = el("a", { href: `#task-${section ? section.id : ""}` }, text, context ? el("span", { className: "visually-hidden", text: context }) : null);
  link.addEventListener("click", (e) => {
    e.preventDefault();
    goto(target);
  });
  return link;
}

function capital(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
