import { createRoot } from 'react-dom/client';
import { openDatabase } from '@/lib/db';
import { prepareSearch } from '@/lib/search';
import App from './App';

// In a browser just started, IndexedDB's first open of a large library takes
// Chromium 0.5–1 s (bench:search): begin it before the first render, so the
// list and the first search find it open or nearly. The search's own read
// (what every query needs) is asked for first, ahead of the library's list,
// which starts as the first render runs and holds back until it ends
// (lib/search prepareSearch).
openDatabase().catch(() => undefined);
prepareSearch().catch(() => undefined);

createRoot(document.getElementById('root')!).render(<App />);
