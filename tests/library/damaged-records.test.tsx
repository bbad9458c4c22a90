// @vitest-environment happy-dom
// One bad record never breaks a view (issue 12, 2 and 5): records already in
// the database that older versions let in, such as a createdAt of 1e16 (the
// year 318,857: `new Date(...).toISOString()` throws RangeError) or
// `source: 123` with no blocks, show in the list and the reader without
// blanking the side panel, and export skips what cannot be exported, saying so.
import 'fake-indexeddb/auto';
import { createRoot, type Root } from 'react-dom/client';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, saveClipping, type Clipping } from '@/lib/db';
import { t } from '@/lib/i18n';
import { ErrorBoundary } from '@/components/error-boundary';
import { markdownFile, zipFile } from '@/lib/library/actions';
import { article, resetDatabase } from '../db/helpers';
import { mountLibrary } from './library-harness';

let root: Root | null = null;
let container: HTMLElement;

function mount(initial: number | null = null) {
  ({ root, container } = mountLibrary(initial));
}

const byTestId = (id: string) => container.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const allByTestId = (id: string) => [...container.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
const until = (check: () => void) => vi.waitFor(check, { timeout: 5000, interval: 10 });

/** Writes records as an old version (or a bad import) left them, past every check. */
async function putRaw(records: Record<string, unknown>[]) {
  await db.open();
  await db.clippings.bulkPut(records as unknown as Clipping[]);
}

let good: Clipping;
beforeEach(async () => {
  await resetDatabase();
  good = (await saveClipping(article())).clipping;
  await putRaw([
    { ...good, id: 101, url: 'https://e.cn/future', title: '来自未来', createdAt: 1e16, updatedAt: 1e16 },
    { id: 102, url: 'https://e.cn/number', source: 123, createdAt: Date.now(), tags: [] },
    { ...good, id: 103, url: 'https://e.cn/odd', title: '奇怪的字段', blocks: ['text'], captions: null, tags: '评论', date: 20250701 },
  ]);
});

afterEach(() => {
  root?.unmount();
  root = null;
  container?.remove();
  vi.restoreAllMocks();
});

describe('damaged records in the library', () => {
  it('the list shows every row, the damaged one as damaged', async () => {
    mount();
    await until(() => expect(allByTestId('clip-item')).toHaveLength(4));
    await until(() => expect(allByTestId('clip-title').map((e) => e.textContent).sort()).toEqual([t('rowDamaged'), '奇怪的字段', '来自未来', good.title].sort()));
  });

  it.each([101, 102, 103])('the reader opens record %i without blanking the panel', async (id) => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    mount(id);
    await until(() => expect(byTestId('reader') ?? byTestId('reader-broken')).not.toBeNull());
    await until(() => expect(byTestId('reader')?.getAttribute('aria-busy')).not.toBe('true'));
    // The list is still there beside it.
    await until(() => expect(allByTestId('clip-item').length).toBe(4));
    if (id === 101) expect(byTestId('citation')!.textContent).toContain('来自未来');
    if (id === 103) expect(container.textContent).toContain('text');
    if (id === 102) expect(byTestId('reader-damaged')!.textContent).toBe(t('recordDamaged'));
  });

  it('exporting all as a zip exports the good and repairable ones and reports the damaged one', async () => {
    const file = await zipFile({ ids: [good.id, 101, 102, 103] });
    const names = Object.keys(unzipSync(file.data as Uint8Array));
    expect(names).toHaveLength(3);
    expect(file.count).toBe(3);
    expect(file.skipped).toEqual([{ id: 102, title: null, reason: expect.stringContaining('not a clipping') }]);
    // One Markdown file of the far-future record: its dates come out as dates.
    const future = markdownFile((await db.clippings.get(101))!);
    expect(future.data).toMatch(/clipped: "?\d{4}-\d\d-\d\dT/);
    const damaged = (await db.clippings.get(102))!;
    expect(() => markdownFile(damaged)).toThrow(t('recordDamaged'));
  });
});

describe('ErrorBoundary', () => {
  it('shows the fallback for the child that throws, and tries again for another key', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Bad = ({ fail }: { fail: boolean }) => {
      if (fail) throw new RangeError('Invalid time value');
      return <p>fine</p>;
    };
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    root.render(<ErrorBoundary resetKey={1} fallback={(e) => <p>broken: {e.message}</p>}><Bad fail /></ErrorBoundary>);
    await until(() => expect(container.textContent).toBe('broken: Invalid time value'));
    root.render(<ErrorBoundary resetKey={2} fallback={(e) => <p>broken: {e.message}</p>}><Bad fail={false} /></ErrorBoundary>);
    await until(() => expect(container.textContent).toBe('fine'));
  });
});
