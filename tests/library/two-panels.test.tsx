// @vitest-environment happy-dom
// Lost update (issue 12, item 4): the same clipping open in two side panels.
// Panel B's title field is being edited while panel A saves the title (A's save
// carries the version it began from, as every reader's does). B's save must not
// overwrite A's and must not say 已保存: it is refused, says what A's version
// holds, keeps B's text in the field, and saving again keeps B's.
// (One happy-dom document has one focus, so A is the other panel's write through
// the same call its reader makes; B is the real reader driven through the DOM.)
import 'fake-indexeddb/auto';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { getClipping, saveClipping, updateClipping } from '@/lib/db';
import { t } from '@/lib/i18n';
import { article, resetDatabase } from '../db/helpers';
import { mountLibrary } from './library-harness';

let root: Root | null = null;
let container: HTMLElement;

beforeEach(resetDatabase);
afterEach(() => {
  root?.unmount();
  root = null;
  container?.remove();
});

const byTestId = <T extends HTMLElement = HTMLElement>(id: string) => container.querySelector<T>(`[data-testid="${id}"]`);
const statusText = () => byTestId('status')?.textContent ?? '';
const until = (check: () => void | Promise<void>) => vi.waitFor(check, { timeout: 5000, interval: 10 });
const tick = () => new Promise((r) => setTimeout(r, 0));

async function typeInto(field: HTMLTextAreaElement, value: string) {
  field.focus();
  Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await tick();
}

async function pressEnter(field: HTMLTextAreaElement) {
  field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
  await tick();
}

/** B's text saved from its field: refused as over `theirs`, which the clipping keeps, B's text still in the field. */
async function saveRefused(field: HTMLTextAreaElement, id: number, theirs: string) {
  await pressEnter(field);
  await until(() => expect(statusText()).toBe(t('editConflict', { theirs })));
  expect((await getClipping(id))!.title).toBe(theirs);
  expect(field.value).toBe('B 的标题');
}

/** B's text saved again from its field: kept, and the status says so. */
async function saveKept(field: HTMLTextAreaElement, id: number) {
  field.focus();
  await pressEnter(field);
  await until(async () => expect((await getClipping(id))!.title).toBe('B 的标题'));
  await until(() => expect(statusText()).toBe(t('statusSaved')));
}

/** One clipping saved and open in this panel (B), its title field read. */
async function openOneClipping() {
  const { clipping } = await saveClipping(article({ title: '原来的标题' }));
  ({ root, container } = mountLibrary(clipping.id));
  await until(() => expect(byTestId<HTMLTextAreaElement>('edit-title')?.value).toBe('原来的标题'));
  return { clipping, field: byTestId<HTMLTextAreaElement>('edit-title')! };
}

const shownTitle = () => document.querySelector('[data-testid="clip-title"]')?.textContent;

it('a save over the other panel’s newer version is refused, says what it holds, keeps mine in the field; saving again keeps mine', async () => {
  const { clipping, field } = await openOneClipping();

  // B begins typing; meanwhile panel A saves its title from the same version.
  await typeInto(field, 'B 的标题');
  await new Promise((r) => setTimeout(r, 3));
  await updateClipping(clipping.id, { title: 'A 的标题' }, clipping.updatedAt);
  // B's panel sees A's version arrive but the field it is typing in keeps B's text.
  await until(() => expect(shownTitle()).toBe('A 的标题'));
  expect(field.value).toBe('B 的标题');

  await saveRefused(field, clipping.id, 'A 的标题');
  // Saving again, having seen A's version, is B's choice: it is kept.
  await saveKept(field, clipping.id);
});

it('a refused edit stays in the field when the other panel’s versions reach this one later, and saving again is refused only over a version not yet shown', async () => {
  const { clipping, field } = await openOneClipping();

  await typeInto(field, 'B 的标题');
  const a = await updateClipping(clipping.id, { title: 'A 的标题' }, clipping.updatedAt);
  await saveRefused(field, clipping.id, 'A 的标题');
  await until(() => expect(shownTitle()).toBe('A 的标题'));
  expect(field.value).toBe('B 的标题');

  // The other panel saves once more after the refusal: this panel shows it, the field keeps B's text.
  await updateClipping(clipping.id, { title: 'A2 的标题' }, a!.updatedAt);
  await until(() => expect(shownTitle()).toBe('A2 的标题'));
  expect(field.value).toBe('B 的标题');

  // Saving again was "mine over A", not over A2, which B never saw: refused, naming A2.
  field.focus();
  await saveRefused(field, clipping.id, 'A2 的标题');
  // And again, having been shown A2: kept.
  await saveKept(field, clipping.id);
  expect(field.value).toBe('B 的标题');
});
