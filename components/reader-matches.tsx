// The searched words in the reader: where they are in a text (the same
// folding as search: width, case, traditional and simplified), and a bar that
// steps through the marks (buttons, F3 and Shift+F3).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { markTitle, parseQuery, type MarkRange } from '@/lib/search';
import { t } from '@/lib/i18n';

/** A function from a text to the ranges of the query's words in it (none for an empty query). */
export function useMarks(query: string): (text: string) => MarkRange[] {
  return useMemo(() => {
    const words = parseQuery(query).include.map((word) => word.text).filter(Boolean);
    if (words.length === 0) return () => [];
    return (text: string) => markTitle(text, words);
  }, [query]);
}

/** The marks of the reader this bar sits in, in reading order. */
const marksIn = (bar: HTMLElement | null) => [...(bar?.closest('.reader')?.querySelectorAll<HTMLElement>('.reader__article mark') ?? [])];

export function ReaderMatches({ query }: { query: string }) {
  const bar = useRef<HTMLDivElement>(null);
  const [count, setCount] = useState(0);
  const [current, setCurrent] = useState(-1);

  // Count after the article has rendered its marks (and again when it changes, e.g. after a repair).
  useEffect(() => {
    const reader = bar.current?.closest('.reader');
    if (!reader) return;
    const recount = () => setCount(marksIn(bar.current).length);
    recount();
    const observer = new MutationObserver(recount);
    observer.observe(reader, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [query]);

  const go = useCallback((step: number) => {
    const marks = marksIn(bar.current);
    if (marks.length === 0) return;
    setCurrent((at) => {
      const next = (((at < 0 && step < 0 ? 0 : at) + step) % marks.length + marks.length) % marks.length;
      marks.forEach((mark, i) => mark.classList.toggle('reader-mark--current', i === next));
      marks[next].scrollIntoView?.({ block: 'center' });
      return next;
    });
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F3') return;
      event.preventDefault();
      go(event.shiftKey ? -1 : 1);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [go]);

  return (
    <div className="reader-matches" ref={bar} data-testid="reader-matches" role="group">
      <span className="reader-matches__count" data-testid="reader-match-count" role="status" aria-live="polite">
        {count === 0 ? t('readerMatchNone') : current < 0 || current >= count ? t('readerMatchTotal', { n: count }) : t('readerMatchCount', { i: current + 1, n: count })}
      </span>
      <button type="button" className="button button--small" data-testid="reader-match-prev" disabled={count === 0} title={t('readerMatchPrev')} aria-label={t('readerMatchPrev')} onClick={() => go(-1)}>
        ↑
      </button>
      <button type="button" className="button button--small" data-testid="reader-match-next" disabled={count === 0} title={t('readerMatchNext')} aria-label={t('readerMatchNext')} onClick={() => go(1)}>
        ↓
      </button>
    </div>
  );
}
