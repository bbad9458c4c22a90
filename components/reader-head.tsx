// The article's head as a newspaper prints it: column and kicker above the
// title, subtitle and byline under it, then paper · date · page and a link to
// the page it was clipped from.
import type { ReactNode } from 'react';
import type { Clipping } from '@/lib/db';
import type { MarkRange } from '@/lib/search';
import { t } from '@/lib/i18n';
import { Marked } from './search-panel';

/** Only web addresses become links: a stored javascript: or data: url must never be clickable. */
export function safeHref(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function ReaderHead({ clipping, title, marks = () => [] }: { clipping: Clipping; title: ReactNode; marks?: (text: string) => MarkRange[] }) {
  const text = (value: string) => <Marked text={value} marks={marks(value)} />;
  const href = safeHref(clipping.url);
  const meta = [clipping.source, clipping.date, clipping.page].filter(Boolean);
  return (
    <header className="reader-head">
      {(clipping.column || clipping.kicker) && (
        <p className="reader-head__over">
          {clipping.column && <span className="reader-head__column" data-testid="reader-column">{text(clipping.column)}</span>}
          {clipping.kicker && <span className="reader-head__kicker" data-testid="reader-kicker">{text(clipping.kicker)}</span>}
        </p>
      )}
      {title}
      {clipping.subtitle && <p className="reader-head__subtitle" data-testid="reader-subtitle">{text(clipping.subtitle)}</p>}
      {clipping.byline && <p className="reader-head__byline" data-testid="reader-byline">{text(clipping.byline)}</p>}
      {(meta.length > 0 || href) && (
        <p className="reader-head__meta" data-testid="reader-meta">
          {meta.map((part, i) => (
            <span key={i} className="reader-head__meta-part">{part}</span>
          ))}
          {href && (
            <a className="reader-head__link" href={href} target="_blank" rel="noopener noreferrer" data-testid="reader-link">
              {t('originalLink')}
            </a>
          )}
        </p>
      )}
    </header>
  );
}
