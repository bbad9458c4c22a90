import { describe, expect, it } from 'vitest';
import { scrollToReveal, visibleRange } from '../../lib/library/window-range';

describe('visibleRange', () => {
  it('renders the rows in view plus the overscan on each side', () => {
    // 600px viewport of 60px rows scrolled to row 100: rows 100..109 are in view.
    expect(visibleRange(6000, 600, 60, 10_000, 5)).toEqual({ start: 95, end: 115 });
  });

  it('stops at both ends of the list', () => {
    expect(visibleRange(0, 600, 60, 10_000, 5)).toEqual({ start: 0, end: 15 });
    expect(visibleRange(599_400, 600, 60, 10_000, 5)).toEqual({ start: 9985, end: 10_000 });
  });

  it('counts a partly visible row as visible', () => {
    expect(visibleRange(30, 60, 60, 100, 0)).toEqual({ start: 0, end: 2 });
  });

  it('renders nothing for an empty list, and copes with a scroll past the end (a list that just shrank)', () => {
    expect(visibleRange(0, 600, 60, 0)).toEqual({ start: 0, end: 0 });
    expect(visibleRange(100_000, 600, 60, 3, 2)).toEqual({ start: 2, end: 3 });
  });
});

describe('scrollToReveal', () => {
  it('leaves the scroll alone when the row is in view', () => {
    expect(scrollToReveal(3, 60, 0, 600)).toBeNull();
  });

  it('scrolls up to put a row above the view at the top', () => {
    expect(scrollToReveal(2, 60, 600, 600)).toBe(120);
  });

  it('scrolls down just enough to put a row below the view at the bottom', () => {
    expect(scrollToReveal(20, 60, 0, 600)).toBe(21 * 60 - 600);
  });
});
