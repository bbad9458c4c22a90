import { PastePanel } from '@/components/paste-panel';
import { t } from '@/lib/i18n';
import '@/components/base.css';
import './style.css';

export default function App() {
  return (
    <main className="popup">
      <h1 className="popup__title">{t('appTitle')}</h1>
      <PastePanel />
    </main>
  );
}
