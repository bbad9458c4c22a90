import 'fake-indexeddb/auto';
import { strFromU8, unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { getClipping, listClippings, saveClipping } from '../../lib/db';
import { clippingToMarkdown, importBackup } from '../../lib/export';
import { backupFile, importReport, markdownFile, MAX_REJECTIONS_LISTED, readClippings, zipFile } from '../../lib/library/actions';
import { datedFileName } from '../../lib/library/download';
import { article, resetDatabase } from '../db/helpers';

beforeEach(resetDatabase);

async function seed() {
  const a = (await saveClipping(article({ title: '锻造民族复兴的中流砥柱', source: '人民日报' }))).clipping;
  const b = (await saveClipping(article({ title: '夏粮再获丰收', url: null, source: '光明日报', blocks: [{ type: 'paragraph', text: '夏粮丰收。' }] }))).clipping;
  const c = (await saveClipping(article({ title: '城市/更新?', url: null, source: '光明日报', date: '2025-06-30', blocks: [{ type: 'paragraph', text: '城市更新。' }] }))).clipping;
  return { a, b, c };
}

describe('markdownFile', () => {
  it('is the clipping’s Markdown under a safe dated name', async () => {
    const { c } = await seed();
    const file = markdownFile(c);
    expect(file.fileName).toBe('2025-06-30 城市／更新？.md');
    expect(file.data).toBe(clippingToMarkdown(c));
    expect(file.type).toMatch(/^text\/markdown/);
  });
});

describe('zipFile', () => {
  it('zips the chosen ids in the order given', async () => {
    const { a, c } = await seed();
    const progress: number[] = [];
    const file = await zipFile({ ids: [c.id, a.id] }, (done) => progress.push(done));
    expect(file.count).toBe(2);
    expect(file.fileName).toMatch(/^jianbao-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(file.data as Uint8Array);
    expect(Object.keys(files)).toEqual(['2025-06-30 城市／更新？.md', '2025-07-01 锻造民族复兴的中流砥柱.md']);
    expect(strFromU8(files['2025-06-30 城市／更新？.md'])).toBe(clippingToMarkdown(c));
    expect(progress).toEqual([1, 2]);
  });

  it('zips everything the filter lists when nothing is chosen, and nothing for an empty filter result', async () => {
    await seed();
    const file = await zipFile({ filter: { source: '光明日报', tag: '' } });
    expect(file.count).toBe(2);
    expect(Object.keys(unzipSync(file.data as Uint8Array)).sort()).toEqual(['2025-06-30 城市／更新？.md', '2025-07-01 夏粮再获丰收.md']);
    expect((await zipFile({ filter: { source: '经济日报' } })).count).toBe(0);
  });

  it('skips ids deleted since they were chosen', async () => {
    const { a } = await seed();
    expect((await readClippings([a.id, 9999])).map((c) => c.id)).toEqual([a.id]);
  });
});

describe('backupFile', () => {
  it('holds every clipping, whatever the list shows, and imports back unchanged', async () => {
    await seed();
    const now = new Date(2025, 6, 2, 10);
    const file = await backupFile(now);
    expect(file.fileName).toBe(datedFileName('jianbao-backup', '.json', now));
    expect(file.fileName).toBe('jianbao-backup-2025-07-02.json');
    expect(file.count).toBe(3);
    const before = await listClippings();
    await resetDatabase();
    const result = await importBackup(file.data as string);
    expect(result).toMatchObject({ added: 3, updated: 0, kept: 0, conflicts: 0, unchanged: 0, rejected: [] });
    expect(await listClippings()).toEqual(before);
    expect(await getClipping(before[0].id)).toEqual(before[0]);
  });
});

const NONE = { added: 0, updated: 0, kept: 0, conflicts: 0, unchanged: 0, rejected: [], repaired: [], notable: [], resumedFrom: 0 };

describe('importReport', () => {
  it('sums up the counts and lists rejected records numbered from 1', () => {
    const report = importReport({ ...NONE, added: 2, updated: 1, kept: 1, conflicts: 1, unchanged: 4, rejected: [{ index: 0, reason: 'expected an object, got null' }], notable: [{ index: 3, status: 'conflict', title: '标题' }, { index: 5, status: 'kept', title: null }] }, 'zh');
    expect(report.summary).toBe('导入完成：新增 2 篇，更新 1 篇，保留本地 1 篇，冲突 1 篇，未变 4 篇，拒绝 1 篇。');
    expect(report.details).toEqual([
      '冲突：第 4 条《标题》与本地版本不同，两个版本都已保留（另存为一篇）。',
      '保留本地：第 6 条《（无标题）》的本地版本较新，未被覆盖。',
      '第 1 条被拒绝：expected an object, got null',
    ]);
    expect(importReport({ ...NONE, resumedFrom: 4000, repaired: [{ index: 1, repairs: ['a', 'b'] }] }, 'en').details).toEqual([
      'Resumed an interrupted import: the first 4000 records were imported last time.',
      'Record 2 imported after repairs: a; b',
    ]);
  });

  it('lists a few rejections and counts the rest', () => {
    const rejected = Array.from({ length: MAX_REJECTIONS_LISTED + 3 }, (_, index) => ({ index, reason: 'bad' }));
    const report = importReport({ ...NONE, rejected }, 'en');
    expect(report.summary).toContain(`${rejected.length} rejected`);
    expect(report.details).toHaveLength(MAX_REJECTIONS_LISTED + 1);
    expect(report.details.at(-1)).toBe('3 more rejected.');
  });
});
