// removeJustifySpaces (cjk.ts) read by code, in one pass and a walk over the
// space runs, for the parser's paragraphs: its five patterns each read the
// whole paragraph, and every paragraph holding a space paid for all five.
// tests/parse/justify-spaces.test.ts holds the two to the same output on
// every fixture paragraph and on random texts of the characters they judge.
//
// What the patterns do, run by run (a run: spaces side by side, kept or
// removed whole; the characters around a run are never removed, so each
// pattern sees the runs and their neighbours as they were):
//   1–2. a run after or before a CJK character or CJK punctuation goes;
//   3.   in a text holding a Han character, a run between two curly quotes goes,
//        and so does one right after ‘ or “ or right before ’ or ”;
//   4.   a run before ‘ or “ followed by a Han character goes (followed in the
//        text as patterns 1–3 left it: past a run they removed);
//   5.   a run after ’ or ” preceded by a Han character or CJK punctuation goes (likewise, as 1–4 left it).

/** The spaces of SPACE_CLASS but U+3000 (a caller with U+3000 uses the patterns: it is both a space and CJK there). */
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0 || (c >= 0x2002 && c <= 0x200b);

const HAN = /^\p{Script=Han}$/u;
/** \p{Script=Han} of each BMP unit, asked once: 0 not yet, 1 no, 2 yes. */
let hanUnit: Uint8Array | null = null;
function isHanCodePoint(cp: number): boolean {
  if (cp < 0) return false;
  if (cp > 0xffff) return HAN.test(String.fromCodePoint(cp));
  hanUnit ??= new Uint8Array(0x10000);
  if (!hanUnit[cp]) hanUnit[cp] = HAN.test(String.fromCharCode(cp)) ? 2 : 1;
  return hanUnit[cp] === 2;
}
/** CJK_NO_QUOTES of cjk.ts: Han, CJK punctuation, full-width forms, … and —. */
const isCjkCodePoint = (cp: number) => (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xffef) || cp === 0x2026 || cp === 0x2014 || isHanCodePoint(cp);
const isQuote = (cp: number) => cp >= 0x2018 && cp <= 0x201d;
/** ‘ or “. */
const isOpeningQuote = (cp: number) => cp === 0x2018 || cp === 0x201c;
/** ’ or ”. */
const isClosingQuote = (cp: number) => cp === 0x2019 || cp === 0x201d;

/** The code point ending just before unit `end` (a surrogate pair read whole), or -1 at the start. */
function codePointBefore(text: string, end: number): number {
  if (end <= 0) return -1;
  const c = text.charCodeAt(end - 1);
  if (c >= 0xdc00 && c <= 0xdfff && end >= 2) {
    const h = text.charCodeAt(end - 2);
    if (h >= 0xd800 && h <= 0xdbff) return (h - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000;
  }
  return c;
}
/** The code point starting at unit `at`, or -1 past the end. */
function codePointAt(text: string, at: number): number {
  return at < text.length ? text.codePointAt(at)! : -1;
}

/** removeJustifySpaces(text) for a text without U+3000. */
export function dropJustifySpaces(text: string): string {
  // The runs, in order: [start, end) each.
  const starts: number[] = [];
  const ends: number[] = [];
  let hasHan = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      let e = i + 1;
      while (e < text.length && isSpace(text.charCodeAt(e))) e++;
      starts.push(i);
      ends.push(e);
      i = e - 1;
    } else if (!hasHan && c >= 0x2e80 && isHanCodePoint(codePointAt(text, i))) hasHan = true;
  }
  const n = starts.length;
  if (!n) return text;
  // 0 kept; 1 removed by patterns 1–4; 2 removed by pattern 5.
  const removed = new Uint8Array(n);
  for (let r = 0; r < n; r++) {
    const before = codePointBefore(text, starts[r]);
    const after = codePointAt(text, ends[r]);
    if (isCjkCodePoint(before) || isCjkCodePoint(after) || (hasHan && ((isQuote(before) && isQuote(after)) || isOpeningQuote(before) || isClosingQuote(after)))) removed[r] = 1;
  }
  // Pattern 4: ‘ or “ after the run, then a Han character (past the next run if 1–3 removed it).
  for (let r = 0; r < n; r++) {
    if (removed[r]) continue;
    const q = ends[r];
    const c = text.charCodeAt(q);
    if (!isOpeningQuote(c)) continue;
    let at = q + 1;
    if (r + 1 < n && starts[r + 1] === at) {
      if (!removed[r + 1]) continue;
      at = ends[r + 1];
    }
    if (isHanCodePoint(codePointAt(text, at))) removed[r] = 1;
  }
  // Pattern 5: ’ or ” before the run, a Han character or CJK punctuation before it (past the run before if 1–4 removed it).
  for (let r = 0; r < n; r++) {
    if (removed[r]) continue;
    const q = starts[r] - 1;
    const c = q >= 0 ? text.charCodeAt(q) : -1;
    if (!isClosingQuote(c)) continue;
    let end = q;
    if (r > 0 && ends[r - 1] === end) {
      if (removed[r - 1] !== 1) continue;
      end = starts[r - 1];
    }
    if (end > 0 && isCjkCodePoint(codePointBefore(text, end))) removed[r] = 2;
  }
  let out = '';
  let from = 0;
  for (let r = 0; r < n; r++) {
    if (!removed[r]) continue;
    out += text.slice(from, starts[r]);
    from = ends[r];
  }
  return from ? out + text.slice(from) : text;
}
