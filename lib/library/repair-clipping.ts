// The reader's repairs of a saved clipping, as new article fields: promote a
// line to title or byline, split it in two, merge several into one. Pure;
// components/library-actions.ts writes the results. Each result carries the
// clipping's corrections with the new one added (lib/repair).
import type { Clipping } from '../db/types';
import type { Article, ParsedPage } from '../parse/types';
import { applyAction, merge, split, toCorrection, type Correction, type RepairAction } from '../repair';
import { readCorrections } from '../repair/corrections';

export type RepairedArticle = Article & { corrections: Correction[] };

const articleOf = (c: Article): Article => ({
  column: c.column, kicker: c.kicker, title: c.title, subtitle: c.subtitle, byline: c.byline,
  continuation: c.continuation, blocks: c.blocks.map((b) => ({ ...b })), captions: [...c.captions],
});

const pageOf = (...articles: Article[]): ParsedPage => ({ furniture: [], articles: articles.map(articleOf), page: { source: null, date: null, pageName: null } });

/** One repair on one clipping (its article is article 0), or null when it changes nothing or would leave no article. */
export function repairClipping(clipping: Clipping, action: RepairAction): RepairedArticle | null {
  const page = pageOf(clipping);
  const next = applyAction(page, action);
  if (next === page || next.articles.length !== 1) return null;
  return { ...next.articles[0], corrections: [...readCorrections(clipping.corrections), toCorrection(page, action)] };
}

/** The clipping split before block `block`: what it keeps, and the new article (no head yet, unless the split line is a crosshead, which becomes its title). */
export function splitClipping(clipping: Clipping, block: number): { first: RepairedArticle; second: Article } | null {
  const page = pageOf(clipping);
  const action: RepairAction = { op: 'split', article: 0, block };
  const parts = split(page, 0, block);
  if (parts === page || parts.articles.length !== 2) return null;
  let second = parts.articles[1];
  if (second.blocks[0]?.type === 'heading' && second.blocks.length > 1) {
    second = { ...second, title: second.blocks[0].text, blocks: second.blocks.slice(1) };
  }
  return { first: { ...parts.articles[0], corrections: [...readCorrections(clipping.corrections), toCorrection(page, action)] }, second };
}

/** Several clippings as one article, in the order given (the first one's head leads). */
export function mergeClippingArticles(clippings: readonly Clipping[]): RepairedArticle | null {
  if (clippings.length < 2) return null;
  let page = pageOf(...clippings);
  const corrections = readCorrections(clippings[0].corrections);
  while (page.articles.length > 1) {
    corrections.push(toCorrection(page, { op: 'merge', article: 0, with: 'down' }));
    page = merge(page, 0, 'down');
  }
  return { ...page.articles[0], corrections };
}

/** Page order for pasted or clipped articles: saved first, first. */
export function inPageOrder(clippings: readonly Clipping[]): Clipping[] {
  return [...clippings].sort((a, b) => a.createdAt - b.createdAt || a.id - b.id);
}
