// The checker application: loads the engine, builds the page, keeps the
// profile in localStorage and re-evaluates it as the person types.

import { hasAnswers, isAnswered, partKey } from "./answers.js";
import { checkAnswersTask } from "./checkanswers.js";
import { el, replace } from "./dom.js";
import { config, loadEngine } from "./engine.js";
import { buildForm } from "./form.js";
import { guidedStart } from "./guided.js";
import { categoryLabel, choiceLists, shortLabel } from "./lists.js";
import { evaluateLenient } from "./lenient.js";
import { today } from "./dates.js";
import { createFocusBar } from "./focusbar.js";
import { createPlan } from "./plan.js";
import { emptyProfile, fromProfile, toProfile } from "./profile.js";
import { renderReceipt } from "./receipt.js";
import { headline, openResult, renderResults } from "./results.js";
import { partsRead } from "./reads.js";
import { loadSaved } from "./saved.js";
import { SECTIONS } from "./schema.js";
import * as store from "./store.js";
import { buildTools } from "./tools.js";
import { Touched } from "./touched.js";
import { createVerdict } from "./verdict.js";

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
  return categoryIds(rules).includes(id) ? id : "";
}

function categoryIds(rules) {
  return (rules.categories || []).map((c) => c.id);
}

/**
 * createApp builds the page's parts on saved ({profile, damaged, data}, see
 * saved.js) and wires them together. A page asked for a category
 * (askedCategory) checks an application for it, as if the person had
 * chosen it in the category picker (the choice is saved).
 */
function createApp(root, engine, lists, saved) {
  const ids = categoryIds(engine.rules);
  const asked = askedCategory(engine.rules);
  if (asked) {
    store.saveMode("apply");
    store.saveTarget(asked);
    store.saveAllSections(false);
  }
  const state = {
    edited: fromProfile(saved.profile),
    mode: store.loadMode(), asOf: today(), open: null, target: store.loadTarget(ids),
    openSections: new Set(), allSections: store.loadAllSections(),
  };
  const form = el("form", { className: "checker-form", id: "checker-form", novalidate: true, "aria-labelledby": "checker-input-title" });
  form.addEventListener("submit", (e) => e.preventDefault());
  const check = checkAnswersTask();
  const summary = el("div", { className: "summary", id: "checker-summary" });
  const details = el("div", { className: "details", id: "checker-details" });
  const receipt = el("section", { className: "receipt", id: "checker-receipt", "aria-labelledby": "receipt-title" });
  let timer = 0;
  let pending = false; // an edit waits for its evaluation
  let last = null; // {view, problems} of the latest evaluation
  let touched = new Touched();
  let ctl = null;
  const isShown = (p) => touched.shows(p.list ? (state.edited[p.list] || [])[p.index] : state.edited[p.object], p.key);
  const showMarks = () => {
    const shown = ctl.refresh(last ? last.problems : [], isShown);
    check.render(state.edited, lists, ctl.ctx.asks, shown, ctl.goto, ctl.ctx.focus);
  };
  const showAll = (all) => {
    state.allSections = all;
    store.saveAllSections(all);
    applyFocus();
  };
  const applyFocus = () => {
    const focus = focusOf(state, engine.rules);
    ctl.setFocus(focus);
    focusBar.update(focusInfo(state, engine.rules, form, focus));
  };
  const focusBar = createFocusBar(showAll);
  const updateReceipt = () => last && renderReceipt(receipt, last.view, {
    state, engine, lists, asks: ctl.ctx.asks, url: location.origin + location.pathname,
  });
  const receiptLater = whenIdle(updateReceipt);
  const planLater = afterPaint();
  const onLeave = afterPointer(() => (pending ? app.evaluateNow() : showMarks()));
  const build = () => {
    touched = new Touched();
    ctl = buildForm(form, state.edited, lists, app.changed, {
      touched, open: state.openSections, first: firstSection(state), onLeave, extra: check.task, asOf: () => state.asOf || today(),
      showAll: () => showAll(true),
    });
    applyFocus(); // at once: a rebuilt form never shows every section until the next evaluation
  };
  const app = {
    state, engine, lists, damaged: saved.damaged, damagedData: saved.data,
    /** say shows a message above the form (set by buildTools). */
    say() {},
    /** syncTools shows state.mode in the toolbar (set by buildTools). */
    syncTools() {},
    /** forgetUndo withdraws an Undo on offer (set by buildTools). */
    forgetUndo() {},
    evaluateNow() {
      clearTimeout(timer);
      pending = false;
      const t0 = performance.now();
      const profile = toProfile(state.edited);
      const { res, problems, index, profile: evaluated } = evaluateLenient(engine, profile, state.asOf || today());
      performance.measure("checker-engine", { start: t0 });
      const view = renderResults(summary, details, res, { state, engine, lists, problems, index, onToggle: updateReceipt });
      last = { view, problems };
      applyFocus();
      ctl.setAsks(asksOf(view));
      showMarks();
      verdict.update(view, hasAnswers(state.edited));
      picker.update(view);
      timing(t0);
      planLater(() => updatePlan(plan, engine, hasAnswers(state.edited) ? view : null, evaluated, state));
      receiptLater();
    },
    /** reveal scrolls the category the page was asked for into view. */
    reveal() {
      const box = asked && document.getElementById(`result-${asked}`);
      if (box) box.scrollIntoView({ block: "start", behavior: "instant" });
    },
    changed() {
      saveEdits(app);
      app.forgetUndo();
      app.evaluateSoon();
    },
    /**
     * evaluateSoon evaluates once the person pauses (DEBOUNCE_MS after the
     * last call): a date or a number typed key by key is evaluated once,
     * not at every key that happens to make a complete value (typing the
     * day 15 of the as-of date made two evaluations of the whole profile).
     */
    evaluateSoon() {
      clearTimeout(timer);
      pending = true;
      timer = setTimeout(app.evaluateNow, DEBOUNCE_MS);
    },
    /**
     * restore shows profile (just saved, or cleared) with the mode and the
     * chosen category stored with it, as on a fresh visit.
     */
    restore(profile) {
      state.edited = fromProfile(profile);
      state.mode = store.loadMode();
      state.target = store.loadTarget(ids);
      state.allSections = store.loadAllSections();
      state.open = null;
      state.openSections.clear();
      app.syncTools();
      build();
      app.evaluateNow();
    },
  };
  const verdict = createVerdict((id) => id && openResult(state, document.getElementById(`result-${id}`)));
  const picker = targetPicker(app, ids);
  const plan = createPlan((entry) => {
    state.edited.training = [...(state.edited.training || []), entry];
    state.openSections.add("training");
    build();
    app.changed();
  });
  build();
  const guide = startGuide(app, asked, () => {
    build();
    app.evaluateNow();
  });
  const printNow = () => {
    app.evaluateNow();
    updateReceipt();
  };
  window.addEventListener("beforeprint", printNow);
  matchMedia("print").addEventListener("change", (e) => e.matches && printNow());
  root.append(el("div", { className: "checker-layout" },
    buildTools(app),
    el("section", { className: "checker-input", "aria-labelledby": "checker-input-title" },
      guide, el("h2", { id: "checker-input-title", text: "Your experience" }), focusBar.node, form),
    el("div", { className: "checker-side" }, verdict.node,
      el("section", { className: "checker-results", "aria-labelledby": "checker-results-title" },
        el("h2", { id: "checker-results-title", text: "Results" }), picker.box, summary, plan.node, details))),
  receipt);
  root.classList.add("is-ready");
  return app;
}

/**
 * startGuide is the guided start (guided.js), offered while nothing is
 * answered and the person is not renewing (null otherwise). Continuing
 * adds its answers to the profile, chooses the best fitting category (or
 * keeps the one the page asked for, ?category=) and redraws the form
 * (rebuild); skipping only closes it.
 */
function startGuide(app, asked, rebuild) {
  const state = app.state;
  if (state.mode === "renew" || hasAnswers(state.edited)) return null;
  const close = () => {
    g.node.remove();
    document.getElementById("checker-input-title").scrollIntoView({ block: "start" });
  };
  const g = guidedStart(app.engine, app.lists, state.asOf || today(), (edits, target) => {
    for (const [key, list] of Object.entries(edits)) state.edited[key] = [...(state.edited[key] || []), ...list];
    state.target = target;
    store.saveTarget(target);
    state.allSections = false;
    store.saveAllSections(false);
    state.open = null;
    saveEdits(app);
    close();
    rebuild();
  }, close, asked);
  return g.node;
}

/**
 * focusOf is the Set of profile keys the form asks (reads.js), or null for
 * every section: when renewing, when no category is chosen (the best fit
 * changes as the person types) and when the person chose to see all.
 */
function focusOf(state, rules) {
  if (state.mode === "renew" || !state.target || state.allSections) return null;
  return partsRead(rules, state.target, state.asOf || today());
}

/** focusInfo is what the focus bar says (createFocusBar), or null. */
function focusInfo(state, rules, form, focus) {
  if (state.mode === "renew" || !state.target) return null;
  const c = (rules.categories || []).find((x) => x.id === state.target);
  if (!c || !partsRead(rules, state.target, state.asOf || today())) return null;
  const label = shortLabel(c);
  if (!focus) return { label, all: true };
  const hidden = form.querySelectorAll(".task[data-section][hidden]").length;
  const kept = SECTIONS.some((s) => s.parts.some((p) => !focus.has(partKey(p)) && isAnswered(p, state.edited) && hasAny(state.edited[partKey(p)])));
  return { label, all: false, hidden, kept };
}

/**
 * hasAny: an answer worth keeping: a non-empty list ("none" is no data),
 * an object with a value, or a plain answer (true, a date, a number).
 */
function hasAny(v) {
  if (Array.isArray(v)) return v.length > 0;
  if (v && typeof v === "object") return Object.keys(v).length > 0;
  return v !== undefined && v !== null && v !== "" && v !== false;
}

/**
 * updatePlan shows the plan of the category the verdict is about (when
 * renewing, the renewal dates) for the profile evaluated: made after the
 * verdict is on screen (afterPaint), off the path from a keystroke to it.
 * With nothing answered (view null) there is nothing to plan yet.
 */
function updatePlan(plan, engine, view, profile, state) {
  const asOf = state.asOf || today();
  const cat = view && view.state.mode !== "renew" ? headline(view) : null;
  const renewing = view && view.state.mode === "renew";
  const res = cat || renewing ? engine.plan(profile, asOf, cat ? cat.id : "") : null;
  plan.update(res, view, engine.rules, { profile: state.edited, asOf });
}

/**
 * whenIdle returns a function that runs fn once the browser is idle (the
 * receipt is drawn so, off the path from a keystroke to its verdict; it is
 * drawn again right before printing).
 */
function whenIdle(fn) {
  let queued = false;
  const run = () => {
    queued = false;
    fn();
  };
  return () => {
    if (queued) return;
    queued = true;
    if (window.requestIdleCallback) requestIdleCallback(run, { timeout: 1000 });
    else setTimeout(run, 200);
  };
}

/**
 * afterPaint returns later(fn): fn runs once the browser has drawn what
 * the current task changed (the plan, a second engine run, then no longer
 * holds back the results and the verdict the person is waiting for), or
 * after 250 ms when the page draws nothing; of several fn given before
 * that, only the last runs.
 */
function afterPaint() {
  let next = null;
  let round = 0;
  const run = (mine) => {
    if (mine !== round || !next) return;
    const fn = next;
    next = null;
    fn();
  };
  return (fn) => {
    const queued = next !== null;
    next = fn;
    if (queued) return;
    const mine = ++round;
    requestAnimationFrame(() => setTimeout(() => run(mine), 0));
    setTimeout(() => run(mine), 250); // a page out of sight draws no frames
  };
}

/**
 * afterPointer returns fn delayed, while a mouse button or finger is down,
 * until after its click: the problem marks that leaving a field shows
 * would otherwise move the button being clicked from under the pointer.
 */
function afterPointer(fn) {
  let down = false;
  let waiting = false;
  document.addEventListener("pointerdown", () => { down = true; }, true);
  document.addEventListener("pointerup", () => {
    down = false;
    if (!waiting) return;
    waiting = false;
    setTimeout(fn, 0);
  }, true);
  return () => {
    if (down) waiting = true;
    else fn();
  };
}

/**
 * firstSection is the section to open on arrival: the first one with a
 * question unanswered (the held endorsements only when renewing).
 */
function firstSection(state) {
  const order = SECTIONS.filter((s) => state.mode === "renew" || s.id !== "renewal");
  const todo = order.find((s) => s.parts.some((p) => !p.onlyFor && !isAnswered(p, state.edited)));
  return todo ? todo.id : "";
}

/**
 * asksOf lists the requirement kinds the headline category (or, renewing,
 * the renewals) reads, children included: the form asks the exam only when
 * "exam" is among them.
 */
function asksOf(view) {
  if (!view) return [];
  const outcomes = view.state.mode === "renew"
    ? view.report.renewal.flatMap((r) => r.requirements)
    : (headline(view) || { requirements: [] }).requirements;
  const kinds = [];
  const walk = (list) => list.forEach((o) => {
    kinds.push(o.kind);
    walk(o.children || []);
  });
  walk(outcomes);
  return kinds;
}

/**
 * targetPicker is the choice of the category to check: the verdict, the
 * exam question and the receipt follow it; "" is the ranking's first (the
 * best fit for the work, else the closest).
 */
function targetPicker(app, ids) {
  const select = el("select", { id: "checker-target", "aria-describedby": "checker-target-help" });
  const closest = el("option", { value: "", text: "The best fit for my work" });
  select.append(closest);
  for (const c of app.engine.rules.categories || []) select.append(el("option", { value: c.id, text: categoryLabel(c) }));
  select.value = app.state.target;
  select.addEventListener("change", () => {
    app.state.target = ids.includes(select.value) ? select.value : "";
    store.saveTarget(app.state.target);
    app.state.open = null;
    app.evaluateNow();
  });
  const box = el("div", { className: "field target" },
    el("label", { for: "checker-target", text: "Category to check" }),
    el("p", { className: "help", id: "checker-target-help", text: "The verdict, the printed receipt and the questions asked follow this choice." }),
    select);
  return {
    box,
    update(view) {
      const first = view && view.report.ranking[0] && view.cats[view.report.ranking[0]];
      closest.textContent = first ? `The best fit for my work (now ${shortLabel(first)})` : "The best fit for my work";
      select.value = app.state.target;
      box.hidden = app.state.mode === "renew";
    },
  };
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
 * measures "checker-engine" (the profile sent to the wasm and its report
 * read back; "checker-wasm", engine.js, is the call into the wasm alone),
 * "checker-evaluate" (engine plus everything the person sees change:
 * results, verdict, form marks; not the receipt, drawn when the browser is
 * idle, nor the requirements of a closed category, built when it opens or
 * the browser is idle) and "checker-painted" (checker-evaluate plus the
 * browser's style, layout and paint of the changes, to the first task
 * after the next frame).
 */
function timing(t0) {
  if (performance.getEntriesByName("checker-first-result").length === 0) {
    performance.mark("checker-first-result");
  }
  performance.measure("checker-evaluate", { start: t0 });
  requestAnimationFrame(() => setTimeout(() => performance.measure("checker-painted", { start: t0 }), 0));
}

