// E-paper copy shapes (no PDF): the text an e-paper site's article view gives
// when selected and copied.
//   lines: one paragraph per line, head lines each on a line of their own;
//   blank: lines broken at a fixed width as printed, a blank line after every
//          line, and justification spaces between the characters of some lines.

import type { Rng } from './rng';
import type { ArticleSpec, PageSpec } from './spec';
import { letterSpaced } from './text-rules';

export type EpaperShape = 'lines' | 'blank';

/** Breaks a paragraph into printed lines of `width` columns (CJK 1, Latin/digit ½), Latin runs kept whole. */
export function wrap(text: string, width: number, indent: boolean): string[] {
  const tokens = text.match(/[A-Za-z0-9.%]+|./gu) ?? [];
  const lines: string[] = [];
  let line = '', cols = indent ? 2 : 0;
  for (const t of tokens) {
    const w = /^[\x00-\x7f]+$/.test(t) ? t.length / 2 : t.length;
    // Closing punctuation hangs on the line before rather than starting one.
    if (cols + w > width && line && !/^[，。、；：！？”’）》…]$/.test(t)) {
      lines.push(line);
      line = '';
      cols = 0;
    }
    line += t;
    cols += w;
  }
  if (line) lines.push(line);
  return lines;
}

function articleLines(a: ArticleSpec): { head: string[]; body: { text: string; para: boolean }[] } {
  const head: string[] = [];
  if (a.column) head.push(a.column.printed);
  if (a.kicker) head.push(a.kicker.printed);
  head.push(a.title.printed);
  if (a.subtitle) head.push(a.subtitle.printed);
  if (a.byline && a.byline.place !== 'body-end') head.push(a.byline.printed);
  const body: { text: string; para: boolean }[] = [];
  if (a.jump?.at === 'start') body.push({ text: a.jump.printed, para: false });
  for (const b of a.blocks) body.push({ text: b.printed, para: b.type === 'paragraph' });
  if (a.byline?.place === 'body-end') body.push({ text: a.byline.printed, para: false });
  if (a.jump?.at === 'end') body.push({ text: a.jump.printed, para: false });
  return { head, body };
}

/** The copied text, and the page as copied: an e-paper view often leaves the furniture out. */
export function epaperText(page: PageSpec, shape: EpaperShape, rng: Rng): { raw: string; spec: PageSpec } {
  const spec: PageSpec = { ...page, top: rng.chance(0.7) ? page.top : [], bottom: rng.chance(0.5) ? page.bottom : [] };
  const out: string[] = [];
  const width = rng.int(14, 24);
  const justify = rng.next() * 0.35;
  const emit = (line: string, full: boolean) => {
    out.push(full && shape === 'blank' && rng.chance(justify) ? letterSpaced(line) : line);
    if (shape === 'blank') out.push('');
  };
  for (const f of spec.top) emit(f, false);
  for (const a of spec.articles) {
    const { head, body } = articleLines(a);
    for (const h of head) emit(h, false);
    if (shape === 'lines' && rng.chance(0.5)) out.push('');
    for (const b of body) {
      if (shape === 'lines') out.push(b.para ? b.text : b.text);
      else {
        const lines = wrap(b.text, width, b.para);
        lines.forEach((l, i) => emit(l, i < lines.length - 1));
      }
    }
    for (const c of a.captions) emit(c.printed, false);
    if (shape === 'lines') out.push('');
  }
  for (const f of spec.bottom) emit(f, false);
  return { raw: out.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n', spec };
}
