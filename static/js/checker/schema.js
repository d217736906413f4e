// The form's structure: the sections of the endorsement application, each
// with repeatable lists of entries and single answers, mapped one to one to
// the keys of the profile format "endorse-profile/1" (internal/profile/doc.go).
//
// Field types: text, number, date, checkbox, select (options: fixed list or
// a vocabulary / category / course list from the rules), topics (a group of
// checkboxes from the topic vocabulary). Empty fields are left out of the
// profile, so the engine sees them as "not answered".

export const DEGREE_LEVELS = [
  ["associate", "Associate's degree"],
  ["bachelor", "Bachelor's degree"],
  ["master", "Master's degree"],
  ["doctorate", "Doctorate (PhD, PsyD, EdD, MD, DO…)"],
];
const AGE_BANDS = [
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

const date = (key, label, help) => ({ key, type: "date", label, help });

/** The application sections, in the order of the application. */
export const SECTIONS = [
  {
    id: "renewal", legend: "Endorsements you hold", renewalOnly: true,
    help: "List the endorsements you hold now, if any: the add-ons build on one, and the renewal check shows what you need this year to keep them.",
    parts: [{
      list: "endorsements", title: "Endorsements", noun: "endorsement", fields: [
        { key: "category", type: "select", source: "categories", label: "Endorsement" },
        date("since", "Held since"),
      ],
    }],
  },
  {
    id: "education", legend: "Education",
    help: "Degrees you have earned, and other credentials or licenses. Only list what you have completed.",
    parts: [
      {
        list: "degrees", title: "Degrees", noun: "degree", fields: [
          { key: "level", type: "select", options: DEGREE_LEVELS, label: "Degree level" },
          { key: "name", type: "text", label: "Degree name", help: "For example BA, MSW or PhD." },
          { key: "field", type: "text", label: "Field of study" },
          { key: "related", type: "checkbox", label: "The field is related to infant or early childhood development, family work or mental health" },
          date("date", "Date the degree was awarded"),
        ],
      },
      {
        list: "credentials", title: "Credentials", noun: "credential", fields: [
          { key: "id", type: "select", source: "credentials", label: "Credential" },
          date("date", "Date earned"),
        ],
      },
      {
        list: "licenses", title: "Licenses", noun: "license", fields: [
          { key: "kind", type: "select", source: "licenses", label: "Kind of license" },
          { key: "name", type: "text", label: "License name", help: "For example LMSW or LPC." },
          date("date", "Licensed since"),
        ],
      },
    ],
  },
  {
    id: "training", legend: "Training",
    help: "Relationship-based training you have completed: courses, workshops, conferences. A course from our catalog counts with its listed clock hours.",
    parts: [{
      list: "training", title: "Training", noun: "course or workshop", fields: [
        { key: "course", type: "select", source: "courses", empty: "Not a catalog course", label: "Course from our catalog", help: "Pick a course you completed from our catalog, or leave “Not a catalog course” for other training." },
        { key: "title", type: "text", label: "Title" },
        { key: "hours", type: "number", step: "0.25", label: "Clock hours", help: "For a catalog course you may leave this empty: its listed hours count." },
        date("date", "Date completed"),
        { key: "topics", type: "topics", label: "Topics covered" },
      ],
    }],
  },
  {
    id: "work", legend: "Specialized work",
    help: "Jobs and internships in which you served infants, young children and their families, and leadership roles.",
    parts: [
      {
        list: "work", title: "Work experience", noun: "work entry", fields: [
          { key: "role", type: "text", label: "Job title or role" },
          date("start", "Start date"),
          date("end", "End date", "Leave empty if you still work there."),
          { key: "paid", type: "checkbox", label: "Paid work" },
          { key: "fte", type: "number", step: "0.05", min: "0", max: "1", label: "Share of full time (FTE)", help: "1 for full time, 0.5 for half time. Empty means full time." },
          { key: "internship", type: "checkbox", label: "This was a supervised graduate internship" },
          { key: "supervisor_endorsement", type: "select", source: "categories", empty: "None or not known", label: "Internship supervisor's endorsement", help: "Only for internships." },
          { key: "age_band", type: "select", options: AGE_BANDS, label: "Ages of the children served" },
          { key: "service", type: "select", source: "services", label: "Main kind of service" },
          { key: "families", type: "number", step: "1", min: "0", label: "Number of families served" },
        ],
      },
      {
        list: "leadership", title: "Leadership", noun: "leadership role", fields: [
          { key: "role", type: "text", label: "Role" },
          date("start", "Start date"),
          date("end", "End date", "Leave empty if ongoing."),
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
        list: "rsc_received", title: "RSC received", noun: "RSC entry", periodDates: true, fields: [
          date("start", "Date, or first day of a period"),
          date("end", "Last day of the period", "Leave empty for a single session."),
          { key: "hours", type: "number", step: "0.25", min: "0", label: "Hours" },
          { key: "format", type: "select", options: RSC_FORMATS, label: "Format" },
          { key: "provider", type: "text", label: "Provider's name", help: "Used only to count how many different providers you had." },
          { key: "provider_endorsement", type: "select", source: "categories", label: "Provider's endorsement" },
          { key: "provider_vetted", type: "checkbox", label: "The provider is not endorsed but was vetted by the association" },
          { key: "provider_master", type: "checkbox", label: "The provider holds a Master's degree or higher" },
          { key: "provider_ers", type: "checkbox", label: "The provider holds the Endorsed Reflective Supervisor add-on" },
          { key: "about_own_rsc", type: "checkbox", label: "These sessions were about the RSC I provide" },
        ],
      },
      {
        list: "rsc_provided", title: "RSC provided", noun: "period of RSC provided", fields: [
          date("start", "Start date"),
          date("end", "End date", "Leave empty if ongoing."),
          { key: "format", type: "select", options: RSC_FORMATS.slice(0, 2), label: "Format" },
          { key: "supervisees", type: "number", step: "1", min: "0", label: "Number of supervisees" },
        ],
      },
    ],
  },
  {
    id: "references", legend: "References",
    help: "The people who will complete reference ratings for you. Names are not needed.",
    parts: [{
      list: "references", title: "References", noun: "reference", fields: [
        { key: "role", type: "select", source: "roles", label: "How this person knows your work" },
        { key: "rater_endorsement", type: "select", source: "categories", empty: "None", keepEmpty: true, label: "Their endorsement", help: "Leave “None” if they are not endorsed." },
        { key: "rater_vetted", type: "checkbox", label: "Not endorsed, but vetted by the endorsement coordinator" },
      ],
    }],
  },
  {
    id: "other", legend: "Exam, code of ethics and membership",
    help: "The remaining parts of the application.",
    parts: [
      {
        object: "exam", legend: "Endorsement exam", fields: [
          { key: "passed", type: "checkbox", label: "I passed the endorsement exam" },
          date("date", "Date passed"),
          { key: "form", type: "select", options: EXAM_FORMS, label: "Exam form" },
        ],
      },
      {
        object: "code_of_ethics", legend: "Code of Ethics and Endorsement Agreement", fields: [
          { key: "signed", type: "checkbox", label: "I signed the Code of Ethics and the Endorsement Agreement" },
          date("date", "Date signed"),
        ],
      },
      {
        list: "memberships", title: "Memberships", noun: "membership", fields: [
          { key: "association", type: "select", source: "associations", label: "Association" },
          date("until", "Paid up until", "Leave empty if current with no end date."),
        ],
      },
      { attestations: "attestations", legend: "Statements" },
    ],
  },
];
