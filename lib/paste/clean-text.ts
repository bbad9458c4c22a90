// Pasted newspaper text → what the background answers the paste prompt with:
// the clean text for the field (Clean, and the menu and shortcut that paste
// cleaned text) and the clippings to keep (Save as clipping). It runs the
// parser, so only the background imports it: the every-page content script
// holds the cheap check (paste-check.ts) and asks for this by message.
import { clippingsFromSelection } from '../clip/selection';
import type { ClippingInput } from '../db/types';
import { articlesToPlainText } from '../parse';

/**
 * The articles of a paste, as clippings from the page it was pasted on. The
 * parser reads them as it reads a selection (a page of text becomes its
 * articles, a passage its cleaned paragraphs) and each is addressed the same
 * way: the page URL with the passage as a text fragment, so two pastes on one
 * page stay two clippings (lib/clip/text-fragment.ts). The page's title names
 * the editor, not the text, so it never stands in for a missing title.
 */
export function pastedClippings(text: string, pageUrl: string | null): ClippingInput[] {
  return clippingsFromSelection(text, { url: pageUrl, title: null });
}

/** The paste's articles as plain text (lib/parse/plain-text.ts); '' when it holds no text to keep. */
export function cleanPastedText(text: string): string {
  return articlesToPlainText(pastedClippings(text, null));
}
