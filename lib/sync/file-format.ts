// One clipping as one Markdown file: YAML front matter with every field of
// the record, then the body as Markdown, then an end line. A person can read
// and edit it in any notes app; readClippingFile turns it back into the
// record, or says why it cannot (a hand edit that broke the YAML, a file cut
// off by an interrupted upload: the end line is missing).
import { contentHash } from '../db/content-hash';
import { checkBackupRecord } from '../export/backup-record';
import { blocksToMarkdown, markdownToBlocks } from './body';
import { readFrontMatter, writeFrontMatter } from './front-matter';
import { canonicalRecord, type SyncRecord } from './record';

export const FORMAT_VERSION = 1;
/** The last line of every file; a file without it was not written whole. */
export const END_LINE = '<!-- jianbao:end -->';

/** `hash`: the record's content hash when the caller has it (lib/db stores it with every clipping). */
export function clippingFile(r: SyncRecord, hash = contentHash(r.title, r.blocks)): string {
  const head = writeFrontMatter({
    jianbao: FORMAT_VERSION,
    id: r.uid,
    title: r.title,
    kicker: r.kicker,
    subtitle: r.subtitle,
    byline: r.byline,
    column: r.column,
    continuation: r.continuation,
    source: r.source,
    date: r.date,
    page: r.page,
    url: r.url,
    tags: r.tags,
    note: r.note,
    captions: r.captions,
    created: new Date(r.createdAt).toISOString(),
    updated: new Date(r.updatedAt).toISOString(),
    hash,
    // Machine data (lib/repair), one JSON line: replayable repairs of the parse.
    corrections: r.corrections.length ? JSON.stringify(r.corrections) : null,
    conflictOf: r.conflictOf,
  });
  const body = blocksToMarkdown(r.blocks);
  return `${head}\n${body}${body ? '\n\n' : ''}${END_LINE}\n`;
}

export type FileRead =
  | { ok: true; record: SyncRecord }
  /** `ours` is false for a Markdown file that is not a Jianbao clipping (a note of the person's own). */
  | { ok: false; ours: boolean; reason: string };

const FRONT = /^\ufeff?---[\t ]*\r?\n([\s\S]*?)\r?\n---[\t ]*(?:\r?\n|$)/;

function time(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

/** A JSON text, parsed; anything else (missing, not JSON) is undefined. */
function parseJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

export function readClippingFile(text: string): FileRead {
  const m = FRONT.exec(text);
  if (!m) {
    // A file cut off inside its front matter is still ours.
    const ours = /^\ufeff?---[\t ]*\r?\njianbao:/.test(text);
    return { ok: false, ours, reason: ours ? 'the file is incomplete (its front matter does not end)' : 'no front matter' };
  }
  const ours = /^(?:jianbao|id):/m.test(m[1]);
  const front = readFrontMatter(m[1]);
  if (!front.ok) return { ok: false, ours, reason: front.reason };
  const fm = front.data;
  if (fm.jianbao === undefined) return { ok: false, ours: false, reason: 'not a Jianbao clipping' };
  if (typeof fm.id !== 'string' || !/^[0-9a-z]{6,64}$/.test(fm.id)) return { ok: false, ours: true, reason: '"id" is missing or malformed' };

  let body = text.slice(m[0].length).replace(/\s+$/u, '');
  if (!body.endsWith(END_LINE)) return { ok: false, ours: true, reason: 'the file is incomplete (its end line is missing)' };
  body = body.slice(0, -END_LINE.length);

  // The backup checker knows every field's type; it gets the file's fields under the record's names.
  const asString = (v: unknown) => (v === undefined || v === null ? null : typeof v === 'number' ? String(v) : v);
  const createdAt = time(fm.created);
  const check = checkBackupRecord({
    title: asString(fm.title), kicker: asString(fm.kicker), subtitle: asString(fm.subtitle), byline: asString(fm.byline),
    column: asString(fm.column), continuation: asString(fm.continuation), source: asString(fm.source),
    date: asString(fm.date), page: asString(fm.page), url: asString(fm.url),
    tags: fm.tags === undefined || fm.tags === null ? [] : Array.isArray(fm.tags) ? fm.tags.map(asString) : [asString(fm.tags)],
    note: fm.note === undefined || fm.note === null ? '' : asString(fm.note),
    captions: fm.captions ?? [],
    blocks: markdownToBlocks(body),
    createdAt: createdAt ?? fm.created,
    updatedAt: time(fm.updated) ?? createdAt ?? fm.updated,
    corrections: parseJson(fm.corrections),
  });
  if (!check.ok) return { ok: false, ours: true, reason: check.reason };
  const { id: _id, ...fields } = check.record;
  const conflictOf = typeof fm.conflictOf === 'string' ? fm.conflictOf : undefined;
  return { ok: true, record: canonicalRecord({ ...fields, uid: fm.id, conflictOf }) };
}
