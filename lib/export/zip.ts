// All clippings as one zip of Markdown files.
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Clipping } from '../db/types';
import { safeFileName } from './file-name';
import { clippingToMarkdown } from './clipping-markdown';

/** Lets the page repaint a progress bar between batches of files. */
const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * One `YYYY-MM-DD 题名.md` per clipping, in the order given. Async only to
 * report progress between files; the zip itself is built with zipSync
 * (fflate's async zip needs Workers, which extension pages may not start).
 */
export async function exportZip(
  clippings: readonly Clipping[],
  onProgress?: (done: number, total: number) => void,
): Promise<Uint8Array> {
  const used = new Set<string>();
  const files: Zippable = {};
  let done = 0;
  for (const c of clippings) {
    const name = safeFileName(c.date, c.title, used);
    const mtime = new Date(c.updatedAt);
    // DOS timestamps only cover 1980-2099; outside that fflate throws, so let it use "now".
    const inRange = mtime.getFullYear() >= 1980 && mtime.getFullYear() <= 2099;
    files[name] = [strToU8(clippingToMarkdown(c)), inRange ? { mtime } : {}];
    onProgress?.(++done, clippings.length);
    if (done % 50 === 0) await yieldToUi();
  }
  return zipSync(files, { level: 6 });
}
