// The application form, as a GOV.UK task list: one task per section of the
// application. A task shows its name, a one-line summary of its answers
// ("2 courses or workshops, 16 h") and its status (not started, in
// progress, needs attention, done); opened, it shows the section's
// questions and a Continue button to the next task. Lists of entries follow
// the "add another" pattern, with an explicit "none" answer. The form edits
// a profile object in place; onChange() is called after every edit.

import { attestationFields, isAnswered, partKey, sectionSummary, shownParts } from "./answers.js";
import { today } from "./dates.js";
import { el, nextId, replace } from "./dom.js";
import { fieldControl, localProblemBoxes } from "./fields.js";
import { planFromCourse } from "./plancourse.js";
import { firstPerField, showProblems } from "./problems.js";
import { SECTIONS } from "./schema.js";
import { Touched } from "./touched.js";

/** TASK_STATUS gives each task status its words (GOV.UK task list tags). */
export const TASK_STATUS = {
  todo: "Not started",
  progress: "In progress",
  attention: "Needs attention",
  done: "Done",
};

/**
 * buildForm fills form with the tasks for profile (edited in place); lists
 * holds the choices taken from the rules (see lists.js). options:
 * {touched (a Touched: which fields the person has changed and left),
 * open (a Set of the ids of the open sections, kept across rebuilds),
 * first (the id of the section to open when none is), onLeave() (the person
 * left a field or an entry: its problems may show now), extra (a node put
 * last in the task list: "check your answers"), asOf() (the date checked:
 * a planned course's next session starts on or after it), showAll() (a
 * Change link leads to a question the focus hides: show every section)}.
 * Returns the form's controller (see formController).
 */
export function buildForm(form, profile, lists, onChange, options = {}) {
  const ctx = {
    profile, lists, onChange,
    touched: options.touched || new Touched(),
    onLeave: options.onLeave || (() => {}),
    asOf: options.asOf || today,
    asks: new Set(),
    focus: null,
    parts: new Map(), // profile key → its list or group box (problems.js finds entries in it)
    showAll: options.showAll || (() => {}),
  };
  markLoaded(profile, ctx.touched);
  const open = options.open || new Set();
  const tasks = SECTIONS.map((s) => taskNode(s, ctx, open));
  replace(form, el("ol", { className: "tasks" }, tasks, options.extra || null));
  tasks.forEach(nameContinue);
  const ctl = formController(form, ctx, open, tasks);
  if (!open.size && options.first) ctl.open(options.first, false);
  ctl.refresh([]);
  return ctl;
}

/**
 * markLoaded marks the entries that came with saved or imported data as
 * typed already: their problems show at once. New entries are flagged only
 * after the person typed into them and left (Touched).
 */
function markLoaded(profile, touched) {
  for (const section of SECTIONS) {
    for (const part of section.parts) {
      const value = profile[partKey(part)];
      if (Array.isArray(value)) value.filter(hasData).forEach((e) => touched.loaded(e));
      else if (value && typeof value === "object" && hasData(value)) touched.loaded(value);
    }
  }
}

function hasData(entry) {
  return entry && Object.values(entry).some((v) => v !== false && v !== "" && !(Array.isArray(v) && !v.length));
}

/**
 * formController is what the checker does with the form: refresh(problems,
 * isShown) after each evaluation (summaries, statuses, problem marks; it
 * returns the problems shown, the form's own among them);
 * setAsks(kinds) (the requirement kinds the chosen categories read: the
 * exam is asked only when one of them has an exam); setFocus(keys) (a Set
 * of the profile keys the chosen category reads, reads.js, or null: only
 * those questions are shown, and sections without one are hidden);
 * open(id, focus);
 * goto(target) (opens the task holding target ({list, index}, {list} or
 * {object}) and puts the focus on it); sectionOf(key).
 */
function formController(form, ctx, open, tasks) {
  let last = { problems: [], isShown: () => false };
  const ctl = {
    ctx,
    refresh(problems, isShown = () => false) {
      last = { problems, isShown };
      const all = firstPerField(localProblems(form).concat(problems));
      for (const task of tasks) updateTask(task, ctx, all, isShown);
      const shown = all.filter(isShown);
      showProblems(form, shown, (key) => ctx.parts.get(key));
      return shown;
    },
    /** reshow shows the marks again after the person left a field. */
    reshow() {
      return ctl.refresh(last.problems, last.isShown);
    },
    setAsks(kinds) {
      const before = [...ctx.asks].sort().join();
      ctx.asks = new Set(kinds);
      if ([...ctx.asks].sort().join() === before) return;
      for (const task of tasks) showParts(task, ctx);
      ctl.reshow();
    },
    setFocus(keys) {
      const words = (set) => (set ? [...set].sort().join() : "*");
      if (words(keys) === words(ctx.focus)) return;
      ctx.focus = keys;
      for (const task of tasks) showParts(task, ctx);
      const shown = tasks.filter((t) => !t.hidden);
      if (shown.length && !shown.some((t) => t.classList.contains("is-open"))) setOpen(shown[0], open, true, false);
      ctl.reshow();
    },
    open(id, focus = true) {
      const task = tasks.find((t) => t.dataset.section === id);
      if (task) setOpen(task, open, true, focus);
    },
    goto(target) {
      const key = target.list || target.object;
      const task = tasks.find((t) => t.querySelector(`[data-list="${key}"], [data-object="${key}"]`));
      if (!task) return;
      if (ctx.focus && !ctx.focus.has(key)) ctx.showAll();
      setOpen(task, open, true, false);
      const node = targetNode(task, target);
      if (!node) return;
      node.scrollIntoView({ block: "center", behavior: "instant" });
      node.focus({ preventScroll: true });
    },
    sectionOf(key) {
      return SECTIONS.find((s) => s.parts.some((p) => partKey(p) === key));
    },
  };
  return ctl;
}

function targetNode(task, target) {
  const controls = "input, select, button";
  if (target.list) {
    const list = task.querySelector(`[data-list="${target.list}"]`);
    if (target.index === undefined) return list.querySelector("button.add");
    const entry = list.querySelector(`[data-entry="${target.index}"]`);
    const field = target.key && entry && entry.querySelector(`[data-key="${target.key}"]`);
    return (field || entry || list).querySelector(controls);
  }
  const group = task.querySelector(`[data-object="${target.object}"]`);
  const field = target.key && group.querySelector(`[data-key="${target.key}"]`);
  return (field || group).querySelector(controls);
}

/** localProblems are the problems the form finds itself (dates not real). */
function localProblems(form) {
  return localProblemBoxes(form).map((box) => {
    const entry = box.closest("[data-entry]");
    const list = box.closest("[data-list]");
    const group = box.closest("[data-object]");
    const where = entry && list ? { list: list.dataset.list, index: Number(entry.dataset.entry) } : { object: group && group.dataset.object };
    return { ...where, key: box.dataset.key, message: box.dataset.localProblem, local: true };
  });
}

/** taskNode is one section as a task: its head (a toggle) and its questions. */
function taskNode(section, ctx, open) {
  const id = `task-${section.id}`;
  const helpId = nextId("s");
  const toggle = el("button", { type: "button", className: "task-toggle", "aria-expanded": "false", "aria-controls": `${id}-body` },
    el("span", { className: "task-name", text: section.legend.replace("/", "/\u200b") }),
    el("span", { className: "task-summary" }),
    el("strong", { className: "tag" }));
  const more = el("button", { type: "button", className: "continue secondary" });
  const body = el("div", { className: "task-body", id: `${id}-body`, hidden: true },
    el("fieldset", { className: "section", id: `section-${section.id}`, "aria-describedby": helpId },
      el("legend", { className: "visually-hidden", text: section.legend }),
      el("p", { className: "help", id: helpId, text: section.help }),
      section.parts.map((part) => partNode(part, ctx, section.parts.length > 1))),
    more);
  const task = el("li", { className: "task", id, "data-section": section.id },
    el("h3", { className: "task-head" }, toggle), body);
  toggle.addEventListener("click", () => setOpen(task, open, body.hidden, false));
  more.addEventListener("click", () => {
    setOpen(task, open, false, false);
    const following = nextShown(task);
    if (following) setOpen(following, open, true, true, true);
  });
  showParts(task, ctx);
  return task;
}

/**
 * setOpen opens or closes a task (its open state is kept in open, by
 * section id); focus puts the focus on its toggle, scrolled to the top.
 */
function setOpen(task, open, isOpen, focus, scroll = false) {
  const toggle = task.querySelector(".task-toggle");
  const body = task.querySelector(".task-body");
  body.hidden = !isOpen;
  toggle.setAttribute("aria-expanded", String(isOpen));
  task.classList.toggle("is-open", isOpen);
  if (task.dataset.section) {
    if (isOpen) open.add(task.dataset.section);
    else open.delete(task.dataset.section);
  }
  if (scroll) task.scrollIntoView({ block: "start", behavior: "instant" });
  if (focus) toggle.focus({ preventScroll: scroll });
}

/**
 * showParts hides the parts the chosen categories do not ask (shownParts),
 * and the whole task when it asks none of them; the Continue buttons then
 * lead past it.
 */
function showParts(task, ctx) {
  const section = SECTIONS.find((s) => s.id === task.dataset.section);
  const shown = new Set(shownParts(section, ctx.profile, ctx.asks, ctx.focus));
  for (const part of section.parts) {
    const node = task.querySelector(`[data-list="${partKey(part)}"], [data-object="${partKey(part)}"]`);
    if (node) node.hidden = !shown.has(part);
  }
  task.hidden = !shown.size;
  for (const t of task.parentElement ? task.parentElement.children : []) nameContinue(t);
}

/** nextShown is the task after task that is not hidden ("check your answers" last). */
function nextShown(task) {
  let next = task.nextElementSibling;
  while (next && next.hidden) next = next.nextElementSibling;
  return next;
}

/** nameContinue says where a task's Continue button leads. */
function nameContinue(task) {
  const more = task.querySelector(":scope > .task-body > .continue");
  if (!more) return;
  const next = nextShown(task);
  const section = next && SECTIONS.find((s) => s.id === next.dataset.section);
  more.textContent = section ? `Continue to ${section.legend}` : "Continue to check your answers";
}

/** updateTask writes a task's one-line summary and its status tag. */
function updateTask(task, ctx, problems, isShown) {
  const section = SECTIONS.find((s) => s.id === task.dataset.section);
  const status = taskStatus(section, ctx, problems, isShown);
  task.querySelector(".task-summary").textContent = sectionSummary(section, ctx.profile, ctx.lists, ctx.asks, ctx.focus);
  const tag = task.querySelector(".tag");
  tag.textContent = TASK_STATUS[status];
  tag.className = `tag tag-${status}`;
  task.dataset.status = status;
}

/**
 * taskStatus: "attention" when a problem of the section is shown, "todo"
 * when nothing is answered, "progress" while a part is unanswered or an
 * entry unfinished, else "done".
 */
function taskStatus(section, ctx, problems, isShown) {
  const parts = shownParts(section, ctx.profile, ctx.asks, ctx.focus);
  const keys = new Set(parts.map(partKey));
  const mine = problems.filter((p) => keys.has(p.list || p.object));
  if (mine.some(isShown)) return "attention";
  const answered = parts.filter((p) => isAnswered(p, ctx.profile));
  if (!answered.length) return "todo";
  return mine.length || answered.length < parts.length ? "progress" : "done";
}

function partNode(part, ctx, titled) {
  if (part.list) return listPart(part, ctx, titled);
  if (part.object) return objectPart(part, ctx);
  return attestationsPart(part, ctx);
}

/**
 * listPart is a repeatable list of entries ("add another"): while the list
 * is unanswered it offers "Add a degree" and an explicit none answer
 * ("I have no degree"); answered none, it says so.
 */
function listPart(part, ctx, titled) {
  const box = el("div", { className: "list", "data-list": part.list });
  ctx.parts.set(part.list, box);
  const render = (focus) => {
    renderList(box, part, ctx, render, titled);
    if (focus) focusIn(box, focus);
  };
  render();
  return box;
}

function renderList(box, part, ctx, render, titled) {
  const entries = ctx.profile[part.list];
  const noun = part.noun;
  const title = titled ? el("h4", { className: "list-title", text: part.title }) : null;
  const items = (entries || []).map((entry, i) => entryFieldset(part, entry, i, ctx, render));
  const n = (entries || []).length;
  const add = el("button", { type: "button", className: "add secondary", text: n ? `Add another ${noun}` : `Add ${article(noun)} ${noun}` });
  add.addEventListener("click", () => {
    ctx.profile[part.list] = [...(entries || []), newEntry(part)];
    ctx.onChange();
    render(`[data-entry="${n}"] input, [data-entry="${n}"] select`);
  });
  let state = null;
  let none = null;
  if (entries === undefined) {
    state = el("p", { className: "help list-state", text: `Not answered yet: add ${article(noun)} ${noun}, or say you have none.` });
    none = el("button", { type: "button", className: "none secondary", text: part.none });
    none.addEventListener("click", () => {
      ctx.profile[part.list] = [];
      ctx.onChange();
      render("button.add");
    });
  } else if (entries.length === 0) {
    state = el("p", { className: "list-state none-answer" }, el("span", { className: "icon", "aria-hidden": "true", text: "✓ " }), `${part.none}.`);
  }
  replace(box, title, items, state, el("div", { className: "list-actions" }, add, none));
}

/** newEntry starts an entry with every checkbox answered "no". */
function newEntry(part) {
  const entry = {};
  for (const f of part.fields) {
    if (f.type === "checkbox") entry[f.key] = false;
  }
  return entry;
}

/**
 * entryFieldset is one entry of a list. Removing the last entry leaves the
 * list unanswered (not "none": the person has not said so).
 */
function entryFieldset(part, entry, index, ctx, render) {
  const name = `${capital(part.noun)} ${index + 1}`;
  const remove = el("button", { type: "button", className: "remove secondary", text: `Remove ${part.noun} ${index + 1}` });
  remove.addEventListener("click", () => {
    ctx.profile[part.list].splice(index, 1);
    if (!ctx.profile[part.list].length) delete ctx.profile[part.list];
    ctx.onChange();
    render("button.add");
  });
  const controls = part.fields.map((f) => watched(fieldControl(f, entry, ctx.lists, (v) => {
    setValue(entry, f.key, v);
    ctx.touched.changed(entry, f.key);
    if (f.key === "course") fillFromCourse(entry, ctx.lists, controlsBox);
    if (f.key === "course" || f.key === "planned") planFromCourse(entry, ctx.lists, controlsBox, ctx.asOf());
    ctx.onChange();
  }), entry, f.key, ctx));
  const controlsBox = el("div", { className: "entry-fields" }, controls);
  showCourseCoverage(entry, ctx.lists, controlsBox);
  return watched(el("fieldset", { className: "entry", "data-entry": index },
    el("legend", { text: name }), controlsBox, remove), entry, "", ctx);
}

/**
 * watched tells the touched state when the focus leaves box (a field, or a
 * whole entry when key is ""): problems show only after that.
 */
function watched(box, entry, key, ctx) {
  box.addEventListener("focusout", (e) => {
    if (e.relatedTarget && box.contains(e.relatedTarget)) return;
    if (key) ctx.touched.leftField(entry, key);
    else ctx.touched.leftEntry(entry);
    ctx.onLeave();
  });
  return box;
}

/**
 * fillFromCourse gives a catalog course's title to an untitled entry and
 * says under the picker what the course counts for.
 */
function fillFromCourse(entry, lists, box) {
  const course = (lists.courseInfo || {})[entry.course];
  showCourseCoverage(entry, lists, box);
  if (!course || entry.title) return;
  entry.title = course.title;
  const title = box.querySelector('[data-key="title"] input');
  if (title) title.value = course.title;
}

/**
 * showCourseCoverage puts what a catalog course counts for in the picker's
 * help, and hides the topic boxes: the catalog's topics count, there is
 * nothing to tick (topics ticked before stay shown, as they count too).
 */
function showCourseCoverage(entry, lists, box) {
  const help = box.querySelector('[data-key="course"] .help');
  const topicsBox = box.querySelector('[data-key="topics"]');
  const course = entry.course && (lists.courseInfo || {})[entry.course];
  if (topicsBox) topicsBox.hidden = Boolean(course) && !(entry.topics || []).length;
  if (!help) return;
  help.dataset.text = help.dataset.text || help.textContent;
  if (!course) {
    help.textContent = help.dataset.text;
    return;
  }
  const labels = new Map(lists.topics || []);
  const topics = (course.topics || []).map((t) => labels.get(t) || t);
  const hours = course.clock_hours ? `${course.clock_hours} clock hours` : "no clock hours";
  help.textContent = `This course counts with ${hours}` +
    (topics.length ? ` and covers ${topics.join(", ")}.` : ".") + " Its topics count without ticking them.";
}

/** objectPart is a group of single answers stored as one profile object. */
function objectPart(part, ctx) {
  const obj = ctx.profile[part.object] || {};
  const controls = part.fields.map((f) => watched(fieldControl(f, obj, ctx.lists, (v) => {
    setValue(obj, f.key, v);
    ctx.profile[part.object] = obj;
    ctx.touched.changed(obj, f.key);
    ctx.onChange();
  }), obj, f.key, ctx));
  const box = el("fieldset", { className: "group", "data-object": part.object }, el("legend", { text: part.legend }), controls);
  ctx.parts.set(part.object, box);
  return watched(box, obj, "", ctx);
}

/** attestationsPart asks each yes/no statement of the rules' vocabulary. */
function attestationsPart(part, ctx) {
  return objectPart({ object: part.attestations, legend: part.legend, fields: attestationFields(ctx.lists) }, ctx);
}

function setValue(obj, key, value) {
  if (value === undefined) delete obj[key];
  else obj[key] = value;
}

function focusIn(box, selector) {
  const target = box.querySelector(selector);
  if (target) target.focus();
}

function article(noun) {
  return /^[aeiouAEIOU]|^RSC/.test(noun) ? "an" : "a";
}

function capital(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
