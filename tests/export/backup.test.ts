import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { countClippings, db, listClippings, saveClipping, updateClipping } from '../../lib/db';
import type { Clipping } from '../../lib/db';
import { BackupError, checkBackupRecord, importBackup, makeBackup } from '../../lib/export';
import type { ImportProgress } from '../../lib/export';
import { article, resetDatabase } from '../db/helpers';

beforeEach(resetDatabase);

async function seed(): Promise<Clipping[]> {
  await saveClipping(article({ tags: ['评论'], note: '笔记' }));
  await saveClipping(article({ url: null, title: '第二篇', kicker: '引题', captions: ['图为…'], blocks: [{ type: 'heading', text: '小标题' }, { type: 'note', text: '注' }] }));
  await saveClipping(article({ url: 'https://example.cn/3', title: '第三篇', source: null, date: null, page: null }));
  return db.clippings.orderBy('id').toArray();
}

const snapshot = () => db.clippings.orderBy('id').toArray();

describe('makeBackup', () => {
  it('writes the envelope and every record', async () => {
    const records = await seed();
    const file = JSON.parse(makeBackup(records, new Date('2025-07-01T00:00:00Z')));
    expect(file).toEqual({ formatName: 'jianbao-backup', formatVersion: 1, exportedAt: '2025-07-01T00:00:00.000Z', count: 3, clippings: records });
  });
});

describe('importBackup', () => {
  it('round-trips: backup, wipe, import gives identical records with ids and times', async () => {
    const before = await seed();
    await updateClipping(before[1].id, { note: '改过' });
    const saved = await snapshot();
    const text = makeBackup(saved);
    await resetDatabase();
    expect(await countClippings()).toBe(0);

    const result = await importBackup(text);
    expect(result).toEqual({ added: 3, updated: 0, unchanged: 0, rejected: [] });
    expect(await snapshot()).toEqual(saved);
  });

  it('reads a Blob too, and reports progress', async () => {
    const text = makeBackup(await seed());
    await resetDatabase();
    const progress: ImportProgress[] = [];
    await importBackup(new Blob([text]), { onProgress: (p) => progress.push(p) });
    expect(await countClippings()).toBe(3);
    expect(progress[0]).toEqual({ phase: 'read', done: 0, total: 1 });
    expect(progress.filter((p) => p.phase === 'check')).toHaveLength(3);
    expect(progress.at(-1)).toEqual({ phase: 'write', done: 3, total: 3 });
  });

  it('merges without duplicates: same records again are unchanged, newer copies update', async () => {
    const saved = await seed();
    expect(await importBackup(makeBackup(saved))).toEqual({ added: 0, updated: 0, unchanged: 3, rejected: [] });

    const newer = { ...saved[0], note: '来自另一台电脑', updatedAt: saved[0].updatedAt + 1000 };
    expect(await importBackup(makeBackup([newer]))).toMatchObject({ added: 0, updated: 1 });
    expect((await db.clippings.get(saved[0].id))?.note).toBe('来自另一台电脑');
    expect(await countClippings()).toBe(3);
  });

  it('matches by url or content when ids differ, and does not overwrite another article that has the id', async () => {
    const saved = await seed();
    // Another device: the same first article under id 77, and a new article under id 2 (taken here).
    const sameArticle = { ...saved[0], id: 77, updatedAt: saved[0].updatedAt + 1 };
    const newArticle = { ...saved[2], id: saved[1].id, url: 'https://example.cn/new', title: '新文章', blocks: [{ type: 'paragraph' as const, text: '新内容。' }] };
    const pastedCopy = { ...saved[1], id: 88, tags: ['另一台'], updatedAt: saved[1].updatedAt + 1 };
    const result = await importBackup(makeBackup([sameArticle, newArticle, pastedCopy]));
    expect(result).toEqual({ added: 1, updated: 2, unchanged: 0, rejected: [] });
    expect(await countClippings()).toBe(4);
    expect((await db.clippings.get(saved[1].id))?.title).toBe('第二篇');
    expect((await db.clippings.get(saved[1].id))?.tags).toEqual(['另一台']);
    expect(await db.clippings.get(77)).toBeUndefined();
    const added = (await listClippings()).find((c) => c.title === '新文章')!;
    expect(added.id).toBeGreaterThan(saved[2].id);
  });

  it('does not duplicate records repeated inside one file', async () => {
    const [one] = await seed();
    await resetDatabase();
    const result = await importBackup(makeBackup([one, { ...one, id: 5 }]));
    expect(result).toMatchObject({ added: 1, unchanged: 1 });
    expect(await countClippings()).toBe(1);
  });

  it('rejects bad records with a reason each and imports the rest', async () => {
    const [good] = await seed();
    await resetDatabase();
    const bad: unknown[] = [
      'not an object',
      { ...good, id: 2, blocks: [{ type: 'table', text: 'x' }] },
      { ...good, id: 3, title: 42 },
      { ...good, id: 4, date: '2025-13-01' },
      { ...good, id: 5, tags: '评论' },
      { ...good, id: 6, createdAt: 'yesterday' },
      { ...good, id: 7, title: null, blocks: [] },
      { ...good, id: -1 },
    ];
    const text = JSON.stringify({ formatName: 'jianbao-backup', formatVersion: 1, exportedAt: '', count: 9, clippings: [good, ...bad] });
    const result = await importBackup(text);
    expect(result.added).toBe(1);
    expect(result.rejected.map((r) => r.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(result.rejected.map((r) => r.reason)).toEqual([
      'expected an object, got string',
      'blocks[0].type must be "paragraph", "heading" or "note"',
      '"title" must be a string or null, got number',
      '"date" must be YYYY-MM-DD, got "2025-13-01"',
      '"tags" must be an array of strings',
      '"createdAt" must be a time in milliseconds, got string',
      'empty article: no title and no text',
      '"id" must be a positive integer',
    ]);
    expect(await countClippings()).toBe(1);
  });
});

describe('checkBackupRecord', () => {
  it('fills missing optional fields and drops unknown ones', () => {
    const check = checkBackupRecord({ title: '标题', blocks: [{ type: 'paragraph', text: '正文' }], createdAt: 5, extra: 1 });
    expect(check).toEqual({
      ok: true,
      record: {
        url: null, source: null, date: null, page: null, column: null, kicker: null, title: '标题', subtitle: null,
        byline: null, continuation: null, blocks: [{ type: 'paragraph', text: '正文' }], captions: [], tags: [], note: '',
        createdAt: 5, updatedAt: 5,
      },
    });
  });

  it('lists every problem of a record', () => {
    const check = checkBackupRecord({ blocks: [{ type: 'paragraph' }], createdAt: 1, note: 3 });
    expect(check).toEqual({ ok: false, reason: 'blocks[0].text must be a string; "note" must be a string' });
  });
});

describe('broken or foreign files change nothing', () => {
  const cases: [string, () => string | Blob, string][] = [
    ['truncated JSON', () => makeBackupSync().slice(0, -40), 'not-json'],
    ['JSON broken in the middle', () => makeBackupSync().replace('"blocks":[', '"blocks":[[}'), 'not-json'],
    ['not JSON at all', () => 'hello', 'not-json'],
    ['a JSON array', () => '[1, 2]', 'not-backup'],
    ['a JSON string', () => '"jianbao-backup"', 'not-backup'],
    ['an object without formatName', () => ' {} ', 'not-backup'],
    ['wrong formatName', () => JSON.stringify({ formatName: 'other-app', formatVersion: 1, clippings: [] }), 'not-backup'],
    ['newer formatVersion', () => JSON.stringify({ formatName: 'jianbao-backup', formatVersion: 2, clippings: [] }), 'unsupported-version'],
    ['bad formatVersion', () => JSON.stringify({ formatName: 'jianbao-backup', formatVersion: '1', clippings: [] }), 'malformed'],
    ['clippings not an array', () => JSON.stringify({ formatName: 'jianbao-backup', formatVersion: 1, clippings: {} }), 'malformed'],
    ['count mismatch', () => JSON.stringify({ formatName: 'jianbao-backup', formatVersion: 1, count: 2, clippings: [] }), 'malformed'],
    ['an empty Blob', () => new Blob([]), 'not-json'],
  ];
  let backupText = '';
  const makeBackupSync = () => backupText;

  it.each(cases)('%s', async (_label, input, code) => {
    backupText = makeBackup(await seed());
    const before = await snapshot();
    const err = await importBackup(input()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BackupError);
    expect(err).toMatchObject({ code });
    expect((err as BackupError).message_zh).toMatch(/没有导入任何内容/);
    expect(await snapshot()).toEqual(before);
  });

  it('rejects 50 MB of garbage quickly, as a string and as a Blob', async () => {
    const before = await seed();
    const size = 50 * 1024 * 1024;
    const garbage = 'x'.repeat(size);
    const bytes = new Uint8Array(size);
    for (let i = 0; i < size; i++) bytes[i] = (i * 2654435761) >>> 24; // pseudo-random bytes
    const started = performance.now();
    await expect(importBackup(garbage)).rejects.toMatchObject({ name: 'BackupError', code: 'not-json' });
    await expect(importBackup(new Blob([bytes]))).rejects.toMatchObject({ name: 'BackupError', code: 'not-json' });
    // Garbage that starts like a backup but is cut short.
    const lookalike = `{"formatName":"jianbao-backup","formatVersion":1,"clippings":[${'{"title":"x"},'.repeat(3_800_000)}`;
    expect(lookalike.length).toBeGreaterThan(49 * 1024 * 1024);
    await expect(importBackup(lookalike)).rejects.toMatchObject({ name: 'BackupError', code: 'not-json' });
    // …and garbage between braces.
    await expect(importBackup(`{${garbage}}`)).rejects.toMatchObject({ name: 'BackupError', code: 'not-json' });
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(5000);
    expect(await snapshot()).toEqual(before);
  });
});
