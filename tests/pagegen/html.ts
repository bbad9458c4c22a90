// Typesets a composed page as one HTML newspaper page for Chromium to print.
//
// The page is a CSS grid of N columns. Every head block, body, photo caption
// and furniture line is its own grid item, placed with grid-row/grid-column,
// so where it stands on the page is independent of where it stands in the
// DOM. Chromium draws (and so writes into the PDF's content stream) in DOM
// order; pdf.js reads text back in content-stream order. Moving head blocks
// after their bodies in the DOM while the grid still shows them above is how
// a Founder (方正飞腾) PDF comes out, where headline frames are drawn last.

import type { Rng } from './rng';
import type { ArticleSpec, PageSpec } from './spec';

export type HeadPlace = 'above' | 'beside';
export type DrawOrder =
  | 'natural' // furniture, then per article: head, body, caption
  | 'head-after-body' // per article: body, head, caption
  | 'heads-last' // all bodies, then all heads, then captions (Founder)
  | 'heads-first'; // all heads listed together, then all bodies

export interface LayoutOptions {
  columns: number;
  /** Body font size in pt. */
  fontPt: number;
  /** Characters per column line: a column is exactly this many body characters wide, as papers set them. */
  chars: number;
  headPlace: HeadPlace | 'mixed';
  order: DrawOrder;
  /** Captions drawn at the end of the page, after everything else. */
  captionsLast: boolean;
  /** Furniture drawn last (a folio frame drawn after the text). */
  furnitureLast: boolean;
  /** Letter-spaced titles (text comes back with spaces between characters). */
  spacedTitles: boolean;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface Placed {
  article: ArticleSpec;
  col: number; // first grid column (1-based)
  span: number;
  band: number;
  head: HeadPlace;
}

/** Cuts the page into bands of 1–3 articles side by side. */
function place(spec: PageSpec, o: LayoutOptions, rng: Rng): Placed[] {
  const out: Placed[] = [];
  let band = 0;
  let i = 0;
  while (i < spec.articles.length) {
    const left = spec.articles.length - i;
    const maxHere = Math.min(left, o.columns >= 6 ? 3 : 2, o.columns);
    const k = i === 0 && rng.chance(0.5) ? 1 : rng.int(1, maxHere);
    // Split the columns among k articles, each at least one column wide.
    const widths = Array(k).fill(1);
    for (let r = o.columns - k; r > 0; r--) widths[rng.int(0, k - 1)]++;
    let col = 1;
    for (let j = 0; j < k; j++) {
      const wantBeside = o.headPlace === 'beside' || (o.headPlace === 'mixed' && rng.chance(0.35));
      out.push({ article: spec.articles[i + j], col, span: widths[j], band, head: wantBeside && widths[j] >= 3 ? 'beside' : 'above' });
      col += widths[j];
    }
    i += k;
    band++;
  }
  return out;
}

function headHtml(a: ArticleSpec, o: LayoutOptions): string {
  const parts: string[] = [];
  if (a.column) parts.push(`<div class="label">${esc(a.column.printed)}</div>`);
  if (a.kicker) parts.push(`<div class="kicker">${esc(a.kicker.printed)}</div>`);
  parts.push(`<div class="title${o.spacedTitles ? ' spaced' : ''}">${a.title.lines.map(esc).join('<br>')}</div>`);
  if (a.subtitle) parts.push(`<div class="subtitle">${esc(a.subtitle.printed)}</div>`);
  if (a.byline?.place === 'head') parts.push(`<div class="byline">${esc(a.byline.printed)}</div>`);
  return parts.join('');
}

function bodyHtml(a: ArticleSpec): string {
  const parts: string[] = [];
  if (a.jump?.at === 'start') parts.push(`<p class="jump">${esc(a.jump.printed)}</p>`);
  if (a.byline?.place === 'body-top') parts.push(`<p class="byline">${esc(a.byline.printed)}</p>`);
  for (const b of a.blocks) {
    const cls = b.type === 'paragraph' ? 'para' : b.type === 'heading' ? 'crosshead' : 'note';
    parts.push(`<p class="${cls}">${esc(b.printed)}</p>`);
  }
  if (a.byline?.place === 'body-end') parts.push(`<p class="sig">${esc(a.byline.printed)}</p>`);
  if (a.jump?.at === 'end') parts.push(`<p class="jump end">${esc(a.jump.printed)}</p>`);
  return parts.join('');
}

export function renderHtml(spec: PageSpec, o: LayoutOptions, rng: Rng): string {
  const placed = place(spec, o, rng);
  const bands = placed.reduce((m, p) => Math.max(m, p.band), 0) + 1;
  const row = (band: number, k: number) => 2 + band * 3 + k; // row 1: top furniture
  const lastRow = 2 + bands * 3;
  const cell = (r: number, c: number, span: number) => `grid-row:${r};grid-column:${c} / span ${span}`;

  const heads: string[] = [], bodies: string[] = [], captions: string[] = [];
  const perArticle: string[][] = [];
  for (const p of placed) {
    const beside = p.head === 'beside';
    const headSpan = beside ? 1 : p.span;
    const bodyCol = beside ? p.col + 1 : p.col;
    const bodySpan = beside ? p.span - 1 : p.span;
    const head = `<div class="head${beside ? ' beside' : ''}" style="${cell(beside ? row(p.band, 1) : row(p.band, 0), p.col, headSpan)}">${headHtml(p.article, o)}</div>`;
    const body = `<div class="body" style="${cell(row(p.band, 1), bodyCol, bodySpan)};column-count:${bodySpan}">${bodyHtml(p.article)}</div>`;
    const caps = p.article.captions.map((c) => `<div class="photo" style="${cell(row(p.band, 2), p.col, Math.min(p.span, 2))}"><div class="pic"></div><div class="caption">${esc(c.printed)}</div></div>`);
    heads.push(head); bodies.push(body); captions.push(...caps);
    perArticle.push(o.order === 'head-after-body' ? [body, head, ...(o.captionsLast ? [] : caps)] : [head, body, ...(o.captionsLast ? [] : caps)]);
  }
  const top = `<div class="furn top" style="grid-row:1;grid-column:1 / span ${o.columns}">${spec.top.map((t, i) => `<span class="f${i === 0 ? ' first' : ''}">${esc(t)}</span>`).join('')}</div>`;
  const bottom = `<div class="furn bottom" style="grid-row:${lastRow};grid-column:1 / span ${o.columns}">${spec.bottom.map((t) => `<span class="f">${esc(t)}</span>`).join('')}</div>`;

  let items: string[];
  if (o.order === 'heads-last') items = [...bodies, ...heads, ...(o.captionsLast ? [] : captions)];
  else if (o.order === 'heads-first') items = [...heads, ...bodies, ...(o.captionsLast ? [] : captions)];
  else items = perArticle.flat();
  if (o.captionsLast) items.push(...captions);
  items = o.furnitureLast ? [...items, top, bottom] : [top, ...items, bottom];

  // Columns exactly `chars` characters wide, so justification stretches only
  // lines holding Latin text or pushed punctuation, as in print.
  const colPt = o.chars * o.fontPt;
  const gapPt = Math.round(o.fontPt * 1.5);
  const pagePt = o.columns * colPt + (o.columns - 1) * gapPt + 2 * 24;
  return `<!doctype html><html><head><meta charset="utf-8"><style>
html,body{margin:0;padding:0}
body{width:${pagePt}pt;font-family:'Noto Serif CJK SC','Noto Sans CJK SC',serif;font-size:${o.fontPt}pt;line-height:1.45}
.page{display:grid;grid-template-columns:repeat(${o.columns},${colPt}pt);column-gap:${gapPt}pt;row-gap:6pt;padding:24pt;align-items:start}
.furn{display:flex;flex-wrap:wrap;gap:6mm;font-family:'Noto Sans CJK SC',sans-serif;font-size:9pt;border-bottom:1px solid #000;padding-bottom:2mm}
.furn.bottom{border-bottom:0;border-top:1px solid #000;padding-top:2mm}
.furn .first{font-size:${spec.top.length > 4 ? 28 : 9}pt;font-weight:bold}
.head{font-family:'Noto Sans CJK SC',sans-serif;text-align:center;padding:1mm 0}
.head.beside{text-align:left}
.label{display:inline-block;border:1px solid #000;padding:0 2mm;font-size:10pt;margin-bottom:1mm}
.kicker{font-size:11pt}
.title{font-size:20pt;font-weight:bold;line-height:1.25}
.title.spaced{letter-spacing:.25em}
.subtitle{font-size:11pt}
.byline{font-size:${o.fontPt}pt;font-family:'Noto Sans CJK SC',sans-serif;margin:1mm 0}
.body{column-gap:${gapPt}pt;text-align:justify;text-justify:inter-character}
.body p{margin:0}
.para{text-indent:2em}
.crosshead{font-family:'Noto Sans CJK SC',sans-serif;font-weight:bold;text-align:center;margin:1mm 0}
.note,.sig{text-align:right}
.jump{font-size:${o.fontPt - 1}pt}
.photo .pic{height:28mm;background:#bbb}
.photo .caption{font-family:'Noto Sans CJK SC',sans-serif;font-size:${o.fontPt - 1}pt;text-align:justify}
</style></head><body><div class="page">${items.join('\n')}</div></body></html>`;
}
