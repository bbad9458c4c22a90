// File names that are safe on Windows, macOS and Linux and inside zip files.
import { UNTITLED_ZH } from '../i18n';

const RESERVED = /^(?:CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])$/i;

/** ASCII characters Windows forbids, replaced by their full-width forms (they read naturally in Chinese titles). */
const FULL_WIDTH: Record<string, string> = {
  '\\': '＼', '/': '／', ':': '：', '*': '＊', '?': '？', '"': '＂', '<': '＜', '>': '＞', '|': '｜',
};

const encoder = new TextEncoder();
const byteLength = (s: string) => encoder.encode(s).length;

export const MAX_FILE_NAME_BYTES = 120;

/** Splits into user-perceived characters where Intl.Segmenter exists, else code points; never inside a surrogate pair. */
function characters(s: string): string[] {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    return Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s), (x) => x.segment);
  }
  return Array.from(s);
}

function truncateBytes(s: string, maxBytes: number): string {
  if (byteLength(s) <= maxBytes) return s;
  let out = '';
  let bytes = 0;
  for (const ch of characters(s)) {
    const n = byteLength(ch);
    if (bytes + n > maxBytes) break;
    out += ch;
    bytes += n;
  }
  return out;
}

/** Strips what must not end or start a name: spaces and dots (Windows drops trailing ones; leading dots hide files). */
const trimEnds = (s: string) => s.replace(/^[\s.]+|[\s.]+$/gu, '');

const clean = (s: string) =>
  s
    .normalize('NFC')
    .replace(/[\\/:*?"<>|]/g, (ch) => FULL_WIDTH[ch])
    // C0/C1 controls, zero-width space, direction marks and overrides (ZWJ stays: emoji need it).
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g, ' ')
    .replace(/\s+/gu, ' ');

function cleanStem(date: string | null, title: string | null): string {
  const t = trimEnds(clean(title ?? '')) || UNTITLED_ZH;
  let stem = trimEnds(`${clean(date ?? '')} ${t}`);
  if (RESERVED.test(stem.split('.')[0].trimEnd())) stem = `_${stem}`;
  return stem;
}

/**
 * `2025-07-01 锻造民族复兴的中流砥柱.md`. At most MAX_FILE_NAME_BYTES UTF-8
 * bytes; repeated names get ` (2)`, ` (3)`…. `used` collects the names given
 * out so far, lower-cased, because Windows and macOS treat names that differ
 * only in case as the same file; pass one set per folder.
 */
export function safeFileName(date: string | null, title: string | null, used: Set<string>, extension = '.md'): string {
  const stem = cleanStem(date, title);
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const base = trimEnds(truncateBytes(stem, MAX_FILE_NAME_BYTES - byteLength(suffix + extension)));
    const name = `${base}${suffix}${extension}`;
    const key = name.toLowerCase();
    if (!used.has(key)) {
      used.add(key);
      return name;
    }
  }
}
