// normalizeInput skips the passes a text does not need (line breaks, controls,
// NFC): the skipped passes would have changed nothing, checked here against
// the passes run always, and the NFC-stable ranges against Unicode itself.

import { describe, expect, it } from 'vitest';
import { NFC_STABLE_RANGES, htmlToText, looksLikeHtml, normalizeInput } from '../../lib/parse/normalize';

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufeff\ufffe\uffff\u200e\u200f\u202a-\u202e\u2060]/g;
const isJunk = (c: number) => (c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff) || (c >= 0x80 && c < 0xa0);

/** Every pass, always (how normalizeInput read text before it skipped any). */
function everyPass(input: string) {
  if (!input.trim()) return { text: '', problem: 'empty' };
  const n = Math.min(input.length, 200_000);
  let junk = 0;
  for (let i = 0; i < n; i++) if (isJunk(input.charCodeAt(i))) junk++;
  if ((junk * 1000) / n > 100) return { text: '', problem: 'binary' };
  let text = input.replace(/\r\n?|\u2028|\u2029/g, '\n').replace(CONTROL, '');
  if (looksLikeHtml(text)) text = htmlToText(text);
  text = text.normalize('NFC');
  if (!text.trim()) return { text: '', problem: 'empty' };
  return { text };
}

const inStableRange = (c: number) => NFC_STABLE_RANGES.some(([a, b]) => c >= a && c <= b);

describe('normalizeInput', () => {
  it('holds only characters NFC never changes, whatever stands around them, in its stable ranges', () => {
    for (const [a, b] of NFC_STABLE_RANGES)
      for (let c = a; c <= b; c++) {
        const s = String.fromCharCode(c);
        expect(s.normalize('NFD'), c.toString(16)).toBe(s); // no decomposition
        expect(`a\u0345${s}`.normalize('NFD'), c.toString(16)).toBe(`a\u0345${s}`); // combining class 0 (not reordered after class 240)
      }
    // … and none is the second part of a character's canonical decomposition (so none composes with what stands before it)
    for (let p = 0; p < 0x30000; p++) {
      if (p >= 0xd800 && p <= 0xdfff) continue;
      const d = String.fromCodePoint(p).normalize('NFD');
      for (let i = 1; i < d.length; i++) expect(inStableRange(d.charCodeAt(i)), `U+${p.toString(16)}`).toBe(false);
    }
  });

  it('gives what every pass gives: each code unit alone, among Han text, before a combining mark', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const t of [ch, `中${ch}文`, `e${ch}`, `${ch}\u0301`]) expect(normalizeInput(t), `U+${c.toString(16)}`).toEqual(everyPass(t));
    }
  });

  it('gives what every pass gives on mixed texts (line breaks, controls, composing marks, HTML source)', () => {
    const parts = ['中', 'a', 'e', '\u0301', '\r', '\n', '\r\n', '\u2028', '\u200e', '\ufeff', '\u0000', 'Å', '가', '\u1100', '\u1161', 'か', '\u3099', '\u302a', ' ', '<p>', '</p>', '<br>', '&amp;', '&#x4e2d;', '\ud800', '\u{20000}', '\uf900', '。', '“', '\u2000', '\ufffd', '\ue000'];
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let k = 0; k < 20_000; k++) {
      let t = '';
      for (let j = 1 + Math.floor(next() * 8); j > 0; j--) t += parts[Math.floor(next() * parts.length)];
      expect(normalizeInput(t), JSON.stringify(t)).toEqual(everyPass(t));
    }
  });
});
