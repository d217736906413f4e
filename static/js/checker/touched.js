// Which answers the person has typed into, so that nothing is flagged
// before they have: a problem of a field shows once the person changed that
// field and left it, a problem of an entry once they changed any of its
// fields and left the entry, and every problem of an entry that came with
// saved or imported data at once. Keyed by the entry objects of the profile
// being edited, so removing an entry does not pass its state to the next.

export class Touched {
  constructor() {
    this.state = new WeakMap();
  }

  of(entry) {
    let s = this.state.get(entry);
    if (!s) {
      s = { changed: new Set(), left: new Set(), leftEntry: false, loaded: false };
      this.state.set(entry, s);
    }
    return s;
  }

  /** changed records that the person changed field key of entry. */
  changed(entry, key) {
    this.of(entry).changed.add(key);
  }

  /** leftField records that the focus left field key of entry. */
  leftField(entry, key) {
    const s = this.of(entry);
    if (s.changed.has(key)) s.left.add(key);
  }

  /** leftEntry records that the focus left entry. */
  leftEntry(entry) {
    const s = this.of(entry);
    if (s.changed.size) s.leftEntry = true;
  }

  /** loaded marks entry as typed before (saved or imported data). */
  loaded(entry) {
    this.of(entry).loaded = true;
  }

  /** shows reports whether a problem of entry (field key, or "") may show. */
  shows(entry, key) {
    const s = entry && this.state.get(entry);
    return Boolean(s) && (s.loaded || s.leftEntry || (Boolean(key) && s.left.has(key)));
  }
}
