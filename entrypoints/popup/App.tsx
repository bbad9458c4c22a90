import { useState } from 'react';
import { ClipPanel } from '@/components/clip-preview';
import { PastePanel } from '@/components/paste-panel';
import { LibraryOpenButton } from '@/components/library-open-button';
import { tabIdFromSearch } from '@/lib/clip';
import { t } from '@/lib/i18n';
import '@/components/base.css';
import './style.css';

// popup.html?tabId=N clips tab N (the popup opened as a page, e.g. by the end-to-end tests).
const tabId = tabIdFromSearch(location.search);

export default function App() {
  // One status line for the popup: the clip and paste panels both report to it.
  const [status, setStatus] = useState(t('popupReady'));
  return (
    <main className="popup">
      <h1 className="popup__title">{t('appTitle')}</h1>
      <LibraryOpenButton />
      <ClipPanel tabId={tabId} onStatus={setStatus} />
      <p className="popup__status" data-testid="status" role="status" aria-live="polite">
        {status}
      </p>
      <PastePanel onStatus={setStatus} />
    </main>
  );
}
