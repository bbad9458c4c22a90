// @vitest-environment happy-dom
// The first click after scrolling the list with the wheel: focus (which the
// mousedown gives the list) must not scroll it back to the top, and the click
// must open the row under the pointer.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { ClipList, CLIP_ROW_HEIGHT } from '@/components/clip-list';
import { EMPTY_SELECTION } from '@/lib/library/selection';
import { resetDatabase } from '../db/helpers';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let container: HTMLDivElement;
beforeEach(async () => {
  await resetDatabase();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

it('keeps the scroll position when a click focuses the list, and opens the clicked row', async () => {
  const ids = Array.from({ length: 500 }, (_, i) => 1000 + i);
  const onOpen = vi.fn();
  const props = { ids, openId: null, selection: EMPTY_SELECTION, onToggle: vi.fn(), onDelete: vi.fn(), onSelectAll: vi.fn() };
  act(() => root.render(<ClipList {...props} onOpen={onOpen} />));
  const list = container.querySelector<HTMLElement>('[data-testid="clip-list"]')!;
  // A wheel scroll: the browser moves scrollTop and fires scroll.
  const scrolled = 200 * CLIP_ROW_HEIGHT;
  list.scrollTop = scrolled;
  await act(async () => void list.dispatchEvent(new Event('scroll')));
  const row = () => [...list.querySelectorAll<HTMLElement>('[data-testid="clip-item"]')].find((el) => el.getAttribute('aria-posinset') === '203')!;
  expect(row()).toBeDefined();
  // mousedown focuses the list first, then the click lands on the row.
  await act(async () => list.focus());
  expect(list.scrollTop).toBe(scrolled);
  expect(list.getAttribute('aria-activedescendant')).toBe(`clip-${ids[200]}`);
  await act(async () => row().click());
  expect(onOpen).toHaveBeenCalledWith(ids[202]);
  expect(list.scrollTop).toBe(scrolled);
});
