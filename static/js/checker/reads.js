// Which questions of the form a category reads: the profile lists and
// answers that the requirements of its edition in force on a day look at
// (rules.json, "endorse-rules/1"), and those its RSC provider rules look at.
// The form asks only these once a category is chosen (issue 12.1): no exam
// for a category without one, no leadership for a Specialist. Nothing here
// names a category: a changed requirement changes the questions at once.

import { requirementsInForce } from "./services.js";

/**
 * KIND_READS gives, per requirement kind, the profile keys (the form's
 * parts, answers.js partKey) its check reads; a function gets the
 * requirement (a degree requirement reads licenses and credentials only
 * when it accepts them).
 */
export const KIND_READS = {
  degree: (r) => ["degrees", ...(r.license ? ["licenses"] : []), ...((r.credentials || []).length ? ["credentials"] : [])],
  credential: () => ["credentials"],
  training: () => ["training"],
  courses: () => ["training"],
  work: () => ["work"],
  leadership: () => ["leadership"],
  rsc_received: () => ["rsc_received"],
  rsc_provided: () => ["rsc_provided"],
  references: () => ["references"],
  exam: () => ["exam"],
  code_of_ethics: () => ["code_of_ethics"],
  membership: () => ["memberships"],
  attestation: () => ["attestations"],
  endorsement: () => ["endorsements"],
};

/**
 * APPLICANT_READS gives what a provider rule's applicant condition reads:
 * the degree level, or whether the applicant provides RSC.
 */
const APPLICANT_READS = { below_master: "degrees", master: "degrees", provides_rsc: "rsc_provided" };

/**
 * partsRead returns the Set of profile keys category id reads on day
 * (YYYY-MM-DD), or null when rules hold no such category or it has no
 * edition in force then (the form then asks everything).
 */
export function partsRead(rules, id, day) {
  const c = (rules.categories || []).find((x) => x.id === id);
  const reqs = c && requirementsInForce(c, day);
  if (!reqs) return null;
  const keys = new Set();
  for (const r of reqs) {
    const reads = KIND_READS[r.kind];
    if (reads) reads(r).forEach((k) => keys.add(k));
    if (r.after_degree) keys.add("degrees");
  }
  for (const rule of (rules.providers || {}).rules || []) {
    if ((rule.categories || []).includes(id) && APPLICANT_READS[rule.applicant]) keys.add(APPLICANT_READS[rule.applicant]);
  }
  return keys;
}

/**
 * paidOnly lists the categories (in listing order, as {id, abbr, name})
 * whose work requirements in force on day count only paid work, in one of
 * their pathways at least: the guided start says so when it asks whether
 * the work is paid.
 */
export function paidOnly(rules, day) {
  return (rules.categories || []).filter((c) => c.kind === "category").slice().sort((a, b) => (a.order || 0) - (b.order || 0))
    .filter((c) => (requirementsInForce(c, day) || []).some((r) => r.kind === "work" && r.paid));
}

