// The controls above the form: what to check (apply or renew), the date to
// check on, and the person's data (export, import, print, clear). Nothing
// is lost by accident: clearing asks first and can be undone; an import
// that would replace answers shows what it replaces and can be cancelled,
// and undone. An undo lasts until the person changes an answer or leaves.

import { hasAnswers, sectionSummary } from "./answers.js";
import { el, nextId, replace } from "./dom.js";
import { fieldControl } from "./fields.js";
import { evaluateLenient } from "./lenient.js";
import { emptyProfile, fromProfile, toProfile } from "./profile.js";
import { readProfile } from "./saved.js";
import { SECTIONS } from "./schema.js";
import * as store from "./store.js";

/** buildTools returns the toolbar wired to app (see app.js). */
export function buildTools(app) {
  const message = el("div", { className: "tool-message", id: "checker-message", role: "status", "aria-live": "polite", tabindex: "-1" });
  const confirmBox = el("div", { className: "confirm-box", id: "checker-confirm" });
  const say = (text, isError, action) => {
    replace(message, el("p", { text }), action || null);
    message.classList.toggle("is-error", Boolean(isError));
    message.classList.toggle("is-success", Boolean(action));
  };
  app.say = say;
  const mode = modeSwitch(app);
  app.syncTools = () => {
    for (const r of mode.querySelectorAll("input")) r.checked = r.value === app.state.mode;
  };
  const tools = { app, say, message, confirmBox, undo: null };
  app.forgetUndo = () => forgetUndo(tools);
  return el("div", { className: "checker-tools" },
    mode, asOfField(app), dataButtons(tools), confirmBox, message, damagedNotice(app));
}

/**
 * damagedNotice says that saved data could not be loaded (app.damaged,
 * now or on an earlier visit) and offers it for download; it stays until
 * the person clears their data. Null when nothing was set aside.
 */
function damagedNotice(app, text = store.damagedText() || app.damagedData) {
  if (!text) return null;
  const why = app.damaged
    ? `Your saved data could not be loaded. ${app.damaged} The checker started empty.`
    : "Data saved on an earlier visit could not be loaded.";
  return el("div", { className: "notice notice-error damaged", id: "checker-damaged", role: "alert" },
    el("p", { text: `${why} That data is kept in this browser until you clear your data: download it to keep a copy.` }),
    button("Download the damaged data", () => store.download("endorse-damaged-data.json", text), "secondary"));
}

/** modeSwitch chooses between checking an application and a renewal. */
function modeSwitch(app) {
  const box = el("fieldset", { className: "mode" }, el("legend", { text: "What do you want to check?" }));
  const choices = [["apply", "Which endorsement I can apply for"], ["renew", "What I need to renew an endorsement I hold"]];
  for (const [value, label] of choices) {
    const id = nextId("mode");
    const radio = el("input", { type: "radio", name: "checker-mode", id, value });
    radio.checked = app.state.mode === value;
    radio.addEventListener("change", () => {
      app.state.mode = value;
      store.saveMode(value);
      app.evaluateNow();
    });
    box.append(el("div", { className: "field-check" }, radio, el("label", { for: id, text: label })));
  }
  return box;
}

/**
 * asOfField sets the date the rules are applied on (default: today),
 * evaluated once the person pauses typing, as the form's fields are; a
 * date that is not complete or not real is said once the person leaves it.
 */
function asOfField(app) {
  const holder = { asOf: app.state.asOf };
  const box = fieldControl({ id: "checker-asof", key: "asOf", type: "date", label: "Check as of", help: "Today, or a later date to see when you will qualify." },
    holder, {}, (v) => {
      if (!v) return;
      app.state.asOf = v;
      app.evaluateSoon();
    });
  box.classList.add("asof");
  box.addEventListener("focusout", (e) => {
    if (e.relatedTarget && box.contains(e.relatedTarget)) return;
    box.querySelector(".problem")?.remove();
    const problem = box.dataset.localProblem;
    if (problem) box.append(el("p", { className: "problem" }, el("span", { className: "icon", "aria-hidden": "true", text: "⚠ " }), `Not used yet: ${problem}.`));
  });
  return box;
}

function dataButtons(tools) {
  const { app } = tools;
  const fileId = "checker-import";
  const file = el("input", { type: "file", id: fileId, accept: ".json,application/json", className: "import-file" });
  file.addEventListener("change", () => importFile(tools, file));
  const clear = button("Clear my data", () => askClear(tools, clear), "warning");
  return el("div", { className: "data-buttons", role: "group", "aria-label": "Your data" },
    button("Export my data", () => exportProfile(app, tools.say), "secondary"),
    el("span", { className: "import" }, file, el("label", { for: fileId, className: "button secondary", text: "Import data from a file" })),
    button("Print a readiness receipt", () => window.print(), "secondary"),
    clear);
}

function button(text, onClick, className) {
  return el("button", { type: "button", className, text, on: { click: onClick } });
}

function exportProfile(app, say) {
  store.download(`endorse-profile-${app.state.asOf}.json`, store.exportText(toProfile(app.state.edited)));
  say("Your data was saved to a file in your downloads.");
}

/**
 * confirm shows a question in the confirm box with a confirming and a
 * cancelling button, and puts the focus on it. Cancel puts the focus back
 * on back (the button that asked).
 */
function confirm(tools, { title, body, yes, yesClass, onYes, back }) {
  const titleId = nextId("confirm");
  const yesButton = button(yes, () => {
    replace(tools.confirmBox);
    onYes();
  }, yesClass);
  const no = button("Cancel", () => {
    replace(tools.confirmBox);
    tools.say("Nothing was changed.");
    if (back) back.focus();
  }, "secondary");
  const heading = el("h2", { id: titleId, tabindex: "-1", text: title });
  replace(tools.confirmBox, el("div", { className: `confirm ${yesClass === "warning" ? "confirm-warning" : ""}`, role: "region", "aria-labelledby": titleId },
    heading, body, el("div", { className: "confirm-buttons" }, yesButton, no)));
  replace(tools.message);
  heading.focus();
}

/** askClear asks before clearing; the cleared data can be brought back. */
function askClear(tools, back) {
  const damaged = store.damagedText();
  confirm(tools, {
    title: "Remove your answers from this browser?",
    body: el("p", { text: `Everything you entered${damaged ? ", and the damaged data kept for download," : ""} is removed from this browser. You can undo this until you change an answer or leave this page.` }),
    yes: "Yes, remove my answers", yesClass: "warning", back,
    onYes: () => {
      const before = store.snapshot();
      store.clearSaved();
      document.getElementById("checker-damaged")?.remove();
      tools.app.restore(emptyProfile());
      offerUndo(tools, before, "Your data was removed from this browser.");
    },
  });
}

/**
 * offerUndo says what happened with an Undo button that restores the saved
 * data exactly as it was (before: store.snapshot()), and moves the focus to
 * the message.
 */
function offerUndo(tools, before, text) {
  const undo = button("Undo", () => {
    tools.undo = null;
    if (!store.restore(before)) {
      tools.say("Could not bring your data back: this browser's storage refused it.", true);
      return;
    }
    const profile = before.profile ? JSON.parse(before.profile) : emptyProfile();
    tools.app.restore(profile);
    const notice = damagedNotice(tools.app, before.damaged || "");
    if (notice && !document.getElementById("checker-damaged")) tools.message.after(notice);
    tools.say("Your data is back as it was.");
    tools.message.focus();
  }, "secondary");
  tools.undo = undo;
  tools.say(text, false, undo);
  tools.message.focus();
}

/** forgetUndo withdraws the Undo once the person changes an answer. */
function forgetUndo(tools) {
  if (!tools.undo) return;
  tools.undo.remove();
  tools.undo = null;
  tools.message.classList.remove("is-success");
}

/**
 * importFile reads the chosen file, all or nothing. A file that is not a
 * profile, that the engine's decoder refuses (the checks of `endorse
 * eval`: wrong types, unknown keys, numbers out of range) or that the form
 * cannot show (saved.js) changes nothing: the saved data and the page stay
 * as they were, and the message names the problem. When answers would be
 * replaced, the person sees them side by side with the file's and decides.
 */
async function importFile(tools, input) {
  const { app, say } = tools;
  const f = input.files && input.files[0];
  input.value = "";
  if (!f) return;
  const read = readProfile(await f.text(), app.engine, app.lists);
  const why = read.error || unusable(app, read.profile);
  if (why) {
    say(`Nothing was imported from “${f.name}”. ${why} Your saved data is unchanged.`, true);
    return;
  }
  if (!hasAnswers(app.state.edited)) {
    replaceWith(tools, read.profile, f.name);
    return;
  }
  confirm(tools, {
    title: `Replace your answers with those in “${f.name}”?`,
    body: [el("p", { text: "The file’s answers take the place of the answers saved in this browser:" }), comparison(app, read.profile)],
    yes: "Replace my answers", yesClass: "", back: document.querySelector(`label[for="checker-import"]`),
    onYes: () => replaceWith(tools, read.profile, f.name),
  });
}

/** replaceWith saves and shows profile, with an Undo; a refused save changes nothing. */
function replaceWith(tools, profile, name) {
  const before = store.snapshot();
  if (!store.save(profile)) {
    tools.say(`Could not save “${name}” in this browser (its storage is full or turned off), so nothing was imported. Your saved data is unchanged.`, true);
    return;
  }
  tools.app.unsaved = false;
  tools.app.restore(profile);
  offerUndo(tools, before, `Imported “${name}”.`);
}

/** comparison is a table of each section's answers now and in the file. */
function comparison(app, incoming) {
  const lists = app.lists;
  const file = fromProfile(incoming);
  const asks = new Set(["exam"]);
  const words = (profile, s) => sectionSummary(s, profile, lists, asks) || "Nothing";
  return el("table", { className: "comparison" },
    el("caption", { className: "visually-hidden", text: "Your answers now and in the file, section by section" }),
    el("thead", {}, el("tr", {}, el("th", { scope: "col", text: "Section" }), el("th", { scope: "col", text: "Saved in this browser" }), el("th", { scope: "col", text: "In the file" }))),
    el("tbody", {}, SECTIONS.map((s) => el("tr", {},
      el("th", { scope: "row", text: s.legend }),
      el("td", { "data-label": "Saved in this browser", text: words(app.state.edited, s) }),
      el("td", { "data-label": "In the file", text: words(file, s) })))));
}

/** unusable explains why the engine cannot use profile, or returns "". */
function unusable(app, profile) {
  const { res, problems } = evaluateLenient(app.engine, profile, app.state.asOf);
  const bad = problems.find((p) => p.message.startsWith("unknown key") || (p.object && p.message.startsWith("must be")));
  if (bad) return `It does not fit the checker: ${bad.list ? `${bad.list}[${bad.index}]` : bad.object}${bad.key ? "." + bad.key : ""}: ${bad.message}.`;
  return res.error ? `It does not fit the checker: ${res.error}.` : "";
}
