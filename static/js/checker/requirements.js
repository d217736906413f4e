// Requirement texts from rules.json. The report names requirements by id;
// the words people read come from the category's requirement list for the
// edition that was applied.

/**
 * requirementTexts returns id → plain text of the requirements applied.
 * list is the category's flat `requirements` (or `renewal`) list in file
 * order: top-level entries name their editions (none = every edition) and,
 * in `renewal`, the dates they apply from/until; children follow the
 * definition of their parent they belong to.
 */
export function requirementTexts(list, editionId, asOf) {
  const texts = {};
  const included = {};
  for (const r of list || []) {
    const own = (!r.editions || !editionId || r.editions.includes(editionId)) &&
      (!r.from || r.from <= asOf) && (!r.until || asOf <= r.until);
    const ok = r.parent ? included[r.parent] === true && own : own;
    included[r.id] = ok;
    if (ok) texts[r.id] = plainText(r.text || "");
  }
  return texts;
}

/**
 * plainText drops the Markdown marks used in requirement texts (emphasis,
 * links, code) and keeps the words.
 */
export function plainText(md) {
  return md
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|__|\*|_|`)(?=\S)([^]*?\S)\1/g, "$2")
    .replace(/\s+/g, " ")
    .trim();
}
