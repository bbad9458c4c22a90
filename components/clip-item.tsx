// One row of the library list: a checkbox, the headline, and paper · date · page.
import type { CSSProperties, MouseEvent } from 'react';
import type { ClipRow } from '@/lib/library/clip-row';
import { t } from '@/lib/i18n';

export interface ClipItemProps {
  /** Null while the row's record is still loading. */
  row: ClipRow | null;
  /** DOM id, for the list's aria-activedescendant. */
  domId: string;
  index: number;
  count: number;
  style: CSSProperties;
  active: boolean;
  open: boolean;
  selected: boolean;
  onOpen(): void;
  onToggle(shift: boolean): void;
}

export function ClipItem({ row, domId, index, count, style, active, open, selected, onOpen, onToggle }: ClipItemProps) {
  const heading = row?.heading ?? (row ? t(row.damaged ? 'rowDamaged' : 'untitled') : t('loading'));
  const onCheckboxClick = (event: MouseEvent<HTMLInputElement>) => {
    event.stopPropagation();
    onToggle(event.shiftKey);
  };
  const classes = ['clip-item', active && 'clip-item--active', open && 'clip-item--open', selected && 'clip-item--selected'];
  return (
    <div
      id={domId}
      role="option"
      aria-selected={selected}
      aria-current={open ? 'true' : undefined}
      aria-posinset={index + 1}
      aria-setsize={count}
      className={classes.filter(Boolean).join(' ')}
      data-testid="clip-item"
      data-id={row?.id}
      style={style}
      onClick={onOpen}
    >
      <input
        type="checkbox"
        className="clip-item__check"
        data-testid="clip-select"
        tabIndex={-1}
        checked={selected}
        aria-label={t('selectClip', { title: heading })}
        onClick={onCheckboxClick}
        onChange={() => undefined}
      />
      <div className="clip-item__text">
        <div className={row?.heading ? 'clip-item__title' : 'clip-item__title clip-item__title--none'} data-testid="clip-title">
          {heading}
        </div>
        <div className="clip-item__meta">
          {row?.meta.map((part, i) => (
            <span key={i} className="clip-item__meta-part">
              {part}
            </span>
          ))}
          {row?.tags.map((tag) => (
            <span key={`#${tag}`} className="clip-item__tag">
              {tag}
            </span>
          ))}
        </div>
      </div>
    </div>
  );
}
