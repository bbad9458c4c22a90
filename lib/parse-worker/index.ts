// parsePage for the interface: inline for ordinary pastes, in a Web Worker for
// large ones (the parser reads about 10–15 MB/s, so a 20 MB paste would freeze
// the page for over a second). Where workers are missing (tests), it runs inline.
// The worker's file is named with `new URL(…, import.meta.url)` so that vite
// (WXT's bundler) builds it as a chunk of its own (assets/parse-worker-*.js).
import { parsePage, type ParsedPage } from '../parse';

/** Pastes longer than this (characters) are parsed in a worker. */
export const WORKER_THRESHOLD = 256 * 1024;

export function parsePageAsync(text: string): Promise<ParsedPage> {
  if (text.length < WORKER_THRESHOLD || typeof Worker === 'undefined') return Promise.resolve().then(() => parsePage(text));
  return new Promise<ParsedPage>((resolve, reject) => {
    const worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ParsedPage>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'parser worker failed'));
    };
    worker.postMessage(text);
  });
}
