import { createRoot } from 'react-dom/client';
import App from './App';

if (new URLSearchParams(location.search).has('bench')) void import('@/lib/search/bench-hooks'); // search benchmark hooks (bench/search.bench.ts)
createRoot(document.getElementById('root')!).render(<App />);
