// A planned catalog course gets its completion date from the catalog: the
// end of the course's next session (content/courses/<id>.toml [[sessions]]),
// so a person who ticks "Planned" on a course need not look the date up.

/**
 * planFromCourse fills the date of training entry (in its fields' box)
 * with the end of its catalog course's next session starting on or after
 * today (the date checked, YYYY-MM-DD), when the entry is planned and no part of its date is typed yet.
 * Returns whether it filled the date.
 */
export function planFromCourse(entry, lists, box, today) {
  const course = entry.planned && entry.course && (lists.courseInfo || {})[entry.course];
  if (!course || entry.date) return false;
  const inputs = ["day", "month", "year"].map((p) => box.querySelector(`[data-key="date"] input[data-part="${p}"]`));
  if (inputs.some((i) => !i || i.value.trim())) return false;
  const next = (course.sessions || []).find((s) => s.start >= today);
  const date = next && (next.end || next.start);
  if (!date) return false;
  entry.date = date;
  const [y, m, d] = date.split("-");
  [Number(d), Number(m), y].forEach((v, i) => { inputs[i].value = String(v); });
  return true;
}
