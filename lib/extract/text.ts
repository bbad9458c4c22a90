// Small plain-text helpers shared by the adapters. Paragraph cleaning is not
// done here: body paragraphs go through cleanArticleBlocks (lib/parse).
import { tidyLineSpaces } from '../parse/cjk';

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', hellip: '…', middot: '·',
  bull: '•', laquo: '«', raquo: '»', times: '×', copy: '©', reg: '®',
};

/** Decodes HTML character references in text that did not go through the
 *  HTML parser (comment contents, JSON-LD strings). No DOM needed. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (m, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED[ref.toLowerCase()] ?? m;
  });
}

/** Collapses runs of whitespace (including full-width and no-break spaces) to one space and trims. */
export function squash(s: string): string {
  return s.replace(/[\s\u00a0\u3000\u2002-\u200b]+/gu, ' ').trim();
}

/** A short single-line field (kicker, title, heading, caption): whitespace
 *  squashed, justification spaces between CJK characters removed. */
export function tidyLine(s: string | null | undefined): string | null {
  if (s == null) return null;
  const t = tidyLineSpaces(squash(decodeEntities(s)));
  return t || null;
}

/** Author line without decorative marks or an "作者：" / "By" label. The
 *  spaces between names stay (本报记者 王乐文 方敏); only a letter-spaced line
 *  (本 报 记 者) is closed up. */
export function tidyByline(s: string | null | undefined): string | null {
  if (s == null) return null;
  let t = squash(decodeEntities(s));
  const parts = t.split(' ');
  if (parts.length > 2 && parts.filter((p) => [...p].length === 1).length * 2 >= parts.length) t = tidyLineSpaces(t);
  if (!t) return null;
  t = t
    .replace(/^[\s【\[［〔(（■□◎●▲★◆]+|[\s】\]］〕)）]+$/gu, '')
    .replace(/^(?:作者|撰文|Author)\s*[:：]\s*/iu, '')
    .replace(/^By\s+/i, '')
    .trim();
  return t || null;
}

/** Text of the first element matching one of the selectors, tidied; null when absent or blank. */
export function textOf(root: ParentNode, selectors: string): string | null {
  for (const sel of selectors.split(',')) {
    const el = root.querySelector(sel.trim());
    const t = el ? tidyLine(el.textContent) : null;
    if (t) return t;
  }
  return null;
}

/** The text of an element with its text pieces kept apart: a line of names in separate spans reads 本报记者 王乐文 方敏. */
export function spacedText(el: Element | null): string | null {
  if (!el) return null;
  const pieces: string[] = [];
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) pieces.push(c.nodeValue ?? '');
      else if (c.nodeType === 1 && !/^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/i.test((c as Element).tagName)) walk(c);
    }
  };
  walk(el);
  return squash(pieces.join(' ')) || null;
}

const HAN = /\p{Script=Han}/gu;

/** True when Han characters make up a good part of the text (any script variant). */
export function isMostlyCjk(text: string): boolean {
  const sample = text.replace(/\s+/g, '').slice(0, 3000);
  if (!sample) return false;
  const han = sample.match(HAN)?.length ?? 0;
  return han / sample.length > 0.3;
}
