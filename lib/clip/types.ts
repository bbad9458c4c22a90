// What clipping a web page can come to. Shared by the popup, the background
// and the messages between them (lib/messages.ts).
import type { ExtractFailureReason, ExtractResult } from '../extract/types';

/**
 * Why a clip saved nothing: the extractor's reasons, plus
 * - no-access: the extractor could not be run in the tab (a browser page, the
 *   web store, or no activeTab grant because the person did not invoke Jianbao there);
 * - no-text: nothing to save (no title and no body text, e.g. an empty selection);
 * - storage: the database refused the write (the message says why);
 * - no-title: the page gave no title, and a clipping is never saved without
 *   one unless the person confirms it in the preview.
 */
export type ClipFailureReason = ExtractFailureReason | 'no-access' | 'no-text' | 'storage' | 'no-title';

/** extractArticle's result as read from a tab, or why it could not be read. */
export type TabExtractResult = ExtractResult | { ok: false; reason: 'no-access'; message: string };

export type ClipOutcome =
  | { ok: true; status: 'added' | 'updated'; id: number; title: string | null }
  | { ok: false; reason: ClipFailureReason; message: string };

/** The outcome of clipping a selection, which may hold several articles. */
export type SelectionOutcome =
  | { ok: true; added: number; updated: number; titles: (string | null)[] }
  | { ok: false; reason: ClipFailureReason; message: string };
