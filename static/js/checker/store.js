// Persistence in this browser only: localStorage, export to and import from
// a JSON file in the profile format "endorse-profile/1". Nothing is sent
// anywhere.

export const FORMAT = "endorse-profile/1";
const PROFILE_KEY = "endorse.checker.profile";
const MODE_KEY = "endorse.checker.mode";

/** loadSaved returns the saved profile object, or null. */
export function loadSaved() {
  try {
    const text = localStorage.getItem(PROFILE_KEY);
    if (!text) return null;
    const p = JSON.parse(text);
    return p && p.format === FORMAT ? p : null;
  } catch {
    return null;
  }
}

/** save stores the profile object. Returns false when storage is unavailable. */
export function save(profile) {
  try {
    localStorage.setItem(PROFILE_KEY, JSON.stringify(profile));
    return true;
  } catch {
    return false;
  }
}

/** loadMode returns the saved mode: "apply" (default) or "renew". */
export function loadMode() {
  try {
    return localStorage.getItem(MODE_KEY) === "renew" ? "renew" : "apply";
  } catch {
    return "apply";
  }
}

/** saveMode stores the mode. */
export function saveMode(mode) {
  try {
    localStorage.setItem(MODE_KEY, mode);
  } catch {
    /* storage unavailable: the mode lasts for this visit */
  }
}

/** clearSaved forgets everything the checker stored. */
export function clearSaved() {
  try {
    localStorage.removeItem(PROFILE_KEY);
    localStorage.removeItem(MODE_KEY);
  } catch {
    /* nothing stored */
  }
}

/** exportText is the profile as the downloadable file's text. */
export function exportText(profile) {
  return JSON.stringify(profile, null, 2) + "\n";
}

/**
 * parseImport checks a file's text: it must be JSON, an object, and say
 * format "endorse-profile/1". Returns {profile} or {error: "plain words"}.
 */
export function parseImport(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: "This file is not a saved checker profile: it is not valid JSON." };
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    return { error: "This file is not a saved checker profile: it does not hold a profile." };
  }
  if (value.format !== FORMAT) {
    return { error: `This file is not a saved checker profile: its format is not "${FORMAT}".` };
  }
  return { profile: value };
}

/** download offers text as a file named name (a same-origin blob: URL). */
export function download(name, text) {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
