// The text rules of GOLD-FORMAT.md, applied to what the generator prints.

const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2018-\\u201d\\u2026\\u2014';
const SPACE_BY_CJK = new RegExp(`(?<=[${CJK}])\\s+|\\s+(?=[${CJK}])`, 'gu');

/** A paragraph as the gold holds it: no line breaks, no space next to a CJK character. */
export function goldParagraph(s: string): string {
  return s.replace(/\s*\n\s*/g, '').replace(SPACE_BY_CJK, '').replace(/\s{2,}/g, ' ').trim();
}

/** A title, heading, byline or note: runs of spaces become one (a printed clause space stays). */
export function goldLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Letter-spacing as e-paper and PDF copies show it: a space between every two characters of CJK text. */
export function letterSpaced(s: string): string {
  const tokens = s.match(/[A-Za-z0-9.%]+|\s+|./gu) ?? [];
  return tokens.filter((t) => !/^\s+$/.test(t)).join(' ');
}
