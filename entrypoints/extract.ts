// The full extractor, injected into a tab only when the person clips
// (lib/clip/extract-tab.ts); its value (a promise, which executeScript
// waits for) is the result. The other pages of a multi-page article are
// fetched from the page's own origin and joined (lib/extract/pager.ts).
import { fetchSameOriginPage } from '@/lib/extract/fetch-page';
import { extractArticlePages } from '@/lib/extract/pager';

export default defineUnlistedScript(() => extractArticlePages(document, location.href, (url) => fetchSameOriginPage(url)));
