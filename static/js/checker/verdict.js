// The running verdict: the chosen category's status in one line, always in
// reach while the person fills in the form (checker.css keeps it at the
// bottom of a phone's screen and at the top of the results column on a
// desktop), with a link to the details. Screen readers hear it through a
// polite live region that speaks only once the person pauses (SETTLE_MS)
// and only when the words change, not on every keystroke.

import { el, replace } from "./dom.js";
import { formatDate } from "./dates.js";
import { shortLabel } from "./lists.js";
import { headline, headlineWord, openText, statusBadge } from "./results.js";

/** SETTLE_MS is how long the answers must rest before the verdict is spoken. */
export const SETTLE_MS = 1500;

/**
 * createVerdict returns {node, update(view, hasAnswers)}; onJump(id) is
 * called when the person follows the link to a category's details.
 */
export function createVerdict(onJump) {
  const text = el("p", { className: "verdict-text", id: "checker-verdict-text" });
  const link = el("a", { className: "verdict-link", href: "#checker-results-title" }, "Details",
    el("span", { className: "visually-hidden", text: " of your results" }));
  const live = el("p", { className: "visually-hidden", id: "checker-announce", role: "status", "aria-live": "polite", "aria-atomic": "true" });
  const node = el("div", { className: "verdict-bar", id: "checker-verdict", role: "region", "aria-label": "Your verdict so far" }, text, link, live);
  let about = ""; // the category the verdict is about
  link.addEventListener("click", () => onJump(about));
  let timer = 0;
  return {
    node,
    update(view, hasAnswers) {
      const head = view ? verdictWords(view, hasAnswers) : { words: ["The checker cannot read one of your answers."], id: "" };
      replace(text, head.words);
      link.href = head.id ? `#result-${head.id}` : "#checker-results-title";
      about = head.id;
      clearTimeout(timer);
      timer = setTimeout(() => speak(live, spokenWords(text)), SETTLE_MS);
    },
  };
}

/** spokenWords is the text of node without its icons (aria-hidden). */
function spokenWords(node) {
  const copy = node.cloneNode(true);
  for (const icon of copy.querySelectorAll('[aria-hidden="true"]')) icon.remove();
  return copy.textContent;
}

/** speak puts sentence in the live region unless it says that already. */
function speak(live, sentence) {
  const words = sentence.replace(/\s+/g, " ").trim();
  if (live.textContent !== words) live.textContent = words;
}

/**
 * verdictWords is the verdict line and the category it is about: "Best fit
 * for your work: IFS: ✗ Not met yet, 3 requirements open" ("Closest:" when
 * the engine did not judge the fit),
 * "IMHS: ✓ Met" (the category chosen),
 * or, when renewing, each held endorsement's renewal.
 */
function verdictWords(view, hasAnswers) {
  if (view.state.mode === "renew") {
    const list = view.report.renewal;
    if (!list.length) return { words: ["Renewal: add the endorsements you hold."], id: "" };
    return {
      words: list.map((r, i) => [i ? "; " : "", `${shortLabel(view.cats[r.category] || { name: r.category })} renewal by ${formatDate(r.due)}: `, statusBadge(r.status, true)]),
      id: "",
    };
  }
  const c = headline(view);
  if (!c) return { words: ["No category is offered on this date."], id: "" };
  if (!hasAnswers) return { words: ["Nothing entered yet: your verdict appears here as you answer."], id: c.id };
  const who = view.state.target ? `${shortLabel(c)}: ` : `${headlineWord(c)}: ${shortLabel(c)}: `;
  const open = c.open > 0 && c.status !== "not_offered" ? `, ${openText(c.open)}` : "";
  return { words: [who, statusBadge(c.status, true), open], id: c.id };
}
