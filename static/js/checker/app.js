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
  let engine;
  try {
    engine = await loadEngine(config(root));
    performance.mark("checker-engine-ready");
  } catch (err) {
    showFailure(status, root, err);
    return;
  }
  const app = createApp(root, engine);
  status.remove();
  app.evaluateNow();
}

function showFailure(status, root, err) {
  const link = el("a", { href: root.dataset.categoriesUrl || "/categories/", text: "the requirements of every category" });
  replace(status, `The checker could not start in this browser (${err.message}). You can still read `, link, ".");
  status.classList.add("notice-error");
}

/** createApp builds the page's parts and wires them together. */
function createApp(root, engine) {
  const lists = choiceLists(engine.rules);
  const state = { edited: fromProfile(store.loadSaved() || emptyProfile()), mode: store.loadMode(), asOf: today(), open: null };
  const form = el("form", { className: "checker-form", id: "checker-form", novalidate: true, "aria-labelledby": "checker-input-title" });
  form.addEventListener("submit", (e) => e.preventDefault());
  const summary = el("div", { className: "summary", id: "checker-summary", role: "status", "aria-live": "polite", "aria-atomic": "true" });
  const details = el("div", { className: "details", id: "checker-details" });
  const receipt = el("section", { className: "receipt", id: "checker-receipt", "aria-labelledby": "receipt-title" });
  let timer = 0;
  const app = {
    state, engine, lists,
    evaluateNow() {
      clearTimeout(timer);
      const t0 = performance.now();
      const profile = toProfile(state.edited);
      const { res, problems, index } = evaluateLenient(engine, profile, state.asOf || today());
      performance.measure("checker-engine", { start: t0 });
      renderResults(summary, details, res, { state, engine, problems, index });
      showProblems(form, problems);
      renderReceipt(receipt, profile, res, state, engine, lists);
      timing(t0);
    },
    changed() {
      store.save(toProfile(state.edited));
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
  printAll(root, app);
  root.append(buildTools(app),
    el("div", { className: "checker-columns" },
      el("section", { className: "checker-input", "aria-labelledby": "checker-input-title" },
        el("h2", { id: "checker-input-title", text: "Your experience" }), form),
      el("section", { className: "checker-results", "aria-labelledby": "checker-results-title" },
        el("h2", { id: "checker-results-title", text: "Results" }), summary, details)),
    receipt);
  root.classList.add("is-ready");
  return app;
}

/**
 * printAll makes printing show every category's requirements: before
 * printing, results are brought up to date and every collapsed category
 * is opened (browsers without ::details-content would skip them); after
 * printing they are collapsed again.
 */
function printAll(root, app) {
  let opened = [];
  window.addEventListener("beforeprint", () => {
    app.evaluateNow();
    opened = [...root.querySelectorAll("details.category:not([open])")];
    for (const d of opened) d.open = true;
  });
  window.addEventListener("afterprint", () => {
    for (const d of opened) d.open = false;
    opened = [];
  });
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
