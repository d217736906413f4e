// The words for what the engine reports about a requirement: what is
// missing (gap), why an entry counted or not (reason), and the notes. The
// report carries them as English sentences for now; these functions are
// the one place the checker turns them into what people read (dates as
// people write them, see dates.js). When the engine reports codes with
// arguments instead, the message catalog is looked up here and the
// results, verdict and receipt stay as they are.

import { humanDates } from "./dates.js";

/** gapWords is what an outcome still lacks: "Missing: 20 more training hours." */
export function gapWords(outcome) {
  const gap = humanDates(outcome.gap);
  return outcome.status === "incomplete" ? `${capital(gap)}.` : `Missing: ${gap}.`;
}

/** reasonWords is why an entry counted only in part, or did not count ("" when none). */
export function reasonWords(item) {
  return humanDates(item.reason || "");
}

/** noteWords is a note the engine added to an outcome (a caution, an explanation). */
export function noteWords(note) {
  return humanDates(note);
}

function capital(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
