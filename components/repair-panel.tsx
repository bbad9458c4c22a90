// The articles found in a paste, to check and repair before saving: the
// page-wide actions (all heads up or down one article, Undo with Ctrl+Z) over
// the list of articles (components/repair-article.tsx).
import type { KeyboardEvent } from 'react';
import type { Article } from '@/lib/parse';
import { canUndo, type RepairAction, type RepairHistory } from '@/lib/repair';
import { t } from '@/lib/i18n';
import { RepairArticle } from './repair-article';
import './repair.css';

/** A paste of a whole newspaper year can hold thousands of articles: the list shows this many. */
export const MAX_LISTED = 200;

/** What keeps an article's tick through repairs that rebuild it: its first block (else its first line). */
export function articleKey(article: Article): string {
  return article.blocks[0]?.text ?? article.title ?? article.kicker ?? article.byline ?? article.subtitle ?? article.column ?? article.captions[0] ?? '';
}

export interface RepairPanelProps {
  history: RepairHistory;
  isChosen(article: Article): boolean;
  onChoose(article: Article, on: boolean): void;
  onAction(action: RepairAction): void;
  onUndo(): void;
}

export function RepairPanel({ history, isChosen, onChoose, onAction, onUndo }: RepairPanelProps) {
  const { articles } = history.page;
  const hidden = articles.length - MAX_LISTED;
  // Ctrl+Z undoes a repair, except in a text field, which has its own undo.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z' || event.shiftKey) return;
    if ((event.target as HTMLElement).closest('input, textarea')) return;
    event.preventDefault();
    event.stopPropagation();
    onUndo();
  };
  return (
    <section className="repair" data-testid="repair-panel" aria-label={t('repairLabel')} onKeyDown={onKeyDown}>
      <p className="repair__help">{t('repairHelp')}</p>
      <div className="repair__bar">
        <button type="button" className="repair-button" data-testid="repair-shift-heads-up" title={t('repairShiftUpHint')} disabled={articles.length < 2} onClick={() => onAction({ op: 'shiftHeads', to: 'up' })}>
          {t('repairShiftUp')}
        </button>
        <button type="button" className="repair-button" data-testid="repair-shift-heads-down" title={t('repairShiftDownHint')} disabled={articles.length < 2} onClick={() => onAction({ op: 'shiftHeads', to: 'down' })}>
          {t('repairShiftDown')}
        </button>
        <button type="button" className="repair-button" data-testid="repair-undo" title={t('repairUndoHint')} disabled={!canUndo(history)} onClick={onUndo}>
          ↶ {t('repairUndo')} <kbd>Ctrl+Z</kbd>
        </button>
        {history.corrections.length > 0 && (
          <span className="repair__count" data-testid="repair-count">
            {t('repairCount', { n: history.corrections.length })}
          </span>
        )}
      </div>
      <ol className="parsed-list">
        {articles.slice(0, MAX_LISTED).map((article, index) => (
          <RepairArticle
            key={index}
            article={article}
            index={index}
            count={articles.length}
            chosen={isChosen(article)}
            onChoose={(on) => onChoose(article, on)}
            onAction={onAction}
          />
        ))}
      </ol>
      {hidden > 0 && <p className="paste-panel__more">{t('pasteMoreArticles', { n: hidden })}</p>}
    </section>
  );
}
