// Reading the checker's data, all or nothing: a file being imported and
// the profile this browser saved pass the same two checks before the page
// uses them. A refused file changes nothing; a saved profile that cannot
// be loaded (damaged, or written by another version) is set aside for
// download and the checker starts empty, so no data can stop the page.

import { buildForm } from "./form.js";
import { emptyProfile, fromProfile } from "./profile.js";
import * as store from "./store.js";

/**
 * readProfile checks text completely: by the engine's decoder (the one
 * `endorse eval` runs: JSON, number range, unknown keys, wrong types, each
 * by field path) and by building the form from it in a detached form.
 * Unfinished entries pass (the form shows them). Returns {profile} or
 * {error: "plain words naming the first problem's field path."}.
 */
export function readProfile(text, engine, lists) {
  const problems = engine.checkProfile(text);
  if (problems) return { error: describe(problems.split("\n")) };
  const profile = JSON.parse(text);
  try {
    buildForm(document.createElement("form"), fromProfile(profile), lists, () => {});
  } catch (err) {
    return { error: `The checker cannot show it (${err.message}).` };
  }
  return { profile };
}

/** describe puts the engine's problem lines into a sentence. */
function describe(lines) {
  const first = lines[0];
  if (first.startsWith("not valid JSON: ")) return `It is not valid JSON (${first.slice(16)}).`;
  if (first === "a profile must be a JSON object") return "It does not hold a checker profile.";
  if (lines.some((l) => l.startsWith("format: "))) return `It is not a checker profile: its format is not "${store.FORMAT}".`;
  const more = lines.length > 1 ? ` (and ${lines.length - 1} more ${lines.length > 2 ? "problems" : "problem"})` : "";
  return `It does not fit the checker: ${first}${more}.`;
}

/**
 * loadSaved returns {profile, damaged, data}: the saved profile when it
 * passes readProfile; otherwise an empty profile, damaged saying why
 * ("" when nothing was wrong) and data the saved text, set aside
 * (store.setAside) when storage allows, and offered for download either way.
 */
export function loadSaved(engine, lists) {
  const text = store.savedText();
  if (!text) return { profile: emptyProfile(), damaged: "", data: "" };
  const read = readProfile(text, engine, lists);
  if (read.profile) return { profile: read.profile, damaged: "", data: "" };
  store.setAside(text);
  return { profile: emptyProfile(), damaged: read.error, data: text };
}
