import { describe, expect, it } from 'vitest';
import { applyRepair, canUndo, readCorrections, replayCorrections, startRepair, summarizeText, undoRepair, UNDO_DEPTH } from '@/lib/repair';
import { article, headsAfterBodies, page, titles } from './helpers';

describe('undo', () => {
  it('steps back through every action to the parse', () => {
    const start = startRepair(headsAfterBodies());
    let h = applyRepair(start, { op: 'moveHead', article: 1, to: 'up' });
    h = applyRepair(h, { op: 'setRole', article: 1, line: { kind: 'block', index: 0 }, role: 'title' });
    expect(h.corrections).toHaveLength(2);
    expect(canUndo(h)).toBe(true);
    h = undoRepair(h);
    expect(titles(h.page)).toEqual(['甲标题', null, '乙标题', '丙标题']);
    expect(h.corrections).toHaveLength(1);
    h = undoRepair(h);
    expect(h.page).toEqual(start.page);
    expect(canUndo(h)).toBe(false);
    expect(undoRepair(h)).toBe(h);
  });

  it('records nothing for an action that changes nothing, and keeps a bounded stack', () => {
    const start = startRepair(headsAfterBodies());
    expect(applyRepair(start, { op: 'moveHead', article: 0, to: 'up' })).toBe(start);
    let h = start;
    for (let i = 0; i < UNDO_DEPTH + 5; i++) h = applyRepair(h, { op: 'editHead', article: 0, field: 'title', value: `t${i}` });
    expect(h.past).toHaveLength(UNDO_DEPTH);
  });
});

describe('corrections', () => {
  it('survive JSON and replay on a fresh parse to the same page', () => {
    let h = startRepair(headsAfterBodies());
    h = applyRepair(h, { op: 'shiftHeads', to: 'up' });
    h = applyRepair(h, { op: 'split', article: 2, block: 1 });
    h = applyRepair(h, { op: 'setRole', article: 3, line: { kind: 'block', index: 0 }, role: 'title' });
    h = applyRepair(h, { op: 'editHead', article: 0, field: 'title', value: '甲标题（改）' });
    h = applyRepair(h, { op: 'merge', article: 3, with: 'up' });
    const stored = readCorrections(JSON.parse(JSON.stringify(h.corrections)));
    expect(stored).toEqual(h.corrections);
    const replayed = replayCorrections(headsAfterBodies(), stored);
    expect(replayed.skipped).toEqual([]);
    expect(replayed.applied).toBe(5);
    expect(replayed.page).toEqual(h.page);
  });

  it('find their article by its text when a new parse puts it elsewhere', () => {
    let h = startRepair(page(article({ text: ['乙正文。', '本报记者 乙'] })));
    h = applyRepair(h, { op: 'setRole', article: 0, line: { kind: 'block', index: 1 }, role: 'byline' });
    const reparsed = page(article({ title: '新多出的一篇', text: ['甲正文。'] }), article({ text: ['乙正文。', '本报记者 乙'] }));
    const { page: fixed, skipped } = replayCorrections(reparsed, h.corrections);
    expect(skipped).toEqual([]);
    expect(fixed.articles[1].byline).toBe('本报记者 乙');
    expect(fixed.articles[0].byline).toBeNull();
    const gone = replayCorrections(page(article({ text: ['别的。'] })), h.corrections);
    expect(gone.skipped).toHaveLength(1);
    expect(gone.page.articles[0].byline).toBeNull();
  });

  it('readCorrections keeps well-formed entries and drops the rest', () => {
    const good = { v: 1, action: { op: 'moveHead', article: 1, to: 'up' }, anchor: 'x' };
    const bad = [null, 3, 'x', {}, { v: 2, action: good.action }, { v: 1, action: { op: 'moveHead', article: -1, to: 'up' } },
      { v: 1, action: { op: 'setRole', article: 0, line: { kind: 'head', field: 'nope' }, role: 'title' } },
      { v: 1, action: { op: 'setRole', article: 0, line: { kind: 'block', index: 0 }, role: 'boss' } }, { v: 1, action: { op: 'explode' } }];
    expect(readCorrections([...bad, good, { ...good, anchor: 5 }])).toEqual([good, { v: 1, action: good.action }]);
    expect(readCorrections('nope')).toEqual([]);
    expect(readCorrections(undefined)).toEqual([]);
  });
});

describe('summary', () => {
  it('gives the first and last sentence and the paragraph count', () => {
    const a = article({ text: ['第一句。第二句！', '“引语。”第四句？', '没有句号的结尾'] });
    a.blocks.push({ type: 'heading', text: '小标题' });
    expect(summarizeText(a)).toEqual({ first: '第一句。', last: '没有句号的结尾', paragraphs: 3 });
    expect(summarizeText(article({ text: ['只有一句。'] }))).toEqual({ first: '只有一句。', last: null, paragraphs: 1 });
    expect(summarizeText(article({}))).toEqual({ first: null, last: null, paragraphs: 0 });
  });
});
