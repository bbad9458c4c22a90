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
  // Firefox, which cannot see what is painted over the paste prompt, counts the
  // popovers a page opens (lib/paste/prompt.ts) from before the page's first
  // script, so no listener of the page's can stop those events first; the
  // article check waits for the page's DOM. (A tab already open when the
  // extension is installed gets the script late and no check until it loads
  // again: one test fewer in the every-page script.)
  runAt: import.meta.env.FIREFOX ? 'document_start' : 'document_idle',
  main(ctx) {
    ctx.onInvalidated(startPasteCleaning(window));
    if (import.meta.env.FIREFOX) addEventListener('DOMContentLoaded', () => reportArticleCheck(document, location.href));
    else void reportArticleCheck(document, location.href);
  },
});
