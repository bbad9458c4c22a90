// Runs on every page, so it stays light: the cheap article check (no
// Readability parser; see lib/clip/article-check.ts) and the paste watcher (the cheap
// paste check and a plain-DOM prompt; no text parser, see lib/content/paste.ts).
// Extraction is injected separately when the person clips
// (entrypoints/extract.ts); cleaning runs in the background.
import { reportArticleCheck, startPasteCleaning } from '@/lib/content';

export default defineContentScript({
  matches: ['<all_urls>'],
  // WXT also window.postMessage()s "<extension id>:content:wxt:content-script-started"
  // to every page (a fingerprint any page can read); its own CustomEvent is enough.
  noScriptStartedPostMessage: true,
  main(ctx) {
    void reportArticleCheck(document, location.href);
    ctx.onInvalidated(startPasteCleaning(window));
  },
});
