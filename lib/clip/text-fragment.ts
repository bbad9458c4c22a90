// Page URL + passage → a URL that links to the passage (a text fragment,
// https://wicg.github.io/scroll-to-text-fragment/): `page#:~:text=start,end`.
// A clipping made from a selection is addressed this way, so two passages
// clipped from one page are two clippings (lib/db/dedupe.ts treats the same
// URL with the same or no title as the same article), the same passage
// clipped twice is one, and opening the link scrolls to the passage.

/** Characters at each end of the passage that the link quotes: enough to be unique on a page, short enough to survive small edits. */
export const FRAGMENT_QUOTE_CHARS = 12;

/** Percent-encodes a text directive term; `-`, `,` and `&` are syntax there, so they are encoded too. */
function encodeTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/** The URL with its fragment directive (`:~:…`), if any, removed; the ordinary #fragment is kept. */
export function stripFragmentDirective(url: string): string {
  const at = url.indexOf(':~:');
  if (at < 0) return url;
  const head = url.slice(0, at);
  return head.endsWith('#') ? head.slice(0, -1) : head;
}

/**
 * A link to the passage that starts with `first` and ends with `last` on the
 * page. Whitespace is dropped from the quoted ends (Chinese text has none
 * that matters, and the page's may differ from the selection's).
 */
export function linkToPassage(pageUrl: string, first: string, last: string): string {
  const start = [...first.replace(/\s+/g, '')].slice(0, FRAGMENT_QUOTE_CHARS).join('');
  const endChars = [...last.replace(/\s+/g, '')];
  const end = endChars.slice(-FRAGMENT_QUOTE_CHARS).join('');
  const base = stripFragmentDirective(pageUrl);
  if (!start) return base;
  const directive = end && end !== start ? `text=${encodeTerm(start)},${encodeTerm(end)}` : `text=${encodeTerm(start)}`;
  return `${base}${base.includes('#') ? '' : '#'}:~:${directive}`;
}
