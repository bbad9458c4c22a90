// The sentence-end tests read from a line's end by hand (sentence-end.ts);
// the forms they stand for are the regexes in patterns.ts. Both must give the
// same answer on every line, including runs of closers and lone dots.

import { describe, expect, it } from 'vitest';
import { LATIN_END, STRONG_END, WEAK_END } from '../../lib/parse/patterns';
import { hasLatinEnd, hasStrongEnd, hasWeakEnd } from '../../lib/parse/sentence-end';

/** Characters that matter at a line's end, and some that do not. */
const ALPHABET = ['。', '！', '？', '!', '?', '…', '.', '”', '’', '」', '』', '）', ')', ']', '》', '"', "'", '—', '：', ':', '；', ';', '，', '文', 'a', ' ', '𠀀'];

/** A small deterministic generator (no Math.random: a failure must repeat). */
function* lines(count: number): Generator<string> {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
  for (let n = 0; n < count; n++) {
    let s = '';
    const len = next() % 7;
    for (let i = 0; i < len; i++) s += ALPHABET[next() % ALPHABET.length];
    yield s;
  }
}

describe('sentence ends read from the line end', () => {
  it('agree with STRONG_END, LATIN_END and WEAK_END on 20,000 generated endings', () => {
    let strong = 0;
    for (const s of lines(20_000)) {
      expect(hasStrongEnd(s), JSON.stringify(s)).toBe(STRONG_END.test(s));
      expect(hasLatinEnd(s), JSON.stringify(s)).toBe(LATIN_END.test(s));
      expect(hasWeakEnd(s), JSON.stringify(s)).toBe(WEAK_END.test(s));
      if (hasStrongEnd(s)) strong++;
    }
    expect(strong).toBeGreaterThan(1000); // the generator does reach the forms
  });

  it('read the usual forms', () => {
    expect(hasStrongEnd('他说：“好。”')).toBe(true);
    expect(hasStrongEnd('未完...')).toBe(true);
    expect(hasStrongEnd('未完..')).toBe(false);
    expect(hasLatinEnd('He said "yes."')).toBe(true);
    expect(hasWeakEnd('如下：')).toBe(true);
    expect(hasWeakEnd('先烈们——')).toBe(true);
    expect(hasStrongEnd('')).toBe(false);
  });
});
