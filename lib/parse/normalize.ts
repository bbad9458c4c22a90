// Makes pasted input safe to parse: one kind of line break, no control
// characters, HTML pasted as source turned back into text, and a verdict on
// input that is not text at all (a binary file pasted or dropped by mistake).

import { MAX_JUNK_PER_THOUSAND } from './constants';

export interface NormalizedInput {
  text: string;
  /** Set when the input cannot be read as article text. */
  problem?: 'empty' | 'binary';
}

/** Characters removed from the input: controls, byte-order marks, direction marks. */
const CONTROL_RANGES: readonly [number, number][] = [
  [0x00, 0x08],
  [0x0b, 0x0c],
  [0x0e, 0x1f],
  [0x7f, 0x7f],
  [0xfeff, 0xfeff],
  [0xfffe, 0xffff],
  [0x200e, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2060],
];
const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
const CONTROL = /* @__PURE__ */ (() => new RegExp(`[${CONTROL_RANGES.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('')}]`, 'g'))();

/** Characters that do not occur in text: controls, replacement characters, private use. */
function isJunk(c: number): boolean {
  return (c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff) || (c >= 0x80 && c < 0xa0);
}

/** Characters read for the junk share. */
const JUNK_SAMPLE_CHARS = 200_000;

/**
 * Ranges of characters that NFC leaves as they are whatever stands around
 * them (no decomposition, never the second half of a composition): ASCII,
 * Latin-1 symbols, general punctuation, CJK symbols (not the tone marks
 * 302A–302F), CJK ideographs, full-width forms, shapes and circled numbers.
 * A text of these alone is not normalized (normalize('NFC') copies the
 * whole text; tests/parse/normalize-speed.test.ts checks every one).
 */
export const NFC_STABLE_RANGES: readonly [number, number][] = [
  [0x09, 0x0a],
  [0x0d, 0x0d],
  [0x20, 0x7e],
  [0xa0, 0xbf],
  [0xd7, 0xd7],
  [0xf7, 0xf7],
  [0x2010, 0x2027],
  [0x2030, 0x205e],
  [0x2460, 0x25ff],
  [0x2605, 0x2606],
  [0x3000, 0x3029],
  [0x3030, 0x303f],
  [0x4e00, 0x9fff],
  [0xff01, 0xff60],
];

// What each UTF-16 unit is to normalizeInput, read in one pass over the input.
const JUNK = 1;
/** Removed (CONTROL) or made a \n (\r, \u2028, \u2029). */
const CONTROL_UNIT = 2;
const BREAK_UNIT = 4;
/** Outside NFC_STABLE_RANGES (and neither removed nor a line break). */
const MAY_COMPOSE = 8;
/** A `<`: without one the input holds no HTML tag. */
const TAG_OPEN_UNIT = 16;
const UNIT_CLASS = /* @__PURE__ */ (() => {
  const table = new Uint8Array(0x10000).fill(MAY_COMPOSE);
  for (const [from, to] of NFC_STABLE_RANGES) table.fill(0, from, to + 1);
  for (const [from, to] of CONTROL_RANGES) table.fill(CONTROL_UNIT, from, to + 1);
  for (const c of [0x0d, 0x2028, 0x2029]) table[c] = BREAK_UNIT;
  table[0x3c] |= TAG_OPEN_UNIT;
  for (let c = 0; c < 0x10000; c++) if (isJunk(c)) table[c] |= JUNK;
  return table;
})();

/** What scanUnits read: junk units among the first JUNK_SAMPLE_CHARS, and the classes of every unit. */
let scannedJunk = 0;
let scannedClasses = 0;

/**
 * One pass over the input, and nothing after the loop but stores: the loop
 * runs in code optimised on the stack, and code after it, which that code
 * reached with no feedback, threw it away again at nearly every call.
 */
function scanUnits(text: string): void {
  const length = text.length;
  const n = Math.min(length, JUNK_SAMPLE_CHARS);
  let junk = 0;
  let classes = 0;
  // (four units a step: the optimised loop checks the table and reads where its elements
  // lie at every step, which cost more than the test itself)
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const k0 = UNIT_CLASS[text.charCodeAt(i)];
    const k1 = UNIT_CLASS[text.charCodeAt(i + 1)];
    const k2 = UNIT_CLASS[text.charCodeAt(i + 2)];
    const k3 = UNIT_CLASS[text.charCodeAt(i + 3)];
    junk += (k0 & JUNK) + (k1 & JUNK) + (k2 & JUNK) + (k3 & JUNK);
    classes |= k0 | k1 | k2 | k3;
  }
  for (; i < n; i++) {
    const k = UNIT_CLASS[text.charCodeAt(i)];
    junk += k & JUNK;
    classes |= k;
  }
  for (; i + 4 <= length; i += 4) classes |= UNIT_CLASS[text.charCodeAt(i)] | UNIT_CLASS[text.charCodeAt(i + 1)] | UNIT_CLASS[text.charCodeAt(i + 2)] | UNIT_CLASS[text.charCodeAt(i + 3)];
  for (; i < length; i++) classes |= UNIT_CLASS[text.charCodeAt(i)];
  scannedJunk = junk;
  scannedClasses = classes;
}

/** The junk share (per thousand of the first JUNK_SAMPLE_CHARS) and the classes of every unit, in one pass. */
function scanInput(text: string): { junkPerThousand: number; classes: number } {
  scanUnits(text);
  const n = Math.min(text.length, JUNK_SAMPLE_CHARS);
  return { junkPerThousand: n ? (scannedJunk * 1000) / n : 0, classes: scannedClasses };
}

/** Characters of an input looksLikeHtml reads. */
const HTML_HEAD_CHARS = 5000;
/** A paste of HTML source (not rendered text): several tags and a block element. */
export function looksLikeHtml(text: string): boolean {
  // (three tags hold three `<` at least: counted first, the patterns run only
  // where the head has them; a page of text with a <网址> has one)
  for (let k = 0, at = -1; k < 3; k++) {
    at = text.indexOf('<', at + 1);
    if (at < 0 || at >= HTML_HEAD_CHARS) return false;
  }
  const head = text.slice(0, HTML_HEAD_CHARS);
  const tags = head.match(/<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?>/g);
  return !!tags && tags.length >= 3 && /<(?:p|div|br|html|body|h[1-6]|span|article|section|table|li)\b/i.test(head);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', hellip: '…', middot: '·' };

/** Turns HTML source into text with a line break per block; never renders it. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|noscript|template|head)\b[^]*?<\/\1\s*>/gi, '')
    .replace(/<!--[^]*?-->/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(?:p|div|h[1-6]|li|tr|article|section|header|footer|blockquote|figure|figcaption|table|ul|ol)\b[^>]*>/gi, '\n\n')
    .replace(/<[^<>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    });
}

export function normalizeInput(input: string): NormalizedInput {
  if (typeof input !== 'string' || !input.trim()) return { text: '', problem: 'empty' };
  const { junkPerThousand, classes } = scanInput(input);
  if (junkPerThousand > MAX_JUNK_PER_THOUSAND) return { text: '', problem: 'binary' };
  // (each step only where the scan saw what it changes: each costs a pass over the text)
  let text = classes & BREAK_UNIT ? input.replace(/\r\n?|\u2028|\u2029/g, '\n') : input;
  if (classes & CONTROL_UNIT) text = text.replace(CONTROL, '');
  // (no tag without a `<`: the test's pattern is not run over a page of text that has none)
  const html = (classes & TAG_OPEN_UNIT) !== 0 && looksLikeHtml(text);
  if (html) text = htmlToText(text);
  if (html || classes & MAY_COMPOSE) text = text.normalize('NFC');
  if (!text.trim()) return { text: '', problem: 'empty' };
  return { text };
}
