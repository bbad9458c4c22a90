// A clipping as sync sees it: every field a person or another device may
// change, in a canonical form (the form a file round-trip gives), so that
// writing a clipping out and reading it back never looks like an edit.
import { normaliseTags } from '../db/normalise';
import type { Clipping } from '../db/types';
import type { Block } from '../parse/types';
import { readCorrections, type Correction } from '../repair/corrections';

/** The fields that are merged one by one (see merge.ts). */
export const SYNC_FIELDS = [
  'url', 'source', 'date', 'page', 'column', 'kicker', 'title', 'subtitle', 'byline', 'continuation',
  'blocks', 'captions', 'tags', 'note', 'createdAt', 'corrections',
] as const;
export type SyncField = (typeof SYNC_FIELDS)[number];

export interface SyncRecord {
  /** Stable across devices; the local id is not. */
  uid: string;
  url: string | null;
  source: string | null;
  date: string | null;
  page: string | null;
  column: string | null;
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
  byline: string | null;
  continuation: string | null;
  blocks: Block[];
  captions: string[];
  tags: string[];
  note: string;
  createdAt: number;
  updatedAt: number;
  /** Repairs made to the parse before saving (lib/repair); [] when none. */
  corrections: Correction[];
  /** uid of the clipping this is the other version of, after a conflict. */
  conflictOf?: string;
}

/** A line as Markdown keeps it: no spaces at either end. */
const trimLine = (s: string) => s.replace(/^[\t ]+|[\t ]+$/g, '');

/** One-line fields: whitespace runs (line breaks too) become one space; '' is null. */
export function canonicalLine(value: string | null | undefined): string | null {
  const v = (value ?? '').replace(/\s+/gu, ' ').trim();
  return v || null;
}

/** Multi-line text: \r\n unified, lines trimmed, blank lines dropped (a blank line would split a paragraph). */
export function canonicalText(value: string | null | undefined): string {
  return (value ?? '').replace(/\r\n?/g, '\n').split('\n').map(trimLine).filter(Boolean).join('\n');
}

export function canonicalBlocks(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const text = b.type === 'heading' ? canonicalLine(b.text) ?? '' : canonicalText(b.text);
    if (text) out.push({ type: b.type, text });
  }
  return out;
}

/** A note keeps its blank lines (it lives in the front matter, which keeps them); only line ends are unified. */
const canonicalNote = (note: string | null | undefined) => (note ?? '').replace(/\r\n?/g, '\n').replace(/\s+$/u, '');

export function canonicalRecord(r: Omit<SyncRecord, 'corrections'> & { corrections?: unknown }): SyncRecord {
  const out: SyncRecord = {
    uid: r.uid,
    url: canonicalLine(r.url),
    source: canonicalLine(r.source),
    date: canonicalLine(r.date),
    page: canonicalLine(r.page),
    column: canonicalLine(r.column),
    kicker: canonicalLine(r.kicker),
    title: canonicalLine(r.title),
    subtitle: canonicalLine(r.subtitle),
    byline: canonicalLine(r.byline),
    continuation: canonicalLine(r.continuation),
    blocks: canonicalBlocks(r.blocks),
    captions: r.captions.map(canonicalText).filter(Boolean),
    tags: normaliseTags(r.tags),
    note: canonicalNote(r.note),
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    corrections: readCorrections(r.corrections),
  };
  if (r.conflictOf) out.conflictOf = r.conflictOf;
  return out;
}

export function recordFromClipping(c: Clipping, uid: string, conflictOf?: string): SyncRecord {
  return canonicalRecord({ ...c, uid, conflictOf });
}

/**
 * A fast 53-bit hash of a string's UTF-16 units (two 32-bit lanes mixed with
 * Math.imul), as 14 hex digits. Only for comparing versions on this device;
 * fnv1a64 over UTF-8 bytes (the file's content hash) is ten times slower.
 */
export function quickHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

const fieldHash = (value: unknown) => quickHash(JSON.stringify(value));

export type FieldHashes = Record<SyncField, string>;

/** One short hash per field: what the merge compares with the last synced version. */
export function fieldHashes(r: SyncRecord): FieldHashes {
  const out = {} as FieldHashes;
  for (const f of SYNC_FIELDS) out[f] = fieldHash(r[f]);
  return out;
}

/**
 * One hash of the whole record, updatedAt too: equal hashes, same record,
 * so libraries that agree agree on their times as well.
 */
export function recordHash(r: SyncRecord, hashes: FieldHashes = fieldHashes(r)): string {
  return quickHash(`${SYNC_FIELDS.map((f) => hashes[f]).join('')}|${r.updatedAt}|${r.conflictOf ?? ''}`);
}

/**
 * A random id, 16 lowercase base-32 characters (about 78 random bits), the
 * first a letter so YAML never reads it as a number: no coordination
 * between devices needed.
 */
export function newUid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';
  let out = '';
  let bits = 0;
  let value = 0;
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return /^\d/.test(out) ? alphabet[10 + Number(out[0])] + out.slice(1) : out;
}
