// Persistence in this browser only: localStorage, export to and import from
// a JSON file in the profile format "endorse-profile/1". Nothing is sent
// anywhere.

export const FORMAT = "endorse-profile/1";
const PROFILE_KEY = "endorse.checker.profile";
const MODE_KEY = "endorse.checker.mode";
const DAMAGED_KEY = "endorse.checker.damaged";
const TARGET_KEY = "endorse.checker.category";
const SECTIONS_KEY = "endorse.checker.sections";

/** KEYS are every key the checker stores (snapshot, restore, clearSaved). */
const KEYS = { profile: PROFILE_KEY, mode: MODE_KEY, damaged: DAMAGED_KEY, target: TARGET_KEY, sections: SECTIONS_KEY };

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

/**
 * loadTarget returns the category the person chose to check ("" for the
 * closest one), when it is one of ids.
 */
export function loadTarget(ids) {
  const id = read(TARGET_KEY);
  return ids.includes(id) ? id : "";
}

/** saveTarget stores the chosen category ("" forgets it). */
export function saveTarget(id) {
  try {
    if (id) localStorage.setItem(TARGET_KEY, id);
    else localStorage.removeItem(TARGET_KEY);
  } catch {
    /* storage unavailable: the choice lasts for this visit */
  }
}

/**
 * loadAllSections reports whether the person chose to see every section
 * of the form, not only those the chosen category reads.
 */
export function loadAllSections() {
  return read(SECTIONS_KEY) === "all";
}

/** saveAllSections stores that choice (false: only what the category reads). */
export function saveAllSections(all) {
  try {
    if (all) localStorage.setItem(SECTIONS_KEY, "all");
    else localStorage.removeItem(SECTIONS_KEY);
  } catch {
    /* storage unavailable: the choice lasts for this visit */
  }
}

/** clearSaved forgets everything the checker stored. */
export function clearSaved() {
  try {
    for (const key of Object.values(KEYS)) localStorage.removeItem(key);
  } catch {
    /* nothing stored */
  }
}

/**
 * snapshot returns the stored texts of every key (null when absent), for
 * restore to put back exactly: the Undo of a clear or an import.
 */
export function snapshot() {
  const snap = {};
  for (const [name, key] of Object.entries(KEYS)) {
    try {
      snap[name] = localStorage.getItem(key);
    } catch {
      snap[name] = null;
    }
  }
  return snap;
}

/** restore puts a snapshot back; false when storage refused. */
export function restore(snap) {
  try {
    for (const [name, key] of Object.entries(KEYS)) {
      if (snap[name] === null) localStorage.removeItem(key);
      else localStorage.setItem(key, snap[name]);
    }
    return true;
  } catch {
    return false;
  }
}

/** exportText is the profile as the downloadable file's text. */
export function exportText(profile) {
  return JSON.stringify(profile, null, 2) + "\n";
}

/** download offers text as a file named name (a same-origin blob: URL) of the given media type. */
export function download(name, text, type = "application/json") {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
