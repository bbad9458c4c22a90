// Makes pasted input safe to parse: one kind of line break, no control
// characters, HTML pasted as source turned back into text, and a verdict on
// input that is not text at all (a binary file pasted or dropped by mistake).

import { MAX_JUNK_PER_THOUSAND } from './constants';

export interface NormalizedInput {
  text: string;
  /** Set when the input cannot be read as article text. */
  problem?: 'empty' | 'binary';
}

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufeff\ufffe\uffff\u200e\u200f\u202a-\u202e\u2060]/g;

/** Characters that do not occur in text: controls, replacement characters, private use. */
function isJunk(c: number): boolean {
  return (c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff) || (c >= 0x80 && c < 0xa0);
}

function junkPerThousand(text: string): number {
  const n = Math.min(text.length, 200_000);
  if (!n) return 0;
  let junk = 0;
  for (let i = 0; i < n; i++) if (isJunk(text.charCodeAt(i))) junk++;
  return (junk * 1000) / n;
}

/** A paste of HTML source (not rendered text): several tags and a block element. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 5000);
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
  if (junkPerThousand(input) > MAX_JUNK_PER_THOUSAND) return { text: '', problem: 'binary' };
  let text = input.replace(/\r\n?|\u2028|\u2029/g, '\n').replace(CONTROL, '');
  if (looksLikeHtml(text)) text = htmlToText(text);
  text = text.normalize('NFC');
  if (!text.trim()) return { text: '', problem: 'empty' };
  return { text };
}
