// Checks one record of a backup file and turns it into an ImportedClipping.
// Missing optional fields get their defaults (a hand-edited file stays
// importable); present fields must have the right type. Unknown fields are
// dropped; contentHash is ignored (recomputed on import).
import { isIsoDate, normaliseTags } from '../db/normalise';
import type { ImportedClipping } from '../db/types';
import type { Block, BlockType } from '../parse/types';
import { readCorrections } from '../repair/corrections';

export type RecordCheck = { ok: true; record: ImportedClipping } | { ok: false; reason: string };

const NULLABLE_STRINGS = ['url', 'source', 'date', 'page', 'column', 'kicker', 'title', 'subtitle', 'byline', 'continuation'] as const;
const BLOCK_TYPES: readonly BlockType[] = ['paragraph', 'heading', 'note'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const describe = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v);

export function checkBackupRecord(value: unknown): RecordCheck {
  if (!isObject(value)) return { ok: false, reason: `expected an object, got ${describe(value)}` };
  const problems: string[] = [];
  const v = value;

  const id = v.id;
  if (id !== undefined && !(Number.isSafeInteger(id) && (id as number) > 0)) problems.push(`"id" must be a positive integer`);

  const strings = {} as Record<(typeof NULLABLE_STRINGS)[number], string | null>;
  for (const key of NULLABLE_STRINGS) {
    const field = v[key];
    if (field === undefined || field === null) strings[key] = null;
    else if (typeof field === 'string') strings[key] = field;
    else problems.push(`"${key}" must be a string or null, got ${describe(field)}`);
  }
  if (strings.date !== null && strings.date !== undefined && !isIsoDate(strings.date)) problems.push(`"date" must be YYYY-MM-DD, got "${strings.date}"`);

  const blocks: Block[] = [];
  if (!Array.isArray(v.blocks)) problems.push(`"blocks" must be an array, got ${describe(v.blocks)}`);
  else {
    v.blocks.forEach((b: unknown, i) => {
      if (!isObject(b)) return problems.push(`blocks[${i}] must be an object`);
      if (!BLOCK_TYPES.includes(b.type as BlockType)) problems.push(`blocks[${i}].type must be "paragraph", "heading" or "note"`);
      if (typeof b.text !== 'string') problems.push(`blocks[${i}].text must be a string`);
      else blocks.push({ type: b.type as BlockType, text: b.text });
    });
  }

  const stringArray = (key: 'captions' | 'tags'): string[] => {
    const field = v[key];
    if (field === undefined) return [];
    if (Array.isArray(field) && field.every((x) => typeof x === 'string')) return field as string[];
    problems.push(`"${key}" must be an array of strings`);
    return [];
  };
  const captions = stringArray('captions');
  const tags = normaliseTags(stringArray('tags'));

  if (v.note !== undefined && typeof v.note !== 'string') problems.push(`"note" must be a string`);
  const time = (key: 'createdAt' | 'updatedAt', fallback?: number): number => {
    const t = v[key];
    if (typeof t === 'number' && Number.isFinite(t) && t >= 0) return t;
    if (t === undefined && fallback !== undefined) return fallback;
    problems.push(`"${key}" must be a time in milliseconds, got ${describe(t)}`);
    return 0;
  };
  const createdAt = time('createdAt');
  const updatedAt = time('updatedAt', createdAt);

  if (problems.length === 0 && !strings.title?.trim() && !blocks.some((b) => b.text.trim())) {
    problems.push('empty article: no title and no text');
  }
  if (problems.length) return { ok: false, reason: problems.join('; ') };

  const record: ImportedClipping = {
    ...strings,
    url: strings.url?.trim() || null,
    blocks,
    captions,
    tags,
    note: (v.note as string | undefined) ?? '',
    createdAt,
    updatedAt,
  };
  if (id !== undefined) record.id = id as number;
  // Repairs made before saving are optional; malformed ones are dropped, never a reason to reject.
  const corrections = readCorrections(v.corrections);
  if (corrections.length) record.corrections = corrections;
  return { ok: true, record };
}
