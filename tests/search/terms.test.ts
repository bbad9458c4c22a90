import { describe, expect, it } from 'vitest';
import { foldText } from '@/lib/search/fold';
import { forEachGram, gramHash, gramSignature, mayHaveAll } from '@/lib/search/signature';
import { MAX_WORD_TERM, planWord, startsAtBoundary, wordTermsOf } from '@/lib/search/terms';
import { paragraphs, seededRandom } from './sample-corpus';

const cp = (s: string) => s.codePointAt(0)!;
const grams = (text: string) => {
  const out: number[] = [];
  forEachGram(text, (h) => out.push(h));
  return out;
};

describe('grams', () => {
  it('are every CJK character and every neighbouring pair, never across punctuation or Latin', () => {
    const expected = ['中', '国', '中国', '人', '国人', '网', '络', '网络'];
    const hash = (g: string) => (g.length === 1 ? gramHash(cp(g), 0) : gramHash(cp(g[0]), cp(g[1])));
    expect(grams(foldText('中国人，5G网络'))).toEqual(expected.map(hash));
  });

  it('cover kana and Hangul too', () => {
    expect(grams('カメラ')).toHaveLength(5);
    expect(grams('서울')).toHaveLength(3);
  });
});

describe('gramSignature', () => {
  it('never misses a gram of the text', () => {
    const random = seededRandom(7);
    for (let i = 0; i < 20; i++) {
      const text = foldText(paragraphs(random, 200 + i * 150).join('\n'));
      const sig = gramSignature([text]);
      for (const h of grams(text)) expect(mayHaveAll(sig, [h])).toBe(true);
    }
  });

  it('rarely claims a gram that is not there', () => {
    const random = seededRandom(8);
    const text = foldText(paragraphs(random, 3000).join(''));
    const present = new Set(grams(text));
    const sig = gramSignature([text]);
    let absent = 0;
    let claimed = 0;
    for (let a = 0x4e00; a < 0x4e00 + 400; a++) {
      for (let b = 0x6000; b < 0x6000 + 50; b++) {
        const h = gramHash(a, b);
        if (present.has(h)) continue;
        absent++;
        if (mayHaveAll(sig, [h])) claimed++;
      }
    }
    expect(claimed / absent).toBeLessThan(0.12);
  });

  it('grows with the number of distinct grams: about 2 KB for a 3,000-character article', () => {
    const random = seededRandom(9);
    expect(gramSignature([foldText(paragraphs(random, 3000).join(''))]).length).toBeLessThanOrEqual(4096);
    expect(gramSignature(['']).length).toBe(8);
  });
});

describe('wordTermsOf', () => {
  it('indexes Latin words and numbers whole, lower case', () => {
    expect(wordTermsOf([foldText('GDP增长5.2%，ＡＩ与 New York')]).sort()).toEqual(['2', '5', 'ai', 'gdp', 'new', 'york']);
  });

  it('cuts a long word to its first MAX_WORD_TERM characters', () => {
    const long = 'a'.repeat(40);
    expect(wordTermsOf([long])).toEqual(['a'.repeat(MAX_WORD_TERM)]);
  });
});

describe('planWord', () => {
  it('looks up a CJK word by its character (one) or its pairs', () => {
    expect(planWord('中').grams).toEqual([gramHash(cp('中'), 0)]);
    expect(planWord('中华人民').grams).toHaveLength(3);
    expect(planWord('中华人民')).toMatchObject({ lookups: [], exact: false });
  });

  it('looks up a lone Latin word by prefix, exactly', () => {
    expect(planWord('gd')).toEqual({ grams: [], lookups: [{ term: 'gd', prefix: true }], exact: true });
  });

  it('wants a Latin word followed by more of the query whole, and only the last by prefix', () => {
    expect(planWord('new york').lookups).toEqual([
      { term: 'new', prefix: false },
      { term: 'york', prefix: true },
    ]);
    expect(planWord('5g网络')).toMatchObject({ lookups: [{ term: '5g', prefix: false }], exact: false });
  });

  it('cannot help with punctuation alone', () => {
    expect(planWord('，')).toEqual({ grams: [], lookups: [], exact: false });
  });

  it('matches a long word by the prefix the index keeps', () => {
    const long = 'b'.repeat(30);
    expect(planWord(long)).toEqual({ grams: [], lookups: [{ term: 'b'.repeat(MAX_WORD_TERM), prefix: true }], exact: false });
  });
});

describe('startsAtBoundary', () => {
  it('requires a word that starts with a letter or digit to start a word in the text', () => {
    expect(startsAtBoundary('gdp增长', 0, 'gdp')).toBe(true);
    expect(startsAtBoundary('ngdp', 1, 'gdp')).toBe(false);
    expect(startsAtBoundary('年gdp', 1, 'gdp')).toBe(true);
    expect(startsAtBoundary('2025', 2, '25')).toBe(false);
    expect(startsAtBoundary('中国', 1, '国')).toBe(true);
  });
});
