// Every line of one article with its role: a role menu per line, the letter
// keys on a focused line, and "split here" before any block. ↑↓ move between
// lines (one tab stop for the list, plus the menu and split buttons).
import { useRef, useState, type KeyboardEvent } from 'react';
import type { Article } from '@/lib/parse';
import { articleLines, isEmptyHead, headOf, type Line, type RepairAction } from '@/lib/repair';
import { t } from '@/lib/i18n';
import { RoleMenu } from './repair-role-menu';
import { SPLIT_KEY, roleForKey, roleLabel } from './repair-roles';

export interface RepairLinesProps {
  article: Article;
  index: number;
  onAction(action: RepairAction): void;
}

/** A split before block 0 is only possible when the head stays behind as an article. */
const canSplit = (article: Article, line: Line) => line.ref.kind === 'block' && (line.ref.index > 0 || !isEmptyHead(headOf(article)));

export function RepairLines({ article, index, onAction }: RepairLinesProps) {
  const lines = articleLines(article);
  const [current, setCurrent] = useState(0);
  const list = useRef<HTMLOListElement>(null);
  const focusLine = (at: number) => {
    const next = Math.max(0, Math.min(lines.length - 1, at));
    setCurrent(next);
    list.current?.querySelectorAll<HTMLElement>('[data-testid="repair-line"]')[next]?.focus();
  };
  const split = (line: Line) => line.ref.kind === 'block' && onAction({ op: 'split', article: index, block: line.ref.index });

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>, line: Line, at: number) => {
    // Letters act on the line itself or its role button, never while a menu is open.
    const target = event.target as HTMLElement;
    if (target !== event.currentTarget && target.dataset.testid !== 'repair-role-button') return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (event.altKey) return; // Alt+arrows move the head (the article handles them).
      event.preventDefault();
      focusLine(at + (event.key === 'ArrowDown' ? 1 : -1));
      return;
    }
    const role = roleForKey(event);
    if (role) {
      event.preventDefault();
      if (role !== line.role) onAction({ op: 'setRole', article: index, line: line.ref, role });
    } else if (event.key.toLowerCase() === SPLIT_KEY && !event.ctrlKey && !event.metaKey && canSplit(article, line)) {
      event.preventDefault();
      split(line);
    }
  };

  return (
    <ol className="repair-lines" ref={list} data-testid="repair-lines">
      {lines.map((line, at) => (
        <li
          key={`${line.ref.kind}-${line.ref.kind === 'head' ? line.ref.field : line.ref.index}`}
          className={`repair-line repair-line--${line.role}`}
          data-testid="repair-line"
          data-role={line.role}
          tabIndex={at === Math.min(current, lines.length - 1) ? 0 : -1}
          aria-label={`${roleLabel(line.role)}：${line.text}`}
          onFocus={(event) => event.target === event.currentTarget && setCurrent(at)}
          onKeyDown={(event) => onKeyDown(event, line, at)}
        >
          <RoleMenu role={line.role} onPick={(role) => onAction({ op: 'setRole', article: index, line: line.ref, role })} />
          <span className="repair-line__text" data-testid="repair-line-text">
            {line.text}
          </span>
          {canSplit(article, line) && (
            <button type="button" className="repair-button repair-line__split" data-testid="repair-split" title={t('repairSplitHint')} onClick={() => split(line)}>
              {t('repairSplit')}
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}
