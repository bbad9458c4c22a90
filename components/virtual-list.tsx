// A list of fixed-height rows that renders only the rows in view (plus a few
// either side), so 10,000 clippings cost what 30 do. Rows are absolutely
// placed inside a spacer as tall as the whole list; the browser's own
// scrollbar and keyboard scrolling keep working.
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type HTMLAttributes, type ReactNode } from 'react';
import { scrollToReveal, visibleRange, type RowRange } from '@/lib/library/window-range';

/** Viewport height assumed until the element has been measured (and where layout is absent, as in unit tests). */
const FALLBACK_HEIGHT = 600;

export interface VirtualListProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'onScroll'> {
  count: number;
  rowHeight: number;
  /** One row; put `style` on its outermost element (it positions the row). */
  renderRow(index: number, style: CSSProperties): ReactNode;
  /** Told whenever the rendered rows change, e.g. to load their data. */
  onRangeChange?(range: RowRange): void;
  /** Scrolls just enough to show this row whenever it changes. */
  revealIndex?: number | null;
}

export function VirtualList({ count, rowHeight, renderRow, onRangeChange, revealIndex, style, ...rest }: VirtualListProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(FALLBACK_HEIGHT);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setHeight(element.clientHeight || FALLBACK_HEIGHT);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const range = useMemo(() => visibleRange(scrollTop, height, rowHeight, count), [scrollTop, height, rowHeight, count]);
  useEffect(() => onRangeChange?.(range), [range.start, range.end]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    const element = ref.current;
    if (!element || revealIndex === null || revealIndex === undefined || revealIndex < 0) return;
    const top = scrollToReveal(revealIndex, rowHeight, element.scrollTop, element.clientHeight || height);
    if (top !== null) {
      element.scrollTop = top;
      setScrollTop(top);
    }
  }, [revealIndex, rowHeight]); // eslint-disable-line react-hooks/exhaustive-deps

  const rows: ReactNode[] = [];
  for (let index = range.start; index < range.end; index++) {
    rows.push(renderRow(index, { position: 'absolute', top: index * rowHeight, left: 0, right: 0, height: rowHeight }));
  }
  return (
    <div
      ref={ref}
      {...rest}
      style={{ ...style, overflowY: 'auto', position: 'relative' }}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <div style={{ height: count * rowHeight, position: 'relative' }}>{rows}</div>
    </div>
  );
}
