// @vitest-environment happy-dom
// Status lines go when they stop being news: a result after a while, an undo
// offer later; errors stay.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { STATUS_LIFETIME_MS, StatusBar, UNDO_LIFETIME_MS, useLibraryStatus, type StatusControls } from '@/components/library-status';
import type { Clipping } from '@/lib/db';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let container: HTMLDivElement;
let controls: StatusControls;
function Harness() {
  controls = useLibraryStatus();
  return <StatusBar status={controls.status} onUndo={() => undefined} />;
}
const text = () => container.querySelector('[data-testid="status"]')!.textContent;
const undoShown = () => container.querySelector('[data-testid="undo"]') !== null;

beforeEach(() => {
  vi.useFakeTimers();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root.render(<Harness />));
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.useRealTimers();
});

it('clears a result after a while, and a newer one restarts the clock', () => {
  act(() => controls.info('已恢复 1 篇剪报。'));
  act(() => vi.advanceTimersByTime(STATUS_LIFETIME_MS - 1000));
  expect(text()).toBe('已恢复 1 篇剪报。');
  act(() => controls.info('已保存。'));
  act(() => vi.advanceTimersByTime(STATUS_LIFETIME_MS - 1000));
  expect(text()).toBe('已保存。');
  act(() => vi.advanceTimersByTime(1000));
  expect(text()).toBe('');
});

it('keeps the undo offer longer, and errors and progress until replaced', () => {
  act(() => controls.info('已删除 1 篇剪报。', { undo: [{ id: 1 } as Clipping] }));
  act(() => vi.advanceTimersByTime(STATUS_LIFETIME_MS + 1000));
  expect(undoShown()).toBe(true);
  act(() => vi.advanceTimersByTime(UNDO_LIFETIME_MS));
  expect(undoShown()).toBe(false);
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  act(() => controls.error(new Error('坏了')));
  quiet.mockRestore();
  act(() => vi.advanceTimersByTime(UNDO_LIFETIME_MS * 2));
  expect(text()).toContain('坏了');
  act(() => controls.busy('正在导出：1 / 9'));
  act(() => vi.advanceTimersByTime(UNDO_LIFETIME_MS * 2));
  expect(text()).toBe('正在导出：1 / 9');
});
