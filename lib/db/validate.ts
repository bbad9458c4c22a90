// One check for a clipping record at every door: a backup being imported, a
// record being saved, an old record being upgraded, a stored record being
// shown. Every known field is coerced to its type (a number where text
// belongs becomes its text, a plain string where blocks belong becomes a
// paragraph, a date in the year 2100 becomes now) and each repair is named;
// a record that cannot be made a clipping (no title and no text, not an
// object) is rejected with the reason. Fields this module does not know
// (another feature's optional field, e.g. `corrections`) are kept as they are.
import type { Block, BlockType } from '../parse/types';
import { contentHash } from './content-hash';
import { isIsoDate, normaliseTags } from './normalise';
import type { Clipping } from './types';

/** Epoch ms of 1990-01-01: nothing in a clipping library was clipped before. */
export const EARLIEST_TIME = Date.UTC(1990, 0, 1);
/** A clock a little ahead (another device's) is allowed this much; later is clamped to now. */
export const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

/**
 * Bidirectional controls (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI, LRM,
 * RLM): invisible, and in a title or a name they reverse how the text around
 * them reads (a file name "gnp.exe" shown as "exe.png"). Stripped from the
 * one-line fields; body text keeps them.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g;

export function stripBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** One-line fields: text, bidi controls stripped. */
const LINE_FIELDS = ['column', 'kicker', 'title', 'subtitle', 'byline', 'continuation', 'source', 'page'] as const;
const BLOCK_TYPES: ReadonlySet<string> = new Set<BlockType>(['paragraph', 'heading', 'note']);

export type Validated<T> = { ok: true; record: T; repairs: string[] } | { ok: false; reason: string };

export interface ValidateOptions {
  /** "Now" for the time checks (tests fix it). */
  now?: number;
  /** Whether `id` must be there (a stored record) or may be (a backup's wish). */
  id?: 'required' | 'optional';
}

/** A clipping's fields without id and hash, as validated; id when one was given. */
export type ValidClipping = Omit<Clipping, 'id' | 'contentHash'> & { id?: number };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v);
const short = (v: unknown) => {
  const text = typeof v === 'string' ? JSON.stringify(v) : String(v);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

/** Text from what should be text: strings as they are, numbers as written; else undefined. */
function asText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

/** A publication date as YYYY-MM-DD: ISO, 2024/1/5, 2024年1月5日, or a full ISO time; null when none can be read. */
export function toIsoDate(v: unknown): string | null {
  const text = asText(v)?.trim();
  if (!text) return null;
  if (isIsoDate(text)) return text;
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[T\s].*)?$/.exec(text);
  if (!m) return null;
  const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** A time in epoch ms from a number, a numeric string or a date string; NaN when none. */
function toTime(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim()) {
    const n = Number(v);
    return Number.isFinite(n) ? n : Date.parse(v);
  }
  return NaN;
}

/** Blocks from what should be blocks: block objects, bare strings (paragraphs), or one string of paragraphs. */
function toBlocks(v: unknown, repairs: string[]): Block[] {
  if (v === undefined || v === null) return [];
  if (typeof v === 'string') {
    repairs.push('"blocks" was text: split into paragraphs');
    return v.split(/\n\s*\n/).map((text) => text.trim()).filter(Boolean).map((text) => ({ type: 'paragraph', text }));
  }
  if (!Array.isArray(v)) {
    repairs.push(`"blocks" was ${kind(v)}: dropped`);
    return [];
  }
  const blocks: Block[] = [];
  let coerced = 0;
  let dropped = 0;
  for (const b of v) {
    const bare = asText(b);
    if (bare !== undefined) {
      blocks.push({ type: 'paragraph', text: bare });
      coerced++;
    } else if (isObject(b) && asText(b.text) !== undefined) {
      const type = typeof b.type === 'string' && BLOCK_TYPES.has(b.type) ? (b.type as BlockType) : 'paragraph';
      if (type !== b.type || typeof b.text !== 'string') coerced++;
      blocks.push({ type, text: asText(b.text)! });
    } else {
      dropped++;
    }
  }
  if (coerced) repairs.push(`${coerced} block(s) made paragraphs`);
  if (dropped) repairs.push(`${dropped} block(s) without text dropped`);
  return blocks;
}

function toStrings(key: string, v: unknown, repairs: string[]): string[] {
  if (v === undefined || v === null) return [];
  if (typeof v === 'string') {
    repairs.push(`"${key}" was text: split`);
    return key === 'tags' ? v.split(/[,，、;；]/) : [v];
  }
  if (!Array.isArray(v)) {
    repairs.push(`"${key}" was ${kind(v)}: dropped`);
    return [];
  }
  const out = v.map(asText).filter((s): s is string => s !== undefined);
  if (out.length !== v.length || v.some((x) => typeof x !== 'string')) repairs.push(`"${key}" had items that are not text`);
  return out;
}

/**
 * The record as a valid clipping, with what was repaired, or why it cannot
 * be one. Never throws.
 */
export function validateClipping(value: unknown, options: ValidateOptions = {}): Validated<ValidClipping> {
  if (!isObject(value)) return { ok: false, reason: `expected an object, got ${kind(value)}` };
  const now = options.now ?? Date.now();
  const v = value;
  const repairs: string[] = [];

  let id: number | undefined;
  if (v.id !== undefined && v.id !== null) {
    if (Number.isSafeInteger(v.id) && (v.id as number) > 0) id = v.id as number;
    else if (options.id === 'required') return { ok: false, reason: `"id" must be a positive integer, got ${short(v.id)}` };
    else repairs.push(`"id" ${short(v.id)} is no id: a new one is given`);
  } else if (options.id === 'required') {
    return { ok: false, reason: 'no "id"' };
  }

  const lines = {} as Record<(typeof LINE_FIELDS)[number], string | null>;
  for (const key of LINE_FIELDS) {
    const raw = v[key];
    const text = asText(raw);
    if (raw !== undefined && raw !== null && text === undefined) repairs.push(`"${key}" was ${kind(raw)}: dropped`);
    else if (typeof raw === 'number') repairs.push(`"${key}" was a number: made text`);
    const clean = text === undefined ? '' : stripBidi(text);
    if (text !== undefined && clean !== text) repairs.push(`"${key}": direction controls removed`);
    lines[key] = clean.trim() ? clean : null;
  }

  const rawUrl = asText(v.url);
  const url = rawUrl?.trim() || null;
  if (v.url !== undefined && v.url !== null && rawUrl === undefined) repairs.push(`"url" was ${kind(v.url)}: dropped`);

  let date: string | null = null;
  if (v.date !== undefined && v.date !== null && v.date !== '') {
    date = toIsoDate(v.date);
    if (date === null) repairs.push(`"date" ${short(v.date)} is no date: dropped`);
    else if (date !== v.date) repairs.push(`"date" ${short(v.date)} written as ${date}`);
  }

  const blocks = toBlocks(v.blocks, repairs);
  const captions = toStrings('captions', v.captions, repairs);
  const tags = normaliseTags(toStrings('tags', v.tags, repairs).map(stripBidi));

  let note = '';
  if (v.note !== undefined && v.note !== null) {
    const text = asText(v.note);
    if (text === undefined) repairs.push(`"note" was ${kind(v.note)}: dropped`);
    else if (typeof v.note !== 'string') repairs.push('"note" was a number: made text');
    note = text ?? '';
  }

  if (!lines.title?.trim() && !blocks.some((b) => b.text.trim())) {
    return { ok: false, reason: repairs.length ? `no title and no text (${repairs.join('; ')})` : 'no title and no text' };
  }

  // Times: within 1990 .. now (+ a day for another device's clock); a later one would win every merge.
  const time = (key: 'createdAt' | 'updatedAt', fallback: number): number => {
    const raw = v[key];
    const t = toTime(raw);
    if (raw === undefined || raw === null) {
      if (key === 'createdAt') repairs.push('no "createdAt": set to now');
      return fallback;
    }
    if (!Number.isFinite(t) || t < EARLIEST_TIME) {
      repairs.push(`"${key}" ${short(raw)} is no time: set to ${key === 'createdAt' ? 'now' : 'createdAt'}`);
      return fallback;
    }
    if (t > now + FUTURE_SLACK_MS) {
      repairs.push(`"${key}" ${short(raw)} is in the future: set to now`);
      return now;
    }
    if (typeof raw !== 'number') repairs.push(`"${key}" was ${kind(raw)}: made a time`);
    return Math.min(Math.round(t), now + FUTURE_SLACK_MS);
  };
  const createdAt = time('createdAt', now);
  let updatedAt = time('updatedAt', createdAt);
  if (updatedAt < createdAt) updatedAt = createdAt;

  // Known fields replaced, unknown ones (another feature's) kept; the hash is always recomputed.
  const { contentHash: _hash, ...rest } = v;
  const record: ValidClipping = {
    ...rest,
    ...lines,
    url,
    date,
    blocks,
    captions,
    tags,
    note,
    createdAt,
    updatedAt,
  };
  delete record.id;
  if (id !== undefined) record.id = id;
  return { ok: true, record, repairs };
}

/** A stored record made safe to show and export (the views' own guard); null when it cannot be a clipping. */
export function toValidStoredClipping(value: unknown, now?: number): Clipping | null {
  const checked = validateClipping(value, { now, id: 'required' });
  if (!checked.ok) return null;
  const record = checked.record as Clipping;
  record.contentHash = contentHash(record.title, record.blocks);
  return record;
}
