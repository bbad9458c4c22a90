// @vitest-environment happy-dom
// The search panel over a real (in-memory) database: results as you type,
// nothing while an input method composes, the count, marks, keyboard.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveClipping } from '@/lib/db';
import { t } from '@/lib/i18n';
import { SEARCH_DEBOUNCE_MS, SearchPanel } from '@/components/search-panel';
import { article, paragraphs, resetSearch } from './helpers';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
const onOpen = vi.fn<(id: number) => void>();
const ids: number[] = [];

beforeEach(async () => {
  await resetSearch();
  ids.length = 0;
  onOpen.mockReset();
  for (const [i, [title, text, date]] of [
    ['乡村振兴看今朝', '各地推进乡村振兴，产业兴旺。', '2025-06-01'],
    ['湿地保护', '候鸟回来了，乡村振兴也有生态的一份。', '2025-05-01'],
    ['城市更新', '老旧小区改造。', '2025-04-01'],
  ].entries()) {
    ids.push((await saveClipping(article({ url: `https://example.com/${i}`, title, date, blocks: paragraphs(text) }))).clipping.id);
  }
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root.render(<SearchPanel onOpen={onOpen} />));
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

const input = () => container.querySelector<HTMLInputElement>('[data-testid="search-input"]')!;
const results = () => [...container.querySelectorAll<HTMLElement>('[data-testid="search-result"]')];
const count = () => container.querySelector('[data-testid="search-count"]')?.textContent ?? null;

/** Types into the box as React sees it (value setter + input event). */
function type(value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  setter.call(input(), value);
  input().dispatchEvent(new Event('input', { bubbles: true }));
}

async function settle(ms = SEARCH_DEBOUNCE_MS + 50): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
  // The search itself runs on IndexedDB promises: give them a few turns.
  await vi.waitFor(async () => {
    await act(async () => undefined);
  });
}

async function waitForCount(text: string): Promise<void> {
  await vi.waitFor(
    async () => {
      await act(async () => new Promise((resolve) => setTimeout(resolve, 10)));
      expect(count()).toBe(text);
    },
    { timeout: 3000 },
  );
}

describe('SearchPanel', () => {
  it('shows the results as you type', async () => {
    await act(async () => type('乡村振兴'));
    await waitForCount(t('searchCount', { n: 2 }));
    const shown = results();
    expect(shown).toHaveLength(2);
    // Title match first; title, source, date and snippet shown, matches in <mark>.
    expect(shown[0].querySelector('h3')?.textContent).toBe('乡村振兴看今朝');
    expect(shown[0].textContent).toContain('人民日报 · 2025-06-01');
    expect([...shown[0].querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['乡村振兴', '乡村振兴']);
    expect([...shown[1].querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['乡村振兴']);
  });

  it('renders text from a clipping as text, never as markup', async () => {
    await saveClipping(article({ url: 'https://example.com/x', title: '<img src=x onerror=alert(1)>标语', blocks: paragraphs('<b>标语</b>') }));
    await act(async () => type('标语'));
    await waitForCount(t('searchCount', { n: 1 }));
    expect(container.querySelector('img, b')).toBeNull();
    expect(results()[0].querySelector('h3')?.textContent).toBe('<img src=x onerror=alert(1)>标语');
  });

  it('waits for the input method to finish composing', async () => {
    await act(async () => {
      input().dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
      type('xiang');
    });
    await settle();
    expect(count()).toBeNull();
    await act(async () => {
      type('湿地');
      input().dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '湿地' }));
    });
    await waitForCount(t('searchCount', { n: 1 }));
    expect(results()[0].querySelector('h3')?.textContent).toBe('湿地保护');
  });

  it('moves with ↑/↓ and opens with Enter or a click', async () => {
    await act(async () => type('乡村振兴'));
    await waitForCount(t('searchCount', { n: 2 }));
    const key = (k: string) => act(async () => input().dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));
    expect(results()[0].getAttribute('aria-selected')).toBe('true');
    await key('ArrowDown');
    expect(results()[1].getAttribute('aria-selected')).toBe('true');
    await key('ArrowDown'); // stays on the last
    await key('Enter');
    expect(onOpen).toHaveBeenLastCalledWith(ids[1]);
    await key('ArrowUp');
    await key('Enter');
    expect(onOpen).toHaveBeenLastCalledWith(ids[0]);
    await act(async () => results()[1].click());
    expect(onOpen).toHaveBeenLastCalledWith(ids[1]);
  });

  it('scrolls a result into view only when ↑/↓ make it active, not when results come (no forced layout)', async () => {
    const scrolled: Element[] = [];
    const had = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'scrollIntoView');
    HTMLElement.prototype.scrollIntoView = function (this: HTMLElement) {
      scrolled.push(this);
    };
    try {
      await act(async () => type('乡村振兴'));
      await waitForCount(t('searchCount', { n: 2 }));
      expect(results()[0].getAttribute('aria-selected')).toBe('true');
      expect(scrolled).toEqual([]);
      await act(async () => input().dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true })));
      expect(scrolled).toEqual([results()[1]]);
      await act(async () => results()[0].dispatchEvent(new MouseEvent('mouseover', { bubbles: true })));
      expect(scrolled).toHaveLength(1);
    } finally {
      if (had) Object.defineProperty(HTMLElement.prototype, 'scrollIntoView', had);
      else delete (HTMLElement.prototype as { scrollIntoView?: unknown }).scrollIntoView;
    }
  });

  it('says when nothing matches, and clears with the box', async () => {
    await act(async () => type('火星'));
    await waitForCount(t('searchCount', { n: 0 }));
    expect(results()).toHaveLength(0);
    await act(async () => type(''));
    await settle();
    expect(count()).toBeNull();
  });

  it('updates open results when a clipping is saved', async () => {
    await act(async () => type('湿地'));
    await waitForCount(t('searchCount', { n: 1 }));
    await act(async () => {
      await saveClipping(article({ url: 'https://example.com/new', title: '湿地公园开园', blocks: paragraphs('新闻。') }));
    });
    await waitForCount(t('searchCount', { n: 2 }));
  });
});
