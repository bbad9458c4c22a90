// What the background does when the person clips without the popup: the
// keyboard shortcut (a whole page) and the context menu (a selection). The
// background is an extension context, so it saves straight into lib/db.
// Browser access comes in as ClipServices, so tests can stand in for it.
import { saveClipping } from '../db';
import {
  describeClip,
  describeSaved,
  extractFromTab,
  readSelectionFromTab,
  articleToInput,
  saveClip,
  saveClips,
  type SaveFn,
  clippingsFromSelection,
  type ClipOutcome,
  type SelectionOutcome,
  type TabExtractResult,
} from '../clip';
import { t } from '../i18n';
import { BADGE_FAILED, BADGE_SAVED, flashBadge } from './badge';

export interface ClipServices {
  /** Runs the extractor in the tab (entrypoints/extract.ts). */
  extract(tabId: number): Promise<TabExtractResult>;
  /** The selected text of one frame, line breaks kept; null when the frame cannot be read. */
  readSelection(tabId: number, frameId: number): Promise<string | null>;
  save: SaveFn;
}

export const browserServices: ClipServices = {
  extract: extractFromTab,
  readSelection: readSelectionFromTab,
  save: saveClipping,
};

/** Extracts the tab's article and saves it as it is; without a title it saves nothing (only the preview can confirm that). */
export async function clipTab(tabId: number, services: ClipServices): Promise<ClipOutcome> {
  const result = await services.extract(tabId);
  if (!result.ok) return { ok: false, reason: result.reason, message: result.message };
  if (!result.article.title?.trim()) return { ok: false, reason: 'no-title', message: 'The page has no title.' };
  return saveClip(articleToInput(result.article), services.save);
}

export interface SelectionRequest {
  tabId?: number;
  frameId?: number;
  /** The context menu's copy of the selection: Chrome drops its line breaks, so it is the fallback. */
  selectionText?: string;
  pageUrl: string | null;
  pageTitle: string | null;
}

/** Saves the selected text, cleaned by the parser (lib/clip/selection.ts). */
export async function clipSelection(request: SelectionRequest, services: ClipServices): Promise<SelectionOutcome> {
  const read = request.tabId === undefined ? null : await services.readSelection(request.tabId, request.frameId ?? 0);
  const text = read?.trim() ? read : (request.selectionText ?? '');
  const inputs = clippingsFromSelection(text, { url: request.pageUrl, title: request.pageTitle });
  return saveClips(inputs, services.save);
}

/** The badge and tooltip for a page clip. */
export function confirmClip(tabId: number, outcome: ClipOutcome): Promise<void> {
  if (!outcome.ok) return flashBadge(tabId, BADGE_FAILED, t('badgeFailed', { message: describeClip(outcome) }));
  const title = outcome.title ?? t('untitled');
  return flashBadge(tabId, BADGE_SAVED, t(outcome.status === 'added' ? 'badgeSaved' : 'badgeUpdated', { title }));
}

/** The badge and tooltip for a selection clip. */
export function confirmSelection(tabId: number, outcome: SelectionOutcome): Promise<void> {
  if (!outcome.ok) return flashBadge(tabId, BADGE_FAILED, t('badgeFailed', { message: describeSaved(outcome) }));
  return flashBadge(tabId, BADGE_SAVED, t('badgeSavedMany', { added: outcome.added, updated: outcome.updated }));
}

/** Clips the tab and confirms on its badge; resolves to the outcome. */
export async function clipTabAndConfirm(tabId: number, services: ClipServices): Promise<ClipOutcome> {
  const outcome = await clipTab(tabId, services);
  await confirmClip(tabId, outcome);
  return outcome;
}
