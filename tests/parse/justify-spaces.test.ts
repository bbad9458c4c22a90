// dropJustifySpaces is removeJustifySpaces read by code: the same output on
// every fixture text (whole pages and each line) and on random texts made of
// the characters the patterns judge, side by side in every order.

import { describe, expect, it } from 'vitest';
import { fixtureTexts } from './fixture-texts';
import { removeJustifySpaces } from '../../lib/parse/cjk';
import { dropJustifySpaces } from '../../lib/parse/justify-spaces';


/** Han (BMP and beyond), CJK punctuation, full-width forms, curly quotes, … —, Latin, digits, spaces of each kind, lone surrogates. */
const ALPHABET = ['中', '国', '𠀋', '〇', '々', '。', '，', '、', '（', '）', 'Ａ', '１', '‘', '’', '“', '”', '‚', '‛', '…', '—', 'a', 'Z', '7', '.', ',', '-', ' ', ' ', ' ', '\t', '\u00a0', '\u2002', '\u2009', '\u200b', '\ud840', '\udc0b', '\u2e80', '\u2fff'];

/** A seeded generator (mulberry32), so a failure names a text that comes again. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('dropJustifySpaces', () => {
  it('gives removeJustifySpaces’ output on every fixture page and line (without U+3000, as tidyParagraph hands it over)', () => {
    let changed = 0;
    for (const raw of fixtureTexts()) {
      for (const text of [raw, ...raw.split('\n')]) {
        const t = text.replace(/\u3000/g, ' ');
        const want = removeJustifySpaces(t);
        expect(dropJustifySpaces(t), t.slice(0, 80)).toBe(want);
        if (want !== t) changed++;
      }
    }
    expect(changed).toBeGreaterThan(100);
  });

  it('gives removeJustifySpaces’ output on random texts of the characters it judges', () => {
    const next = random(20261206);
    for (let k = 0; k < 20_000; k++) {
      const length = 1 + Math.floor(next() * 12);
      let t = '';
      for (let i = 0; i < length; i++) t += ALPHABET[Math.floor(next() * ALPHABET.length)];
      expect(dropJustifySpaces(t), JSON.stringify(t)).toBe(removeJustifySpaces(t));
    }
  });

  it('reads the cases each pattern is for', () => {
    for (const t of ['余 名 成 员', '高 3 米', 'LIAO YUAN', '“ 人生”', '” “', '学习手记 “环境就是民生”', '“环境就是民生” 学习手记', 'lunch,” said', '中 “ 人 ” 国']) {
      expect(dropJustifySpaces(t), t).toBe(removeJustifySpaces(t));
    }
    expect(dropJustifySpaces('余 名 成 员')).toBe('余名成员');
    expect(dropJustifySpaces('LIAO YUAN')).toBe('LIAO YUAN');
  });
});
