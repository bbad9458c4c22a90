// The library list: a virtualised listbox of clippings, newest first. It is
// one tab stop; arrow keys move, Enter opens, Space ticks (Shift+Space ticks
// a range), Delete deletes, Ctrl+A ticks all. Row data loads as rows come
// into view, live, and stays cached so scrolling back shows no blanks.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { readClipRows, type ClipRow } from '@/lib/library/clip-row';
import type { Selection } from '@/lib/library/selection';
import type { RowRange } from '@/lib/library/window-range';
import { t } from '@/lib/i18n';
import { ClipItem } from './clip-item';
import { ErrorBoundary } from './error-boundary';
import { VirtualList } from './virtual-list';

/** Two lines of text (15px headline, 12px details) with padding; the CSS matches it. */
export const CLIP_ROW_HEIGHT = 60;
/** Rows moved by PageUp/PageDown. */
const PAGE_ROWS = 10;

export interface ClipListProps {
  ids: readonly number[];
  openId: number | null;
  selection: Selection;
  onOpen(id: number): void;
  onToggle(id: number, shift: boolean): void;
  onDelete(id: number): void;
  onSelectAll(): void;
}

/** The rows in `range`, kept in a cache that live updates refresh. */
function useClipRows(ids: readonly number[], range: RowRange): Map<number, ClipRow> {
  const cache = useRef(new Map<number, ClipRow>());
  const wanted = ids.slice(range.start, range.end);
  const rows = useLiveQuery(() => readClipRows(wanted), [wanted.join(',')]);
  // Refreshing a cache is idempotent, so doing it during render is safe.
  if (rows) for (const row of rows) cache.current.set(row.id, row);
  return cache.current;
}

/**
 * The first row fully in view. Focus makes a row active, and the active row is
 * scrolled into view: taking row 0 here made the first click after a wheel
 * scroll (mousedown focuses the list) jump the list to the top, so the click
 * landed on whatever row was then under the pointer, or on none.
 */
function firstRowInView(list: HTMLElement, count: number): number {
  return Math.min(count - 1, Math.ceil(list.scrollTop / CLIP_ROW_HEIGHT));
}

export function ClipList({ ids, openId, selection, onOpen, onToggle, onDelete, onSelectAll }: ClipListProps) {
  const [range, setRange] = useState<RowRange>({ start: 0, end: 0 });
  const [active, setActive] = useState(-1);
  const rows = useClipRows(ids, range);

  // Follow the open clipping (opened from search, say), and stay inside the list when it shrinks.
  useEffect(() => {
    const index = openId === null ? -1 : ids.indexOf(openId);
    if (index >= 0) setActive(index);
  }, [openId]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (active >= ids.length) setActive(ids.length - 1);
  }, [ids.length, active]);

  const move = (index: number) => setActive(Math.max(0, Math.min(ids.length - 1, index)));
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (ids.length === 0) return;
    const current = Math.max(active, 0);
    const id = ids[current];
    const actions: Record<string, (() => void) | undefined> = {
      ArrowDown: () => move(active < 0 ? 0 : current + 1),
      ArrowUp: () => move(current - 1),
      Home: () => move(0),
      End: () => move(ids.length - 1),
      PageDown: () => move(current + PAGE_ROWS),
      PageUp: () => move(current - PAGE_ROWS),
      Enter: () => onOpen(id),
      ' ': () => {
        setActive(current);
        onToggle(id, event.shiftKey);
      },
      Delete: () => onDelete(id),
    };
    const selectAll = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a';
    const action = selectAll ? onSelectAll : actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  const activeId = active >= 0 ? ids[active] : undefined;
  return (
    <VirtualList
      className="clip-list"
      data-testid="clip-list"
      role="listbox"
      aria-label={t('listLabel')}
      aria-multiselectable="true"
      aria-activedescendant={activeId !== undefined ? `clip-${activeId}` : undefined}
      tabIndex={0}
      count={ids.length}
      rowHeight={CLIP_ROW_HEIGHT}
      revealIndex={active}
      onRangeChange={setRange}
      onKeyDown={onKeyDown}
      onFocus={(event) => active < 0 && ids.length > 0 && setActive(firstRowInView(event.currentTarget, ids.length))}
      renderRow={(index, style) => {
        const id = ids[index];
        // One damaged record shows as such in its row; the list goes on.
        return (
          <ErrorBoundary
            key={id}
            resetKey={rows.get(id)}
            fallback={() => (
              <div id={`clip-${id}`} role="option" aria-selected={false} className="clip-item clip-item--broken" data-testid="clip-item-broken" style={style}>
                {t('rowDamaged')}
              </div>
            )}
          >
          <ClipItem
            domId={`clip-${id}`}
            row={rows.get(id) ?? null}
            index={index}
            count={ids.length}
            style={style}
            active={index === active}
            open={id === openId}
            selected={selection.selected.has(id)}
            onOpen={() => {
              setActive(index);
              onOpen(id);
            }}
            onToggle={(shift) => {
              setActive(index);
              onToggle(id, shift);
            }}
          />
          </ErrorBoundary>
        );
      }}
    />
  );
}
