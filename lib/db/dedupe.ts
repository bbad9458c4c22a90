// Is this the same article as one already stored? Must run inside a transaction.
//
// The brief's rule is "same url, else same content hash". Taken literally, a
// url shared by several articles (an e-paper page view, a page of pasted text)
// would make the second article overwrite the first, so the url only decides
// when the titles agree too. Ranks, best first:
//   4  same url and same content hash         (clipped again, unchanged)
//   3  same url and same title                (clipped again after an edit)
//   2  same content hash, neither has a url    (the same text pasted twice)
//   1  same url, one side has no title        (cannot tell; assume the same)
//   0  otherwise: same url with another title is another article on that
//      page; same text at two different urls is a reprint, kept apart; and
//      a paste (no url) and a web clipping of the same article are two
//      versions, kept as two clippings: neither replaces the other.
import type { Article } from '../parse/types';
import type { ClippingsTable } from './run';
import type { Clipping } from './types';

export interface DedupeKey {
  url: string | null;
  title: string | null;
  contentHash: string;
}

const squash = (s: string | null) => (s ?? '').normalize('NFKC').replace(/\s+/g, '');

export function matchRank(existing: DedupeKey, candidate: DedupeKey): number {
  const sameUrl = existing.url !== null && existing.url === candidate.url;
  const sameHash = existing.contentHash === candidate.contentHash;
  if (sameUrl && sameHash) return 4;
  if (sameUrl && squash(existing.title) && squash(existing.title) === squash(candidate.title)) return 3;
  if (sameHash && existing.url === null && candidate.url === null) return 2;
  if (sameUrl && (!squash(existing.title) || !squash(candidate.title))) return 1;
  return 0;
}

/** The best-matching clipping of `clippings` (the table bound to the write's transaction; lowest id among equals), if any. */
export async function findDuplicate(candidate: DedupeKey, clippings: ClippingsTable): Promise<Clipping | undefined> {
  const byHash = await clippings.where('contentHash').equals(candidate.contentHash).toArray();
  const byUrl = candidate.url === null ? [] : await clippings.where('url').equals(candidate.url).toArray();
  let best: Clipping | undefined;
  let bestRank = 0;
  for (const c of [...byUrl, ...byHash]) {
    const rank = matchRank(c, candidate);
    if (rank > bestRank || (rank === bestRank && rank > 0 && best && c.id < best.id)) {
      best = c;
      bestRank = rank;
    }
  }
  return best;
}

const ARTICLE_LINES = ['column', 'kicker', 'title', 'subtitle', 'byline', 'continuation'] as const;

/** The same article text, field by field (head lines, blocks with their types, captions). */
export function sameArticleText(a: Article, b: Article): boolean {
  return (
    ARTICLE_LINES.every((key) => (a[key] ?? null) === (b[key] ?? null)) &&
    a.blocks.length === b.blocks.length &&
    a.blocks.every((x, i) => x.type === b.blocks[i].type && x.text === b.blocks[i].text) &&
    a.captions.join('\n') === b.captions.join('\n')
  );
}

/** A stored clipping at `url` (or none) holding exactly `article`, unrepaired: the copy an earlier re-clip kept beside a repaired one. */
export async function findUnrepairedCopy(clippings: ClippingsTable, url: string | null, contentHash: string, article: Article): Promise<Clipping | undefined> {
  const byHash = await clippings.where('contentHash').equals(contentHash).toArray();
  return byHash.find((c) => c.url === url && !c.corrections?.length && sameArticleText(c, article));
}
