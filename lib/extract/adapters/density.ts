// The last resort, so that no article page is refused: any page with an
// article's worth of prose in one place (lib/extract/density.ts), whatever
// its markup; the body is the best candidate of extractGeneric.
import { isArticleByDensity } from '../density';
import { extractGeneric } from '../generic';
import type { SiteAdapter } from '../types';

export const density: SiteAdapter = {
  name: 'density',
  canExtract: (doc) => isArticleByDensity(doc),
  extract: (doc, url) => extractGeneric(doc, url),
};
