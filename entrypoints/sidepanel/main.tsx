import { createRoot } from 'react-dom/client';
import { openDatabase } from '@/lib/db';
import App from './App';

// In a browser just started, IndexedDB's first open of a large library takes
// Chromium 0.5–1 s (bench:search): begin it before the first render, so the
// list and the first search find it open or nearly.
openDatabase().catch(() => undefined);

createRoot(document.getElementById('root')!).render(<App />);
