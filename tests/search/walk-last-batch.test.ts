// The first answer reads at most FIRST_READS texts. When the page is full and
// even the last batch it may read, found at its ceilings, could not settle the
// page, that batch is not read: the background check settles the page anyway,
// and the batch only cost a round trip.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { mergeRecent, saveClipping } from '@/lib/db';
import { FIRST_READS, rankClippings, searchClippings, type SearchPhases } from '@/lib/search';
import { article, paragraphs, resetSearch } from './helpers';

const save = (i: number, text: string) =>
  saveClipping(article({ url: `https://example.com/${i}`, title: `第${i}篇`, byline: null, source: null, date: '2025-03-01', blocks: paragraphs(text) }));

describe('the last batch of the first answer', () => {
  it('is not read when it could not settle the page; the background check gives the full ranking', { timeout: 120_000 }, async () => {
    await resetSearch();
    // 60 clippings hold 甲乙 and 丙丁 apart, and the joint pair 乙丙 elsewhere: each may hold the two side by
    // side for all the index can tell (ceiling: close), none does.
    for (let i = 0; i < 60; i++) await save(i, `甲乙在前，第${i}回。又有乙丙无关。丙丁在后。`);
    await mergeRecent();
    const phases: SearchPhases = {};
    const first = await searchClippings('甲乙 丙丁', {}, phases);
    expect(first.total).toBe(60);
    expect(first.hits).toHaveLength(20);
    expect(phases.reads).toBeLessThan(FIRST_READS);
    expect(first.complete).toBeDefined();
    const exact = await first.complete!();
    const ranked = await rankClippings('甲乙 丙丁');
    expect(exact.hits.map((h) => h.id)).toEqual(ranked.slice(0, 20).map((r) => r.id));
  });

  it('is read when it may settle the page', { timeout: 120_000 }, async () => {
    await resetSearch();
    // Ceiling order: 28 holding the words twice side by side, then 40 holding them once: after 24 texts, the next
    // 8 (4 of each) found at their ceilings would put the 20th best above the 33rd's ceiling.
    for (let i = 0; i < 40; i++) await save(i, `甲乙丙丁，第${i}回。`);
    for (let i = 40; i < 68; i++) await save(i, `甲乙丙丁，第${i}回，又是甲乙丙丁。`);
    await mergeRecent();
    const phases: SearchPhases = {};
    const first = await searchClippings('甲乙 丙丁', {}, phases);
    expect(phases.reads).toBe(FIRST_READS);
    const exact = first.complete ? await first.complete() : first;
    const ranked = await rankClippings('甲乙 丙丁');
    expect(exact.hits.map((h) => h.id)).toEqual(ranked.slice(0, 20).map((r) => r.id));
  });
});
