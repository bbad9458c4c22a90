// @vitest-environment happy-dom
// A slow search says that it is working, an estimated count says so: the
// panel over a searchClippings that resolves when the test says.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { t } from '@/lib/i18n';
import type { SearchOptions, SearchResult } from '@/lib/search';

const control = vi.hoisted(() => ({
  calls: [] as Array<{ query: string; options: SearchOptions; finish: (r: SearchResult) => void }>,
}));

vi.mock('@/lib/search', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/search')>()),
  prepareSearch: () => Promise.resolve(0),
  searchClippings: (query: string, options: SearchOptions) =>
    new Promise<SearchResult>((finish) => control.calls.push({ query, options, finish })),
}));

const { SEARCH_BUSY_MS, SEARCH_DEBOUNCE_MS, SearchPanel } = await import('@/components/search-panel');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;

beforeEach(async () => {
  control.calls.length = 0;
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root.render(<SearchPanel onOpen={() => undefined} />));
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

const busy = () => container.querySelector('[data-testid="search-busy"]')?.textContent ?? null;
const count = () => container.querySelector('[data-testid="search-count"]')?.textContent ?? null;
const wait = (ms: number) => act(async () => new Promise((resolve) => setTimeout(resolve, ms)));

function type(value: string): void {
  const box = container.querySelector<HTMLInputElement>('[data-testid="search-input"]')!;
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(box, value);
  box.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('when the box searches', () => {
  it('at once for the first key after a pause, after a pause while keys come fast', async () => {
    let now = 10_000;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => now);
    try {
      type('发');
      await wait(20);
      expect(control.calls.map((c) => c.query)).toEqual(['发']);
      now += 50; // the next key 50 ms later: still typing
      type('发展');
      await wait(20);
      expect(control.calls.map((c) => c.query)).toEqual(['发']);
      await wait(SEARCH_DEBOUNCE_MS + 20);
      expect(control.calls.map((c) => c.query)).toEqual(['发', '发展']);
      now += 1000; // after a pause
      type('发展 经济');
      await wait(20);
      expect(control.calls.map((c) => c.query)).toEqual(['发', '发展', '发展 经济']);
    } finally {
      clock.mockRestore();
    }
  });
});

describe('the first key after a pause', () => {
  it('is searched in the same turn, not in a later task (a panel still loading would make that wait)', async () => {
    type('发展');
    // Only React's own work and promises run here: no timer fires.
    await act(async () => undefined);
    expect(control.calls.map((c) => c.query)).toEqual(['发展']);
  });
});

describe('a slow search', () => {
  it('shows nothing for a quick one, says it is working for a slow one, then the count', async () => {
    type('发展');
    await wait(SEARCH_DEBOUNCE_MS + 20);
    expect(control.calls).toHaveLength(1);
    const [call] = control.calls;
    expect(busy()).toBeNull(); // not yet slow
    await wait(SEARCH_BUSY_MS + 30);
    expect(busy()).toBe(t('searchWorking'));
    await act(async () => call.finish({ total: 3, hits: [], query: { include: [], exclude: [] } }));
    expect(busy()).toBeNull();
    expect(count()).toBe(t('searchCount', { n: 3 }));
  });

  it('shows an estimated count as such, then the exact one when the check completes', async () => {
    type('高质量发展');
    await wait(SEARCH_DEBOUNCE_MS + 20);
    let finishExact: (r: SearchResult) => void = () => undefined;
    const exact = new Promise<SearchResult>((resolve) => (finishExact = resolve));
    await act(async () =>
      control.calls[0].finish({ total: 1200, approximate: true, complete: () => exact, hits: [], query: { include: [], exclude: [] } }),
    );
    expect(count()).toBe(t('searchCountApprox', { n: 1200 }));
    await act(async () => finishExact({ total: 1187, hits: [], query: { include: [], exclude: [] } }));
    expect(count()).toBe(t('searchCount', { n: 1187 }));
  });

  it('stops when the box is cleared', async () => {
    type('经济');
    await wait(SEARCH_DEBOUNCE_MS + 20);
    expect(control.calls).toHaveLength(1);
    type('');
    await wait(SEARCH_DEBOUNCE_MS + 20);
    expect(busy()).toBeNull();
    // The old search ending late changes nothing.
    await act(async () => control.calls[0].finish({ total: 9, hits: [], query: { include: [], exclude: [] } }));
    expect(count()).toBeNull();
  });
});
