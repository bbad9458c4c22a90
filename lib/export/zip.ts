// All clippings as one zip of Markdown files.
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Clipping } from '../db/types';
import { toValidStoredClipping } from '../db/validate';
import { safeFileName } from './file-name';
import { clippingToMarkdown } from './clipping-markdown';

/** Lets the page repaint a progress bar between batches of files. */
const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A clipping left out of the zip, and why. */
export interface SkippedClipping {
  id: unknown;
  title: string | null;
  reason: string;
}

/**
 * One `YYYY-MM-DD 题名.md` per clipping, in the order given. Async only to
 * report progress between files; the zip itself is built with zipSync
 * (fflate's async zip needs Workers, which extension pages may not start).
 * A record that is not a clipping (damaged in storage) is left out and
 * reported to `onSkip`, never failing the others; one with fields out of
 * range (a date in the year 318,857) is exported as the checks repair it.
 */
export async function exportZip(
  clippings: readonly Clipping[],
  onProgress?: (done: number, total: number) => void,
  onSkip?: (skipped: SkippedClipping) => void,
): Promise<Uint8Array> {
  const used = new Set<string>();
  const files: Zippable = {};
  let done = 0;
  for (const raw of clippings) {
    const c = toValidStoredClipping(raw);
    try {
      if (!c) throw new Error('not a clipping (no title and no text, or no id)');
      const markdown = clippingToMarkdown(c);
      const name = safeFileName(c.date, c.title, used);
      const mtime = new Date(c.updatedAt);
      // DOS timestamps only cover 1980-2099; outside that fflate throws, so let it use "now".
      const inRange = mtime.getFullYear() >= 1980 && mtime.getFullYear() <= 2099;
      files[name] = [strToU8(markdown), inRange ? { mtime } : {}];
    } catch (error) {
      const title = typeof (raw as { title?: unknown })?.title === 'string' ? (raw as { title: string }).title : null;
      onSkip?.({ id: (raw as { id?: unknown })?.id, title, reason: error instanceof Error ? error.message : String(error) });
    }
    onProgress?.(++done, clippings.length);
    if (done % 50 === 0) await yieldToUi();
  }
  return zipSync(files, { level: 6 });
}
