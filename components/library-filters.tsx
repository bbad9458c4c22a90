// Filters over the library list: paper, tag and a publication date range.
// The choices offered are read from the database indexes, live.
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { isIsoDate } from '@/lib/db';
import type { ClippingFilter } from '@/lib/db';
import { isEmptyFilter, listSources, listTags } from '@/lib/library/list-ids';
import { groupPapers } from '@/lib/library/papers';
import { t } from '@/lib/i18n';

export interface LibraryFiltersProps {
  filter: ClippingFilter;
  /** A change to some fields, or null to clear them all; merged by the owner (so two quick changes never undo each other). */
  onChange(patch: ClippingFilter | null): void;
}

/** The options, plus the current value if it is no longer among them (its last clipping deleted), so the select never lies. */
function withCurrent(options: readonly string[], current: string | undefined): string[] {
  return current && !options.includes(current) ? [current, ...options] : [...options];
}

export function LibraryFilters({ filter, onChange }: LibraryFiltersProps) {
  // An unreadable database shows in the list's status; the filters just offer nothing.
  const sources = useLiveQuery(() => listSources().catch(() => []), [], []);
  const tags = useLiveQuery(() => listTags().catch(() => []), [], []);
  const set = onChange;

  return (
    <fieldset className="library-filters" aria-label={t('filtersLabel')}>
      <label className="library-filters__field">
        <span className="library-filters__label">{t('filterSource')}</span>
        <select data-testid="filter-source" value={filter.source ?? ''} onChange={(e) => set({ source: e.target.value || undefined })}>
          <option value="">{t('filterAnySource')}</option>
          {/* One entry per paper however its name was stored (光明网 and 《光明日报》 are 光明日报); a channel alone is no paper. */}
          {withCurrent(groupPapers(sources).map((g) => g.name), filter.source).map((source) => (
            <option key={source} value={source}>{source}</option>
          ))}
        </select>
      </label>
      <label className="library-filters__field">
        <span className="library-filters__label">{t('filterTag')}</span>
        <select data-testid="filter-tag" value={filter.tag ?? ''} onChange={(e) => set({ tag: e.target.value || undefined })}>
          <option value="">{t('filterAnyTag')}</option>
          {withCurrent(tags, filter.tag).map((tag) => (
            <option key={tag} value={tag}>{tag}</option>
          ))}
        </select>
      </label>
      <label className="library-filters__field">
        <span className="library-filters__label">{t('filterFrom')}</span>
        <DateInput testId="filter-from" value={filter.from} onChange={(from) => set({ from })} />
      </label>
      <label className="library-filters__field">
        <span className="library-filters__label">{t('filterTo')}</span>
        <DateInput testId="filter-to" value={filter.to} onChange={(to) => set({ to })} />
      </label>
      {!isEmptyFilter(filter) && (
        <button type="button" className="button button--quiet library-filters__clear" data-testid="filter-clear" onClick={() => onChange(null)}>
          {t('filterClear')}
        </button>
      )}
    </fieldset>
  );
}

/**
 * A date typed as YYYY-MM-DD. Not type=date: Chromium draws that box in the
 * browser's locale (mm/dd/yyyy in a Chinese interface on an English system).
 * The filter changes once the text is a whole date, or empty.
 */
function DateInput({ testId, value, onChange }: { testId: string; value: string | undefined; onChange(value: string | undefined): void }) {
  const [draft, setDraft] = useState(value ?? '');
  useEffect(() => setDraft(value ?? ''), [value]);
  const text = draft.trim();
  const invalid = text !== '' && !isIsoDate(text);
  return (
    <input
      type="text"
      className="library-filters__date"
      data-testid={testId}
      value={draft}
      placeholder="yyyy-mm-dd"
      inputMode="numeric"
      pattern={'\\d{4}-\\d{2}-\\d{2}'}
      maxLength={10}
      size={10}
      aria-invalid={invalid}
      onChange={(event) => {
        const next = event.target.value;
        setDraft(next);
        if (!next.trim() || isIsoDate(next.trim())) onChange(next.trim() || undefined);
      }}
    />
  );
}
