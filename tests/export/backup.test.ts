import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { countClippings, db, listClippings, saveClipping, updateClipping } from '../../lib/db';
import type { Clipping } from '../../lib/db';
import { BackupError, checkBackupRecord, importBackup, makeBackup } from '../../lib/export';
import type { ImportCheckpoints, ImportProgress } from '../../lib/export';
import { article, fakeClippingsWrite, resetDatabase } from '../db/helpers';

beforeEach(resetDatabase);
afterEach(() => vi.restoreAllMocks());

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

const NONE = { updated: 0, kept: 0, conflicts: 0, unchanged: 0, rejected: [], repaired: [], notable: [], resumedFrom: 0 };

describe('importBackup', () => {
  it('round-trips: backup, wipe, import gives identical records with ids and times', async () => {
    const before = await seed();
    await updateClipping(before[1].id, { note: '改过' });
    const saved = await snapshot();
    const text = makeBackup(saved);
    await resetDatabase();
    expect(await countClippings()).toBe(0);

    const result = await importBackup(text);
    expect(result).toEqual({ ...NONE, added: 3 });
    expect(await snapshot()).toEqual(saved);
  });

  it('reads a Blob too, and reports progress of committed records only', async () => {
    const text = makeBackup(await seed());
    await resetDatabase();
    const progress: ImportProgress[] = [];
    await importBackup(new Blob([text]), { onProgress: (p) => progress.push(p), batchSize: 2 });
    expect(await countClippings()).toBe(3);
    expect(progress[0]).toEqual({ phase: 'read', done: 0, total: 1 });
    expect(progress.filter((p) => p.phase === 'write')).toEqual([
      { phase: 'write', done: 0, total: 3 },
      { phase: 'write', done: 2, total: 3 },
      { phase: 'write', done: 3, total: 3 },
    ]);
  });

  it('merges without duplicates: same records again are unchanged, newer copies update', async () => {
    const saved = await seed();
    expect(await importBackup(makeBackup(saved))).toEqual({ ...NONE, added: 0, unchanged: 3 });

    const newer = { ...saved[0], note: '笔记，来自另一台电脑', updatedAt: saved[0].updatedAt + 1000 };
    expect(await importBackup(makeBackup([newer]))).toMatchObject({ added: 0, updated: 1 });
    expect((await db.clippings.get(saved[0].id))?.note).toBe('笔记，来自另一台电脑');
    expect(await countClippings()).toBe(3);
  });

  it('matches by url or content when ids differ, and does not overwrite another article that has the id', async () => {
    const saved = await seed();
    // Another device: the same first article under id 77, and a new article under id 2 (taken here).
    const sameArticle = { ...saved[0], id: 77, title: saved[0].title, kicker: '新引题', updatedAt: saved[0].updatedAt + 1 };
    const newArticle = { ...saved[2], id: saved[1].id, url: 'https://example.cn/new', title: '新文章', blocks: [{ type: 'paragraph' as const, text: '新内容。' }] };
    const pastedCopy = { ...saved[1], id: 88, tags: ['另一台'], updatedAt: saved[1].updatedAt + 1 };
    const result = await importBackup(makeBackup([sameArticle, newArticle, pastedCopy]));
    expect(result).toMatchObject({ added: 1, updated: 2, unchanged: 0, rejected: [] });
    expect(await countClippings()).toBe(4);
    expect((await db.clippings.get(saved[0].id))?.kicker).toBe('新引题');
    expect((await db.clippings.get(saved[1].id))?.title).toBe('第二篇');
    // Tags of both are kept.
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

  it('repairs what can be repaired, naming each repair, and rejects the rest with a reason', async () => {
    const [good] = await seed();
    await resetDatabase();
    const records: unknown[] = [
      good,
      'not an object',
      { ...good, id: 2, url: 'https://e.cn/2', blocks: [{ type: 'table', text: 'x' }] },
      { ...good, id: 3, url: 'https://e.cn/3', title: 42 },
      { ...good, id: 4, url: 'https://e.cn/4', date: '2025-13-01' },
      { ...good, id: 5, url: 'https://e.cn/5', tags: '评论，时政' },
      { ...good, id: 6, url: 'https://e.cn/6', createdAt: 'yesterday' },
      { ...good, id: 7, url: 'https://e.cn/7', title: null, blocks: [] },
      { ...good, id: -1, url: 'https://e.cn/8' },
    ];
    const text = JSON.stringify({ formatName: 'jianbao-backup', formatVersion: 1, exportedAt: '', count: records.length, clippings: records });
    const result = await importBackup(text);
    expect(result.added).toBe(7);
    expect(result.rejected).toEqual([
      { index: 1, reason: 'expected an object, got string' },
      { index: 7, reason: 'no title and no text' },
    ]);
    expect(result.repaired.map((r) => r.index)).toEqual([2, 3, 4, 5, 6, 8]);
    expect(result.repaired.find((r) => r.index === 4)!.repairs).toEqual(['"date" "2025-13-01" is no date: dropped']);
    expect(await db.clippings.get(2)).toMatchObject({ blocks: [{ type: 'paragraph', text: 'x' }] });
    expect(await db.clippings.get(3)).toMatchObject({ title: '42' });
    expect(await db.clippings.get(4)).toMatchObject({ date: null });
    expect(await db.clippings.get(5)).toMatchObject({ tags: ['评论', '时政'] });
    expect(await countClippings()).toBe(7);
  });

  it('takes the issue’s bad records without breaking anything: a date in the year 318,857, a v1 "blocks" of strings, a number for the paper', async () => {
    await resetDatabase();
    const now = Date.now();
    const records = [
      { title: '远未来', blocks: [{ type: 'paragraph', text: '正文。' }], createdAt: 1e16, updatedAt: 1e16 },
      { title: '旧格式', blocks: ['text'], createdAt: now - 1000 },
      { source: 123, url: 'https://e.cn/x', createdAt: now - 1000 },
    ];
    const result = await importBackup(JSON.stringify({ formatName: 'jianbao-backup', formatVersion: 1, clippings: records }));
    expect(result).toMatchObject({ added: 2, rejected: [{ index: 2, reason: expect.stringContaining('no title and no text') }] });
    const stored = await listClippings();
    const future = stored.find((c) => c.title === '远未来')!;
    expect(future.createdAt).toBeLessThanOrEqual(Date.now());
    expect(future.updatedAt).toBeLessThanOrEqual(Date.now());
    expect(new Date(future.createdAt).toISOString()).toMatch(/^\d{4}-/);
    expect(stored.find((c) => c.title === '旧格式')!.blocks).toEqual([{ type: 'paragraph', text: 'text' }]);
  });
});

describe('merging never loses local work', () => {
  it('a record from the year 2100 with the same url and title does not replace the local text, tags and note: both are kept', async () => {
    const { clipping: local } = await saveClipping(article({ tags: ['本地'], note: '我的笔记' }));
    const hostile = { ...local, blocks: [{ type: 'paragraph' as const, text: '被篡改的正文。' }], tags: ['外来'], note: '外来笔记', updatedAt: Date.UTC(2100, 0, 1) };
    const result = await importBackup(makeBackup([hostile]));
    expect(result).toMatchObject({ added: 0, updated: 0, conflicts: 1 });
    expect(result.notable).toEqual([{ index: 0, status: 'conflict', title: local.title }]);
    expect(await db.clippings.get(local.id)).toEqual(local);
    const copy = (await db.clippings.toArray()).find((c) => c.id !== local.id)!;
    expect(copy).toMatchObject({ conflictOf: local.id, note: '外来笔记' });
    expect(copy.updatedAt).toBeLessThanOrEqual(Date.now());
    // Importing the same file again adds no second copy.
    expect(await importBackup(makeBackup([hostile]))).toMatchObject({ conflicts: 0, unchanged: 1 });
    expect(await countClippings()).toBe(2);
  });

  it('a time in the future never wins, even with nothing else in conflict: the same note, another text, both versions kept', async () => {
    const { clipping: local } = await saveClipping(article({ tags: ['本地'], note: '同一条笔记' }));
    const future = { ...local, blocks: [{ type: 'paragraph' as const, text: '另一台电脑上的正文。' }], updatedAt: Date.UTC(2100, 0, 1) };
    const result = await importBackup(makeBackup([future]));
    expect(result).toMatchObject({ updated: 0, conflicts: 1 });
    expect(result.repaired[0].repairs).toContain(`"updatedAt" ${Date.UTC(2100, 0, 1)} is in the future: set to now`);
    expect(await db.clippings.get(local.id)).toEqual(local);
    const copy = (await db.clippings.toArray()).find((c) => c.id !== local.id)!;
    expect(copy).toMatchObject({ conflictOf: local.id, blocks: future.blocks });
  });

  it('an older backup copy leaves a newer local edit alone (保留本地)', async () => {
    const { clipping } = await saveClipping(article());
    const backup = makeBackup([clipping]);
    await new Promise((r) => setTimeout(r, 5));
    const edited = (await updateClipping(clipping.id, { note: '后来写的', title: '改过的标题' }))!;
    const result = await importBackup(backup);
    expect(result).toMatchObject({ kept: 1, updated: 0 });
    expect(await db.clippings.get(clipping.id)).toEqual(edited);
  });

  it('a newer backup copy updates the text, keeps the local tags, and the local note when it has none', async () => {
    const { clipping } = await saveClipping(article({ tags: ['本地'], note: '本地笔记' }));
    const newer = { ...clipping, kicker: '补上的引题', tags: ['备份'], note: '', updatedAt: clipping.updatedAt + 1000 };
    expect(await importBackup(makeBackup([newer]))).toMatchObject({ updated: 1 });
    expect(await db.clippings.get(clipping.id)).toMatchObject({ kicker: '补上的引题', tags: ['备份', '本地'], note: '本地笔记' });
  });

  it('two different notes are a conflict: both versions kept', async () => {
    const { clipping } = await saveClipping(article({ note: '甲的笔记' }));
    const other = { ...clipping, note: '乙的笔记', updatedAt: clipping.updatedAt + 1000 };
    expect(await importBackup(makeBackup([other]))).toMatchObject({ conflicts: 1 });
    expect((await db.clippings.toArray()).map((c) => c.note).sort()).toEqual(['乙的笔记', '甲的笔记']);
  });

  it('a pasted copy (no url) and the web clipping of the same article stay two clippings', async () => {
    const { clipping: web } = await saveClipping(article());
    const pasted = { ...web, id: undefined, url: null, byline: null, updatedAt: web.updatedAt + 1000 };
    expect(await importBackup(makeBackup([pasted as unknown as Clipping]))).toMatchObject({ added: 1 });
    expect(await db.clippings.get(web.id)).toEqual(web);
  });
});

describe('long imports', () => {
  it('commit batch by batch; a failure keeps the batches before it, and the same file resumes after them', async () => {
    const records = Array.from({ length: 10 }, (_, i) => ({ ...article({ url: `https://e.cn/${i}`, title: `第${i}篇` }), tags: [], note: '', createdAt: Date.now() - 1000, updatedAt: Date.now() - 1000 }));
    const text = JSON.stringify({ formatName: 'jianbao-backup', formatVersion: 1, clippings: records });
    const memory = new Map<string, number>();
    const checkpoints: ImportCheckpoints = { read: (k) => memory.get(k), write: (k, n) => void memory.set(k, n), clear: (k) => void memory.delete(k) };
    let calls = 0;
    const spy = fakeClippingsWrite('add', (add, item) => {
      if (++calls === 7) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return add(item);
    });
    await expect(importBackup(text, { batchSize: 3, checkpoints })).rejects.toMatchObject({ code: 'quota' });
    // Batches [0..3) and [3..6) committed; the third rolled back whole.
    expect(await countClippings()).toBe(6);
    spy.mockRestore();
    const resumed = await importBackup(text, { batchSize: 3, checkpoints });
    expect(resumed).toMatchObject({ resumedFrom: 6, added: 4 });
    expect(await countClippings()).toBe(10);
    expect(memory.size).toBe(0);
  });
});

describe('honest progress', () => {
  it('reports a batch only once it is committed: the panel closed at any report keeps at least what it said', async () => {
    const records = Array.from({ length: 5 }, (_, i) => article({ url: `https://e.cn/p${i}`, title: `第${i}篇` }));
    const text = JSON.stringify({ formatName: 'jianbao-backup', formatVersion: 1, clippings: records.map((r) => ({ ...r, createdAt: Date.now() - 1000 })) });
    for (const stopAt of [2, 4, 5]) {
      await resetDatabase();
      let said = 0;
      // Throwing from the progress report stands for the page going away right after showing it.
      const closed = await importBackup(text, {
        batchSize: 2,
        onProgress: ({ phase, done }) => {
          if (phase !== 'write' || done < stopAt) return;
          said = done;
          throw new Error('panel closed');
        },
      }).catch((e: unknown) => e);
      expect(closed).toMatchObject({ message: 'panel closed' });
      expect(said).toBe(stopAt);
      expect(await countClippings()).toBe(stopAt);
    }
  });
});

describe('checkBackupRecord', () => {
  it('fills missing optional fields and keeps fields it does not know (another feature’s)', () => {
    const now = Date.UTC(2025, 6, 1);
    const check = checkBackupRecord({ title: '标题', blocks: [{ type: 'paragraph', text: '正文' }], createdAt: now - 5, laterFeature: { x: 1 }, corrections: [{ at: 1 }] }, now);
    expect(check).toEqual({
      ok: true,
      repairs: [],
      record: {
        url: null, source: null, date: null, page: null, column: null, kicker: null, title: '标题', subtitle: null,
        byline: null, continuation: null, blocks: [{ type: 'paragraph', text: '正文' }], captions: [], tags: [], note: '',
        createdAt: now - 5, updatedAt: now - 5, laterFeature: { x: 1 },
      },
    });
  });

  it('names every repair of a record', () => {
    const now = Date.UTC(2025, 6, 1);
    const check = checkBackupRecord({ title: '\u202e题', blocks: [{ type: 'paragraph' }, '段'], createdAt: 1, note: 3 }, now);
    expect(check).toEqual({
      ok: true,
      record: expect.objectContaining({ title: '题', blocks: [{ type: 'paragraph', text: '段' }], note: '3', createdAt: now }),
      repairs: [
        '"title": direction controls removed',
        '1 block(s) made paragraphs',
        '1 block(s) without text dropped',
        '"note" was a number: made text',
        '"createdAt" 1 is no time: set to now',
      ],
    });
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

  it('rejects 50 MB of garbage, as a string and as a Blob, changing nothing', async () => {
    const before = await seed();
    const size = 50 * 1024 * 1024;
    const garbage = 'x'.repeat(size);
    const bytes = new Uint8Array(size);
    for (let i = 0; i < size; i++) bytes[i] = (i * 2654435761) >>> 24; // pseudo-random bytes
    await expect(importBackup(garbage)).rejects.toMatchObject({ name: 'BackupError', code: 'not-json' });
    await expect(importBackup(new Blob([bytes]))).rejects.toMatchObject({ name: 'BackupError', code: 'not-json' });
    // Garbage that starts like a backup but is cut short.
    const lookalike = `{"formatName":"jianbao-backup","formatVersion":1,"clippings":[${'{"title":"x"},'.repeat(3_800_000)}`;
    expect(lookalike.length).toBeGreaterThan(49 * 1024 * 1024);
    await expect(importBackup(lookalike)).rejects.toMatchObject({ name: 'BackupError', code: 'not-json' });
    // …and garbage between braces.
    await expect(importBackup(`{${garbage}}`)).rejects.toMatchObject({ name: 'BackupError', code: 'not-json' });
    expect(await snapshot()).toEqual(before);
  });
});
