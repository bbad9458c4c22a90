// @vitest-environment happy-dom
// One record never breaks a view (issue 12, items 2 and 5): whatever a row or
// the reader throws while rendering (here made to throw on purpose, for a
// record the checks let through), only that row or that reader shows as
// damaged; the list, the other rows and the rest of the panel stay, and the
// next clipping opened reads normally. damaged-records.test.tsx has the
// records of the issue, which the checks repair before anything renders.
import 'fake-indexeddb/auto';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { saveClipping } from '@/lib/db';
import { t } from '@/lib/i18n';
import { article, resetDatabase } from '../db/helpers';
import { mountLibrary } from './library-harness';

const BAD_TITLE = '渲染会出错的一篇';

vi.mock('@/lib/library/clip-row', async (original) => {
  const real = await original<typeof import('@/lib/library/clip-row')>();
  return {
    ...real,
    // The row of the bad record gets a heading React cannot render (an object).
    readClipRows: async (ids: readonly number[]) =>
      (await real.readClipRows(ids)).map((row) => (row.heading === BAD_TITLE ? { ...row, heading: { bad: true } as unknown as string } : row)),
  };
});

vi.mock('@/lib/export', async (original) => {
  const real = await original<typeof import('@/lib/export')>();
  return {
    ...real,
    citation: (...args: Parameters<typeof real.citation>) => {
      if (args[0].title === BAD_TITLE) throw new RangeError('Invalid time value');
      return real.citation(...args);
    },
  };
});

let root: Root | null = null;
let container: HTMLElement;

beforeEach(resetDatabase);
afterEach(() => {
  root?.unmount();
  root = null;
  container?.remove();
  vi.restoreAllMocks();
});

const byTestId = (id: string) => container.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const allByTestId = (id: string) => [...container.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
const until = (check: () => void) => vi.waitFor(check, { timeout: 5000, interval: 10 });

it('a row that throws shows as damaged in its place; a reader that throws shows as damaged beside the list; the next one opens', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const good = (await saveClipping(article({ title: '好的一篇' }))).clipping;
  const bad = (await saveClipping(article({ url: 'https://e.cn/bad', title: BAD_TITLE }))).clipping;
  ({ root, container } = mountLibrary(bad.id));

  await until(() => expect(allByTestId('clip-item-broken')).toHaveLength(1));
  expect(allByTestId('clip-item-broken')[0].textContent).toBe(t('rowDamaged'));
  expect(allByTestId('clip-title').map((e) => e.textContent)).toEqual(['好的一篇']);

  await until(() => expect(byTestId('reader-broken')).not.toBeNull());
  expect(byTestId('reader-broken')!.textContent).toContain('Invalid time value');
  // The rest of the panel is there: the list, the export bar.
  expect(byTestId('export-all')).not.toBeNull();

  // Another clipping opens normally (the reader's boundary starts again for another id).
  allByTestId('clip-title')[0].click();
  await until(() => expect(byTestId('citation')?.textContent).toContain('好的一篇'));
  expect(byTestId('reader-broken')).toBeNull();
  expect(good.id).not.toBe(bad.id);
});
