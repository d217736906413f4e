// Rendering the engine's report ("endorse-report/1", internal/engine/doc.go)
// next to the form: a short summary and the details per category or per
// held endorsement (verdict.js speaks the headline). Whatever the report
// holds is shown: requirement outcomes, figures, gaps, reasons and notes,
// put into words by messages.js. Status is shown with a text label and an
// icon; colour only adds to them.

import { formatDate } from "./dates.js";
import { append, el, replace } from "./dom.js";
import { categoryLabel } from "./lists.js";
import { amountWords, gapWords, nextSteps, noteWords, numberWords, reasonWords, say, vocabWord } from "./messages.js";
import { problemSummary } from "./problems.js";
import { requirementTexts } from "./requirements.js";
import { SECTIONS } from "./schema.js";

/** STATUS gives each status its icon and its words. */
export const STATUS = {
  met: ["✓", "Met"],
  met_with_warning: ["!", "Met, with a caution"],
  not_met: ["✗", "Not met yet"],
  incomplete: ["?", "Not answered"],
  not_offered: ["–", "Not offered on this date"],
  not_due: ["–", "Not due yet"],
};

/** statusBadge is the icon and words of a status; a category's
 * "incomplete" reads "Answers missing". */
export function statusBadge(status, ofCategory) {
  const [icon, words] = ofCategory && status === "incomplete" ? ["?", "Answers missing"] : STATUS[status] || ["?", status];
  return el("span", { className: `status status-${status}` },
    el("span", { className: "icon", "aria-hidden": "true", text: icon }), el("span", { text: words }));
}

/**
 * renderResults shows res ({report, error}) in summary (one or two
 * sentences) and details, and returns the view the verdict and the receipt
 * are made from (null when the engine refused the profile).
 * ctx: {state, engine, lists, problems, index, onToggle} (see lenient.js: index
 * maps evaluated entries back to the person's; onToggle() is called after
 * a category is opened or closed).
 */
export function renderResults(summary, details, res, ctx) {
  const state = ctx.state;
  fillLater([]); // what an earlier rendering left to build is gone
  nextRendering();
  if (res.error) {
    announce(summary, el("p", { className: "engine-error", text: `The checker cannot read one of your answers: ${res.error}` }));
    replace(details);
    return null;
  }
  const view = { report: res.report, state, ctx, rules: ctx.engine.rules, cats: byId(res.report.categories) };
  if (state.mode === "renew") {
    announce(summary, renewalSummary(view), problemSummary(ctx.problems));
    replace(details, res.report.renewal.map((r) => renewalNode(r, view)));
  } else {
    announce(summary, applySummary(view), problemSummary(ctx.problems));
    const boxes = orderedCategories(view).map((c) => categoryNode(c, view));
    replace(details, nothingEntered(view) ? null : rankingNode(view), boxes);
    fillLater(boxes);
  }
  return view;
}

/** announce updates the summary only when its words change. */
function announce(summary, ...children) {
  const next = append(document.createElement("div"), children);
  if (next.textContent !== summary.textContent) replace(summary, ...next.childNodes);
}

function byId(list) {
  return Object.fromEntries(list.map((c) => [c.id, c]));
}

/** nothingEntered reports whether the person has not answered anything yet. */
function nothingEntered(view) {
  return Object.keys(view.state.edited).every((k) => k === "format");
}

/** applySummary names the categories met and the chosen or closest one. */
function applySummary(view) {
  if (nothingEntered(view)) {
    return el("p", { text: "Nothing is entered yet. Fill in the form with your education, training, work and reflective supervision/consultation: the results below show, category by category, what you have and what is missing." });
  }
  const met = view.report.categories.filter((c) => c.status === "met" || c.status === "met_with_warning");
  const first = headline(view);
  const lines = [];
  if (met.length) lines.push(el("p", { text: `You appear to meet the requirements for: ${met.map(nameOf).join(", ")}.` }));
  if (view.report.practice) lines.unshift(el("p", { className: "practice", text: `${say(view.report.practice)}.` }));
  if (first && !met.includes(first)) {
    lines.push(el("p", {}, `${view.state.target ? "Your chosen category" : headlineWord(first)}: ${nameOf(first)} — `, verdict(first, ".")));
  }
  return lines.length ? lines : el("p", { text: "No category is offered on this date." });
}

/**
 * headline is the category the verdict is about: the one the person chose
 * (state.target: the category picker, or a category page's ?category=),
 * else the closest one; null when none is offered.
 */
export function headline(view) {
  const id = view.state.target && view.cats[view.state.target] ? view.state.target : view.report.ranking[0];
  return id ? view.cats[id] : null;
}

/** fits reports whether a category fits the person's work (the engine's fit: internal/engine/fit.go). */
export function fits(c) {
  return Boolean(c && c.fit && (c.fit.level === "core" || c.fit.level === "counts"));
}

/** headlineWord names why the headline category was picked: it fits the work best, or it is only the closest. */
export function headlineWord(c) {
  return fits(c) ? "Best fit for your work" : "Closest";
}

/**
 * fitNode says in a line why a category fits the person's work or is not
 * recommended for it (nothing when the engine did not judge it).
 */
function fitNode(c, lists) {
  if (!c.fit || !c.fit.level || !c.fit.reasons.length) return null;
  const lead = fits(c) ? "Fits your work" : "Not recommended for your work";
  return el("span", { className: `fit fit-${c.fit.level}` }, ` — ${lead}: ${c.fit.reasons.map((r) => say(r)).join("; ")}.`);
}

/**
 * verdict is a category's status and how many requirements are open,
 * ("✗ Not met yet, 5 requirements open", "✓ Met"), then end; the comma
 * stays with the status when the line wraps.
 */
function verdict(c, end = "") {
  const steps = stepsText(c);
  if (!(c.open > 0)) return el("span", { className: "verdict" }, statusBadge(c.status, true), steps ? `, ${steps}` : "", end);
  return el("span", { className: "verdict" },
    el("span", { className: "nowrap" }, statusBadge(c.status, true), ","), ` ${openText(c.open)}${steps ? `, ${steps}` : ""}${end}`);
}

/** stepsText is "2 steps when you apply" still to do ("" when none). */
function stepsText(c) {
  const n = c.steps_open || 0;
  if (!n || c.status === "not_offered") return "";
  return n === 1 ? "1 step when you apply" : `${n} steps when you apply`;
}

/** openText is "1 requirement open", "3 requirements open". */
export function openText(n) {
  return n === 1 ? "1 requirement open" : `${n} requirements open`;
}

const nameOf = categoryLabel;

/** verdictWords is "Met", "Not met yet, 3 requirements open". */
export function verdictWords(c) {
  const words = c.status === "incomplete" ? "Answers missing" : (STATUS[c.status] || ["", c.status])[1];
  const steps = stepsText(c);
  const open = c.open > 0 && c.status !== "not_offered" ? `${words}, ${openText(c.open)}` : words;
  return steps ? `${open}, ${steps}` : open;
}

/** rankingNode lists the offered categories, closest first (once something is answered: before, the order says nothing). */
function rankingNode(view) {
  return el("section", { className: "ranking-box", "aria-labelledby": "ranking-title" },
    el("h3", { id: "ranking-title", text: "Best fit for your work first, then closest" }),
    el("ol", { className: "ranking" }, view.report.ranking.map((id) => {
      const c = view.cats[id];
      const link = el("a", { href: `#result-${id}`, text: nameOf(c) });
      link.addEventListener("click", () => openResult(view.state, document.getElementById(`result-${id}`)));
      return el("li", { "data-ranked": id, "data-fit": c.fit ? c.fit.level : "" }, link, " ", verdict(c), fitNode(c, view.ctx.lists));
    })));
}

/**
 * orderedCategories: ranked categories first, then the rest in the rules'
 * order (programs such as the course credential), those not offered last.
 */
export function orderedCategories(view) {
  const ranked = new Set(view.report.ranking);
  const rest = view.report.categories.filter((c) => !ranked.has(c.id));
  return view.report.ranking.map((id) => view.cats[id])
    .concat(rest.filter((c) => c.status !== "not_offered"), rest.filter((c) => c.status === "not_offered"));
}

/**
 * categoryNode is one category's verdict and requirements, collapsible.
 * The requirements of a closed category are nobody's to see until it
 * opens: they are built when it opens (before it shows) or, at the latest,
 * when the browser is idle (fillLater), so that typing pays only for what
 * is on screen.
 */
function categoryNode(c, view) {
  const state = view.state;
  const first = headline(view);
  const isOpen = state.open ? state.open.has(c.id) : Boolean(first) && c.id === first.id;
  const summary = el("summary", {}, el("span", { className: "category-name", text: nameOf(c) }), " ", statusBadge(c.status, true));
  const box = el("details", { className: "category", id: `result-${c.id}`, "data-category": c.id, open: isOpen }, summary,
    el("p", { className: "edition", text: c.edition ? `Rules edition applied: ${c.edition.name}.` : "This category is not offered on the date checked." }),
    (c.other_rules || []).map((m) => el("p", { className: "note other-rules", text: noteWords(m) })));
  const body = () => categoryRequirements(c, view);
  if (isOpen) append(box, body());
  else unbuilt.set(box, body);
  summary.addEventListener("click", () => {
    build(box);
    rememberOpen(state, box);
  });
  box.addEventListener("toggle", () => {
    if (box.open) build(box); // opened otherwise than by a click: find in page, a script
    if (view.ctx.onToggle) view.ctx.onToggle();
  });
  return box;
}

/** unbuilt maps a closed category's box to the function that builds its requirements. */
const unbuilt = new WeakMap();

/** build adds its requirements to a category's box unless it has them. */
function build(box) {
  const body = box && unbuilt.get(box);
  if (!body) return;
  unbuilt.delete(box);
  append(box, body());
}

/**
 * fillLater builds the requirements of the closed categories in boxes,
 * one by one while the browser is idle, so that they are there for the
 * browser's find in page and the next opening costs nothing; a newer
 * rendering (generation) stops it.
 */
let generation = 0;
function fillLater(boxes) {
  const mine = ++generation;
  const queue = boxes.filter((b) => unbuilt.has(b));
  const step = (deadline) => {
    while (mine === generation && queue.length && deadline.timeRemaining() > 0) build(queue.shift());
    if (mine === generation && queue.length) idle(step);
  };
  if (queue.length) idle(step);
}

/** idle runs fn(deadline) when the browser is idle (soon, where it cannot tell). */
function idle(fn) {
  if (window.requestIdleCallback) requestIdleCallback(fn, { timeout: 2000 });
  else setTimeout(() => fn({ timeRemaining: () => 1 }), 50);
}

/**
 * rememberOpen keeps which categories the person opened or closed (the
 * click toggles box right after), so re-rendering keeps them; until the
 * first click only the chosen (else the closest) category is open.
 */
function rememberOpen(state, box) {
  if (!state.open) {
    state.open = new Set([...box.parentNode.querySelectorAll("details[open]")].map((d) => d.dataset.category));
  }
  if (box.open) state.open.delete(box.dataset.category);
  else state.open.add(box.dataset.category);
}

/** openResult opens a category's details (a link to it was followed). */
export function openResult(state, box) {
  if (box && !box.open) {
    build(box);
    rememberOpen(state, box);
    box.open = true;
  }
}

/** renewalSummary tells, per held endorsement, whether renewal is on track. */
function renewalSummary(view) {
  const list = view.report.renewal;
  if (!list.length) return el("p", { text: "Add the endorsements you hold (first section of the form) to see what you need to renew them." });
  return list.map((r) => el("p", {}, `Renewal of ${nameOf(view.cats[r.category] || { name: r.category })} by ${formatDate(r.due)}: `, statusBadge(r.status, true), "."));
}

function renewalNode(r, view) {
  const c = view.cats[r.category] || { name: r.category, edition: null };
  return el("section", { className: "category", "data-category": r.category, "aria-labelledby": `renew-${r.category}` },
    el("h3", { id: `renew-${r.category}` }, `Renewal of ${nameOf(c)} `, statusBadge(r.status, true)),
    renewalRequirements(r, view));
}

/** renewalRequirements is the renewal period, its notes and the
 * requirement outcomes of r (the renewal requirements in force on its due date). */
function renewalRequirements(r, view) {
  const late = r.late_until && r.late_until !== r.due ? ` (accepted until ${formatDate(r.late_until)})` : "";
  return [el("p", { className: "edition", text: `Renewal period ${formatDate(r.from)} to ${formatDate(r.due)}, due ${formatDate(r.due)}${late}; held since ${r.since ? formatDate(r.since) : "—"}.` }),
    (r.notes || []).map((n) => el("p", { className: "note", text: noteWords(n) })),
    requirementList(r.requirements, textsFor(view, r.category, "renewal", null, r.due), view, undefined, `renew ${r.category} ${r.due}`)];
}

function textsFor(view, categoryId, key, edition, day) {
  const cat = (view.rules.categories || []).find((c) => c.id === categoryId);
  return cat ? requirementTexts(cat[key], edition ? edition.id : "", day || view.report.as_of) : {};
}

/** categoryRequirements lists category c's requirement outcomes. */
function categoryRequirements(c, view) {
  const texts = textsFor(view, c.id, "requirements", c.edition);
  const core = c.requirements.filter((o) => !o.step);
  const steps = c.requirements.filter((o) => o.step);
  const scope = `${c.id} ${c.edition ? c.edition.id : ""} ${view.report.as_of}`;
  return [requirementList(core, texts, view, undefined, scope),
    steps.length ? el("section", { className: "apply-steps", "aria-label": "Steps when you apply" },
      el("h4", { text: "Steps when you apply" }),
      el("p", { className: "note", text: "These are done with your application: they do not change whether you are ready to apply." }),
      requirementList(steps, texts, view, undefined, scope)) : null];
}

/**
 * requirementList renders outcomes (and their children) as a list. With a
 * scope (what, besides an outcome, decides its words: the category, the
 * edition and the day its texts are for), an outcome drawn by the rendering
 * before, with the same report and the same names of its entries, is
 * reused rather than drawn again (reused).
 */
function requirementList(outcomes, texts, view, closest, scope) {
  return el("ul", { className: "requirements" }, outcomes.map((o) => (scope
    ? reused(`${scope} ${o.id} ${entryNames(o, view)} ${JSON.stringify(o)}`, () => requirementNode(o, texts, view, closest))
    : requirementNode(o, texts, view, closest))));
}

/**
 * drawn and drawnBefore hold the requirement nodes of this rendering and
 * of the one before, by what they show (requirementList's key). Typing
 * changes one or two requirements of a category: the others, hundreds of
 * entries each in a long profile, are moved into the new category boxes
 * as they are.
 */
let drawn = new Map();
let drawnBefore = new Map();

/** nextRendering starts a rendering: it may reuse what the last one drew. */
function nextRendering() {
  drawnBefore = drawn;
  drawn = new Map();
}

/** reused is the node drawn for key by the rendering before, else draw(). */
function reused(key, draw) {
  let node = drawnBefore.get(key);
  if (node) drawnBefore.delete(key);
  else node = draw();
  drawn.set(key, node);
  return node;
}

/** entryNames names the entries an outcome (and its parts) lists, as itemList does. */
function entryNames(o, view) {
  const names = [];
  const walk = (x) => {
    for (const it of x.items) names.push(entryName(it, view));
    x.children.forEach(walk);
  };
  walk(o);
  return JSON.stringify(names);
}

function requirementNode(o, texts, view, closest) {
  return el("li", { className: `requirement is-${o.status}`, "data-requirement": o.id },
    el("p", { className: "req-head" }, statusBadge(o.status), " ",
      el("span", { className: "req-text", text: texts[o.id] || o.id }),
      closest === o.id ? el("strong", { className: "closest", text: " (closest pathway)" }) : null),
    figures(o), projection(o), windowText(o),
    o.notes.map((n) => el("p", { className: "note", text: noteWords(n) })),
    nextList(o),
    itemList(o.items, view, o.unit),
    o.children.length ? requirementList(o.children, texts, view, o.closest) : null);
}

/** nextList is what to do about a requirement that is not met (its own
 * steps: a group's parts show theirs). */
function nextList(o) {
  const steps = (o.next || []).map(noteWords).filter(Boolean);
  if (!steps.length) return null;
  return el("ul", { className: "next-steps", "aria-label": "Next steps" },
    steps.map((s) => el("li", {}, el("strong", { text: "Next: " }), s)));
}

/** figures is "have of need unit" and the gap, for counted requirements. */
function figures(o) {
  const parts = [];
  // have ≥ need while not met: the shortfall is of a kind (a topic, RSC
  // about one's own RSC…) that the gap names; the total would contradict it.
  // not answered is never shown as zero: the gap asks for the answers
  const contradicts = o.status === "incomplete" || (o.have >= o.need && o.gaps.length > 0);
  if (o.unit && !contradicts) parts.push(`You have ${num(o.have)} of ${amountWords(num(o.need), o.unit)}.`);
  if (o.gaps.length) parts.push(gapWords(o));
  return parts.length ? el("p", { className: "figures", text: parts.join(" ") }) : null;
}

function projection(o) {
  if (!o.projected || o.status === "met") return null;
  return el("p", { className: "projection", text: `At your recent pace this would be met on ${formatDate(o.projected)}.` });
}

function windowText(o) {
  const w = o.window;
  if (!w) return null;
  const out = w.falls_out ? ` The earliest of these hours stop counting on ${formatDate(w.falls_out)}.` : "";
  return el("p", { className: "window", text: `Best period: ${formatDate(w.from)} to ${formatDate(w.to)}, ${amountWords(num(w.hours), "hours")} over ${amountWords(num(w.span_months), "months")}.${out}` });
}

/** itemList says for each profile entry whether it counted, and why not. */
function itemList(items, view, unit) {
  if (!items.length) return null;
  return el("ul", { className: "entries" }, items.map((it) => {
    const what = entryName(it, view);
    const amount = it.amount && MEASURED.includes(unit) ? ` (${quantity(it.amount, unit)})` : "";
    const reason = reasonWords(it);
    const text = it.counted
      ? `Counted: ${what}${amount}${reason ? ` — ${reason}` : ""}`
      : `Not counted: ${what} — ${reason}`;
    return el("li", { className: it.counted ? "counted" : "excluded", text });
  }));
}

/** MEASURED are the units in which an entry's share is worth showing
 * (counted units — references, courses — are one per entry). */
const MEASURED = ["hours", "months", "families"];

/** quantity is "10 hours", "1 month" (the catalog's [labels.amount]). */
function quantity(n, unit) {
  return amountWords(num(n), unit);
}

/** LIST_NOUNS names the entries of each profile list: "Course or workshop". */
const LIST_NOUNS = new Map(SECTIONS.flatMap((s) => s.parts).filter((p) => p.list).map((p) => [p.list, capital(p.noun)]));

/**
 * entryName is "Course or workshop 2 “Attachment and trauma”" for a
 * profile entry, named as the form's entry is.
 */
function entryName(it, view) {
  const title = LIST_NOUNS.get(it.list) || it.list;
  const map = view.ctx.index[it.list];
  const i = map ? map[it.index] : it.index;
  const entry = (view.state.edited[it.list] || [])[i] || {};
  const label = entry.title || (entry.role && vocabWord("roles", entry.role)) || entry.name || entry.provider || "";
  return `${title} ${i + 1}${label ? ` “${label}”` : ""}`;
}

function capital(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** num is an amount as people read it, rounded down as the catalog
 * rounds what one has (an amount just short never shows as enough). */
function num(n) {
  return numberWords(n, "number_down");
}
