// One form control per schema field: built, labelled, described, and bound
// to a key of an entry object (part of the profile being edited).

import { dateProblem, isoDate, splitDate } from "./dates.js";
import { el, nextId } from "./dom.js";
import { servicesControl } from "./services.js";

/**
 * optionsFor returns [[value, label]…] for a select field: its fixed
 * options or a list taken from the rules (vocabularies, categories, courses).
 */
export function optionsFor(field, lists) {
  if (field.options) return field.options;
  return lists[field.source] || [];
}

/**
 * fieldControl builds the labelled control for field, showing entry's
 * value; onInput(value) is called with the new value (undefined = leave the
 * key out of the profile).
 */
export function fieldControl(field, entry, lists, onInput) {
  const id = field.id || nextId("f");
  const help = field.help ? el("p", { className: "help", id: id + "-help", text: field.help }) : null;
  const describedBy = help ? help.id : null;
  if (field.type === "topics") return topicsControl(field, entry, lists, onInput);
  if (field.type === "services") return servicesControl(field, entry, lists, onInput);
  if (field.type === "date") return dateControl(field, entry, onInput, id);
  if (field.type === "checkbox") {
    const input = el("input", { type: "checkbox", id, "aria-describedby": describedBy });
    input.checked = entry[field.key] === true;
    input.addEventListener("change", () => onInput(input.checked));
    return el("div", { className: "field field-check", "data-key": field.key }, input, el("label", { for: id, text: field.label }), help);
  }
  const input = field.type === "select"
    ? selectControl(field, entry, lists, id)
    : inputControl(field, entry, id);
  if (describedBy) input.setAttribute("aria-describedby", describedBy);
  input.addEventListener(field.type === "select" ? "change" : "input", () => onInput(readValue(field, input)));
  return el("div", { className: "field", "data-key": field.key }, el("label", { for: id, text: field.label }), help, input);
}

/**
 * dateControl is GOV.UK's date input: day, month and year in three text
 * boxes with numeric keyboards, in a fieldset named by the field's label.
 * It reads the same in every browser and language, unlike the browser's
 * date picker (whose format follows the browser, not the site). A date
 * that is incomplete or not real is left out of the profile, and the box
 * carries what is wrong (data-local-problem, shown by problems.js once the
 * person leaves the field).
 */
function dateControl(field, entry, onInput, id) {
  const hintId = id + "-hint";
  const hint = el("p", { className: "help", id: hintId, text: `${field.help ? field.help + " " : ""}For example, 27 3 2024.` });
  const parts = (typed.get(entry) || {})[field.key] || splitDate(entry[field.key]);
  const inputs = {};
  const row = el("div", { className: "date-parts" });
  for (const [part, label] of [["day", "Day"], ["month", "Month"], ["year", "Year"]]) {
    const input = el("input", { type: "text", id: `${id}-${part}`, inputmode: "numeric", autocomplete: "off", className: `date-${part}`, "data-part": part });
    input.value = parts[part];
    inputs[part] = input;
    row.append(el("div", { className: "date-part" }, el("label", { for: input.id, text: label }), input));
  }
  const box = el("fieldset", { className: "field date-input", "data-key": field.key, id, role: "group", "aria-describedby": hintId },
    el("legend", { text: field.label }), hint, row);
  const mark = () => {
    const [d, m, y] = ["day", "month", "year"].map((k) => inputs[k].value.trim());
    const problem = dateProblem(y, m, d);
    const held = typed.get(entry) || {};
    if (problem) {
      box.dataset.localProblem = problem;
      withProblem.add(box);
      typed.set(entry, { ...held, [field.key]: { day: d, month: m, year: y } });
    } else {
      delete box.dataset.localProblem;
      withProblem.delete(box);
      delete held[field.key];
    }
    return isoDate(y, m, d);
  };
  mark();
  for (const input of Object.values(inputs)) input.addEventListener("input", () => onInput(mark() || undefined));
  return box;
}

/** withProblem holds the date boxes that carry a data-local-problem. */
const withProblem = new Set();

/**
 * localProblemBoxes lists the date boxes in root that carry a
 * data-local-problem, in document order: what
 * root.querySelectorAll("[data-local-problem]") finds, without searching a
 * form that may hold thousands of fields. A box neither in root nor on the
 * page is forgotten (its entry was drawn again, or the form rebuilt), so a
 * date control must be in root or on the page when root is asked.
 */
export function localProblemBoxes(root) {
  const out = [];
  for (const box of withProblem) {
    if (root.contains(box)) out.push(box);
    else if (!box.isConnected) withProblem.delete(box);
  }
  return out.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/**
 * typed keeps the dates typed in part (entry → {key: {day, month, year}}),
 * which the profile cannot hold: when the form is drawn again (an entry
 * added or removed), they are shown as the person left them.
 */
const typed = new WeakMap();

function inputControl(field, entry, id) {
  const type = field.type === "number" ? "number" : field.type;
  const input = el("input", {
    type, id, step: field.step, min: field.min, max: field.max,
    inputmode: field.type === "number" ? "decimal" : null,
    autocomplete: "off",
  });
  const v = entry[field.key];
  if (v !== undefined && v !== null) input.value = String(v);
  return input;
}

function selectControl(field, entry, lists, id) {
  const select = el("select", { id });
  select.append(el("option", { value: "", text: field.empty || "— Choose —" }));
  for (const [value, label] of optionsFor(field, lists)) {
    select.append(el("option", { value, text: label }));
  }
  select.value = entry[field.key] ?? "";
  return select;
}

/**
 * readValue turns a control's value into the profile value. A number the
 * profile format cannot hold (magnitude 1e15 or more) is left out, as an
 * empty field is: saved, it would make the profile unreadable.
 */
function readValue(field, input) {
  const raw = input.value.trim();
  if (raw === "") return field.keepEmpty ? "" : undefined;
  if (field.type === "number") {
    const n = Number(raw);
    return Number.isFinite(n) && Math.abs(n) < 1e15 ? n : undefined;
  }
  return raw;
}

/** topicsControl is a group of checkboxes writing a list of topic ids. */
function topicsControl(field, entry, lists, onInput) {
  const chosen = new Set(entry[field.key] || []);
  const box = el("fieldset", { className: "field topics", "data-key": field.key }, el("legend", { text: field.label }));
  for (const [value, label] of lists.topics || []) {
    const id = nextId("t");
    const cb = el("input", { type: "checkbox", id, value });
    cb.checked = chosen.has(value);
    cb.addEventListener("change", () => {
      if (cb.checked) chosen.add(value); else chosen.delete(value);
      onInput([...chosen].sort());
    });
    box.append(el("div", { className: "field-check" }, cb, el("label", { for: id, text: label })));
  }
  return box;
}
