// The controls above the form: what to check (apply or renew), the date to
// check on, and the person's data (export, import, clear, print).

import { el, nextId, replace } from "./dom.js";
import { evaluateLenient } from "./lenient.js";
import { emptyProfile, toProfile } from "./profile.js";
import { readProfile } from "./saved.js";
import * as store from "./store.js";

/** buildTools returns the toolbar wired to app (see app.js). */
export function buildTools(app) {
  const message = el("p", { className: "tool-message", id: "checker-message", role: "status", "aria-live": "polite" });
  const say = (text, isError) => {
    replace(message, text);
    message.classList.toggle("is-error", Boolean(isError));
  };
  app.say = say;
  return el("div", { className: "checker-tools" },
    modeSwitch(app), asOfField(app), dataButtons(app, say), message, damagedNotice(app));
}

/**
 * damagedNotice says that saved data could not be loaded (app.damaged,
 * now or on an earlier visit) and offers it for download; it stays until
 * the person clears their data. Null when nothing was set aside.
 */
function damagedNotice(app) {
  const text = store.damagedText() || app.damagedData;
  if (!text) return null;
  const why = app.damaged
    ? `Your saved data could not be loaded. ${app.damaged} The checker started empty.`
    : "Data saved on an earlier visit could not be loaded.";
  return el("div", { className: "notice notice-error damaged", id: "checker-damaged", role: "alert" },
    el("p", { text: `${why} That data is kept in this browser until you clear your data: download it to keep a copy.` }),
    button("Download the damaged data", () => store.download("endorse-damaged-data.json", text)));
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

/** asOfField sets the date the rules are applied on (default: today). */
function asOfField(app) {
  const id = "checker-asof";
  const input = el("input", { type: "date", id, value: app.state.asOf, "aria-describedby": id + "-help" });
  input.addEventListener("change", () => {
    if (!input.value) return;
    app.state.asOf = input.value;
    app.evaluateNow();
  });
  return el("div", { className: "field asof" },
    el("label", { for: id, text: "Check as of" }),
    el("p", { className: "help", id: id + "-help", text: "Today, or a later date to see when you will qualify." }),
    input);
}

function dataButtons(app, say) {
  const fileId = "checker-import";
  const file = el("input", { type: "file", id: fileId, accept: ".json,application/json", className: "import-file" });
  file.addEventListener("change", () => importFile(app, file, say));
  return el("div", { className: "data-buttons", role: "group", "aria-label": "Your data" },
    button("Export my data", () => exportProfile(app, say)),
    el("span", { className: "import" }, file, el("label", { for: fileId, className: "button", text: "Import data from a file" })),
    button("Clear my data", () => clearData(app, say)),
    button("Print a readiness receipt", () => window.print()));
}

function button(text, onClick) {
  return el("button", { type: "button", text, on: { click: onClick } });
}

function exportProfile(app, say) {
  store.download(`endorse-profile-${app.state.asOf}.json`, store.exportText(toProfile(app.state.edited)));
  say("Your data was saved to a file in your downloads.");
}

/**
 * importFile reads the chosen file, all or nothing. A file that is not a
 * profile, that the engine's decoder refuses (the checks of `endorse
 * eval`: wrong types, unknown keys, numbers out of range) or that the form
 * cannot show (saved.js), or one the browser refuses to store, changes
 * nothing: the saved data and the page stay as they were, and the message
 * names the problem. Unfinished entries are fine: the checker saves and
 * exports them too.
 */
async function importFile(app, input, say) {
  const f = input.files && input.files[0];
  input.value = "";
  if (!f) return;
  const read = readProfile(await f.text(), app.engine, app.lists);
  const why = read.error || unusable(app, read.profile);
  if (why) {
    say(`Nothing was imported from “${f.name}”. ${why} Your saved data is unchanged.`, true);
    return;
  }
  if (!store.save(read.profile)) {
    say(`Could not save “${f.name}” in this browser (its storage is full or turned off), so nothing was imported. Your saved data is unchanged.`, true);
    return;
  }
  app.unsaved = false;
  app.reload(read.profile);
  say(`Imported “${f.name}”.`);
}

/** unusable explains why the engine cannot use profile, or returns "". */
function unusable(app, profile) {
  const { res, problems } = evaluateLenient(app.engine, profile, app.state.asOf);
  const bad = problems.find((p) => p.message.startsWith("unknown key") || (p.object && p.message.startsWith("must be")));
  if (bad) return `It does not fit the checker: ${bad.list ? `${bad.list}[${bad.index}]` : bad.object}${bad.key ? "." + bad.key : ""}: ${bad.message}.`;
  return res.error ? `It does not fit the checker: ${res.error}.` : "";
}

function clearData(app, say) {
  store.clearSaved();
  document.getElementById("checker-damaged")?.remove();
  app.reload(emptyProfile());
  say("Your data was removed from this browser.");
}
