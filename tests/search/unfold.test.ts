// The text cache keeps folded text plus the edits that put the original
// back (unfold.ts); snippets are cut from what comes back, so it must be the
// original exactly, field by field, whatever folding did to it.
import { describe, expect, it } from 'vitest';
import { foldText } from '@/lib/search/fold';
import { sampleClipping, seededRandom } from './sample-corpus';
import { UnfoldBuilder, unfoldRange, type Unfold } from '@/lib/search/unfold';

/** Folds the fields the way the text cache does (joined by \n) and puts each back. */
function roundTrip(fields: readonly string[]): { joined: string; unfold: Unfold; back: string[] } {
  const builder = new UnfoldBuilder();
  const folded: string[] = [];
  const ranges: Array<[number, number]> = [];
  let offset = 0;
  for (const field of fields) {
    const f = builder.addField(field, offset);
    expect(f).toBe(foldText(field));
    folded.push(f);
    ranges.push([offset, offset + f.length]);
    offset += f.length + 1;
  }
  const joined = folded.join('\n');
  const unfold = builder.build();
  return { joined, unfold, back: ranges.map(([from, to]) => unfoldRange(joined, unfold, from, to)) };
}

// Everything folding treats specially: full-width forms, traditional characters,
// spaces of all kinds next to CJK and Latin, format characters, combining marks,
// astral characters, NFKC expansions, characters that fold to a space.
const ALPHABET = [
  '中', '国', '发', '展', '臺', '灣', '經', '濟', '，', '。', '、', '：', '（', '）', '“', '”', 'Ａ', 'ｂ', '５', '．', '％',
  'a', 'B', 'z', '1', ' ', '  ', '\t', '\n', '\u3000', '\u00a0', '\u200b', '\ufeff', '\u00ad', '\u0007', 'e\u0301', '\u0301',
  '𠀋', '😀', '㍿', 'ﬁ', '①', '¨', '´', 'İ', 'ß', 'Σ', '-', '\r\n',
];

describe('unfoldRange', () => {
  it('gives back every field of generated text with all of folding’s awkward cases', () => {
    const random = seededRandom(11);
    for (let round = 0; round < 400; round++) {
      const fields: string[] = [];
      const count = 1 + Math.floor(random() * 5);
      for (let f = 0; f < count; f++) {
        let s = '';
        const length = Math.floor(random() * 40);
        for (let i = 0; i < length; i++) s += ALPHABET[Math.floor(random() * ALPHABET.length)];
        fields.push(s);
      }
      const { back } = roundTrip(fields);
      expect(back, JSON.stringify(fields)).toEqual(fields);
    }
  });

  it('gives back whole clippings, simplified and traditional, and costs a fraction of the original', () => {
    const random = seededRandom(12);
    for (let i = 0; i < 20; i++) {
      const c = sampleClipping(random, { chars: 3000, traditional: i % 4 === 0 });
      const fields = c.blocks.map((b) => b.text);
      const { back, unfold } = roundTrip(fields);
      expect(back).toEqual(fields);
      if (i % 4 !== 0) expect(unfold.text.length).toBeLessThan(fields.join('').length / 5);
    }
  });

  it('handles long edits (hundreds of units dropped or replaced) and long gaps between edits', () => {
    const spaces = ' '.repeat(600);
    const fields = [`中${spaces}国`, `${'经济'.repeat(40_000)}，`, `${'ＡＢＣ'.repeat(200)}中`, '', '\u3000'.repeat(300)];
    const { back } = roundTrip(fields);
    expect(back).toEqual(fields);
  });

  it('stores a one-for-one swap in a byte and its character', () => {
    const { back, unfold } = roundTrip(['臺灣，經濟。', '中国，人民']);
    expect(back).toEqual(['臺灣，經濟。', '中国，人民']);
    expect(unfold.text).toBe('臺灣，經濟，');
    expect(unfold.ops.length).toBe(6);
  });
});
