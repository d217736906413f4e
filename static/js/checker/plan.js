// The plan: for the category the verdict is about, today's verdict next to
// the verdict with the person's planned entries (a course they will take,
// RSC they expect: the "Planned" boxes of the form), the open requirements
// in the order they are projected to be met, and the dates that matter as
// a calendar file made in the browser (ics.js: nothing is sent).
//
// The engine's plan ("endorse-plan/1", internal/engine/plan_json.go)
// carries codes and arguments: the gaps and the calendar's dates are
// worded by the message catalog (messages.js: [messages], [events], the
// calendar file's own words, [calendar], and the plan's own, [plan]).

import { formatDate } from "./dates.js";
import { el, replace } from "./dom.js";
import { buildCalendar } from "./ics.js";
import { amountWords, calendarWords, eventWords, numberWords, planWords, sayAll } from "./messages.js";
import { openText, statusBadge } from "./results.js";
import { download } from "./store.js";

/** KIND_WORDS name a requirement by its kind. */
const KIND_WORDS = {
  attestation: "Statement", code_of_ethics: "Code of Ethics", courses: "Courses", credential: "Credential",
  degree: "Degree", endorsement: "Endorsement held", exam: "Exam", leadership: "Leadership",
  membership: "Membership", references: "References", rsc_provided: "Reflective supervision/consultation provided",
  rsc_received: "Reflective supervision/consultation received", training: "Training", work: "Specialized work",
  any_of: "One of the pathways", all_of: "Requirements",
};

/** SUGGESTED is how many catalog courses a training step offers at most. */
const SUGGESTED = 3;

/**
 * createPlan returns {node, update(res, view, rules, extra)}: the plan
 * section. onAdd(entry) adds a planned training entry (a catalog course
 * the person chose from a training step) to the profile.
 */
export function createPlan(onAdd) {
  const title = el("h3", { id: "plan-title", text: "Your plan" });
  const body = el("div", { className: "plan-body" });
  const node = el("section", { className: "plan", id: "checker-plan", "aria-labelledby": "plan-title" }, title, body);
  let calendar = null; // {name, text} of the latest plan
  let shown = ""; // what the plan drawn last was made from (see update)
  const button = el("button", { type: "button", className: "secondary", id: "plan-ics", text: "Download these dates for your calendar (.ics)" });
  button.addEventListener("click", () => calendar && download(calendar.name, calendar.text, "text/calendar"));
  return {
    node,
    /**
     * update shows res ({report: plan, error}) for view (null: nothing to
     * plan); extra: {profile (the person's), asOf}.
     */
    update(res, view, rules, extra) {
      node.hidden = !view || !res || Boolean(res.error);
      if (node.hidden) return;
      const plan = res.report;
      // Most answers leave the plan as it was: it is drawn again only when
      // what it is made of changed, so a person about to press one of its
      // buttons does not see it replaced under the pointer.
      const made = JSON.stringify([plan, extra.asOf, (extra.profile.training || []).map((t) => t.course)]);
      if (made === shown) return;
      shown = made;
      const cat = (rules.categories || []).find((c) => c.id === plan.category);
      title.textContent = cat ? planWords("title", { category: cat.id }) : planWords("renewal_title");
      calendar = plan.events.length ? { name: "endorsement-plan.ics", text: calendarText(plan, rules) } : null;
      button.hidden = !calendar;
      const courses = { rules, profile: extra.profile, asOf: extra.asOf, onAdd, level: cat && cat.level };
      replace(body, cat ? compareNode(plan) : null, cat ? stepsNode(plan, courses) : null, eventsNode(plan, rules), button,
        calendar ? el("p", { className: "help", text: "The calendar file is made in your browser: nothing is sent. Each date has reminders 30 and 7 days before." }) : null);
    },
  };
}

/** compareNode shows today's verdict and the verdict with the plans side by side. */
function compareNode(plan) {
  const withTitle = plan.planned ? `With my plans (by ${formatDate(plan.plan_day)})` : "With my plans";
  const none = plan.planned ? null : el("p", { className: "help", text: "No plans yet: tick “Planned” on a course or on RSC you expect to receive, and this shows what they would change." });
  return [el("div", { className: "plan-compare" },
    el("div", { className: "plan-view", id: "plan-today" }, el("h4", { text: "Today" }), verdictLine(plan.today)),
    el("div", { className: "plan-view", id: "plan-with" }, el("h4", { text: withTitle }), verdictLine(plan.with_plans))),
  none];
}

/** verdictLine is "✗ Not met yet, 2 requirements open" (the comma stays with the status). */
function verdictLine(v) {
  if (!(v.open > 0)) return el("p", {}, statusBadge(v.status, true));
  return el("p", {}, el("span", { className: "nowrap" }, statusBadge(v.status, true), ","), ` ${openText(v.open)}`);
}

/** stepsNode lists the open requirements, the soonest met first. */
function stepsNode(plan, courses) {
  if (!plan.steps.length) return el("p", { text: planWords("nothing_open") });
  return el("ol", { className: "plan-steps" }, plan.steps.map((s) => el("li", { "data-requirement": s.id },
    el("strong", { text: KIND_WORDS[s.kind] || s.id }), ": ",
    s.gaps.length ? `Missing: ${sayAll(s.gaps)}. ` : "",
    stepDate(s, plan),
    s.kind === "training" && s.plan_status !== "met" && s.plan_status !== "met_with_warning" ? coursesNode(s, courses) : null)));
}

/**
 * coursesNode offers catalog courses that would add to a training step:
 * those covering a topic it lacks first, then by the catalog's order; not
 * those the person lists already. Each can be added to the plan, dated by
 * the end of its next session (a self-paced course: the person gives the date).
 * Only courses written for the category's level (the course's levels, as
 * the engine's next steps choose them: model.Course.Fits; a plan is for a
 * new application, so an introductory course may fit).
 */
function coursesNode(step, { rules, profile, asOf, onAdd, level }) {
  const listed = new Set((profile.training || []).map((t) => t.course).filter(Boolean));
  const lacking = new Set(step.gaps.filter((g) => g.code === "more_topic_hours").map((g) => g.topic));
  const covers = (c) => (c.topics || []).some((t) => lacking.has(t));
  const offered = (rules.catalog || [])
    .filter((c) => c.clock_hours > 0 && !listed.has(c.id) && (c.self_paced || nextSession(c, asOf)))
    .filter((c) => !(c.levels || []).length || c.levels.includes(level))
    .sort((a, b) => Number(covers(b)) - Number(covers(a)) || (a.sequence || 0) - (b.sequence || 0))
    .slice(0, SUGGESTED);
  if (!offered.length) return null;
  return el("div", { className: "plan-courses" }, el("p", { text: "Courses from our catalog that count:" }),
    el("ul", {}, offered.map((c) => {
      const add = el("button", { type: "button", className: "secondary", text: `Add ${c.title} to my plan` });
      const next = nextSession(c, asOf);
      add.addEventListener("click", () => onAdd({ course: c.id, title: c.title, planned: true, ...(next ? { date: next.end || next.start } : {}) }));
      return el("li", { "data-course": c.id }, courseWords(c, next), " ", add);
    })));
}

/** nextSession is the first session of course c starting on or after day (undefined: none). */
function nextSession(c, day) {
  return (c.sessions || []).find((s) => s.start >= day);
}

/** courseWords is "Title: 15 clock hours; next session 18 January to 12 March 2027; $120 ($90 for members)." */
function courseWords(c, next) {
  const parts = [amountWords(numberWords(c.clock_hours), "clock_hours")];
  if (next) parts.push(next.end ? `next session ${formatDate(next.start)} to ${formatDate(next.end)}` : `next session from ${formatDate(next.start)}`);
  else if (c.self_paced) parts.push("self-paced: start any time");
  const price = priceWords(c.price);
  if (price) parts.push(price);
  return `${c.title}: ${parts.join("; ")}.`;
}

/** priceWords is a course's price ("" when it publishes none). rules.json
 * leaves out a price of 0 (free), as it leaves out every zero number. */
function priceWords(p) {
  if (!p || !p.currency) return "";
  const member = p.member || 0;
  const others = p.non_member || 0;
  const fmt = (v) => (v === 0 ? "free" : new Intl.NumberFormat("en", { style: "currency", currency: p.currency, minimumFractionDigits: 0 }).format(v));
  return member === others ? fmt(member) : `${fmt(others)} (${fmt(member)} for members)`;
}

/** stepDate says when a step is projected to be met, and on what basis. */
function stepDate(s, plan) {
  const metWithPlans = s.plan_status === "met" || s.plan_status === "met_with_warning";
  if (s.plan_status === "incomplete") return planWords("incomplete");
  if (!s.met_by) return planWords("no_date");
  if (metWithPlans && plan.planned && s.met_by !== s.projected) return planWords("met_with_plans", { date: s.met_by });
  return planWords("met_at_pace", { date: s.met_by });
}

/** eventsNode lists the calendar's dates. */
function eventsNode(plan, rules) {
  if (!plan.events.length) return null;
  return [el("h4", { text: planWords("dates") }),
    el("ul", { className: "plan-events" }, plan.events.map((e) => el("li", { "data-event": e.code },
      el("span", { className: "nowrap", text: `${formatDate(e.date)}: ` }), eventWords(e).summary)))];
}

/** calendarText is the plan's events as an iCalendar file, worded by the catalog. */
function calendarText(plan, rules) {
  const assoc = rules.association || {};
  return buildCalendar({
    prodId: `-//${assoc.name || assoc.id || "Endorse"}//Endorsement checker//EN`,
    name: calendarWords("name"),
    domain: location.hostname || "endorse.invalid",
    stamp: plan.as_of,
    reminder: (days, summary) => calendarWords("reminder", { days, summary }),
    events: plan.events.map((e) => {
      const w = eventWords(e);
      return { uid: e.key, date: e.date, summary: w.summary, description: calendarWords("source", { description: w.description, date: plan.as_of }) };
    }),
  });
}
