// The line above the form that says which questions it shows: once a
// category is chosen (the guided start, a category page's link, the
// category picker), only those the category reads (reads.js), with "Show
// all sections" one click away; shown all, one click goes back. Answers to
// hidden questions are kept and still count, and the line says so.

import { el } from "./dom.js";

/**
 * createFocusBar returns {node, update(info)}; onToggle(all) is called with
 * the person's choice. info is null (nothing to choose: no category
 * chosen, or renewing) or {label (the category's name), all (every section
 * shown), hidden (how many sections are hidden), kept (answers are hidden)}.
 */
export function createFocusBar(onToggle) {
  const text = el("span", { className: "focus-text", id: "form-focus-text", "aria-live": "polite" });
  const button = el("button", { type: "button", className: "secondary", id: "form-focus-toggle", "aria-describedby": text.id });
  const node = el("p", { className: "form-focus", id: "form-focus", hidden: true }, text, " ", button);
  let shownAll = false;
  button.addEventListener("click", () => onToggle(!shownAll));
  return {
    node,
    update(info) {
      node.hidden = !info;
      if (!info) return;
      shownAll = info.all;
      if (info.all) {
        text.textContent = "The form shows every section.";
        button.textContent = `Show only what ${info.label} asks`;
        return;
      }
      const hidden = info.hidden ? ` (${info.hidden} ${info.hidden === 1 ? "section" : "sections"} hidden)` : "";
      const kept = info.kept ? " Your answers to hidden questions are kept and still count." : "";
      text.textContent = `The form asks only what ${info.label} needs${hidden}.${kept}`;
      button.textContent = "Show all sections";
    },
  };
}
