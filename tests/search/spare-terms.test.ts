// A phrase of many pairs (中华人民共和国: 6) is checked against the text
// anyway, so once its rarest pairs have left many candidates its other pairs'
// lists are not intersected (each a pass over a whole list): fewer lists,
// the same results, and the exact count once the background check is done.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { mergeRecent, saveClipping } from '@/lib/db';
import { scanClippings, searchClippings, type SearchPhases } from '@/lib/search';
import { CHECKED_TERMS, SPARE_PAIRS_ABOVE } from '@/lib/search/search';
import { article, paragraphs, resetSearch } from './helpers';

const save = (i: number, text: string, source: string | null = null) =>
  saveClipping(article({ url: `https://example.com/${i}`, title: `第${i}篇`, byline: null, source, blocks: paragraphs(text) }));

async function searchAll(query: string) {
  const phases: SearchPhases = {};
  const first = await searchClippings(query, { limit: 10 }, phases);
  const exact = first.complete ? await first.complete() : first;
  return { first, exact, lists: phases.lists };
}

describe('a phrase of many pairs among many candidates', () => {
  it('intersects its rarest pairs only, and finds what a plain scan finds', { timeout: 120_000 }, async () => {
    await resetSearch();
    const many = SPARE_PAIRS_ABOVE + 40;
    // The 7-character phrase in `many` clippings; its pairs' characters also apart in others.
    for (let i = 0; i < many; i++) await save(i, i % 3 ? `今天全国人民代表大会开幕，第${i}次。` : `全国人民代表大会闭幕${i}。`);
    for (let i = many; i < many + 60; i++) await save(i, `全国各地人民选出代表，第${i}次大会。`);
    await mergeRecent();
    const { first, exact, lists } = await searchAll('全国人民代表大会');
    expect(lists).toBe(CHECKED_TERMS);
    const scanned = await scanClippings('全国人民代表大会');
    expect(scanned.length).toBe(many);
    expect(exact.total).toBe(many);
    expect(exact.approximate).toBeFalsy();
    expect(first.hits.length).toBe(10);
    for (const hit of exact.hits) expect(scanned).toContain(hit.id);
  });

  it('counts exactly after the background check when a spared pair was the one that narrowed', { timeout: 120_000 }, async () => {
    await resetSearch();
    // 甲乙 乙丙 丙丁 together in many clippings, 丁戊 in even more, the phrase 甲乙丙丁戊 in five:
    // the three rarest pairs leave more candidates than SPARE_PAIRS_ABOVE, so 丁戊 is spared.
    const apart = SPARE_PAIRS_ABOVE + 30;
    for (let i = 0; i < apart; i++) await save(i, `甲乙丙丁，又见丁戊${i}。`);
    for (let i = apart; i < apart + 80; i++) await save(i, `丁戊之后${i}。`);
    const holding: number[] = [];
    for (let i = 0; i < 5; i++) holding.push((await save(1000 + i, `这里写着甲乙丙丁戊，第${i}回。`)).clipping.id);
    await mergeRecent();
    const { first, exact, lists } = await searchAll('甲乙丙丁戊');
    expect(lists).toBe(CHECKED_TERMS);
    expect(first.approximate).toBe(true);
    expect(exact.total).toBe(5);
    expect(exact.hits.map((h) => h.id).sort((a, b) => a - b)).toEqual(holding);
    expect((await scanClippings('甲乙丙丁戊')).sort((a, b) => a - b)).toEqual(holding);
  });

  it('cuts the candidates to the paper asked for before sparing a pair: a phrase rare in that paper is counted at once', { timeout: 120_000 }, async () => {
    await resetSearch();
    // As in the spared case above, but all the phrase's look-alikes are in another paper.
    const apart = SPARE_PAIRS_ABOVE + 30;
    for (let i = 0; i < apart; i++) await save(i, `甲乙丙丁，又见丁戊${i}。`, '其他日报');
    for (let i = apart; i < apart + 80; i++) await save(i, `丁戊之后${i}。`, '其他日报');
    for (let i = 0; i < 5; i++) await save(1000 + i, `这里写着甲乙丙丁戊，第${i}回。`, '江城日报');
    for (let i = 0; i < 5; i++) await save(2000 + i, `甲乙丙丁，又见丁戊${i}。`, '江城日报');
    await mergeRecent();
    const phases: SearchPhases = {};
    const first = await searchClippings('甲乙丙丁戊', { limit: 10, source: '江城日报' }, phases);
    expect(phases.lists).toBe(4);
    expect(first.approximate).toBeFalsy();
    expect(first.total).toBe(5);
  });

  it('intersects every pair while few candidates are left: a rare phrase is counted at once', { timeout: 120_000 }, async () => {
    await resetSearch();
    // The three rarest pairs leave 103 (at most SPARE_PAIRS_ABOVE), 丁戊 among them only the three holding the phrase.
    expect(103).toBeLessThanOrEqual(SPARE_PAIRS_ABOVE);
    for (let i = 0; i < 100; i++) await save(i, `甲乙丙丁${i}。`);
    for (let i = 100; i < 250; i++) await save(i, `丁戊之后${i}。`);
    for (let i = 0; i < 3; i++) await save(1000 + i, `甲乙丙丁戊${i}。`);
    await mergeRecent();
    const { first, lists } = await searchAll('甲乙丙丁戊');
    expect(lists).toBe(4);
    expect(first.approximate).toBeFalsy();
    expect(first.total).toBe(3);
  });
});
