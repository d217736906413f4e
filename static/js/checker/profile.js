// Converting between the saved profile ("endorse-profile/1") and the
// object the form edits. They differ in two places: an RSC entry is
// either one dated session ({date}) or a period ({start, end}); the form
// shows both as start (+ optional end). A work entry of a profile written
// before an entry could name several kinds of service has one `service`;
// the form edits it as one of `services`.

import { FORMAT } from "./store.js";

/** emptyProfile is a profile with nothing answered yet. */
export function emptyProfile() {
  return { format: FORMAT };
}

/** fromProfile returns the form's editable copy of a saved profile. */
export function fromProfile(p) {
  const copy = structuredClone(p);
  for (const e of copy.rsc_received || []) {
    if (e.date !== undefined && e.start === undefined) {
      e.start = e.date;
      delete e.date;
    }
  }
  for (const w of copy.work || []) {
    if (typeof w.service === "string") {
      if (w.service !== "") w.services = [...new Set([w.service, ...(w.services || [])])];
      delete w.service;
    }
  }
  return copy;
}

/** toProfile returns the profile for the engine, storage and export. */
export function toProfile(edited) {
  const copy = structuredClone(edited);
  copy.format = FORMAT;
  for (const e of copy.rsc_received || []) {
    if (e.start !== undefined && e.end === undefined) {
      e.date = e.start;
      delete e.start;
    }
  }
  return copy;
}
