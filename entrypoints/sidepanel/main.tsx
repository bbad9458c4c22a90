import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<p>剪报 Jianbao</p>);
