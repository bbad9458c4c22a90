// Everything else: @mozilla/readability, if the page looks readable at all.
import { extractGeneric } from '../generic';
import { isReaderable } from '../readable';
import type { SiteAdapter } from '../types';

export const readability: SiteAdapter = {
  name: 'readability',
  canExtract: (doc) => isReaderable(doc),
  extract: (doc, url) => extractGeneric(doc, url),
};
