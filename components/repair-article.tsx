// One article found in a paste, ready to check and repair: its head fields
// (editable), first and last sentence and paragraph count, the actions on
// the whole article, and, opened, every line with its role.
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { Article } from '@/lib/parse';
import { HEAD_FIELDS, articleLines, summarizeText, type HeadField, type RepairAction } from '@/lib/repair';
import { t } from '@/lib/i18n';
import { RepairLines } from './repair-lines';
import { roleLabel } from './repair-roles';

export interface RepairArticleProps {
  article: Article;
  index: number;
  count: number;
  chosen: boolean;
  onChoose(on: boolean): void;
  onAction(action: RepairAction): void;
}

/** What the article is called in the list: its title, or its first line when it has none. */
export function articleHeading(article: Article): string {
  return article.title ?? articleLines(article)[0]?.text ?? t('untitled');
}

export function RepairArticle({ article, index, count, chosen, onChoose, onAction }: RepairArticleProps) {
  const [open, setOpen] = useState(false);
  const summary = summarizeText(article);
  const heading = articleHeading(article);
  const act = (action: RepairAction) => onAction(action);
  const lineCount = articleLines(article).length;

  // Alt+↑/↓ move the head, Alt+Shift+↑/↓ merge, from anywhere in the article.
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    const to = event.key === 'ArrowUp' ? 'up' : 'down';
    event.preventDefault();
    act(event.shiftKey ? { op: 'merge', article: index, with: to } : { op: 'moveHead', article: index, to });
  };

  return (
    <li className={`parsed-article repair-article${article.title ? '' : ' repair-article--untitled'}`} data-testid="parsed-article" onKeyDown={onKeyDown}>
      <input
        type="checkbox"
        className="parsed-article__select"
        data-testid="parsed-article-select"
        aria-label={t('pasteSelectArticle', { title: heading })}
        checked={chosen}
        onChange={(event) => onChoose(event.target.checked)}
      />
      <div className="parsed-article__text" data-testid="repair-article" aria-label={t('repairArticle', { n: index + 1 })} role="group">
        <h2 className={`parsed-article__title${article.title ? '' : ' parsed-article__title--none'}`} data-testid="parsed-article-title">
          {heading}
        </h2>
        {!article.title && (
          <p className="repair-article__warning" data-testid="repair-no-title">
            {t('repairNoTitle')}
          </p>
        )}
        <HeadFields article={article} onEdit={(field, value) => act({ op: 'editHead', article: index, field, value })} />
        <Summary first={summary.first} last={summary.last} paragraphs={summary.paragraphs} />
        <div className="repair-article__actions">
          <ActionButton testId="repair-move-head-up" label="repairMoveHeadUp" hint="repairMoveHeadUpHint" disabled={index === 0} onClick={() => act({ op: 'moveHead', article: index, to: 'up' })} />
          <ActionButton testId="repair-move-head-down" label="repairMoveHeadDown" hint="repairMoveHeadDownHint" disabled={index === count - 1} onClick={() => act({ op: 'moveHead', article: index, to: 'down' })} />
          <ActionButton testId="repair-merge-up" label="repairMergeUp" hint="repairMergeUpHint" disabled={index === 0} onClick={() => act({ op: 'merge', article: index, with: 'up' })} />
          <ActionButton testId="repair-merge-down" label="repairMergeDown" hint="repairMergeDownHint" disabled={index === count - 1} onClick={() => act({ op: 'merge', article: index, with: 'down' })} />
          <button
            type="button"
            className="repair-button repair-article__expand"
            data-testid="repair-expand"
            aria-expanded={open}
            title={t('repairLinesHint')}
            onClick={() => setOpen(!open)}
          >
            {open ? '▾' : '▸'} {t('repairLines', { n: lineCount })}
          </button>
        </div>
        {open && <RepairLines article={article} index={index} onAction={onAction} />}
      </div>
    </li>
  );
}

function ActionButton({ testId, label, hint, disabled, onClick }: { testId: string; label: Parameters<typeof t>[0]; hint: Parameters<typeof t>[0]; disabled: boolean; onClick(): void }) {
  return (
    <button type="button" className="repair-button" data-testid={testId} title={t(hint)} aria-label={t(hint)} disabled={disabled} onClick={onClick}>
      {t(label)}
    </button>
  );
}

function Summary({ first, last, paragraphs }: { first: string | null; last: string | null; paragraphs: number }) {
  return (
    <div className="repair-article__summary" lang="zh-CN">
      {/* The labels are drawn by CSS (data-label), so the element's text is the sentence alone. */}
      <p className="parsed-article__lead repair-article__sentence" data-testid="parsed-article-lead" data-label={t('repairFirst')}>
        {first ?? t('repairNoText')}
      </p>
      {last && (
        <p className="parsed-article__lead repair-article__sentence" data-testid="repair-last" data-label={t('repairLast')}>
          {last}
        </p>
      )}
      <p className="repair-article__count" data-testid="repair-paragraphs">
        {t('repairParagraphs', { n: paragraphs })}
      </p>
    </div>
  );
}

/** The five head fields; an edit is one repair, made when the field is left or Enter is pressed. */
function HeadFields({ article, onEdit }: { article: Article; onEdit(field: HeadField, value: string): void }) {
  return (
    <div className="repair-head" data-testid="repair-head">
      {HEAD_FIELDS.map((field) => (
        <HeadField key={field} field={field} value={article[field] ?? ''} onCommit={(value) => onEdit(field, value)} />
      ))}
    </div>
  );
}

function HeadField({ field, value, onCommit }: { field: HeadField; value: string; onCommit(value: string): void }) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  // A repair elsewhere (a moved head, an undo) changes the value under the field.
  useEffect(() => setDraft(value), [value]);
  const commit = () => draft !== value && onCommit(draft);
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape' && draft !== value) {
      event.preventDefault();
      setDraft(value);
    }
  };
  return (
    <>
      <label className="repair-head__label" htmlFor={id}>
        {roleLabel(field)}
      </label>
      {/* A text area that wraps, so a long headline is seen whole; Enter commits, it never adds a line. */}
      <textarea
        id={id}
        className={`repair-head__input repair-head__input--${field}`}
        data-testid={`repair-field-${field}`}
        rows={Math.max(1, Math.ceil(draft.length / 18))}
        value={draft}
        lang="zh-CN"
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
    </>
  );
}
