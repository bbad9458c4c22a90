// Multiple selection in the library list, as in a mail client: a click on a
// checkbox toggles one row; shift-click sets every row from the last clicked
// one (the anchor) to this one to the state the clicked row takes.

export interface Selection {
  selected: ReadonlySet<number>;
  /** The row last clicked without shift; where a shift-click range starts. */
  anchor: number | null;
}

export const EMPTY_SELECTION: Selection = { selected: new Set(), anchor: null };

/** The selection after a click on row `id`'s checkbox, `ids` being the rows in list order. */
export function clickSelection(state: Selection, ids: readonly number[], id: number, shift: boolean): Selection {
  const selected = new Set(state.selected);
  const turnOn = !selected.has(id);
  const from = shift && state.anchor !== null ? ids.indexOf(state.anchor) : -1;
  const to = ids.indexOf(id);
  if (from === -1 || to === -1) {
    if (turnOn) selected.add(id);
    else selected.delete(id);
    return { selected, anchor: id };
  }
  const [lo, hi] = from <= to ? [from, to] : [to, from];
  for (let i = lo; i <= hi; i++) {
    if (turnOn) selected.add(ids[i]);
    else selected.delete(ids[i]);
  }
  // The anchor stays, so a second shift-click re-spans from the same row.
  return { selected, anchor: state.anchor };
}

/** Every row selected, or none when all already are. */
export function toggleAll(state: Selection, ids: readonly number[]): Selection {
  const all = ids.length > 0 && ids.every((id) => state.selected.has(id));
  return { selected: all ? new Set() : new Set(ids), anchor: null };
}

/** The selection without rows no longer listed (deleted, or filtered out), in list order. */
export function selectedInOrder(state: Selection, ids: readonly number[]): number[] {
  return state.selected.size === 0 ? [] : ids.filter((id) => state.selected.has(id));
}
