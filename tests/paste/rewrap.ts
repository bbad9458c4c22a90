// Test helper: typesets clean Chinese paragraphs the way a newspaper PDF copy
// shows them — hard line breaks at a fixed column width, optional
// justification spaces, optional blank line after every line.

export interface RewrapOptions {
  /** characters per line (full-width units; ASCII counts half) */
  width: number;
  /** letter-space every `justifyEvery`-th line (`余 名 成 员 ，意 气`); 0: never */
  justifyEvery?: number;
  /** a blank line after every line, as some PDF viewers copy it */
  blankLines?: boolean;
  /** lines printed above the body unwrapped (title, byline) */
  head?: string[];
  /** line separator, default `\n` */
  eol?: string;
}

/** Closing punctuation may not start a line (kinsoku): it hangs on the line before. */
const NO_LINE_START = new Set([...'。，、；：？！…”’）》」』】—%']);
/** Opening punctuation may not end a line: it moves to the next. */
const NO_LINE_END = new Set([...'“‘（《「『【']);
/** CJK punctuation is printed without a justification space after it. */
const CJK_PUNCT = new Set([...'。，、；：？！…“”‘’（）《》「」『』【】—']);

const charWidth = (ch: string): number => (ch.charCodeAt(0) < 0x2000 ? 1 : 2);

function wrapParagraph(paragraph: string, width: number): string[] {
  const limit = width * 2; // half-units
  const lines: string[] = [];
  let line: string[] = [];
  let w = 0;
  for (const ch of paragraph) {
    const cw = charWidth(ch);
    if (w + cw > limit && line.length > 0 && !NO_LINE_START.has(ch)) {
      // an opening quote at the end of the full line goes down with the next char
      const carry: string[] = [];
      while (line.length > 1 && NO_LINE_END.has(line[line.length - 1])) carry.unshift(line.pop()!);
      lines.push(line.join(''));
      line = carry;
      w = carry.reduce((s, c) => s + charWidth(c), 0);
    }
    line.push(ch);
    w += cw;
  }
  if (line.length > 0) lines.push(line.join(''));
  return lines;
}

/** `余名成员，意气` → `余 名 成 员 ，意 气`: a space between characters,
 *  none after CJK punctuation, none between two ASCII characters. */
export function letterSpace(line: string): string {
  const chars = [...line];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    out += chars[i];
    const next = chars[i + 1];
    if (next === undefined) break;
    const ascii = charWidth(chars[i]) === 1 && charWidth(next) === 1;
    if (!CJK_PUNCT.has(chars[i]) || chars[i] === '“') {
      if (!ascii) out += ' ';
    }
  }
  return out;
}

export function rewrap(paragraphs: string[], opts: RewrapOptions): string {
  const out: string[] = [...(opts.head ?? [])];
  let n = 0;
  for (const p of paragraphs) {
    for (const line of wrapParagraph(p, opts.width)) {
      n++;
      out.push(opts.justifyEvery && n % opts.justifyEvery === 0 ? letterSpace(line) : line);
    }
  }
  return out.join(opts.blankLines ? `${opts.eol ?? '\n'}${opts.eol ?? '\n'}` : (opts.eol ?? '\n'));
}
