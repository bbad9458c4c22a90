// The popup's paste box (parse, check, save), folded away in the side panel.
// It reports to the library's status bar, so the page keeps one status line;
// saved clippings appear in the list at once (it is a live query).
import { useState } from 'react';
import { PastePanel } from './paste-panel';
import { t } from '@/lib/i18n';

export function LibraryPaste({ onStatus }: { onStatus(text: string): void }) {
  // Mounted only while open: a closed box costs nothing and keeps no stale parse.
  const [open, setOpen] = useState(false);
  return (
    <details className="library-paste" data-testid="paste-section" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="library-paste__summary">{t('pasteSection')}</summary>
      {open && (
        <div className="library-paste__body">
          <PastePanel onStatus={onStatus} />
        </div>
      )}
    </details>
  );
}
