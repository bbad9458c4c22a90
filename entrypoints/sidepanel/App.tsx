// The side panel (Firefox: the sidebar): search above the library (which holds
// the paste box). Both share the open clipping and the filters: a search
// narrows by the paper, tag and dates the list is filtered by.
import { useEffect, useState } from 'react';
import { Library } from '@/components/library';
import { PasteSettings } from '@/components/paste-settings';
import { SearchPanel } from '@/components/search-panel';
import { SyncSettingsPanel } from '@/components/sync-settings';
import type { ClippingFilter } from '@/lib/db';
import { getUiLanguage, t } from '@/lib/i18n';
import '@/components/base.css';
import '@/components/library.css';
import './style.css';

export default function App() {
  const [openId, setOpenId] = useState<number | null>(null);
  const [filter, setFilter] = useState<ClippingFilter>({});
  const [query, setQuery] = useState('');
  // The page's language is the interface's (index.html says zh-CN); articles set their own.
  useEffect(() => {
    document.documentElement.lang = getUiLanguage() === 'zh' ? 'zh-CN' : 'en';
  }, []);
  return (
    // Reading, a narrow panel gives the reader nearly all of its height (style.css).
    <div className={`sidepanel${openId !== null ? ' sidepanel--reading' : ''}`}>
      <header className="sidepanel__head">
        <h1 className="sidepanel__title">
          {t('appTitle')}
          <span className="sidepanel__subtitle">{t('libraryTitle')}</span>
        </h1>
      </header>
      {/* Search slot: components/search-panel.tsx (its own issue). */}
      <div className="sidepanel__search">
        <SearchPanel onOpen={setOpenId} filter={filter} onQueryChange={setQuery} />
      </div>
      <Library openId={openId} onOpen={setOpenId} filter={filter} onFilterChange={setFilter} highlight={query} />
      <SyncSettingsPanel onShowConflicts={(tag) => setFilter({ tag })} />
      <PasteSettings />
      <p className="sidepanel__help" data-testid="shortcuts-help">{t('shortcutsHelp')}</p>
    </div>
  );
}
