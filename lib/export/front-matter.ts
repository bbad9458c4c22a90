// YAML front matter. The yaml package does the YAML 1.2 quoting; on top of
// that, strings that a YAML 1.1 reader (PyYAML, Jekyll, older Obsidian
// plugins) would turn into something else, such as yes, on, 12:30, 1_000, are
// double-quoted too. Dates stay plain so such tools see dates.
import { Document, Scalar, parse, visit } from 'yaml';
import { stripBidi } from '../db/validate';

const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)?$/;

function changesUnderYaml11(value: string): boolean {
  if (value.includes('\n') || PLAIN_DATE.test(value)) return false;
  try {
    return parse(value, { version: '1.1', logLevel: 'silent' }) !== value;
  } catch {
    return false; // not plain-able anyway; yaml quotes it
  }
}

/**
 * Null, undefined and empty arrays are left out. Direction controls
 * (U+202A–202E, 2066–2069, 200E/200F) are stripped from every value: a page's
 * title with an RLO in it would otherwise read backwards in the file's head
 * (and in tools that list files by their front matter).
 */
export function frontMatter(fields: Record<string, unknown>): string {
  const kept = Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)),
  );
  const doc = new Document(kept);
  visit(doc, {
    Scalar(key, node) {
      if (typeof node.value === 'string') node.value = stripBidi(node.value);
      if (key !== 'key' && typeof node.value === 'string' && changesUnderYaml11(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return `---\n${doc.toString({ lineWidth: 0 })}---\n`;
}
