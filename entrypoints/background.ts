import { startBackground } from '@/lib/background';
import { installSearchIndex } from '@/lib/search/indexer';

export default defineBackground(() => {
  // The shortcut and the context menu save here: keep the search index in step.
  installSearchIndex();
  startBackground();
});
