// One form control per schema field: built, labelled, described, and bound
// to a key of an entry object (part of the profile being edited).

import { el, nextId } from "./dom.js";

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
  const id = nextId("f");
  const help = field.help ? el("p", { className: "help", id: id + "-help", text: field.help }) : null;
  const describedBy = help ? help.id : null;
  if (field.type === "topics") return topicsControl(field, entry, lists, onInput);
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
