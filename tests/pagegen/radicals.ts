// Gives a PDF copy back the characters the page printed, where the PDF names
// another character that the font draws with the same glyph.
//
// Chromium (Skia) writes a PDF's ToUnicode table by reversing the font's
// cmap, and where Noto CJK draws several code points with one glyph it names
// only one of them: a copy of 月 comes back as the Kangxi radical ⽉ (U+2F49),
// 见 as ⻅ (U+2EC5), 户 as 戸, and —— (a ligature) as ⸺. Real Founder-made
// newspaper PDFs do not do this, so the copy is mapped back: the twins are
// read from the fonts' own cmaps, and only characters the page never printed
// are replaced, by the twin it did print.

import { existsSync, readFileSync } from 'node:fs';

const FONT_DIR = '/usr/share/fonts/opentype/noto';
const FONTS = ['NotoSansCJK-Regular.ttc', 'NotoSansCJK-Bold.ttc', 'NotoSerifCJK-Regular.ttc', 'NotoSerifCJK-Bold.ttc'];

/** code point → glyph id from a font's format 12 (or 4) Unicode cmap. */
function readCmap(buf: Buffer, fontOffset: number): Map<number, number> {
  const numTables = buf.readUInt16BE(fontOffset + 4);
  let cmap = -1;
  for (let i = 0; i < numTables; i++) {
    const rec = fontOffset + 12 + i * 16;
    if (buf.toString('latin1', rec, rec + 4) === 'cmap') cmap = buf.readUInt32BE(rec + 8);
  }
  const map = new Map<number, number>();
  if (cmap < 0) return map;
  const n = buf.readUInt16BE(cmap + 2);
  let best = -1, bestFormat = 0;
  for (let i = 0; i < n; i++) {
    const sub = cmap + buf.readUInt32BE(cmap + 4 + i * 8 + 4);
    const format = buf.readUInt16BE(sub);
    if (format === 12 || (format === 4 && bestFormat !== 12)) { best = sub; bestFormat = format; }
  }
  if (bestFormat === 12) {
    const groups = buf.readUInt32BE(best + 12);
    for (let g = 0; g < groups; g++) {
      const at = best + 16 + g * 12;
      const start = buf.readUInt32BE(at), end = buf.readUInt32BE(at + 4), gid = buf.readUInt32BE(at + 8);
      for (let c = start; c <= end; c++) map.set(c, gid + c - start);
    }
  }
  return map;
}

let cached: Map<string, string[]> | null = null;

/** For every character, the other characters some Noto CJK face draws with the same glyph. */
export function glyphTwins(): Map<string, string[]> {
  if (cached) return cached;
  const twins = new Map<string, Set<string>>();
  for (const f of FONTS) {
    const path = `${FONT_DIR}/${f}`;
    if (!existsSync(path)) continue;
    const buf = readFileSync(path);
    const faces = buf.toString('latin1', 0, 4) === 'ttcf' ? buf.readUInt32BE(8) : 1;
    for (let k = 0; k < faces; k++) {
      const off = faces > 1 ? buf.readUInt32BE(12 + k * 4) : 0;
      const byGlyph = new Map<number, number[]>();
      for (const [cp, gid] of readCmap(buf, off)) {
        if (cp < 0x2e80 || cp > 0x9fff) continue;
        const l = byGlyph.get(gid);
        if (l) l.push(cp); else byGlyph.set(gid, [cp]);
      }
      for (const cps of byGlyph.values()) {
        if (cps.length < 2) continue;
        for (const a of cps) {
          const s = twins.get(String.fromCodePoint(a)) ?? new Set();
          for (const b of cps) if (b !== a) s.add(String.fromCodePoint(b));
          twins.set(String.fromCodePoint(a), s);
        }
      }
    }
  }
  cached = new Map([...twins].map(([k, v]) => [k, [...v]]));
  return cached;
}

// The font draws —— (two U+2014) as one glyph whose ToUnicode is ⸺ (U+2E3A).
const DASH_LIGATURES: [string, string][] = [['\u2e3b', '———'], ['\u2e3a', '——']];

/**
 * Gives back the characters the page printed where the PDF's ToUnicode named
 * a twin of them: a character of the copy that was never printed, sharing a
 * glyph with one that was, is that one.
 */
export function restorePrinted(copy: string, printed: string): string {
  const seen = new Set(printed);
  const twins = glyphTwins();
  let out = '';
  for (const c of copy) {
    if (seen.has(c)) { out += c; continue; }
    const twin = twins.get(c)?.find((t) => seen.has(t));
    out += twin ?? c;
  }
  for (const [lig, dashes] of DASH_LIGATURES) if (!seen.has(lig) && printed.includes(dashes)) out = out.replaceAll(lig, dashes);
  return out;
}
