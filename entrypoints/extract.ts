// The full extractor, injected into a tab only when the person clips
// (lib/clip/extract-tab.ts); its value is what executeScript returns.
import { extractArticle } from '@/lib/extract';

export default defineUnlistedScript(() => extractArticle(document, location.href));
