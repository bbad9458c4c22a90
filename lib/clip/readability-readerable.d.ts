// Types for the standalone file of @mozilla/readability that holds only the
// cheap check. Its package index.js also loads the 90 KB parser, so the
// every-page article check (article-check.ts) imports this file directly.
declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable } from '@mozilla/readability';
  const check: typeof isProbablyReaderable;
  export default check;
}
