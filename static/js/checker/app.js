// The checker application: loads the engine, builds the page, keeps the
// profile in localStorage and re-evaluates it as the person types.

import { el, replace } from "./dom.js";
import { config, loadEngine } from "./engine.js";
import { buildForm } from "./form.js";
import { choiceLists } from "./lists.js";
import { evaluateLenient } from "./lenient.js";
import { showProblems } from "./problems.js";
import { emptyProfile, fromProfile, toProfile } from "./profile.js";
import { renderReceipt } from "./receipt.js";
import { renderResults } from "./results.js";
import { loadSaved } from "./saved.js";
import * as store from "./store.js";
import { buildTools } from "./tools.js";

/** Delay between the last keystroke and the re-evaluation, in ms. */
const DEBOUNCE_MS = 120;

/**
 * start replaces the "loading / needs WebAssembly" message in root with
 * the checker, or with an explanation when the engine cannot start.
 */
export async function start(root) {
  const status = root.querySelector("#checker-status");
  let app;
  try {
    const engine = await loadEngine(config(root));
    performance.mark("checker-engine-ready");
    app = startApp(root, engine);
  } catch (err) {
    showFailure(status, root, err);
    return;
  }
  status.remove();
  app.reveal();
}

/**
 * startApp builds the checker on the saved profile (saved.js checks it
 * first) and evaluates it once. Should that still fail on the saved
 * profile, the profile is set aside as damaged and the checker starts
 * again, empty: no saved data can leave the page without a checker.
 */
function startApp(root, engine) {
  const lists = choiceLists(engine.rules);
  const saved = loadSaved(engine, lists);
  const kept = new Set(root.children);
  try {
    return launch(root, engine, lists, saved);
  } catch (err) {
    const text = store.savedText();
    if (!text) throw err;
    for (const child of [...root.children]) if (!kept.has(child)) child.remove();
    store.setAside(text);
    return launch(root, engine, lists, { profile: emptyProfile(), damaged: `The checker cannot show it (${err.message}).`, data: text });
  }
}

function launch(root, engine, lists, saved) {
  const app = createApp(root, engine, lists, saved);
  app.evaluateNow();
  return app;
}

function showFailure(status, root, err) {
  const link = el("a", { href: root.dataset.categoriesUrl || "/categories/", text: "the requirements of every category" });
  replace(status, `The checker could not start in this browser (${err.message}). You can still read `, link, ".");
  status.classList.add("notice-error");
}

/**
 * askedCategory is the category named by the page's ?category=<id> (the
 * category pages link to the checker so), or "" when there is none or it
 * is not a category of the rules.
 */
function askedCategory(rules) {
  const id = new URLSearchParams(window.location.search).get("category") || "";
  return (rules.categories || []).some((c) => c.id === id) ? id : "";
}

/**
 * createApp builds the page's parts on saved ({profile, damaged, data}, see
 * saved.js) and wires them together. A page asked for a category
 * (askedCategory) checks an application, as if the person had chosen it
 * (the choice is saved), with that category open.
 */
function createApp(root, engine, lists, saved) {
  const asked = askedCategory(engine.rules);
  if (asked) store.saveMode("apply");
  const state = {
    edited: fromProfile(saved.profile),
    mode: store.loadMode(), asOf: today(), open: asked ? new Set([asked]) : null,
  };
  const form = el("form", { className: "checker-form", id: "checker-form", novalidate: true, "aria-labelledby": "checker-input-title" });
  form.addEventListener("submit", (e) => e.preventDefault());
  const summary = el("div", { className: "summary", id: "checker-summary", role: "status", "aria-live": "polite", "aria-atomic": "true" });
  const details = el("div", { className: "details", id: "checker-details" });
  const receipt = el("section", { className: "receipt", id: "checker-receipt", "aria-labelledby": "receipt-title" });
  let timer = 0;
  let last = null; // {profile, view} of the latest evaluation, for the receipt
  const updateReceipt = () => last && renderReceipt(receipt, last.profile, last.view, state, engine, lists);
  const app = {
    state, engine, lists, damaged: saved.damaged, damagedData: saved.data,
    /** say shows a message above the form (set by buildTools). */
    say() {},
    evaluateNow() {
      clearTimeout(timer);
      const t0 = performance.now();
      const profile = toProfile(state.edited);
      const { res, problems, index } = evaluateLenient(engine, profile, state.asOf || today());
      performance.measure("checker-engine", { start: t0 });
      last = { profile, view: renderResults(summary, details, res, { state, engine, problems, index, onToggle: updateReceipt }) };
      showProblems(form, problems);
      updateReceipt();
      timing(t0);
    },
    /** reveal scrolls the category the page was asked for into view. */
    reveal() {
      const box = asked && document.getElementById(`result-${asked}`);
      if (box) box.scrollIntoView({ block: "start", behavior: "instant" });
    },
    changed() {
      saveEdits(app);
      clearTimeout(timer);
      timer = setTimeout(app.evaluateNow, DEBOUNCE_MS);
    },
    reload(profile) {
      state.edited = fromProfile(profile);
      buildForm(form, state.edited, lists, app.changed);
      app.evaluateNow();
    },
  };
  buildForm(form, state.edited, lists, app.changed);
  window.addEventListener("beforeprint", () => app.evaluateNow());
  root.append(buildTools(app),
    el("div", { className: "checker-columns" },
      el("section", { className: "checker-input", "aria-labelledby": "checker-input-title" },
        el("h2", { id: "checker-input-title", text: "Your experience" }),
        el("p", { className: "jump-results" }, el("a", { href: "#checker-results-title", text: "Skip to your results" })), form),
      el("section", { className: "checker-results", "aria-labelledby": "checker-results-title" },
        el("h2", { id: "checker-results-title", text: "Results" }), summary, details)),
    receipt);
  root.classList.add("is-ready");
  return app;
}

/**
 * saveEdits stores the edited profile; when storage refuses (full, or
 * turned off) it says so once, until a save succeeds again.
 */
function saveEdits(app) {
  const ok = store.save(toProfile(app.state.edited));
  if (!ok && !app.unsaved) {
    app.say("Could not save your changes in this browser (its storage is full or turned off): they last only until you leave this page. Export your data to keep them.", true);
  }
  app.unsaved = !ok;
}

/**
 * timing leaves performance entries for the benchmarks (internal/e2e):
 * the mark "checker-first-result" once (after "checker-engine-ready",
 * set when the wasm runs and holds the rules), and per evaluation the
 * measures "checker-engine" (the wasm alone) and "checker-evaluate" (engine
 * plus rendering).
 */
function timing(t0) {
  if (performance.getEntriesByName("checker-first-result").length === 0) {
    performance.mark("checker-first-result");
  }
  performance.measure("checker-evaluate", { start: t0 });
}

/** today is the local calendar date as YYYY-MM-DD. */
export function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
