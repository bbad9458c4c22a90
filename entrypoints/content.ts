// Runs on every page, so it stays light: the cheap article check only
// (no Readability parser; see lib/clip/detect.ts). Extraction is injected
// separately when the person clips (entrypoints/extract.ts).
import { reportArticleCheck } from '@/lib/clip/report';

export default defineContentScript({
  matches: ['<all_urls>'],
  main() {
    void reportArticleCheck(document, location.href);
  },
});
