// Dates as people read them. The checker shows every date in the site's
// language (the page's <html lang>): "1 March 2025" for English. ISO dates
// (YYYY-MM-DD) stay in files, storage, the engine's report and data
// attributes. The pages use the same format (the template function "date",
// internal/site/dates.go): change both together.

const MONTHS = ["January", "February", "March", "April", "May", "June", "July",
  "August", "September", "October", "November", "December"];

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** pageLanguage is the language the page is written in ("en"). */
function pageLanguage() {
  return (document.documentElement.lang || "en").toLowerCase();
}

/**
 * formatDate is an ISO date as people read it: "1 March 2025" in English.
 * A language without month names here keeps the unambiguous ISO form, as
 * the pages do. Anything that is not an ISO date is returned as it is.
 */
export function formatDate(iso, lang = pageLanguage()) {
  const m = ISO.exec(iso || "");
  if (!m) return iso || "";
  if (lang !== "en" && !lang.startsWith("en-")) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/**
 * humanDates replaces the ISO dates inside a sentence (the engine's gaps
 * and reasons may name one) with formatDate's.
 */
export function humanDates(text) {
  return String(text).replace(/\b\d{4}-\d{2}-\d{2}\b/g, (d) => (validParts(d) ? formatDate(d) : d));
}

function validParts(iso) {
  const m = ISO.exec(iso);
  return m && isoDate(m[1], m[2], m[3]) === iso;
}

/** splitDate gives the day, month and year of an ISO date as typed ("5"). */
export function splitDate(iso) {
  const m = ISO.exec(iso || "");
  return m ? { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1] } : { day: "", month: "", year: "" };
}

/**
 * isoDate is the ISO date of a typed day, month and year, or "" when they
 * do not make a real date (31 February, a two-digit year).
 */
export function isoDate(year, month, day) {
  if (!/^\d{4}$/.test(year) || !/^\d{1,2}$/.test(month) || !/^\d{1,2}$/.test(day)) return "";
  const y = Number(year), m = Number(month), d = Number(day);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return "";
  return `${year}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * dateProblem says what is wrong with a typed day, month and year, or ""
 * when they are a real date or all empty (GOV.UK's date input messages).
 */
export function dateProblem(year, month, day) {
  const parts = { day, month, year };
  const missing = Object.keys(parts).filter((k) => parts[k] === "");
  if (missing.length === 3) return "";
  if (missing.length) return `enter the ${missing.join(" and ")}`;
  if (!/^\d{4}$/.test(year)) return "enter the year as 4 numbers, for example 2024";
  return isoDate(year, month, day) ? "" : "enter a real date";
}

/** today is the local calendar date as YYYY-MM-DD. */
export function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
