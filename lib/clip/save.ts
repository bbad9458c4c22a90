// Saving clippings and saying what happened: ClippingInput → ClipOutcome.
// The popup (an extension page) and the background (the extension's service
// worker) both save through here, straight into lib/db; content scripts never
// do, since they run with the web page's storage.
import { saveClipping, toStorageError, type ClippingInput, type SaveResult } from '../db';
import { getUiLanguage } from '../i18n';
import type { ClipOutcome, SelectionOutcome } from './types';

export type SaveFn = (input: ClippingInput) => Promise<SaveResult>;

/** True when there is something to keep: a title or some body text. */
export function hasText(input: Pick<ClippingInput, 'title' | 'blocks'>): boolean {
  return !!input.title?.trim() || input.blocks.some((b) => b.text.trim());
}

/** A failure as an outcome: storage errors with their own message in the interface language. */
function failure(error: unknown): ClipOutcome & { ok: false } {
  const storage = toStorageError(error);
  if (storage) return { ok: false, reason: 'storage', message: getUiLanguage() === 'zh' ? storage.message_zh : storage.message_en };
  // Not a storage failure, so a bug: keep it visible in the console too.
  console.error('Jianbao: saving failed', error);
  return { ok: false, reason: 'error', message: error instanceof Error ? error.message : String(error) };
}

/** Saves one clipping; never throws. */
export async function saveClip(input: ClippingInput, save: SaveFn = saveClipping): Promise<ClipOutcome> {
  if (!hasText(input)) return { ok: false, reason: 'no-text', message: 'Nothing to save: no title and no text.' };
  try {
    const { clipping, status } = await save(input);
    return { ok: true, status, id: clipping.id, title: clipping.title };
  } catch (error) {
    return failure(error);
  }
}

/**
 * Saves several clippings one after another (each its own transaction, so
 * a failure keeps those already saved). Stops at the first failure and
 * reports it; the counts say what was saved before it.
 */
export async function saveClips(inputs: readonly ClippingInput[], save: SaveFn = saveClipping): Promise<SelectionOutcome> {
  const kept = inputs.filter(hasText);
  if (!kept.length) return { ok: false, reason: 'no-text', message: 'Nothing to save: no title and no text.' };
  let added = 0;
  let updated = 0;
  const titles: (string | null)[] = [];
  for (const input of kept) {
    const outcome = await saveClip(input, save);
    if (!outcome.ok) return outcome;
    if (outcome.status === 'added') added++;
    else updated++;
    titles.push(outcome.title);
  }
  return { ok: true, added, updated, titles };
}
