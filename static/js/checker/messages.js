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

/**
 * fitWords words a fit message of the report ({code, args}: the practice
 * and each category's fit reasons, internal/engine/fit.go) with the
 * service labels of the rules (lists.services). The CLI words the same
 * codes in Go (engine.FitText); both move to the message catalog with the
 * other codes.
 */
export function fitWords(msg, lists) {
  if (!msg) return "";
  const a = msg.args || {};
  const labels = (ids) => (ids ? ids.split(", ").map((id) => labelOf(lists.services || [], id)).join(", ") : "");
  switch (msg.code) {
    case "fit_practice":
      return `Your work is with ${bandWords(a.band)}${a.dyadic === "yes" ? " and their parents together" : ""}${a.services ? ` (${labels(a.services)})` : ""}`;
    case "fit_band": return `it is for work with ${bandWords(a.band)}, and none of your work entries is`;
    case "fit_dyadic": return `your work with ${bandWords(a.band)} and their parents together is at its core`;
    case "fit_core": return `your kind of work is at its core: ${labels(a.services)}`;
    case "fit_counts": return `your work counts for it, but its core is other work: ${labels(a.core)}`;
    case "fit_service": return a.services ? `its work requirement counts only ${labels(a.services)}` : "its work requirement does not count your work";
    case "fit_degree": return `it asks for a degree you do not list: ${humanDates(a.gap || "")}`;
    case "fit_provides_rsc": return "it is for people who provide reflective supervision/consultation, and you list none";
    default: return "";
  }
}

function bandWords(band) {
  return { infant: "infants and toddlers", early_childhood: "young children (3 to 6)", both: "infants and young children" }[band] || "children";
}

function labelOf(options, value) {
  const hit = options.find(([v]) => v === value);
  return hit ? hit[1] : value;
}
