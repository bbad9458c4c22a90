// The popup's way into the library: opens the side panel (Chrome) or the
// sidebar (Firefox) for this window, then closes the popup.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { openLibraryPanel, type PanelApis } from '@/lib/library/side-panel';
import { t } from '@/lib/i18n';
import './library-open-button.css';

export function LibraryOpenButton() {
  // Asked for up front: Chrome only opens the panel inside the click, so nothing may be awaited first.
  const [windowId, setWindowId] = useState<number>();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    browser.windows
      ?.getCurrent()
      .then((w) => setWindowId(w.id))
      .catch(() => undefined);
  }, []);

  const onClick = () => {
    openLibraryPanel(browser as unknown as PanelApis, windowId).then(
      () => window.close(),
      (err: unknown) => setError(t('openLibraryFailed', { message: err instanceof Error ? err.message : String(err) })),
    );
  };

  return (
    <div className="library-open">
      <button type="button" className="library-open__button" data-testid="open-library" title={t('openLibraryHint')} onClick={onClick}>
        {t('openLibrary')} <kbd className="library-open__kbd">Alt+Shift+J</kbd>
      </button>
      {error && (
        <p className="library-open__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
