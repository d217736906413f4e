// Converting between the saved profile ("endorse-profile/1") and the
// object the form edits. They differ in one place only: an RSC entry is
// either one dated session ({date}) or a period ({start, end}); the form
// shows both as start (+ optional end).

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
