// Persistence in this browser only: localStorage, export to and import from
// a JSON file in the profile format "endorse-profile/1". Nothing is sent
// anywhere.

export const FORMAT = "endorse-profile/1";
const PROFILE_KEY = "endorse.checker.profile";
const MODE_KEY = "endorse.checker.mode";
const DAMAGED_KEY = "endorse.checker.damaged";

/** savedText returns the saved profile's text, or "" (see saved.js). */
export function savedText() {
  return read(PROFILE_KEY);
}

/**
 * setAside moves a saved profile that cannot be loaded to another key,
 * where it stays for download (damagedText) until the data is cleared,
 * and the next save cannot overwrite it. Returns false when storage
 * refused: the text then stays where it was.
 */
export function setAside(text) {
  try {
    localStorage.setItem(DAMAGED_KEY, text);
    localStorage.removeItem(PROFILE_KEY);
    return true;
  } catch {
    return false;
  }
}

/** damagedText returns the profile text set aside, or "". */
export function damagedText() {
  return read(DAMAGED_KEY);
}

function read(key) {
  try {
    return localStorage.getItem(key) || "";
  } catch {
    return "";
  }
}

/**
 * save stores the profile object. Returns false when storage refused it
 * (full, or turned off): the caller must say so.
 */
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
    localStorage.removeItem(DAMAGED_KEY);
  } catch {
    /* nothing stored */
  }
}

/** exportText is the profile as the downloadable file's text. */
export function exportText(profile) {
  return JSON.stringify(profile, null, 2) + "\n";
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
