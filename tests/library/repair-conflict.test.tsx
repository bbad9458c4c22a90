// @vitest-environment happy-dom
// Lost update through the reader's repairs (issue 12, item 4): a repair or a
// split is worked out from the version on screen; when another panel has saved
// a newer one meanwhile (its title), the repair is refused and says so, and the
// other panel's title stays. Made from the version now stored, it is applied.
import 'fake-indexeddb/auto';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { countClippings, getClipping, saveClipping, updateClipping, type Clipping } from '@/lib/db';
import { t } from '@/lib/i18n';
import { useLibraryActions, type LibraryActions } from '@/components/library-actions';
import { useLibraryStatus } from '@/components/library-status';
import { article, resetDatabase } from '../db/helpers';

let root: Root | null = null;
let container: HTMLElement;
let actions: LibraryActions;

function Harness() {
  const status = useLibraryStatus();
  actions = useLibraryActions(status, { onDeleted: () => undefined, onRestored: () => undefined });
  return <p data-testid="status">{status.status?.text ?? ''}</p>;
}

beforeEach(async () => {
  await resetDatabase();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  root.render(<Harness />);
  await vi.waitFor(() => expect(actions).toBeDefined());
});
afterEach(() => {
  root?.unmount();
  root = null;
  container.remove();
});

const statusText = () => container.querySelector('[data-testid="status"]')!.textContent;
const blocks = [
  { type: 'paragraph' as const, text: '本报记者 王晓' },
  { type: 'paragraph' as const, text: '浙江的乡村正在变。' },
  { type: 'heading' as const, text: '另一篇的标题' },
  { type: 'paragraph' as const, text: '这是另一篇的正文。' },
];
const makeByline = { op: 'setRole' as const, article: 0, line: { kind: 'block' as const, index: 0 }, role: 'byline' as const };

async function onScreenThenChangedElsewhere(): Promise<Clipping> {
  const { clipping } = await saveClipping(article({ title: '原来的标题', byline: null, blocks }));
  await new Promise((r) => setTimeout(r, 3));
  await updateClipping(clipping.id, { title: 'A 的标题' }, clipping.updatedAt);
  return clipping;
}

it('a repair made from an older version is refused and says so; the other panel’s title stays; made again from the new one, it is applied', async () => {
  const stale = await onScreenThenChangedElsewhere();
  await actions.repair(stale, makeByline);
  await vi.waitFor(() => expect(statusText()).toBe(t('repairConflict')));
  expect(await getClipping(stale.id)).toMatchObject({ title: 'A 的标题', byline: null });

  await actions.repair((await getClipping(stale.id))!, makeByline);
  await vi.waitFor(() => expect(statusText()).toBe(t('statusRepaired')));
  expect(await getClipping(stale.id)).toMatchObject({ title: 'A 的标题', byline: '本报记者 王晓' });
});

it('a split made from an older version is refused: nothing split, the title stays', async () => {
  const stale = await onScreenThenChangedElsewhere();
  expect(await actions.split(stale, 2)).toBeNull();
  await vi.waitFor(() => expect(statusText()).toBe(t('repairConflict')));
  expect(await countClippings()).toBe(1);
  expect(await getClipping(stale.id)).toMatchObject({ title: 'A 的标题', blocks });
});
