// The form's structure: the sections of the endorsement application, each
// with repeatable lists of entries and single answers, mapped one to one to
// the keys of the profile format "endorse-profile/1" (internal/profile/doc.go).
//
// Field types: text, number, date, checkbox, select (options: fixed list or
// a vocabulary / category / course list from the rules), topics (a group of
// checkboxes from the topic vocabulary), services (a group of checkboxes
// from the service vocabulary, each with what it covers and which
// categories count it: services.js). Empty fields are left out of the
// profile, so the engine sees them as "not answered".
//
// For the one-line summaries, "check your answers" and the receipt
// (answers.js): a part's `plural`; a field's `short` (a checkbox's words
// when ticked, the words before a date or a value) and `unit` (after a
// number).

export const DEGREE_LEVELS = [
  ["associate", "Associate's degree"],
  ["bachelor", "Bachelor's degree"],
  ["master", "Master's degree"],
  ["doctorate", "Doctorate (PhD, PsyD, EdD, MD, DO…)"],
];
export const AGE_BANDS = [
  ["infant", "Infants and toddlers (pregnancy to 36 months)"],
  ["early_childhood", "Young children (3 up to 6 years)"],
  ["both", "Both age groups"],
];
const RSC_FORMATS = [
  ["individual", "Individual"],
  ["group", "Group, with an identified facilitator"],
  ["peer", "Peer group without a facilitator"],
];
const LEVELS = [["local", "Local"], ["regional", "Regional"], ["state", "State"], ["national", "National"]];
const EXAM_FORMS = [["imh", "Infant mental health (0–3)"], ["ecmh", "Early childhood mental health (3–6)"]];

const date = (key, label, short, help) => ({ key, type: "date", label, short, help });

/** The application sections, in the order of the application. */
export const SECTIONS = [
  {
    id: "renewal", legend: "Endorsements you hold", renewalOnly: true,
    help: "List the endorsements you hold now, if any: the add-ons build on one, and the renewal check shows what you need this year to keep them.",
    parts: [{
      list: "endorsements", none: "I hold no endorsement", title: "Endorsements", noun: "endorsement", plural: "endorsements", fields: [
        { key: "category", type: "select", source: "categories", label: "Endorsement" },
        date("since", "Held since", "held since"),
      ],
    }],
  },
  {
    id: "education", legend: "Education",
    help: "Degrees you have earned, and other credentials or licenses. Only list what you have completed.",
    parts: [
      {
        list: "degrees", none: "I have no degree", title: "Degrees", noun: "degree", plural: "degrees", fields: [
          { key: "level", type: "select", options: DEGREE_LEVELS, label: "Degree level" },
          { key: "name", type: "text", label: "Degree name", help: "For example BA, MSW or PhD." },
          { key: "field", type: "text", label: "Field of study", short: "in" },
          { key: "related", type: "checkbox", label: "The field is related to infant or early childhood development, family work or mental health", short: "related field" },
          date("date", "Date the degree was awarded", "awarded"),
        ],
      },
      {
        list: "credentials", none: "I have no other credential", title: "Credentials", noun: "credential", plural: "credentials", fields: [
          { key: "id", type: "select", source: "credentials", label: "Credential" },
          date("date", "Date earned", "earned"),
        ],
      },
      {
        list: "licenses", none: "I have no license", title: "Licenses", noun: "license", plural: "licenses", fields: [
          { key: "kind", type: "select", source: "licenses", label: "Kind of license" },
          { key: "name", type: "text", label: "License name", help: "For example LMSW or LPC." },
          date("date", "Licensed since", "since"),
        ],
      },
    ],
  },
  {
    id: "training", legend: "Training",
    help: "Relationship-based training you have completed: courses, workshops, conferences. A course from our catalog counts with its listed clock hours.",
    parts: [{
      list: "training", none: "I have no training to list", title: "Training", noun: "course or workshop", plural: "courses or workshops", fields: [
        { key: "course", type: "select", source: "courses", empty: "Not a catalog course", label: "Course from our catalog", help: "Pick a course you completed from our catalog, or leave “Not a catalog course” for other training.", summary: false },
        { key: "title", type: "text", label: "Title" },
        { key: "hours", type: "number", step: "0.25", label: "Clock hours", unit: "clock hours", help: "For a catalog course you may leave this empty: its listed hours count." },
        { key: "planned", type: "checkbox", label: "Planned: I have not taken it yet", short: "planned", help: "A planned course counts only in “With my plans”, from the date you expect to finish it." },
        date("date", "Date completed", "completed", "For a planned course, the date you expect to finish it."),
        { key: "topics", type: "topics", label: "Topics covered" },
      ],
    }],
  },
  {
    id: "work", legend: "Specialized work",
    help: "Jobs and internships in which you served infants, young children and their families, and leadership roles.",
    parts: [
      {
        list: "work", none: "I have no such work to list", title: "Work experience", noun: "work entry", plural: "work entries", fields: [
          { key: "role", type: "text", label: "Job title or role" },
          date("start", "Start date", "from"),
          date("end", "End date", "to", "Leave empty if you still work there."),
          { key: "paid", type: "checkbox", label: "Paid work", short: "paid" },
          { key: "fte", type: "number", step: "0.05", min: "0", max: "1", label: "Share of full time (FTE)", unit: "FTE", help: "1 for full time, 0.5 for half time. Empty means full time." },
          { key: "internship", type: "checkbox", label: "This was a supervised graduate internship", short: "graduate internship" },
          { key: "supervisor_endorsement", type: "select", source: "categories", empty: "None or not known", label: "Internship supervisor's endorsement", short: "supervisor:", help: "Only for internships." },
          { key: "age_band", type: "select", options: AGE_BANDS, label: "Ages of the children served" },
          { key: "services", type: "services", label: "Kinds of service", help: "Tick every kind of service this work included." },
          { key: "dyadic", type: "checkbox", label: "The work is with the child and the parent together", short: "with child and parent together" },
          { key: "families", type: "number", step: "1", min: "0", label: "Number of families served", unit: "families" },
        ],
      },
      {
        list: "leadership", none: "I have no leadership role", title: "Leadership", noun: "leadership role", plural: "leadership roles", fields: [
          { key: "role", type: "text", label: "Role" },
          date("start", "Start date", "from"),
          date("end", "End date", "to", "Leave empty if ongoing."),
          { key: "kind", type: "select", source: "leadership", label: "Kind of leadership" },
          { key: "level", type: "select", options: LEVELS, label: "Level" },
        ],
      },
    ],
  },
  {
    id: "rsc", legend: "Reflective supervision/consultation",
    help: "Reflective supervision or consultation (RSC) you received, and RSC you provide to others.",
    parts: [
      {
        list: "rsc_received", none: "I have received no RSC", title: "RSC received", name: "RSC received", noun: "RSC entry", plural: "RSC entries", periodDates: true, fields: [
          date("start", "Date, or first day of a period", "from"),
          date("end", "Last day of the period", "to", "Leave empty for a single session."),
          { key: "hours", type: "number", step: "0.25", min: "0", label: "Hours", unit: "hours" },
          { key: "format", type: "select", options: RSC_FORMATS, label: "Format" },
          { key: "provider", type: "text", label: "Provider's name", short: "with", help: "Used only to count how many different providers you had." },
          { key: "provider_endorsement", type: "select", source: "categories", label: "Provider's endorsement", short: "provider:" },
          { key: "provider_vetted", type: "checkbox", label: "The provider is not endorsed but was vetted by the association", short: "provider vetted" },
          { key: "provider_master", type: "checkbox", label: "The provider holds a Master's degree or higher", short: "provider has a Master's" },
          { key: "provider_ers", type: "checkbox", label: "The provider holds the Endorsed Reflective Supervisor add-on", short: "provider holds the ERS add-on" },
          { key: "about_own_rsc", type: "checkbox", label: "These sessions were about the RSC I provide", short: "about the RSC I provide" },
          { key: "planned", type: "checkbox", label: "Planned: I expect to receive these hours", short: "planned", help: "Planned hours count only in “With my plans”." },
        ],
      },
      {
        list: "rsc_provided", none: "I do not provide RSC", title: "RSC provided", name: "RSC provided", noun: "period of RSC provided", plural: "periods of RSC provided", fields: [
          date("start", "Start date", "from"),
          date("end", "End date", "to", "Leave empty if ongoing."),
          { key: "format", type: "select", options: RSC_FORMATS.slice(0, 2), label: "Format" },
          { key: "supervisees", type: "number", step: "1", min: "0", label: "Number of supervisees", unit: "supervisees" },
        ],
      },
    ],
  },
  {
    id: "references", legend: "References",
    help: "The people who will complete reference ratings for you. Names are not needed.",
    parts: [{
      list: "references", none: "I have no references yet", title: "References", noun: "reference", plural: "references", fields: [
        { key: "role", type: "select", source: "roles", label: "How this person knows your work" },
        { key: "rater_endorsement", type: "select", source: "categories", empty: "None", keepEmpty: true, label: "Their endorsement", short: "endorsed:", help: "Leave “None” if they are not endorsed." },
        { key: "rater_vetted", type: "checkbox", label: "Not endorsed, but vetted by the endorsement coordinator", short: "vetted by the coordinator" },
      ],
    }],
  },
  {
    id: "other", legend: "Ethics, membership and exam",
    help: "The remaining parts of the application. The endorsement exam is asked here only when the category you check has one.",
    parts: [
      {
        object: "exam", legend: "Endorsement exam", name: "exam", onlyFor: "exam", fields: [
          { key: "passed", type: "checkbox", label: "I passed the endorsement exam", short: "passed" },
          date("date", "Date passed", "on"),
          { key: "form", type: "select", options: EXAM_FORMS, label: "Exam form" },
        ],
      },
      {
        object: "code_of_ethics", legend: "Code of Ethics and Endorsement Agreement", name: "Code of Ethics", fields: [
          { key: "signed", type: "checkbox", label: "I signed the Code of Ethics and the Endorsement Agreement", short: "signed" },
          date("date", "Date signed", "on"),
        ],
      },
      {
        list: "memberships", none: "I am not a member", title: "Memberships", noun: "membership", plural: "memberships", fields: [
          { key: "association", type: "select", source: "associations", label: "Association" },
          date("until", "Paid up until", "paid up until", "Leave empty if current with no end date."),
        ],
      },
      { attestations: "attestations", legend: "Statements", name: "statements" },
    ],
  },
];
