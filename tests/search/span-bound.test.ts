// The walk stops against a ceiling of each candidate's figures; for several
// words its span ceiling is the shortest span the words can have at all. It
// must never be above a span measured in a text (a result would be passed
// over), and it is reached where the words are written as tightly as they go.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { saveClipping } from '@/lib/db';
import { rankClippings, searchClippings } from '@/lib/search';
import { measureMatch, searchable } from '@/lib/search/match';
import { shortestPossibleSpan } from '@/lib/search/search';
import { article, paragraphs, resetSearch } from './helpers';
import { sampleClipping, seededRandom } from './sample-corpus';

const spanIn = (text: string, words: string[]) => measureMatch(searchable({ title: '', body: text }), words)?.span;

describe('shortestPossibleSpan', () => {
  it('is reached by the words written tightest: apart, overlapping, one inside the other', () => {
    expect(shortestPossibleSpan(['发展', '经济'])).toBe(4);
    expect(spanIn('我们发展经济了', ['发展', '经济'])).toBe(4);
    expect(shortestPossibleSpan(['中国', '国家'])).toBe(3);
    expect(spanIn('这个中国家庭', ['中国', '国家'])).toBe(3);
    expect(shortestPossibleSpan(['国家', '中国'])).toBe(3);
    expect(shortestPossibleSpan(['中国', '中国人民'])).toBe(4);
    expect(spanIn('中国人民', ['中国', '中国人民'])).toBe(4);
    expect(shortestPossibleSpan(['发展', '发展'])).toBe(2);
    expect(shortestPossibleSpan(['人民', '民生', '生活'])).toBe(4);
  });

  it('is never above the span measured in random text', () => {
    const random = seededRandom(5);
    const alphabet = '中国家人民生发展';
    const draw = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    for (let round = 0; round < 2000; round++) {
      const words = Array.from({ length: 2 + Math.floor(random() * 2) }, () => draw(1 + Math.floor(random() * 3)));
      const span = spanIn(draw(12), words);
      if (span === undefined || span === Infinity) continue;
      expect(span, words.join(' ')).toBeGreaterThanOrEqual(shortestPossibleSpan(words));
    }
  });
});

describe('two common words: the first page against the full ranking', () => {
  it('is the full ranking whenever the walk settled it early, and some do settle early', { timeout: 120_000 }, async () => {
    await resetSearch();
    const random = seededRandom(77);
    for (let i = 0; i < 240; i++) await saveClipping(sampleClipping(random, { chars: 600 }));
    // Side by side in a few titles and bodies, so spans of the shortest length exist.
    for (let i = 0; i < 6; i++) await saveClipping(article({ title: `发展经济${i}号`, blocks: paragraphs('我们要发展经济，也要建设国家。') }));
    let settled = 0;
    for (const q of ['发展 经济', '经济 发展', '建设 国家', '中国 人民', '人民 工作', '发展 创新', '推进 坚持']) {
      const ranked = await rankClippings(q);
      const got = await searchClippings(q, { limit: 10 });
      expect(got.total, q).toBe(ranked.length);
      if (!got.complete) {
        settled++;
        expect(got.hits.map((h) => h.id), q).toEqual(ranked.slice(0, 10).map((r) => r.id));
      } else {
        const exact = await got.complete();
        expect(exact.hits.map((h) => h.id), q).toEqual(ranked.slice(0, 10).map((r) => r.id));
      }
    }
    expect(settled).toBeGreaterThan(0);
  });
});

describe('two words side by side in a few clippings among many', () => {
  it('settles the first page on those few, read first, and it is the full ranking', { timeout: 120_000 }, async () => {
    await resetSearch();
    const body = (text: string) => paragraphs(text);
    for (let i = 0; i < 200; i++) {
      await saveClipping(article({ title: `新闻${i}`, date: `2024-0${1 + (i % 9)}-1${i % 10}`, blocks: body(`今年发展很快，第${i}个地方的经济也好。`) }));
    }
    for (let i = 0; i < 5; i++) {
      await saveClipping(article({ title: `旧闻${i}`, date: `2019-01-1${i}`, blocks: body(`要发展经济，第${i}条。`) }));
    }
    const got = await searchClippings('发展 经济', { limit: 3 });
    const ranked = await rankClippings('发展 经济');
    expect(got.total).toBe(205);
    // Only the five hold 展经: they come first, and none of the 200 can come within one character of them.
    expect(got.complete).toBeUndefined();
    expect(got.hits.map((h) => h.title)).toEqual(['旧闻4', '旧闻3', '旧闻2']);
    expect(got.hits.map((h) => h.id)).toEqual(ranked.slice(0, 3).map((r) => r.id));
  });
});
