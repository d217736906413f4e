// The kinds of service of a work entry: a group of checkboxes, each saying
// in plain words what the service covers (the rules' vocabulary
// [service_text]) and which categories count it as specialized work (the
// work requirements of each category's edition in force today, from
// rules.json). Nothing here is written by hand: a new service or a changed
// requirement shows as soon as the rules say so.

import { el, nextId } from "./dom.js";
import { shortLabel } from "./lists.js";

/**
 * serviceInfo returns, per service key, {text, counts: [category labels]}:
 * what it covers and the categories whose work requirement counts it on
 * day (YYYY-MM-DD), in the categories' listing order.
 */
export function serviceInfo(rules, day) {
  const vocab = rules.vocabulary || {};
  const services = Object.keys(vocab.services || {});
  const info = Object.fromEntries(services.map((s) => [s, { text: (vocab.service_text || {})[s] || "", counts: [] }]));
  const cats = (rules.categories || []).filter((c) => c.kind === "category").slice().sort((a, b) => (a.order || 0) - (b.order || 0));
  for (const c of cats) {
    const counted = countedServices(c, day, services);
    for (const s of counted) info[s].counts.push(shortLabel(c));
  }
  return info;
}

/** countedServices lists the services some work requirement of c's edition in force on day counts. */
function countedServices(c, day, all) {
  const out = new Set();
  for (const r of requirementsInForce(c, day) || []) {
    if (r.kind !== "work") continue;
    for (const s of r.services && r.services.length ? r.services : all) out.add(s);
  }
  return all.filter((s) => out.has(s));
}

/** editionOn is the edition in force on day: the last one that has begun. */
export function editionOn(c, day) {
  let found = null;
  for (const e of c.editions || []) if (!e.from || e.from <= day) found = e;
  return found;
}

/**
 * requirementsInForce lists the requirements of c's edition in force on
 * day, children of a pathway included, in file order; null when no edition
 * is in force then. It follows the engine's model.BuildTrees exactly (a
 * parity test runs both): a top-level requirement belongs to the editions
 * it names (none: every edition); a child belongs where its parent does,
 * its parent being the nearest any_of/all_of above it with that id (ids
 * repeat across editions, so the id alone does not name a parent).
 */
export function requirementsInForce(c, day) {
  const edition = editionOn(c, day);
  if (!edition) return null;
  const list = c.requirements || [];
  const kept = [];
  list.forEach((r, i) => {
    if (!r.parent) {
      kept[i] = !(r.editions && r.editions.length) || r.editions.includes(edition.id);
      return;
    }
    let p = i - 1;
    while (p >= 0 && !(list[p].id === r.parent && (list[p].kind === "any_of" || list[p].kind === "all_of"))) p--;
    kept[i] = p >= 0 && kept[p];
  });
  return list.filter((_, i) => kept[i]);
}

/**
 * servicesControl is the group of service checkboxes for a work entry (and
 * the guided start's second question), writing a list of service keys
 * (undefined when none is ticked). What each service covers and which
 * categories count it is folded behind a "?" button, "What counts as …"
 * (eleven descriptions open made the guided start four phone screens tall
 * at 320 px); folded, it still describes the checkbox (aria-describedby)
 * to screen readers.
 */
export function servicesControl(field, entry, lists, onInput) {
  const chosen = new Set(entry[field.key] || []);
  const hint = el("p", { className: "help", text: field.help || "" });
  const box = el("fieldset", { className: "field services", "data-key": field.key }, el("legend", { text: field.label }), field.help ? hint : null);
  const info = lists.serviceInfo || {};
  for (const [value, label] of lists.services || []) {
    const id = nextId("s");
    const about = info[value] || { text: "", counts: [] };
    const counts = about.counts.length ? `Counts as specialized work for: ${about.counts.join(", ")}.` : "No category counts it as specialized work.";
    const desc = el("p", { className: "help service-about", id: id + "-help", hidden: true, text: `${about.text} ${counts}`.trim() });
    const cb = el("input", { type: "checkbox", id, value, "aria-describedby": desc.id });
    cb.checked = chosen.has(value);
    cb.addEventListener("change", () => {
      if (cb.checked) chosen.add(value); else chosen.delete(value);
      onInput(chosen.size ? [...chosen] : undefined);
    });
    box.append(el("div", { className: "field-check" }, cb, el("label", { for: id, text: label }), aboutButton(desc, label), desc));
  }
  return box;
}

/** aboutButton shows and hides desc, what the service named label covers. */
function aboutButton(desc, label) {
  const button = el("button", { type: "button", className: "service-more", "aria-expanded": "false", "aria-controls": desc.id },
    el("span", { "aria-hidden": "true", text: "?" }), el("span", { className: "visually-hidden", text: `What counts as ${label}` }));
  button.addEventListener("click", () => {
    desc.hidden = !desc.hidden;
    button.setAttribute("aria-expanded", String(!desc.hidden));
  });
  return button;
}
