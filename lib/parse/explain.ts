// `parse --explain`: each raw line the parser read, with the role it ended in
// (furniture, column, kicker, title, subtitle, byline, text, heading, note,
// caption, marker), the article it went to and the rule that read it; then the
// decisions made for the whole page (which runs are heads, where heads stand).

import { removeJustifySpaces } from './cjk';
import type { ParseExplanation } from './index';
import { stripDecor } from './patterns';

const squash = (s: string) => removeJustifySpaces(stripDecor(s)).replace(/\s+/g, '');

/** A character no squashed text holds: it parts the fields joined for one search. */
const SEP = '\u0000';

/** Roles of an article's fields, in the order a line is looked for in them. */
const FIELD_ROLES = ['column', 'kicker', 'subtitle', 'byline', 'title'] as const;

/**
 * The page's articles squashed once, for every line to be looked up: each
 * article's fields, blocks and captions joined (in the order a line is looked
 * for in them) into one text, and all articles' texts into one, so a line is
 * found by one search, the first article holding it first (a search of every
 * field for every line was quadratic in the page: 15 s for 270,000 characters
 * of tiny articles).
 */
interface PageIndex {
  all: string;
  /** Where each article's text starts in `all`. */
  starts: number[];
  /** Each article's parts: its role and squashed text, in order. */
  parts: [string, string][][];
  /** A marker's squashed text → the first article it continues. */
  markers: Map<string, number>;
  furniture: string;
}

function indexPage(result: ParseExplanation['page']): PageIndex {
  const starts: number[] = [];
  const parts: [string, string][][] = [];
  const markers = new Map<string, number>();
  const chunks: string[] = [];
  let at = 0;
  result.articles.forEach((a, k) => {
    const own: [string, string][] = [];
    for (const role of FIELD_ROLES) if (a[role]) own.push([role, squash(a[role]!)]);
    for (const b of a.blocks) own.push([b.type === 'paragraph' ? 'text' : b.type, squash(b.text)]);
    for (const c of a.captions) own.push(['caption', squash(c)]);
    if (a.continuation) {
      const m = squash(a.continuation);
      if (!markers.has(m)) markers.set(m, k);
    }
    const text = own.map(([, t]) => t).join(SEP) + SEP;
    starts.push(at);
    parts.push(own);
    chunks.push(text);
    at += text.length;
  });
  return { all: chunks.join(''), starts, parts, markers, furniture: result.furniture.map(squash).join(SEP) };
}

/** Where a line's text ended up: the role and the article (1-based), found by its text. */
function locate(page: PageIndex, text: string): [string, number | null] {
  const t = squash(text);
  if (!t) return ['blank', null];
  const found = page.all.indexOf(t);
  let k = -1;
  if (found >= 0) {
    // (the article whose text holds the place found)
    let lo = 0;
    let hi = page.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (page.starts[mid] <= found) lo = mid;
      else hi = mid - 1;
    }
    k = lo;
  }
  // (a marker counts only where its whole text is the line, after every field of its article)
  const marker = page.markers.get(t);
  if (marker !== undefined && (k < 0 || marker < k)) return ['marker', marker + 1];
  if (k >= 0) {
    for (const [role, part] of page.parts[k]) if (part.includes(t)) return [role, k + 1];
  }
  if (page.furniture.includes(t)) return ['furniture', null];
  return ['dropped', null];
}

export function explainPage(result: ParseExplanation): string {
  const out: string[] = [];
  if (result.page.warning) out.push(`warning: ${result.page.warning}`);
  out.push('line  role        art  text                                      rule');
  const page = indexPage(result.page);
  for (const it of result.items) {
    const [role, article] = it.kind === 'furniture' ? ['furniture', null] : locate(page, it.text);
    const text = it.text.length > 20 ? it.text.slice(0, 19) + '…' : it.text;
    out.push(`${String(it.line).padStart(4)}  ${role.padEnd(10)}  ${article === null ? '  -' : String(article).padStart(3)}  ${text.padEnd(20, '　')}  ${it.rule}`);
  }
  out.push('', 'page decisions:');
  for (const d of result.decisions) out.push(`  ${d.rule}: ${d.detail}`);
  return out.join('\n') + '\n';
}
