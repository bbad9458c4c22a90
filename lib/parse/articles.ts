// Groups page items into articles. A run of display lines is an article head
// (title, kicker, subtitle, byline, jump marker) when its position says so:
// at the top of the page, after an article's closing note, or carrying a
// byline, subtitle or jump marker. Otherwise it is a crosshead of the article
// it stands in.

import { tidyLineSpaces } from './cjk';
import { MAX_HEADING_TAIL_CHARS, TOPIC_SHIFT, TOPIC_WINDOW_CHARS } from './constants';
import { assignBodies } from './assign-bodies';
import type { Item } from './items';
import {
  NEWS_LEAD,
  bylineFromLead,
  hasDecor,
  isBareSectionNumber,
  isBylineLine,
  isClosingNote,
  isSectionNumberLine,
  isSubtitleLine,
  stripDecor,
} from './patterns';
import type { Article, Block } from './types';

/** A body item: what an article holds below its head. */
export type BodyItem =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'note'; text: string }
  | { kind: 'caption'; text: string }
  | { kind: 'jump-out'; text: string };

export interface Head {
  column: string | null;
  kicker: string | null;
  titles: string[];
  subtitle: string | null;
  byline: string | null;
  continuation: string | null;
}

type HeadItem = Extract<Item, { kind: 'display' | 'marker' }>;

const charCount = (s: string) => [...s].length;
const emptyHead = (): Head => ({ column: null, kicker: null, titles: [], subtitle: null, byline: null, continuation: null });

type Part = { kind: 'group'; run: HeadItem[]; head: boolean; candidate: boolean } | { kind: 'item'; item: BodyItem };

export function buildArticles(items: Item[], furniture: string[]): Article[] {
  // 1. Cut the item stream into head groups and body runs.
  const parts = markHeads(items, furniture);
  confirmLoneTitles(parts);
  let groups: { head: HeadItem[] | null; body: BodyItem[] }[] = [{ head: null, body: [] }];
  for (const part of parts) {
    const current = groups[groups.length - 1];
    if (part.kind === 'item') current.body.push(part.item);
    else if (part.head) groups.push({ head: part.run, body: [] });
    else for (const h of crossheads(part.run)) current.body.push({ kind: 'heading', text: h });
  }

  // 2. Titles printed after their bodies: the page opens with text and ends
  //    with a head that has none; each head then belongs to the text before it.
  const last = groups[groups.length - 1];
  if (groups.length > 1 && groups[0].body.some(isText) && !last.body.some(isText)) {
    const bodies = groups.slice(0, -1).map((g) => g.body);
    bodies[bodies.length - 1] = [...bodies[bodies.length - 1], ...last.body];
    groups = groups.slice(1).map((g, k) => ({ head: g.head, body: bodies[k] }));
  }

  // 3. Parse each head into one or more article heads, and share the text out.
  const articles: Article[] = [];
  for (const g of groups) {
    if (!g.head) {
      if (g.body.some(isText)) articles.push(toArticle(emptyHead(), g.body));
      else for (const b of g.body) if (b.kind !== 'caption') furniture.push(b.text);
      continue;
    }
    const heads = parseHead(g.head);
    if (!g.body.some(isText)) {
      // A head with no text: a byline printed after the text it signs, or a teaser.
      const last = articles[articles.length - 1];
      const onlyByline = heads.length === 1 && !heads[0].titles.length && heads[0].byline;
      if (last && onlyByline && !last.byline) last.byline = heads[0].byline;
      else furniture.push(...g.head.map((x) => x.text));
      continue;
    }
    for (const [head, body] of assignBodies(heads, g.body)) articles.push(toArticle(head, body));
  }
  return articles;
}

const isText = (b: BodyItem) => b.kind === 'paragraph';

/**
 * Groups display lines into runs and marks the runs whose position makes them
 * an article head: the top of the page, after an article's closing note, a
 * byline, subtitle or jump marker in the run, a news lead (本报讯) after it,
 * or no text after it at all (titles printed after their bodies).
 */
function markHeads(items: Item[], furniture: string[]): Part[] {
  const parts: Part[] = [];
  // For each item, the next paragraph at or after it (for the look-ahead below).
  const nextParagraph: (Item | undefined)[] = new Array(items.length + 1);
  for (let i = items.length - 1; i >= 0; i--) nextParagraph[i] = items[i].kind === 'paragraph' ? items[i] : nextParagraph[i + 1];
  let prevKind: string | null = null;
  let prevNote = '';
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.kind === 'furniture') {
      furniture.push(it.text);
      continue;
    }
    if (it.kind !== 'display' && it.kind !== 'marker') {
      parts.push({ kind: 'item', item: it as BodyItem });
      prevKind = it.kind;
      if (it.kind === 'note') prevNote = it.text;
      continue;
    }
    const run: HeadItem[] = [];
    let j = i;
    while (j < items.length && (items[j].kind === 'display' || items[j].kind === 'marker' || items[j].kind === 'furniture')) {
      const x = items[j];
      if (x.kind === 'furniture') furniture.push(x.text);
      else run.push(x as HeadItem);
      j++;
    }
    const nextBody = nextParagraph[j];
    const numbered = run.every((x) => x.kind === 'marker' || isSectionNumberLine(x.text));
    const head =
      parts.length === 0 ||
      (prevKind === 'note' && isClosingNote(prevNote)) ||
      run.some((x) => x.kind === 'marker' || isSubtitleLine(x.text) || isBylineLine(x.text, true) || (hasDecor(x.text) && isBylineLine(x.text, false))) ||
      (!!nextBody && NEWS_LEAD.test(nextBody.text) && !numbered) ||
      !nextBody;
    parts.push({ kind: 'group', run, head, candidate: !head && !numbered && !run.some((x) => hasDecor(x.text)) });
    prevKind = 'display';
    i = j - 1;
  }
  return parts;
}

/**
 * A display line with nothing to mark it as a title may still open a new
 * article. Crossheads come in series (an article that has them has several)
 * and stay on the article's subject; so a display line that stands alone
 * between two heads, where the text after it shares few words with the text
 * before it, is taken as the title of a new article.
 */
function confirmLoneTitles(parts: Part[]): void {
  let from = 0;
  for (let k = 0; k <= parts.length; k++) {
    const p = parts[k];
    if (k < parts.length && !(p.kind === 'group' && p.head)) continue;
    const candidates: number[] = [];
    for (let c = from; c < k; c++) {
      const q = parts[c];
      if (q.kind === 'group' && q.candidate) candidates.push(c);
    }
    if (candidates.length === 1) {
      const c = candidates[0];
      const text = (a: number, b: number) => {
        const out: string[] = [];
        for (let x = a; x < b; x++) {
          const q = parts[x];
          if (q.kind === 'item' && q.item.kind === 'paragraph') out.push(q.item.text);
        }
        return out.join('');
      };
      const before = text(from, c).slice(-TOPIC_WINDOW_CHARS);
      const after = text(c + 1, k).slice(0, TOPIC_WINDOW_CHARS);
      if (before && after && topicSimilarity(before, after) < TOPIC_SHIFT) (parts[c] as { head: boolean }).head = true;
    }
    from = k + 1;
  }
}

/** Headings inside an article; a crosshead broken over two lines is joined. */
function crossheads(run: HeadItem[]): string[] {
  const out: string[] = [];
  let prevDecorated = false;
  for (const x of run) {
    if (x.kind === 'marker') continue;
    const text = tidyLineSpaces(stripDecor(x.text));
    const prev = out[out.length - 1];
    // A ■ crosshead wrapped over two lines: the second has no mark of its own.
    if (prev !== undefined && prevDecorated && !hasDecor(x.text) && !isSectionNumberLine(text)) {
      out[out.length - 1] = prev + text;
      prevDecorated = false;
      continue;
    }
    prevDecorated = hasDecor(x.text);
    if (prev !== undefined && charCount(text) <= Math.max(MAX_HEADING_TAIL_CHARS, charCount(prev) / 2) && charCount(prev) > MAX_HEADING_TAIL_CHARS && !isSectionNumberLine(text) && !isBareSectionNumber(prev)) {
      out[out.length - 1] = prev + text;
    } else out.push(text);
  }
  return out;
}

/**
 * Reads a head group: [column] [kicker] title [subtitle] [byline] [marker],
 * possibly several titles stacked (an e-paper page lists its titles first).
 */
function parseHead(run: HeadItem[]): Head[] {
  const heads: Head[] = [];
  let h: Head | null = null;
  const fresh = () => {
    h = emptyHead();
    heads.push(h);
    return h;
  };
  for (const x of run) {
    const cur: Head = h ?? fresh();
    if (x.kind === 'marker') {
      cur.continuation ??= x.text;
      continue;
    }
    const text = x.text;
    if (isSubtitleLine(text) && cur.titles.length && !cur.subtitle && !cur.byline) {
      cur.subtitle = tidyLineSpaces(text);
    } else if (cur.titles.length && !cur.byline && isBylineLine(text, false)) {
      cur.byline = stripDecor(text).replace(/\s+/g, ' ').trim();
    } else if (!cur.titles.length && cur.byline === null && isBylineLine(text, true)) {
      cur.byline = stripDecor(text).replace(/\s+/g, ' ').trim();
    } else {
      const target = cur.titles.length && (cur.subtitle || cur.byline || cur.continuation) ? fresh() : cur;
      target.titles.push(tidyLineSpaces(text));
    }
  }
  return heads;
}

function toArticle(head: Head, body: BodyItem[]): Article {
  const blocks: Block[] = [];
  const captions: string[] = [];
  let continuation = head.continuation;
  for (const b of body) {
    if (b.kind === 'caption') captions.push(b.text);
    else if (b.kind === 'jump-out') continuation ??= b.text;
    else blocks.push({ type: b.kind, text: b.text });
  }
  let byline = head.byline;
  const first = blocks.find((b) => b.type === 'paragraph');
  if (!byline && first) byline = bylineFromLead(first.text);
  return {
    column: head.column,
    kicker: head.kicker,
    title: head.titles.length ? head.titles.join('') : null,
    subtitle: head.subtitle,
    byline,
    continuation,
    blocks,
    captions,
  };
}

function bigramSet(text: string): Set<string> {
  const t = text.replace(/[^\p{Script=Han}A-Za-z0-9]/gu, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2));
  return out;
}

/** Share of bigrams two texts have in common (Dice). */
export function topicSimilarity(a: string, b: string): number {
  const A = bigramSet(a);
  const B = bigramSet(b);
  if (!A.size || !B.size) return 0;
  let common = 0;
  for (const g of A) if (B.has(g)) common++;
  return (2 * common) / (A.size + B.size);
}
