// Any page that says it is an article in its metadata: JSON-LD
// NewsArticle/Article or og:type=article. Headline, author, date and
// publisher come from the metadata; the body from Readability.
import { extractGeneric } from '../generic';
import { isArticleByMetadata } from '../meta';
import type { SiteAdapter } from '../types';

export const structuredData: SiteAdapter = {
  name: 'metadata',
  canExtract: (doc) => isArticleByMetadata(doc),
  extract: (doc, url) => extractGeneric(doc, url),
};
