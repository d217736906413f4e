// The controls above the form: what to check (apply or renew), the date to
// check on, and the person's data (export, import, clear, print).

import { el, nextId, replace } from "./dom.js";
import { evaluateLenient } from "./lenient.js";
import { emptyProfile, toProfile } from "./profile.js";
import * as store from "./store.js";

/** buildTools returns the toolbar wired to app (see app.js). */
export function buildTools(app) {
  const message = el("p", { className: "tool-message", id: "checker-message", role: "status", "aria-live": "polite" });
  const say = (text, isError) => {
    replace(message, text);
    message.classList.toggle("is-error", Boolean(isError));
  };
  return el("div", { className: "checker-tools" },
    modeSwitch(app), asOfField(app), dataButtons(app, say), message);
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
 * importFile reads the chosen file. A file that is not a profile, or whose
 * content the engine cannot use (unknown keys, wrong shapes), changes
 * nothing: the saved data stays as it was. Unfinished entries are fine:
 * the checker saves and exports them too.
 */
async function importFile(app, input, say) {
  const f = input.files && input.files[0];
  input.value = "";
  if (!f) return;
  const parsed = store.parseImport(await f.text());
  const why = parsed.error || unusable(app, parsed.profile);
  if (why) {
    say(`Nothing was imported from “${f.name}”. ${why} Your saved data is unchanged.`, true);
    return;
  }
  store.save(parsed.profile);
  app.reload(parsed.profile);
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
  app.reload(emptyProfile());
  say("Your data was removed from this browser.");
}
