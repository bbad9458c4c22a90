// Lost update (issue 12, 4): the same clipping open in two side panels. Each
// edit carries the version it started from; B's save over A's newer one is
// refused with that version, and saving again from it keeps B's.
import 'fake-indexeddb/auto';
import { beforeEach, expect, it } from 'vitest';
import { EditConflictError, getClipping, saveClipping, updateClipping } from '../../lib/db';
import { article, resetDatabase } from './helpers';

beforeEach(resetDatabase);

it('refuses a save over a newer version, carrying it, and takes a save made from it', async () => {
  const { clipping } = await saveClipping(article());
  const startedA = clipping.updatedAt;
  const startedB = clipping.updatedAt;
  await new Promise((r) => setTimeout(r, 3));
  const a = (await updateClipping(clipping.id, { title: 'A 的标题' }, startedA))!;
  expect(a.updatedAt).toBeGreaterThan(startedA);
  const refused = await updateClipping(clipping.id, { title: 'B 的标题' }, startedB).catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(EditConflictError);
  expect((refused as EditConflictError).current.title).toBe('A 的标题');
  expect((await getClipping(clipping.id))!.title).toBe('A 的标题');
  // B has seen A's version and saves again from it.
  const b = (await updateClipping(clipping.id, { title: 'B 的标题' }, a.updatedAt))!;
  expect(b.title).toBe('B 的标题');
  // Without a version (a program's own edit) nothing is checked.
  expect((await updateClipping(clipping.id, { note: '笔记' }))!.note).toBe('笔记');
});
