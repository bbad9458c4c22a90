// @vitest-environment happy-dom
// The side panel says how many old records the upgrade set aside and
// downloads them as JSON (issue 12, item 5); with none, it says nothing.
import 'fake-indexeddb/auto';
import { useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, saveClipping, type ClippingFilter } from '@/lib/db';
import { t } from '@/lib/i18n';
import { Library } from '@/components/library';
import { article, resetDatabase } from '../db/helpers';

let root: Root | null = null;
let container: HTMLElement;

function Harness() {
  const [openId, setOpenId] = useState<number | null>(null);
  const [filter, setFilter] = useState<ClippingFilter>({});
  return <Library openId={openId} onOpen={setOpenId} filter={filter} onFilterChange={setFilter} />;
}

const byTestId = (id: string) => container.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const until = (check: () => void) => vi.waitFor(check, { timeout: 5000, interval: 10 });

beforeEach(async () => {
  await resetDatabase();
  await saveClipping(article());
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  root?.unmount();
  root = null;
  container.remove();
  vi.restoreAllMocks();
});

describe('quarantine notice', () => {
  it('is absent when nothing was set aside', async () => {
    root = createRoot(container);
    root.render(<Harness />);
    await until(() => expect(byTestId('clip-item')).not.toBeNull());
    expect(byTestId('quarantine-notice')).toBeNull();
  });

  it('counts the set-aside records and downloads them, raw, as JSON', async () => {
    await db.quarantine.bulkAdd([
      { key: 7, reason: 'no title and no text', record: { id: 7, note: '私人笔记' }, at: Date.UTC(2026, 0, 1) },
      { key: 'abc', reason: '"id" must be a positive integer, got "abc"', record: { id: 'abc', title: 'x' }, at: Date.UTC(2026, 0, 1) },
    ] as never);
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:quarantine';
    });
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    root = createRoot(container);
    root.render(<Harness />);
    await until(() => expect(byTestId('quarantine-count')?.textContent).toBe(t('quarantineNotice', { n: 2 })));
    // The library itself is there, counted without them.
    await until(() => expect(byTestId('clip-item')).not.toBeNull());

    byTestId('quarantine-export')!.click();
    await until(() => expect(clicks).toHaveLength(1));
    expect(clicks[0]).toMatch(/^jianbao-quarantine-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await blobs[0].text());
    expect(file.count).toBe(2);
    expect(file.records.map((r: { key: unknown }) => r.key)).toEqual([7, 'abc']);
    expect(file.records[0].record).toEqual({ id: 7, note: '私人笔记' });
  });
});
