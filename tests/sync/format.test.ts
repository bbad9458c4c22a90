import { describe, expect, it } from 'vitest';
import { clippingFile, readClippingFile, END_LINE } from '../../lib/sync/file-format';
import { blocksToMarkdown, markdownToBlocks } from '../../lib/sync/body';
import { canonicalRecord, type SyncRecord } from '../../lib/sync/record';
import { mergeRecords, mergeTags } from '../../lib/sync/merge';
import { fieldHashes } from '../../lib/sync/record';
import { clippingPath, folderName } from '../../lib/sync/paths';

const record = (over: Partial<SyncRecord> = {}): SyncRecord =>
  canonicalRecord({
    uid: 'abcdefgh12345678',
    url: 'https://paper.people.com.cn/rmrb/1.html#a',
    source: '人民日报',
    date: '2025-07-01',
    page: '4',
    column: '评论',
    kicker: '引题：yes',
    title: '锻造民族复兴的中流砥柱: 12:30',
    subtitle: '——副题',
    byline: '钟华论',
    continuation: null,
    blocks: [
      { type: 'paragraph', text: '# 不是标题\n> 也不是引用\n1. 不是列表 \\ 反斜杠 *星* _下_ [括] `码` <尖> &amp; ~波~ |竖|' },
      { type: 'heading', text: '小标题 ##' },
      { type: 'note', text: '（本文来源：新华社）\n第二行' },
    ],
    captions: ['图为现场。', 'yes'],
    tags: ['评论', 'on', '1_000'],
    note: '第一行\n\n  缩进的第三行\n',
    createdAt: 1751328000123,
    updatedAt: 1751328999456,
    corrections: [{ v: 1, action: { op: 'shiftHeads', to: 'up' } }],
    ...over,
  });

describe('clipping files', () => {
  it('round-trips every field exactly', () => {
    const r = record();
    expect(r.corrections).toHaveLength(1);
    const text = clippingFile(r);
    expect(text.startsWith('---\njianbao: 1\nid: abcdefgh12345678\n')).toBe(true);
    expect(text.trimEnd().endsWith(END_LINE)).toBe(true);
    const back = readClippingFile(text);
    expect(back).toEqual({ ok: true, record: r });
  });

  it('round-trips random text of every kind', () => {
    let seed = 11;
    const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const pool = ['中', '文', ' ', '\n', '#', '>', '-', '*', '\\', '1.', '"', "'", ':', '---', '`', '[', ']', '!', '&', 'a', '\t', '　', '|', '{', '}', '%', '@'];
    const text = (len: number) => Array.from({ length: len }, () => pool[rnd(pool.length)]).join('');
    for (let i = 0; i < 120; i++) {
      const r = record({
        title: text(12), kicker: text(5), note: text(30), byline: text(4), page: text(3), column: text(3),
        blocks: [{ type: 'paragraph', text: text(40) }, { type: 'heading', text: text(8) }, { type: 'note', text: text(10) }, { type: 'paragraph', text: '正文' }],
        captions: [text(6)], tags: [text(4), text(4)],
      });
      const back = readClippingFile(clippingFile(r));
      expect(back.ok && back.record).toEqual(r);
    }
  });

  it('reads an edit made by hand in a notes app', () => {
    const text = clippingFile(record()).replace('page: "4"', 'page: 5版 要闻').replace('## 小标题', '新增的一段。\n\n## 小标题');
    const back = readClippingFile(text);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.record.page).toBe('5版 要闻');
    expect(back.record.blocks.map((b) => b.text)).toContain('新增的一段。');
  });

  it('says why a file cannot be read, and whether it is a clipping at all', () => {
    const good = clippingFile(record());
    expect(readClippingFile(good.replace('tags:\n', 'tags: [\n'))).toMatchObject({ ok: false, ours: true, reason: expect.stringMatching(/YAML/) });
    expect(readClippingFile(good.slice(0, Math.floor(good.length * 0.7)))).toMatchObject({ ok: false, ours: true });
    // A date no one can read is dropped, as lib/db/validate.ts does at every door; the rest of the file still counts.
    expect(readClippingFile(good.replace('date: 2025-07-01', 'date: 2025-13-01'))).toMatchObject({ ok: true, record: { date: null, title: record().title } });
    expect(readClippingFile(good.replace(/\n[^\n]*\n<!-- jianbao:end -->/, '\n'))).toMatchObject({ ok: false, ours: true, reason: expect.stringMatching(/incomplete/) });
    expect(readClippingFile('# My own note\n\ntext')).toMatchObject({ ok: false, ours: false });
    expect(readClippingFile('---\ntitle: a note of mine\n---\n\ntext')).toMatchObject({ ok: false, ours: false });
  });

  it('writes and reads the body as plain Markdown', () => {
    const md = blocksToMarkdown([{ type: 'paragraph', text: '甲' }, { type: 'heading', text: '乙' }, { type: 'note', text: '丙' }]);
    expect(md).toBe('甲\n\n## 乙\n\n> 丙');
    expect(markdownToBlocks('一\n二\n\n\n### 三 ###\n\n>四\n> 五')).toEqual([
      { type: 'paragraph', text: '一\n二' }, { type: 'heading', text: '三' }, { type: 'note', text: '四\n五' },
    ]);
  });
});

describe('paths', () => {
  it('files by year and paper with Windows-safe names', () => {
    const r = record({ source: 'CON', title: '问：a/b*c?' });
    expect(clippingPath(r, () => false)).toBe('2025/_CON/2025-07-01 问：a／b＊c？.md');
    expect(clippingPath(record({ date: null, source: null }), () => false)).toBe('无日期/其他/锻造民族复兴的中流砥柱： 12：30.md');
    expect(clippingPath(r, () => true)).toBe('2025/_CON/2025-07-01 问：a／b＊c？ abcdefgh.md');
    expect(folderName('  人民日报 ', 'x')).toBe('人民日报');
  });
});

describe('merge', () => {
  const base = record();
  const b = { hashes: fieldHashes(base), tags: base.tags };
  it('takes each side\'s own changes and merges tags as sets', () => {
    const local = { ...base, title: '本地改的标题', tags: ['评论', 'on', '新标签'], updatedAt: base.updatedAt + 10 };
    const remote = { ...base, note: '远端的笔记', tags: ['on', '1_000', '远端'], updatedAt: base.updatedAt + 5 };
    const { merged, conflicts, loser } = mergeRecords(b, local, remote);
    expect(conflicts).toEqual([]);
    expect(loser).toBeNull();
    expect(merged.title).toBe('本地改的标题');
    expect(merged.note).toBe('远端的笔记');
    expect(merged.tags).toEqual(['on', '新标签', '远端']);
    expect(merged.updatedAt).toBe(base.updatedAt + 10);
  });
  it('keeps the later value of a field both changed, and the other version whole', () => {
    const local = { ...base, note: '本地', updatedAt: base.updatedAt + 10 };
    const remote = { ...base, note: '远端', title: '远端标题', updatedAt: base.updatedAt + 20 };
    const { merged, conflicts, loser } = mergeRecords(b, local, remote);
    expect(conflicts).toEqual(['note']);
    expect(merged.note).toBe('远端');
    expect(merged.title).toBe('远端标题');
    expect(loser).toEqual(local);
  });
  it('merges tags: removals on either side stay removed', () => {
    expect(mergeTags(['a', 'b', 'c'], ['a', 'c', 'd'], ['b', 'c', 'e'])).toEqual(['c', 'd', 'e']);
  });
});
