import { describe, expect, it } from 'vitest';
import { clickSelection, EMPTY_SELECTION, selectedInOrder, toggleAll } from '../../lib/library/selection';

const ids = [50, 40, 30, 20, 10]; // list order: newest first

describe('clickSelection', () => {
  it('toggles one row and makes it the anchor', () => {
    const one = clickSelection(EMPTY_SELECTION, ids, 40, false);
    expect([...one.selected]).toEqual([40]);
    expect(one.anchor).toBe(40);
    const none = clickSelection(one, ids, 40, false);
    expect([...none.selected]).toEqual([]);
  });

  it('shift-click ticks every row between the anchor and the clicked row, in either direction', () => {
    const down = clickSelection(clickSelection(EMPTY_SELECTION, ids, 40, false), ids, 20, true);
    expect(selectedInOrder(down, ids)).toEqual([40, 30, 20]);
    const up = clickSelection(clickSelection(EMPTY_SELECTION, ids, 10, false), ids, 30, true);
    expect(selectedInOrder(up, ids)).toEqual([30, 20, 10]);
  });

  it('shift-click on a ticked row unticks the range, and keeps the anchor for the next shift-click', () => {
    let s = clickSelection(EMPTY_SELECTION, ids, 50, false);
    s = clickSelection(s, ids, 10, true);
    expect(selectedInOrder(s, ids)).toEqual(ids);
    s = clickSelection(s, ids, 30, true); // 30 is ticked: the range 50..30 is unticked
    expect(selectedInOrder(s, ids)).toEqual([20, 10]);
    expect(s.anchor).toBe(50);
  });

  it('treats shift-click without an anchor (or one no longer listed) as a plain click', () => {
    expect(selectedInOrder(clickSelection(EMPTY_SELECTION, ids, 30, true), ids)).toEqual([30]);
    const stale = { selected: new Set<number>(), anchor: 99 };
    expect(selectedInOrder(clickSelection(stale, ids, 30, true), ids)).toEqual([30]);
  });
});

describe('toggleAll and selectedInOrder', () => {
  it('ticks all, then none', () => {
    const all = toggleAll(EMPTY_SELECTION, ids);
    expect(selectedInOrder(all, ids)).toEqual(ids);
    expect(selectedInOrder(toggleAll(all, ids), ids)).toEqual([]);
  });

  it('gives ticked rows in list order and drops rows no longer listed', () => {
    const s = { selected: new Set([10, 99, 50]), anchor: null };
    expect(selectedInOrder(s, ids)).toEqual([50, 10]);
  });
});
