// @vitest-environment happy-dom
// Long imports in the side panel (issue 12, item 7): closing the panel while
// an import runs asks first (beforeunload), and only then; an import cut off
// keeps the batches it committed, and the same file imported again goes on
// after them (the panel's checkpoints, in its localStorage) and says so.
import 'fake-indexeddb/auto';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { countClippings, db } from '@/lib/db';
import { MERGE_BATCH } from '@/lib/db/merge';
import { getUiLanguage, translate } from '@/lib/i18n';
import { article, fakeClippingsWrite, resetDatabase } from '../db/helpers';
import { mountLibrary } from './library-harness';

let root: Root | null = null;
let container: HTMLElement;

beforeEach(async () => {
  await resetDatabase();
  localStorage.clear();
});
afterEach(() => {
  root?.unmount();
  root = null;
  container?.remove();
  vi.restoreAllMocks();
});

const byTestId = <T extends HTMLElement = HTMLElement>(id: string) => container.querySelector<T>(`[data-testid="${id}"]`);
const statusText = () => byTestId('status')?.textContent ?? '';
const until = (check: () => void | Promise<void>, timeout = 5000) => vi.waitFor(check, { timeout, interval: 10 });

function backupFile(count: number): File {
  const now = Date.now() - 1000;
  const clippings = Array.from({ length: count }, (_, i) => ({ ...article({ url: `https://e.cn/${i}`, title: `第${i}篇`, blocks: [{ type: 'paragraph', text: `正文${i}。` }] }), tags: [], note: '', createdAt: now, updatedAt: now }));
  return new File([JSON.stringify({ formatName: 'jianbao-backup', formatVersion: 1, count, clippings })], 'backup.json', { type: 'application/json' });
}

function choose(file: File) {
  const input = byTestId<HTMLInputElement>('import-file')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** What the browser does when the page is about to close: true when a listener asked to stay. */
function closing(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

it('asks before closing while an import runs, and not before or after', async () => {
  ({ root, container } = mountLibrary());
  await until(() => expect(byTestId('import-file')).not.toBeNull());
  expect(closing()).toBe(false);
  const file = backupFile(3);
  const text = await file.text();
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  // The file reads slowly (a large backup): the import is under way meanwhile.
  Object.defineProperty(file, 'text', { value: () => gate.then(() => text) });
  choose(file);
  await until(() => expect(byTestId('status-bar')!.className).toContain('status-bar--busy'));
  expect(closing()).toBe(true);
  release();
  await until(async () => expect(await countClippings()).toBe(3));
  await until(() => expect(byTestId('status-bar')!.className).not.toContain('status-bar--busy'));
  expect(closing()).toBe(false);
});

it('an import cut off keeps its committed batches; the same file again goes on after them', async () => {
  const total = MERGE_BATCH + 100;
  const file = backupFile(total);
  ({ root, container } = mountLibrary());
  await until(() => expect(byTestId('import-file')).not.toBeNull());
  // The second batch fails part-way (the disk fills): it is rolled back whole, the first stays.
  // (The live list reads between the batches: a batch that lost its transaction failed here before.)
  let calls = 0;
  const spy = fakeClippingsWrite('add', (add, item) => {
    if (++calls === MERGE_BATCH + 50) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return add(item);
  });
  choose(file);
  await until(() => expect(byTestId('status-bar')!.className).toContain('status-bar--error'), 30_000);
  spy.mockRestore();
  expect(await countClippings()).toBe(MERGE_BATCH);

  // Imported again (the panel closed and opened again, or not): it goes on after what was committed, and says so.
  choose(file);
  const lang = getUiLanguage();
  await until(() => expect(byTestId('status-details')?.textContent).toContain(translate(lang, 'importResumed', { n: MERGE_BATCH })), 30_000);
  expect(await countClippings()).toBe(total);
  expect(statusText()).toBe(translate(lang, 'statusImported', { added: 100, updated: 0, kept: 0, conflicts: 0, unchanged: 0, rejected: 0 }));
  // Done: nothing left to resume.
  expect(Object.keys(localStorage).filter((k) => k.startsWith('jianbao-import:'))).toEqual([]);
}, 120_000);
