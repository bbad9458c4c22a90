// Running the full extractor in a tab: tab id → ExtractResult. The extractor
// is not in the every-page content script; it is the separate script
// entrypoints/extract.ts, injected only when the person clips, under the
// activeTab grant that clicking the toolbar button, the context menu or the
// keyboard shortcut gives for that tab. Extension pages and the background
// both call this.
import { browser } from 'wxt/browser';
import type { ExtractResult } from '../extract/types';
import type { TabExtractResult } from './types';

/** The built file of entrypoints/extract.ts (WXT writes unlisted scripts to the output root). */
export const EXTRACT_SCRIPT = '/extract.js';

/** True for the shape extractArticle returns (the value crossed a process boundary, so it is checked). */
export function isExtractResult(value: unknown): value is ExtractResult {
  if (!value || typeof value !== 'object') return false;
  const v = value as { ok?: unknown; article?: { blocks?: unknown }; reason?: unknown };
  return v.ok === true ? Array.isArray(v.article?.blocks) : v.ok === false && typeof v.reason === 'string';
}

/** Injects the extractor into the tab's top frame and returns what it found. Never throws. */
export async function extractFromTab(tabId: number): Promise<TabExtractResult> {
  let results: { result?: unknown }[] | undefined;
  try {
    results = await browser.scripting.executeScript({ target: { tabId }, files: [EXTRACT_SCRIPT] });
  } catch (error) {
    // Chrome: "Cannot access contents of the page…", "Cannot access a chrome:// URL",
    // "The extensions gallery cannot be scripted", "No tab with id: …".
    return { ok: false, reason: 'no-access', message: error instanceof Error ? error.message : String(error) };
  }
  const value = results?.[0]?.result;
  if (isExtractResult(value)) return value;
  return { ok: false, reason: 'error', message: 'The extractor returned no result.' };
}

/**
 * The text selected in one frame of the tab, with its line breaks (the
 * context menu's selectionText loses them in Chrome, and the parser needs
 * them), or null when the frame cannot be scripted (e.g. Chrome's PDF viewer).
 */
export async function readSelectionFromTab(tabId: number, frameId = 0): Promise<string | null> {
  try {
    const [first] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      func: () => globalThis.getSelection?.()?.toString() ?? '',
    });
    return typeof first?.result === 'string' ? first.result : null;
  } catch {
    return null;
  }
}
