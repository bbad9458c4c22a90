// Snippets: the original text around the first match, with the matches as
// ranges to mark. Ranges, not HTML: the panel renders them as <mark> elements,
// so text from a clipped page can never turn into markup.
import { foldWithMap, type ClippingParts, type FoldedWithMap } from '../searchable';
import { findMatches } from './match';

/** Characters of context on each side of the first match. */
export const SNIPPET_CONTEXT = 30;
const ELLIPSIS = '…';

/** [start, end) in the snippet's (or title's) text. */
export type MarkRange = [start: number, end: number];

export interface Snippet {
  text: string;
  marks: MarkRange[];
}

/** Every match of every word in `original`, as sorted, merged ranges of the original text. */
function matchRanges(original: string, folded: FoldedWithMap, words: readonly string[]): MarkRange[] {
  const ranges: MarkRange[] = [];
  for (const word of words) {
    for (const at of findMatches(folded.text, word)) {
      ranges.push([folded.starts[at], folded.ends[at + word.length - 1]]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: MarkRange[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], Math.min(r[1], original.length)]);
  }
  return merged;
}

/** The matches in a title, to mark in the result's heading. */
export function markTitle(title: string, words: readonly string[]): MarkRange[] {
  return title ? matchRanges(title, foldWithMap(title), words) : [];
}

/** Moves an index off the second half of a surrogate pair. */
function onCodePoint(text: string, index: number): number {
  const c = text.charCodeAt(index);
  return index > 0 && index < text.length && c >= 0xdc00 && c <= 0xdfff ? index - 1 : index;
}

/** SNIPPET_CONTEXT characters either side of the first match in the body; the lead when only the title matches. */
export function makeSnippet(parts: ClippingParts, words: readonly string[]): Snippet {
  for (const field of parts.body) {
    const ranges = matchRanges(field, foldWithMap(field), words);
    if (ranges.length === 0) continue;
    const [first, firstEnd] = ranges[0];
    const start = onCodePoint(field, Math.max(0, first - SNIPPET_CONTEXT));
    const end = onCodePoint(field, Math.min(field.length, firstEnd + SNIPPET_CONTEXT));
    const lead = start > 0 ? ELLIPSIS : '';
    const shift = lead.length - start;
    const marks = ranges
      .filter(([s, e]) => s < end && e > start)
      .map(([s, e]): MarkRange => [Math.max(s, start) + shift, Math.min(e, end) + shift]);
    return { text: lead + field.slice(start, end) + (end < field.length ? ELLIPSIS : ''), marks };
  }
  const first = parts.body[parts.lead] ?? '';
  const end = onCodePoint(first, Math.min(first.length, 2 * SNIPPET_CONTEXT));
  return { text: first.slice(0, end) + (end < first.length ? ELLIPSIS : ''), marks: [] };
}
