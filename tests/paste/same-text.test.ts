// The watcher compares a paste with what the field shows, white space aside,
// by one walk over both strings (no copies of a 1 MB paste): it must agree
// with the plain definition, removing every /\s/ and comparing.
import { describe, expect, it } from 'vitest';
import { sameIgnoringSpace } from '../../lib/paste/watch';
import { seededRandom } from '../../lib/seeded-random';

const squash = (text: string) => text.replace(/\s+/g, '');
const PIECES = ['报', '纸', 'a', '。', ' ', '\n', '\t', '\u00a0', '\u3000', '\u2028', '\u200b', '\ufeff', '\u202f', '\r\n', 'é', '\u2009'];

describe('sameIgnoringSpace', () => {
  it('agrees with removing every /\\s/ and comparing, on random strings', () => {
    const random = seededRandom(12);
    const make = () => Array.from({ length: Math.floor(random() * 12) }, () => PIECES[Math.floor(random() * PIECES.length)]).join('');
    let same = 0;
    for (let i = 0; i < 5000; i++) {
      const a = make();
      // Half the time a respaced copy of a, so equal pairs are common.
      const b = random() < 0.5 ? a.replace(/\s/g, () => PIECES[4 + Math.floor(random() * 6)]).replace(/\u3000/g, '') : make();
      const expected = squash(a) === squash(b);
      if (expected) same++;
      expect(sameIgnoringSpace(a, b), JSON.stringify([a, b])).toBe(expected);
    }
    expect(same).toBeGreaterThan(1000);
  });

  it('takes the editor’s blocks and nbsp for the pasted line breaks and spaces', () => {
    expect(sameIgnoringSpace('第一行\n第二 行', '第一行第二\u00a0行')).toBe(true);
    expect(sameIgnoringSpace('第一行', '第一行。')).toBe(false);
    expect(sameIgnoringSpace('', ' \n')).toBe(true);
  });
});
