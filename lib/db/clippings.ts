// Writing and reading single clippings. Every multi-step write is one
// transaction that also keeps the search index (postings/upkeep.ts), so a
// failure leaves nothing and no page can write without indexing.
import type { Article, Block } from '../parse/types';
import { contentHash } from './content-hash';
import { db } from './db';
import { findDuplicate, findUnrepairedCopy, sameArticleText } from './dedupe';
import { indexInWrite, unindexInWrite } from './postings/upkeep';
import { emptyToNull, normaliseDate, normaliseTags, normaliseUrl } from './normalise';
import { clippingsOf, withStorage, writeTransaction } from './run';
import { readCorrections } from '../repair/corrections';
import type { Clipping, ClippingInput, ClippingPatch, SaveResult } from './types';
import { stripBidi, toValidStoredClipping } from './validate';

/** A one-line field as stored: bidi controls stripped (validate.ts), '' kept as the caller gave it. */
const line = (text: string | null | undefined): string | null => (typeof text === 'string' ? stripBidi(text) : null);

/** Copies just the Article fields, so stray properties never reach IndexedDB. */
function articleFields(a: Article): Article {
  return {
    column: line(a.column),
    kicker: line(a.kicker),
    title: line(a.title),
    subtitle: line(a.subtitle),
    byline: line(a.byline),
    continuation: line(a.continuation),
    blocks: a.blocks.map((b): Block => ({ type: b.type, text: b.text })),
    captions: [...a.captions],
  };
}

/**
 * Adds a clipping, or updates the stored one when it is the same article
 * (see dedupe.ts). An update keeps id and createdAt, takes the new article
 * text, keeps page details the new clip lacks, and keeps the user's tags and
 * note unless the input gives them. A clipping whose text the person
 * repaired in the reader (it has corrections) is never updated with other
 * text: that is added beside it (conflictOf), and later re-clips update the copy.
 */
export async function saveClipping(input: ClippingInput): Promise<SaveResult> {
  const article = articleFields(input);
  if (!article.title?.trim() && !article.blocks.some((b) => b.text.trim())) {
    throw new TypeError('Cannot save a clipping with no title and no text');
  }
  const date = normaliseDate(input.date);
  const url = normaliseUrl(input.url);
  const source = emptyToNull(line(input.source));
  const page = emptyToNull(line(input.page));
  const hash = contentHash(article.title, article.blocks);
  const now = Date.now();
  // Only well-formed repairs are kept, and only when there are some (the field is optional).
  const corrections = readCorrections(input.corrections);
  const repaired = corrections.length ? { corrections } : {};

  return writeTransaction(async (tx): Promise<SaveResult> => {
    const clippings = clippingsOf(tx);
    const found = await findDuplicate({ url, title: article.title, contentHash: hash }, clippings);
    let existing = found;
    let besideRepaired: { conflictOf: number } | null = null;
    if (found?.corrections?.length && !sameArticleText(found, article)) {
      // The person repaired this clipping's text in the reader: clipping it again never undoes that
      // (issue 12). The new text is kept beside it, or updates the copy an earlier re-clip kept there.
      existing = await findUnrepairedCopy(clippings, url, hash, article);
      if (!existing) besideRepaired = { conflictOf: found.id };
    }
    if (existing) {
      const clipping: Clipping = {
        ...existing,
        ...article,
        url: url ?? existing.url,
        source: source ?? existing.source,
        date: date ?? existing.date,
        page: page ?? existing.page,
        tags: input.tags ? normaliseTags(input.tags.map(line)) : existing.tags,
        note: input.note ?? existing.note,
        updatedAt: Math.max(now, existing.updatedAt),
        contentHash: hash,
        ...repaired,
      };
      await clippings.put(clipping);
      await indexInWrite(tx, clipping);
      return { clipping, status: 'updated' };
    }
    const fresh = {
      ...article, url, source, date, page,
      tags: normaliseTags((input.tags ?? []).map(line)),
      note: input.note ?? '',
      createdAt: now,
      updatedAt: now,
      contentHash: hash,
      ...repaired,
      ...besideRepaired,
    };
    const id = await clippings.add(fresh);
    const clipping: Clipping = { ...fresh, id };
    await indexInWrite(tx, clipping);
    return { clipping, status: 'added' };
  });
}

/** An edit started from a version that is no longer the stored one (another panel saved meanwhile). */
export class EditConflictError extends Error {
  override readonly name = 'EditConflictError';
  constructor(readonly current: Clipping) {
    super(`Clipping ${current.id} was changed elsewhere since this edit began`);
  }
}

/**
 * Applies a user edit. Resolves to the new record, or undefined when there is
 * no such id. With `startedFrom` (the updatedAt the edit began from), an edit
 * over a newer version is refused with EditConflictError, which carries that
 * version: two side panels never overwrite each other silently.
 */
export function updateClipping(id: number, patch: ClippingPatch, startedFrom?: number | readonly number[]): Promise<Clipping | undefined> {
  // Several versions are the caller's own when it wrote them itself since (two fields of one reader saved in turn).
  const known = startedFrom === undefined ? undefined : typeof startedFrom === 'number' ? [startedFrom] : startedFrom;
  return writeTransaction(async (tx) => {
    const clippings = clippingsOf(tx);
    const stored = await clippings.get(id);
    if (!stored) return undefined;
    // A damaged record is repaired as it is written again (validate.ts), or the edit refused with the reason.
    const existing = toValidStoredClipping(stored);
    if (!existing) throw new TypeError(`Clipping ${id} is damaged (no title and no text); it cannot be edited`);
    // (A stored time out of range reads as now each time; such a record is not checked.)
    if (known !== undefined && stored.updatedAt === existing.updatedAt && !known.includes(existing.updatedAt)) {
      throw new EditConflictError(existing);
    }
    const next: Clipping = { ...existing };
    // Only known fields; id, createdAt, updatedAt and contentHash are set below whatever the patch says.
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined && key in existing) (next as unknown as Record<string, unknown>)[key] = value;
    }
    // Repairs made in the reader (lib/repair) are optional: kept when well-formed, and only when there are some.
    if (patch.corrections !== undefined) {
      const corrections = readCorrections(patch.corrections);
      if (corrections.length) next.corrections = corrections;
      else delete next.corrections;
    }
    Object.assign(next, articleFields(next), {
      url: normaliseUrl(next.url),
      source: emptyToNull(line(next.source)),
      date: normaliseDate(next.date),
      page: emptyToNull(line(next.page)),
      tags: normaliseTags(next.tags.map(line)),
      note: next.note ?? '',
      id: existing.id,
      createdAt: existing.createdAt,
      updatedAt: Math.max(Date.now(), existing.updatedAt),
    });
    next.contentHash = contentHash(next.title, next.blocks);
    await clippings.put(next);
    await indexInWrite(tx, next);
    return next;
  });
}

/** Deletes the clippings; resolves to the records that existed, for undo via restoreClippings. */
export function deleteClippings(ids: readonly number[]): Promise<Clipping[]> {
  return writeTransaction(async (tx) => {
    const clippings = clippingsOf(tx);
    const found = (await clippings.bulkGet([...ids])).filter((c): c is Clipping => c !== undefined);
    await clippings.bulkDelete(found.map((c) => c.id));
    for (const c of found) await unindexInWrite(tx, c.id);
    return found;
  });
}

/** Puts deleted records back exactly as they were (same ids). Resolves to how many. */
export function restoreClippings(records: readonly Clipping[]): Promise<number> {
  return writeTransaction(async (tx) => {
    await clippingsOf(tx).bulkPut([...records]);
    for (const c of records) await indexInWrite(tx, c);
    return records.length;
  });
}

export function getClipping(id: number): Promise<Clipping | undefined> {
  return withStorage(() => db.clippings.get(id));
}

/** The clippings of these ids, in that order (undefined where there is none). */
export function getClippings(ids: readonly number[]): Promise<Array<Clipping | undefined>> {
  return withStorage(() => db.clippings.bulkGet([...ids]));
}
