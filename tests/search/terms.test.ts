import { describe, expect, it } from 'vitest';
import { clippingTerms, foldText, gramKeyOf, gramText, IN_TITLE, MAX_WORD_TERM, wordKey, wordKeyIsExact } from '@/lib/searchable';
import { planWord, startsAtBoundary } from '@/lib/search/terms';

const wordTermsOf = (texts: string[]) => clippingTerms({ title: texts[0], blocks: texts.slice(1).map((text) => ({ text })) }).words;

describe('clippingTerms', () => {
  it('are every CJK character and every neighbouring pair, never across punctuation or Latin', () => {
    const { grams } = clippingTerms({ title: '', blocks: [{ text: foldText('中国人，5G网络') }] });
    const cjk = grams.filter((g) => g < 2 ** 42);
    expect(Array.from(cjk, gramText).sort()).toEqual(['中', '中国', '人', '国', '国人', '络', '网', '网络'].sort());
    // Then the word 5g: whole, and its prefixes 5 and 5g.
    expect(Array.from(grams.subarray(cjk.length))).toEqual([wordKey('5g', false), wordKey('5', true), wordKey('5g', true)].sort((a, b) => a - b));
    // As numbers, ascending (the index's rows are looked up by binary search).
    expect(Array.from(grams)).toEqual(Array.from(grams).sort((a, b) => a - b));
    expect(gramText(gramKeyOf('中国'))).toBe('中国');
  });

  it('key a word of up to 9 letters and digits exactly (no two alike), any other by a hash', () => {
    const words = ['a', 'b', 'z', '0', '9', 'aa', 'a0', '0a', 'gdp', 'gdp2025', 'zzzzzzzzz', '999999999'];
    const keys = words.flatMap((w) => [wordKey(w, false), wordKey(w, true)]);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys) expect(k >= 2 ** 42 && Number.isSafeInteger(k)).toBe(true); // above every CJK gram
    expect(words.every(wordKeyIsExact)).toBe(true);
    for (const w of ['zzzzzzzzza', 'café', 'москва', 'x'.repeat(24)]) {
      expect(wordKeyIsExact(w)).toBe(false);
      expect(wordKey(w, true)).not.toBe(wordKey(w, false));
      expect(Number.isSafeInteger(wordKey(w, false)) && wordKey(w, false) > 2 ** 42).toBe(true);
    }
  });

  it('cover kana and Hangul too', () => {
    expect(clippingTerms({ title: 'カメラ' }).grams).toHaveLength(5);
    expect(clippingTerms({ title: '서울' }).grams).toHaveLength(3);
  });

  it('code each term with its place (title) and how often it occurs, by doubling', () => {
    const { grams, codes } = clippingTerms({ title: '发展', blocks: [{ text: '发展发展发展，经济' }] });
    const code = (g: string) => codes[grams.indexOf(gramKeyOf(g))];
    expect(code('发展')).toBe(IN_TITLE | 2); // 4 times: bucket 4–7
    expect(code('经济')).toBe(0); // once, body only
    expect(code('展发')).toBe(1); // 2–3 times
    const many = clippingTerms({ title: null, blocks: [{ text: '的'.repeat(40) }] });
    expect(many.codes[many.grams.indexOf(gramKeyOf('的'))]).toBe(4); // 16 and more: the last bucket
  });
});

describe('wordTermsOf', () => {
  it('indexes Latin words and numbers whole, lower case', () => {
    expect(wordTermsOf([foldText('GDP增长5.2%，ＡＩ与 New York')]).sort()).toEqual(['2', '5', 'ai', 'gdp', 'new', 'york']);
    expect(wordTermsOf(['GDP增长5.2%，ＡＩ与 New York']).sort()).toEqual(['2', '5', 'ai', 'gdp', 'new', 'york']);
  });

  it('cuts a long word to its first MAX_WORD_TERM characters', () => {
    const long = 'a'.repeat(40);
    expect(wordTermsOf([long])).toEqual(['a'.repeat(MAX_WORD_TERM)]);
  });
});

describe('planWord', () => {
  it('looks up a CJK word by its character (one) or its pairs', () => {
    expect(planWord('中')).toEqual({ grams: [gramKeyOf('中')], lookups: [], exact: true, figures: true });
    expect(planWord('中华')).toEqual({ grams: [gramKeyOf('中华')], lookups: [], exact: true, figures: true });
    // A pair that may overlap itself: its count is not the number of matches.
    expect(planWord('哈哈')).toMatchObject({ exact: true, figures: false });
    expect(planWord('中华人民')).toEqual({ grams: ['中华', '华人', '人民'].map(gramKeyOf), lookups: [], exact: false, figures: false });
  });

  it('looks up a lone Latin word by prefix, exactly (a hashed one is checked against the text)', () => {
    expect(planWord('gd')).toEqual({ grams: [wordKey('gd', true)], lookups: [{ term: 'gd', prefix: true }], exact: true, figures: false });
    expect(planWord('café')).toMatchObject({ grams: [wordKey('café', true)], exact: false });
  });

  it('wants a Latin word followed by more of the query whole, and only the last by prefix', () => {
    expect(planWord('new york').lookups).toEqual([
      { term: 'new', prefix: false },
      { term: 'york', prefix: true },
    ]);
    expect(planWord('5g网络')).toMatchObject({ lookups: [{ term: '5g', prefix: false }], exact: false });
  });

  it('cannot help with punctuation alone', () => {
    expect(planWord('，')).toEqual({ grams: [], lookups: [], exact: false, figures: false });
  });

  it('matches a long word by the prefix the index keeps', () => {
    const long = 'b'.repeat(30);
    expect(planWord(long)).toEqual({ grams: [wordKey('b'.repeat(MAX_WORD_TERM), true)], lookups: [{ term: 'b'.repeat(MAX_WORD_TERM), prefix: true }], exact: false, figures: false });
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
