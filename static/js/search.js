// The search page (templates/search.html): loads the site's index of the
// page's language (/search/<language>.json, written by `endorse build`
// from every page's title, description and main text), and lists the
// pages that hold every word typed, best first, as the person types.
// Everything happens in this browser.

const root = document.getElementById("search");
if (root) start(root);

/** MAX is how many results are shown. */
const MAX = 20;

async function start(root) {
  const input = document.getElementById("search-q");
  const status = document.getElementById("search-status");
  const list = document.getElementById("search-results");
  const lang = (document.documentElement.lang || "en").toLowerCase();
  const q = new URLSearchParams(location.search).get("q") || "";
  input.value = q;
  let index;
  try {
    const res = await fetch(root.dataset.index);
    if (!res.ok) throw new Error(`the index answered ${res.status}`);
    index = buildIndex(await res.json(), lang);
  } catch (err) {
    status.textContent = `Search is not available (${err.message}). Every page is listed in the sitemap.`;
    return;
  }
  const run = () => {
    const t0 = performance.now();
    show(search(index, input.value, lang), input.value, status, list);
    performance.measure("search-results", { start: t0 });
    const url = new URL(location.href);
    if (input.value.trim()) url.searchParams.set("q", input.value.trim());
    else url.searchParams.delete("q");
    history.replaceState(null, "", url);
  };
  input.addEventListener("input", run);
  input.form.addEventListener("submit", (e) => { e.preventDefault(); run(); });
  if (q) run();
  performance.mark("search-ready");
}

/** words splits text into lower-case words without accents. */
export function words(text) {
  return text.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "").match(/[\p{L}\p{N}]+/gu) || [];
}

/**
 * fold reduces an English word to a common form, so that a plural or a
 * possessive finds the singular ("supervisors" → "supervisor",
 * "activities" → "activity"). Other languages are left as they are.
 */
export function fold(word, lang) {
  if (!lang.startsWith("en") || word.length < 4) return word;
  if (word.endsWith("ies")) return word.slice(0, -3) + "y";
  if (/(ches|shes|sses|xes|zes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s") && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * buildIndex turns the file into per-page word counts: terms maps each
 * folded word to [page number, count in text, count in title] triples.
 */
function buildIndex(file, lang) {
  const pages = file.pages || [];
  const terms = new Map();
  pages.forEach((p, n) => {
    const counts = new Map();
    const add = (text, slot) => {
      for (const w of words(text)) {
        const f = fold(w, lang);
        const c = counts.get(f) || [0, 0];
        c[slot]++;
        counts.set(f, c);
      }
    };
    add(p.t, 1);
    add(`${p.d || ""} ${p.x}`, 0);
    for (const [f, [text, title]] of counts) {
      if (!terms.has(f)) terms.set(f, []);
      terms.get(f).push([n, text, title]);
    }
  });
  return { pages, terms, keys: [...terms.keys()] };
}

/**
 * search returns the pages holding every word of the query, the last one
 * also as the start of a longer word (it may still be being typed), best
 * first: a word in the title counts most, rarer words more than common
 * ones (tf-idf). A word and the longer words it starts count as one term,
 * its rarity that of all the pages holding any of them: one rare
 * completion ("fe" → "federal") must not outrank a page that uses the
 * common one ("fee") often.
 */
export function search(index, query, lang) {
  const qs = words(query);
  if (!qs.length) return [];
  const n = index.pages.length;
  let scores = null;
  qs.forEach((w, i) => {
    const found = termScores(index, w, lang, i === qs.length - 1, n);
    if (scores === null) scores = found;
    else for (const page of [...scores.keys()]) {
      if (found.has(page)) scores.set(page, scores.get(page) + found.get(page));
      else scores.delete(page);
    }
  });
  return [...scores].sort((a, b) => b[1] - a[1] || (index.pages[a[0]].u < index.pages[b[0]].u ? -1 : 1))
    .map(([page]) => ({ page: index.pages[page], query: qs }));
}

/**
 * termScores scores the pages holding query word w (folded or as typed,
 * and when last also any word it starts): tf-idf over the counts of all
 * the forms a page holds, with the exact word counting fully and a
 * completion at 0.8.
 */
function termScores(index, w, lang, last, n) {
  const f = fold(w, lang);
  const matched = new Set([f, w]);
  if (last && w.length >= 2) {
    for (const k of index.keys) if (k.startsWith(w)) matched.add(k);
  }
  const per = new Map(); // page → [count in text, in title, exact]
  for (const k of matched) {
    for (const [page, text, title] of index.terms.get(k) || []) {
      const c = per.get(page) || [0, 0, false];
      c[0] += text;
      c[1] += title;
      c[2] = c[2] || k === f;
      per.set(page, c);
    }
  }
  const idf = Math.log(1 + n / Math.max(per.size, 1));
  const found = new Map();
  for (const [page, [text, title, exact]] of per) {
    found.set(page, idf * (Math.log(1 + text) + 5 * Math.min(title, 1)) * (exact ? 1 : 0.8));
  }
  return found;
}

function show(results, query, status, list) {
  list.replaceChildren();
  if (!query.trim()) {
    status.textContent = "";
    return;
  }
  status.textContent = results.length === 0
    ? `No page holds all of “${query.trim()}”. Try fewer or other words.`
    : `${results.length} ${results.length === 1 ? "page" : "pages"} found${results.length > MAX ? `, the first ${MAX} shown` : ""}.`;
  for (const r of results.slice(0, MAX)) {
    const a = document.createElement("a");
    a.href = r.page.u;
    a.textContent = r.page.t;
    const h = document.createElement("h2");
    h.className = "search-result__title";
    h.append(a);
    const p = document.createElement("p");
    p.className = "search-result__excerpt";
    p.append(...excerpt(r.page.d && matches(r.page.d, r.query) ? r.page.d : r.page.x || r.page.d || "", r.query));
    const li = document.createElement("li");
    li.className = "search-result";
    li.append(h, p);
    list.append(li);
  }
  if (performance.getEntriesByName("search-first-result").length === 0) performance.mark("search-first-result");
}

/** matches reports whether text holds one of the query's words. */
function matches(text, qs) {
  return pattern(qs).test(text);
}

function pattern(qs) {
  const escaped = qs.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`(${escaped.join("|")})[\\p{L}\\p{N}]*`, "iu");
}

/**
 * excerpt returns nodes for about 200 characters of text around the first
 * word of the query, each query word marked.
 */
function excerpt(text, qs) {
  const re = pattern(qs);
  const at = text.search(re);
  const from = Math.max(0, at - 60);
  let part = text.slice(from, from + 200);
  if (from > 0) part = "… " + part.replace(/^\S*\s/, "");
  if (from + 200 < text.length) part = part.replace(/\s\S*$/, "") + " …";
  const out = [];
  const g = new RegExp(re.source, "giu");
  let last = 0;
  for (const m of part.matchAll(g)) {
    out.push(document.createTextNode(part.slice(last, m.index)));
    const mark = document.createElement("mark");
    mark.textContent = m[0];
    out.push(mark);
    last = m.index + m[0].length;
  }
  out.push(document.createTextNode(part.slice(last)));
  return out;
}
