// The application form: one fieldset per section of the application, with
// repeatable entries (add/remove) and single answers, editing a profile
// object in place. onChange() is called after every edit.

import { el, nextId, replace } from "./dom.js";
import { fieldControl } from "./fields.js";
import { SECTIONS } from "./schema.js";

/**
 * buildForm fills form with every section for profile (edited in place).
 * lists holds the choices taken from the rules (see lists.js).
 */
export function buildForm(form, profile, lists, onChange) {
  const ctx = { profile, lists, onChange };
  replace(form, SECTIONS.map((s) => sectionFieldset(s, ctx)));
}

function sectionFieldset(section, ctx) {
  const helpId = nextId("s");
  return el("fieldset", { className: "section", id: "section-" + section.id, "aria-describedby": helpId },
    el("legend", {}, el("span", { className: "section-title", text: section.legend })),
    el("p", { className: "help", id: helpId, text: section.help }),
    section.parts.map((part) => partNode(part, ctx)));
}

function partNode(part, ctx) {
  if (part.list) return listPart(part, ctx);
  if (part.object) return objectPart(part, ctx);
  return attestationsPart(part, ctx);
}

/** listPart is a repeatable list of entries with add and remove buttons. */
function listPart(part, ctx) {
  const box = el("div", { className: "list", "data-list": part.list });
  const render = (focus) => {
    renderList(box, part, ctx, render);
    if (focus) focusIn(box, focus);
  };
  render();
  return box;
}

function renderList(box, part, ctx, render) {
  const entries = ctx.profile[part.list];
  const noun = part.noun;
  const title = el("h3", { className: "list-title", text: part.title });
  const items = (entries || []).map((entry, i) => entryFieldset(part, entry, i, ctx, render));
  const add = el("button", { type: "button", className: "add", text: `Add ${article(noun)} ${noun}` });
  add.addEventListener("click", () => {
    ctx.profile[part.list] = [...(entries || []), newEntry(part)];
    ctx.onChange();
    render(`[data-entry="${(entries || []).length}"] input, [data-entry="${(entries || []).length}"] select`);
  });
  replace(box, title, items, items.length === 0 ? noneCheckbox(part, ctx) : null, add);
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
 * noneCheckbox lets a person answer "I have none" (an empty list) rather
 * than leave the list unanswered (key absent).
 */
function noneCheckbox(part, ctx) {
  const id = nextId("none");
  const cb = el("input", { type: "checkbox", id });
  cb.checked = Array.isArray(ctx.profile[part.list]);
  cb.addEventListener("change", () => {
    if (cb.checked) ctx.profile[part.list] = [];
    else delete ctx.profile[part.list];
    ctx.onChange();
  });
  return el("div", { className: "field-check none" }, cb,
    el("label", { for: id, text: `Nothing to list under “${part.title}”` }));
}

function entryFieldset(part, entry, index, ctx, render) {
  const name = `${capital(part.noun)} ${index + 1}`;
  const remove = el("button", { type: "button", className: "remove", text: `Remove ${part.noun} ${index + 1}` });
  remove.addEventListener("click", () => {
    ctx.profile[part.list].splice(index, 1);
    ctx.onChange();
    render("button.add");
  });
  const controls = part.fields.map((f) => fieldControl(f, entry, ctx.lists, (v) => {
    setValue(entry, f.key, v);
    if (f.key === "course") fillFromCourse(entry, ctx.lists, controlsBox);
    ctx.onChange();
  }));
  const controlsBox = el("div", { className: "entry-fields" }, controls);
  if (entry.course) showCourseCoverage((ctx.lists.courseInfo || {})[entry.course], ctx.lists, controlsBox.querySelector('[data-key="course"] .help'));
  return el("fieldset", { className: "entry", "data-entry": index },
    el("legend", { text: name }), controlsBox, remove);
}

/**
 * fillFromCourse gives a catalog course's title to an untitled entry and
 * says under the picker what the course counts for: its clock hours and
 * topics come from the catalog, so the person need not tick them.
 */
function fillFromCourse(entry, lists, box) {
  const course = (lists.courseInfo || {})[entry.course];
  showCourseCoverage(course, lists, box.querySelector('[data-key="course"] .help'));
  if (!course || entry.title) return;
  entry.title = course.title;
  const title = box.querySelector('[data-key="title"] input');
  if (title) title.value = course.title;
}

/** showCourseCoverage puts what course counts for in the picker's help. */
function showCourseCoverage(course, lists, help) {
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
    (topics.length ? ` and covers ${topics.join(", ")}.` : ".") + " You need not tick its topics below.";
}

/** objectPart is a group of single answers stored as one profile object. */
function objectPart(part, ctx) {
  const obj = ctx.profile[part.object] || {};
  const controls = part.fields.map((f) => fieldControl(f, obj, ctx.lists, (v) => {
    setValue(obj, f.key, v);
    ctx.profile[part.object] = obj;
    ctx.onChange();
  }));
  return el("fieldset", { className: "group", "data-object": part.object }, el("legend", { text: part.legend }), controls);
}

/** attestationsPart asks each yes/no statement of the rules' vocabulary. */
function attestationsPart(part, ctx) {
  const fields = (ctx.lists.attestations || []).map(([key, label]) => ({ key, type: "checkbox", label }));
  return objectPart({ object: part.attestations, legend: part.legend, fields }, ctx);
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
