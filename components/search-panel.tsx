// Search box and results: typing searches the clippings (lib/search), ↑/↓
// move through the results, Enter or a click opens one via onOpen(id).
// Matches are marked with <mark> elements built from ranges, never from HTML.
import { useEffect, useId, useRef, useState, type CompositionEvent, type KeyboardEvent, type ReactNode } from 'react';
import type { ClippingFilter } from '@/lib/db';
import { t } from '@/lib/i18n';
import { onClippingsChanged, prepareSearch, searchClippings, type MarkRange, type SearchHit, type SearchResult } from '@/lib/search';
import './search-panel.css';

/**
 * While keys come faster than this, wait this long after the last one: a
 * search per character would redo work the next one throws away. The first
 * key after a pause (or what an input method hands over) searches at once.
 */
export const SEARCH_DEBOUNCE_MS = 150;
/** A search slower than this shows that it is working (and how far it is, when it can tell). */
export const SEARCH_BUSY_MS = 250;
/** Results shown at first; "more" adds as many again. */
export const SEARCH_PAGE = 20;

export interface SearchPanelProps {
  onOpen(id: number): void;
  /** Narrows the search (source, date range, tag), e.g. from the library's filters. */
  filter?: ClippingFilter;
  /** Told the query searched for, so the reader can mark its words. */
  onQueryChange?(query: string): void;
}

/** `text` with the ranges in <mark>. */
export function Marked({ text, marks }: { text: string; marks: readonly MarkRange[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of marks) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

export function SearchPanel({ onOpen, filter, onQueryChange }: SearchPanelProps) {
  const inputId = useId();
  const listId = useId();
  const [input, setInput] = useState('');
  const [query, setQuery] = useState('');
  const composing = useRef(false);
  // Bumped when an input method finishes composing, to search what it produced.
  const [settled, setSettled] = useState(0);
  const [limit, setLimit] = useState(SEARCH_PAGE);
  const [result, setResult] = useState<SearchResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Set while a slow search runs: what to say of it.
  const [busy, setBusy] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  // Bumped when clippings change anywhere, so open results stay true.
  const [version, setVersion] = useState(0);
  const filterKey = JSON.stringify(filter ?? {});

  useEffect(() => {
    // Load the index and the texts while the user reads the box, not during the first search.
    prepareSearch().catch(() => undefined);
    const stop = onClippingsChanged(() => setVersion((v) => v + 1));
    return () => {
      stop();
    };
  }, []);

  // When the box last changed (ms), and the compositions seen: a change after
  // a pause, or the text an input method hands over, is searched at once.
  const lastChange = useRef(-Infinity);
  const settledSeen = useRef(settled);
  useEffect(() => {
    // Half-typed pinyin is not a query: wait for the input method to finish.
    if (composing.current) return;
    const now = performance.now();
    const composed = settled !== settledSeen.current;
    settledSeen.current = settled;
    const typing = !composed && now - lastChange.current < SEARCH_DEBOUNCE_MS;
    // The box as it opens is no keystroke.
    if (input !== '' || lastChange.current !== -Infinity) lastChange.current = now;
    const search = () => {
      setQuery(input);
      setLimit(SEARCH_PAGE);
    };
    // Not typing (the first key after a pause, the first in a panel just opened): now, not in a
    // later task, which a panel still loading its library would make wait behind its own work.
    if (!typing) {
      search();
      return;
    }
    const timer = setTimeout(search, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [input, settled]);

  useEffect(() => {
    if (!query.trim()) {
      setResult(null);
      setError(null);
      setBusy(null);
      return;
    }
    let current = true;
    const busyTimer = setTimeout(() => current && setBusy(t('searchWorking')), SEARCH_BUSY_MS);
    const done = () => {
      clearTimeout(busyTimer);
      setBusy(null);
    };
    const show = (found: SearchResult) => {
      setResult(found);
      setError(null);
      setActive((i) => Math.min(i, Math.max(0, found.hits.length - 1)));
    };
    searchClippings(query, { ...(JSON.parse(filterKey) as ClippingFilter), limit }).then(
      (found) => {
        if (!current) return;
        done();
        show(found);
        // A common phrase: the first page now, the exact count (and order) once every candidate is checked.
        found.complete?.().then(
          (exact) => current && show(exact),
          () => undefined,
        );
      },
      (failure: unknown) => {
        if (!current) return;
        done();
        setError(t('searchError', { message: failure instanceof Error ? failure.message : String(failure) }));
      },
    );
    // A slower, older search must not overwrite a newer one.
    return () => {
      current = false;
      clearTimeout(busyTimer);
    };
  }, [query, filterKey, limit, version]);

  useEffect(() => setActive(0), [query, filterKey]);
  useEffect(() => onQueryChange?.(query), [query]); // eslint-disable-line react-hooks/exhaustive-deps

  // Set by ↑/↓: the result they make active is scrolled into view. Only then: new results
  // (the first active) need no scrolling, and asking where an element is forces a layout
  // of the whole panel before the results can be painted (36 ms of the first search at 50,000).
  const keyMoved = useRef(false);
  useEffect(() => {
    if (!keyMoved.current) return;
    keyMoved.current = false;
    document.getElementById(`${listId}-${active}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [active, listId]);

  const hits = result?.hits ?? [];
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing || composing.current) return;
    if (event.key === 'ArrowDown' && hits.length) {
      event.preventDefault();
      keyMoved.current = true;
      setActive((i) => Math.min(hits.length - 1, i + 1));
    } else if (event.key === 'ArrowUp' && hits.length) {
      event.preventDefault();
      keyMoved.current = true;
      setActive((i) => Math.max(0, i - 1));
    } else if (event.key === 'Enter' && hits[active]) {
      event.preventDefault();
      onOpen(hits[active].id);
    }
  };
  const onCompositionEnd = (event: CompositionEvent<HTMLInputElement>) => {
    composing.current = false;
    setInput(event.currentTarget.value);
    setSettled((n) => n + 1);
  };

  const activeId = hits[active] ? `${listId}-${active}` : undefined;
  return (
    <section className="search-panel" role="search">
      <label className="search-panel__label" htmlFor={inputId}>
        {t('searchLabel')}
      </label>
      <input
        id={inputId}
        className="search-panel__input"
        data-testid="search-input"
        type="search"
        value={input}
        placeholder={t('searchPlaceholder')}
        autoComplete="off"
        spellCheck={false}
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls={listId}
        aria-activedescendant={activeId}
        onChange={(event) => setInput(event.target.value)}
        onCompositionStart={() => {
          composing.current = true;
        }}
        onCompositionEnd={onCompositionEnd}
        onKeyDown={onKeyDown}
      />
      {error && (
        <p className="search-panel__status" role="alert">
          {error}
        </p>
      )}
      {busy && !error && (
        <p className="search-panel__status" data-testid="search-busy" role="status" aria-live="polite">
          {busy}
        </p>
      )}
      {result && !error && !busy && (
        <p className="search-panel__status" data-testid="search-count" role="status" aria-live="polite">
          {t(result.approximate ? 'searchCountApprox' : 'searchCount', { n: result.total })}
        </p>
      )}
      <ol className="search-panel__results" id={listId} role="listbox" aria-label={t('searchLabel')}>
        {hits.map((hit, index) => (
          <SearchResultItem
            key={hit.id}
            hit={hit}
            id={`${listId}-${index}`}
            active={index === active}
            onSelect={() => setActive(index)}
            onOpen={() => onOpen(hit.id)}
          />
        ))}
      </ol>
      {result && hits.length < result.total && (
        <button type="button" className="search-panel__more" onClick={() => setLimit((n) => n + SEARCH_PAGE)}>
          {t('searchMore', { n: result.total - hits.length })}
        </button>
      )}
    </section>
  );
}

interface ItemProps {
  hit: SearchHit;
  id: string;
  active: boolean;
  onSelect(): void;
  onOpen(): void;
}

function SearchResultItem({ hit, id, active, onSelect, onOpen }: ItemProps) {
  return (
    <li
      id={id}
      className={`search-result${active ? ' search-result--active' : ''}`}
      data-testid="search-result"
      role="option"
      aria-selected={active}
      onMouseEnter={onSelect}
      onClick={onOpen}
    >
      <h3 className="search-result__title">
        {hit.title ? <Marked text={hit.title} marks={hit.titleMarks} /> : t('untitled')}
      </h3>
      <p className="search-result__meta">{[hit.source, hit.date].filter(Boolean).join(' · ')}</p>
      <p className="search-result__snippet">
        <Marked text={hit.snippet.text} marks={hit.snippet.marks} />
      </p>
    </li>
  );
}
