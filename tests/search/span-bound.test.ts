// The walk stops against a ceiling of each candidate's figures; for several
// words its span ceiling is the shortest span the words can have at all. It
// must never be above a span measured in a text (a result would be passed
// over), and it is reached where the words are written as tightly as they go.
import { describe, expect, it } from 'vitest';
import { measureMatch, searchable } from '@/lib/search/match';
import { shortestPossibleSpan } from '@/lib/search/search';
import { seededRandom } from './sample-corpus';

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
