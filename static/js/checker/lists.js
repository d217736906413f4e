// Choice lists for the form, taken from the rules (rules.json, format
// "endorse-rules/1"): vocabularies, categories, the course catalog and the
// association. Each list is [[value, label]…].

/** choiceLists builds every list the schema's `source` names. */
export function choiceLists(rules) {
  const vocab = rules.vocabulary || {};
  const lists = {};
  for (const [name, table] of Object.entries(vocab)) {
    lists[name] = Object.entries(table);
  }
  lists.categories = categoryChoices(rules.categories || []);
  lists.courses = (rules.catalog || []).map((c) => [c.id, courseLabel(c)]);
  lists.courseInfo = Object.fromEntries((rules.catalog || []).map((c) => [c.id, c]));
  lists.associations = associationChoices(rules.association || {});
  lists.categoryNames = Object.fromEntries((rules.categories || []).map((c) => [c.id, categoryLabel(c)]));
  return lists;
}

/** categoryChoices lists endorsements a person can hold, in listing order. */
function categoryChoices(categories) {
  return categories
    .filter((c) => c.kind !== "program")
    .slice()
    .sort((a, b) => (a.order || 0) - (b.order || 0))
    .map((c) => [c.id, categoryLabel(c)]);
}

/** categoryLabel is "Name (ABBR)". */
export function categoryLabel(c) {
  return c.abbr ? `${c.name} (${c.abbr})` : c.name;
}

function courseLabel(c) {
  return c.clock_hours ? `${c.title} (${c.clock_hours} clock hours)` : c.title;
}

function associationChoices(a) {
  const own = a.id ? [[a.id, a.name || a.id]] : [];
  return [...own, ["another", "Another infant mental health association"]];
}
