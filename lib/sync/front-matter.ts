// The front matter of a sync file, written and read fast. lib/export's
// frontMatter goes through the yaml package's document model and probes
// every string under YAML 1.1, about 4 ms a file: 40 s for 10,000 clippings.
// Here a string is written plain when it is plainly a string to every YAML
// reader, and as a JSON string (a valid YAML double-quoted scalar) otherwise.
// Reading takes the same two forms line by line, and hands anything else (a
// file edited by hand with other YAML) to the yaml package, so both paths
// agree on what a file means.
import { parseDocument } from 'yaml';

export type FrontValue = string | number | string[] | null | undefined;

/** Strings any YAML 1.1 or 1.2 reader takes as this very string when written plain. */
const PLAIN = /^[\p{L}\p{Lo}（《“【〔「『][^\n\r\t:#"'\\[\]{},&*!|>%@`]*$/u;
const KEYWORD = /^(?:y|n|yes|no|true|false|on|off|null|nan|inf)$/i;
/** Dates and times stay plain so tools that know YAML timestamps see them as such. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)?$/;

const isPlain = (s: string) => (PLAIN.test(s) && !/\s$/u.test(s) && !KEYWORD.test(s)) || TIMESTAMP.test(s);
const scalar = (s: string) => (isPlain(s) ? s : JSON.stringify(s));

/** Null, undefined, '' and empty lists are left out. */
export function writeFrontMatter(fields: Record<string, FrontValue>): string {
  const lines = ['---'];
  for (const [key, value] of Object.entries(fields)) {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    if (typeof value === 'number') lines.push(`${key}: ${value}`);
    else if (Array.isArray(value)) lines.push(`${key}:`, ...value.map((v) => `  - ${scalar(v)}`));
    else lines.push(`${key}: ${scalar(value)}`);
  }
  lines.push('---', '');
  return lines.join('\n');
}

export type FrontMatterRead = { ok: true; data: Record<string, unknown> } | { ok: false; reason: string };

function readValue(raw: string): { ok: true; value: unknown } | { ok: false } {
  if (raw.startsWith('"')) {
    try {
      return { ok: true, value: JSON.parse(raw) as unknown };
    } catch {
      return { ok: false };
    }
  }
  if (/^-?\d+$/.test(raw)) return { ok: true, value: Number(raw) };
  return isPlain(raw) ? { ok: true, value: raw } : { ok: false };
}

/** Only the forms writeFrontMatter writes; undefined when the text has any other. */
function readOwnForm(yaml: string): Record<string, unknown> | undefined {
  const data: Record<string, unknown> = {};
  let list: unknown[] | null = null;
  for (const line of yaml.split(/\r?\n/)) {
    const item = /^ {2}- (.*)$/.exec(line);
    if (item) {
      const v = readValue(item[1]);
      if (!list || !v.ok) return undefined;
      list.push(v.value);
      continue;
    }
    const m = /^([A-Za-z]+):(?: (.*))?$/.exec(line);
    if (!m || m[1] in data) return undefined;
    if (m[2] === undefined) {
      list = [];
      data[m[1]] = list;
    } else {
      const v = readValue(m[2]);
      if (!v.ok) return undefined;
      data[m[1]] = v.value;
      list = null;
    }
  }
  return data;
}

export function readFrontMatter(yaml: string): FrontMatterRead {
  const own = readOwnForm(yaml);
  if (own) return { ok: true, data: own };
  const doc = parseDocument(yaml, { uniqueKeys: true, logLevel: 'silent' });
  if (doc.errors.length) return { ok: false, reason: `front matter is not valid YAML: ${doc.errors[0].message.split('\n')[0]}` };
  const data: unknown = doc.toJS();
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, reason: 'front matter is not a mapping' };
  return { ok: true, data: data as Record<string, unknown> };
}
