// All signatures in one flat array (signature-store.ts) must answer exactly as
// each clipping's own filter would (signature.ts), through replacements,
// deletions and the compactions they cause.
import { describe, expect, it } from 'vitest';
import { foldText } from '@/lib/search/fold';
import { paragraphs, seededRandom } from './sample-corpus';
import { forEachGram, gramSignature, mayHaveAll } from '@/lib/search/signature';
import { SignatureSet } from '@/lib/search/signature-store';

describe('SignatureSet', () => {
  it('finds the same clippings as checking each signature, after many changes', () => {
    const random = seededRandom(21);
    const set = new SignatureSet();
    const own = new Map<number, Uint8Array>();
    const texts: string[] = [];
    const put = (id: number) => {
      // Sizes from a few words to a long article: filters of 8 bytes to several KB.
      const text = foldText(paragraphs(random, 5 + Math.floor(random() * 2500)).join('\n'));
      texts.push(text);
      const sig = gramSignature([text]);
      set.set(id, sig);
      own.set(id, sig);
    };
    for (let id = 1; id <= 600; id++) put(id);
    for (let round = 0; round < 3; round++) {
      for (let id = 1; id <= 600; id += 1 + round) {
        if (random() < 0.5) {
          set.delete(id);
          own.delete(id);
        } else put(id);
      }
    }
    expect(set.size).toBe(own.size);
    const some = [...own.keys()].filter(() => random() < 0.3);
    for (let q = 0; q < 200; q++) {
      // Grams of a stretch of some text (present somewhere), or made up.
      const text = texts[Math.floor(random() * texts.length)];
      const at = Math.floor(random() * text.length);
      const hashes: number[] = [];
      forEachGram(text.slice(at, at + 1 + Math.floor(random() * 6)), (h) => hashes.push(h));
      if (q % 5 === 0) hashes.push(Math.floor(random() * 2 ** 32));
      const expected = [...own].filter(([, sig]) => mayHaveAll(sig, hashes)).map(([id]) => id).sort((a, b) => a - b);
      expect(set.mayHaveAll(hashes).sort((a, b) => a - b)).toEqual(expected);
      expect(set.mayHaveAll(hashes, [...some, 9999]).sort((a, b) => a - b)).toEqual(expected.filter((id) => some.includes(id)));
    }
    expect(set.allIds().sort((a, b) => a - b)).toEqual([...own.keys()].sort((a, b) => a - b));
  });

  it('gives back unused room after loading, and still answers the same', () => {
    const random = seededRandom(5);
    const set = new SignatureSet();
    const texts = new Map<number, Uint8Array>();
    for (let id = 1; id <= 300; id++) {
      const sig = gramSignature([foldText(paragraphs(random, 1500).join('\n'))]);
      texts.set(id, sig);
      set.set(id, sig);
    }
    const before = set.bytes;
    const hashes: number[] = [];
    forEachGram(foldText('经济发展'), (h) => hashes.push(h));
    const found = set.mayHaveAll(hashes).sort((a, b) => a - b);
    set.trim();
    expect(set.bytes).toBeLessThan(before);
    const live = [...texts.values()].reduce((sum, sig) => sum + sig.length, 0);
    expect(set.bytes).toBeLessThan(live * 1.04 + 4096 + 1024 * 12);
    expect(set.mayHaveAll(hashes).sort((a, b) => a - b)).toEqual(found);
    expect(found).toEqual([...texts].filter(([, sig]) => mayHaveAll(sig, hashes)).map(([id]) => id));
  });
});
