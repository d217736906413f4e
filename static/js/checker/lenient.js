// Evaluating a profile that is still being typed. The engine rejects a
// profile with any unfinished entry (a degree without its date, say). So
// that results stay useful while a person types, entries the engine
// rejects are left out and reported as problems to show next to them; the
// rest is evaluated.

/** Entries are dropped in at most this many rounds. */
const MAX_ROUNDS = 4;

/**
 * evaluateLenient returns {res, problems, index, profile}: res is the engine's
 * answer for the profile without the rejected entries; problems are
 * {list, index, object, key, message} in terms of the person's entries;
 * index[list][i] is the person's entry index of evaluated entry i;
 * profile is the profile evaluated (the plan is made from it).
 */
export function evaluateLenient(engine, profile, asOf) {
  let current = { profile, index: identityIndex(profile) };
  const problems = [];
  for (let round = 0; ; round++) {
    const res = engine.evaluate(current.profile, asOf, "");
    const found = res.error ? parseErrors(res.error) : [];
    if (!res.error || round === MAX_ROUNDS || found.some((p) => !p.list && !p.object)) {
      return { res, problems, index: current.index, profile: current.profile };
    }
    problems.push(...found.map((p) => (p.list ? { ...p, index: current.index[p.list][p.index] } : p)));
    current = prune(current, found);
  }
}

/** identityIndex maps every list entry to itself. */
function identityIndex(profile) {
  const index = {};
  for (const [key, value] of Object.entries(profile)) {
    if (Array.isArray(value)) index[key] = value.map((_, i) => i);
  }
  return index;
}

const PATH = /^([a-z_]+)(?:\[(\d+)\])?(?:\.([a-z_]+))?: (.*)$/;

/**
 * parseErrors reads the engine's error lines ("training[2].hours: must be
 * …"): list entries get {list, index, key}, objects {object, key}; a line
 * without such a path gets only {message}.
 */
export function parseErrors(text) {
  return text.split("\n").map((line) => {
    const m = PATH.exec(line);
    if (!m) return { message: line };
    if (m[2] !== undefined) return { list: m[1], index: Number(m[2]), key: m[3] || "", message: m[4] };
    return { object: m[1], key: m[3] || "", message: m[4] };
  });
}

/** prune leaves out the entries and objects named by problems. */
function prune(current, problems) {
  const profile = { ...current.profile };
  const index = { ...current.index };
  for (const p of problems) {
    if (p.object) delete profile[p.object];
  }
  for (const list of new Set(problems.filter((p) => p.list).map((p) => p.list))) {
    const bad = new Set(problems.filter((p) => p.list === list).map((p) => p.index));
    profile[list] = profile[list].filter((_, i) => !bad.has(i));
    index[list] = index[list].filter((_, i) => !bad.has(i));
  }
  return { profile, index };
}
