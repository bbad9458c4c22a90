// The reader: one clipping, live from the database, with its title, tags and
// note editable in place and the actions for it (Markdown, copy, delete), the
// searched words marked (next/previous match), and a repair mode that
// promotes a line to title or byline or splits the clipping in two.
import { forwardRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getClipping, type Clipping } from '@/lib/db';
import { toValidStoredClipping } from '@/lib/db/validate';
import { citation } from '@/lib/export';
import { formatTags, parseTags } from '@/lib/library/tags';
import { t } from '@/lib/i18n';
import type { MarkRange } from '@/lib/search';
import type { LibraryActions } from './library-actions';
import { ReaderBody } from './reader-body';
import { ReaderField } from './reader-field';
import { ReaderHead } from './reader-head';
import { ReaderMatches, useMarks } from './reader-matches';

export interface ReaderProps {
  id: number;
  actions: LibraryActions;
  onBack(): void;
  /** The search box's query: its words are marked in the text. */
  highlight?: string;
  /** Opens another clipping (the second part of a split). */
  onOpen?(id: number): void;
}

export const Reader = forwardRef<HTMLElement, ReaderProps>(function Reader({ id, actions, onBack, highlight = '', onOpen }, ref) {
  // null: no such clipping (deleted); undefined: still loading.
  // As the checks repair it (lib/db/validate.ts): a date out of range or a number for the paper never reaches the view.
  const found = useLiveQuery(() => getClipping(id).then((c) => (c ? (toValidStoredClipping(c) ?? 'damaged') : null)), [id]);
  const clipping = found === 'damaged' ? null : found;
  const [repairing, setRepairing] = useState(false);
  const marks = useMarks(highlight);
  return (
    <section ref={ref} className="reader" data-testid="reader" aria-label={t('readerLabel')} aria-busy={clipping === undefined} tabIndex={-1}>
      <div className="reader__toolbar">
        <button type="button" className="button button--quiet reader__back" data-testid="reader-back" onClick={onBack}>
          ← {t('readerBack')}
        </button>
        {clipping && <ReaderActionsBar clipping={clipping} actions={actions} repairing={repairing} onRepairing={setRepairing} />}
      </div>
      {clipping && highlight.trim() && <ReaderMatches key={`${id}:${highlight}`} query={highlight} />}
      {found === null && <p className="reader__empty">{t('readerNotFound')}</p>}
      {found === 'damaged' && (
        <p className="reader__empty" data-testid="reader-damaged" role="alert">
          {t('recordDamaged')}
        </p>
      )}
      {clipping && (
        <ReaderArticle
          clipping={clipping}
          actions={actions}
          marks={marks}
          repairing={repairing}
          onSplit={async (block) => {
            const second = await actions.split(clipping, block);
            if (second !== null) onOpen?.(second);
          }}
        />
      )}
    </section>
  );
});

interface ActionsBarProps {
  clipping: Clipping;
  actions: LibraryActions;
  repairing: boolean;
  onRepairing(on: boolean): void;
}

function ReaderActionsBar({ clipping, actions, repairing, onRepairing }: ActionsBarProps) {
  return (
    <div className="reader__actions">
      <button
        type="button"
        className="button"
        data-testid="reader-repair-toggle"
        aria-pressed={repairing}
        title={t('readerRepairHint')}
        onClick={() => onRepairing(!repairing)}
      >
        {t('readerRepair')}
      </button>
      <button type="button" className="button" data-testid="export-md" onClick={() => actions.exportMarkdown(clipping)}>
        {t('exportMd')}
      </button>
      <button type="button" className="button" data-testid="copy-md" onClick={() => void actions.copyMarkdown(clipping)}>
        {t('copyMd')}
      </button>
      <button type="button" className="button button--danger" data-testid="delete-clip" onClick={() => void actions.remove([clipping.id])}>
        {t('deleteClip')}
      </button>
    </div>
  );
}

interface ReaderArticleProps {
  clipping: Clipping;
  actions: LibraryActions;
  marks: (text: string) => MarkRange[];
  repairing: boolean;
  onSplit(block: number): void;
}

function ReaderArticle({ clipping, actions, marks, repairing, onSplit }: ReaderArticleProps) {
  const save = (patch: Parameters<LibraryActions['save']>[1], startedFrom?: number) => actions.save(clipping.id, patch, startedFrom);
  const promote = (index: number, role: 'title' | 'byline') =>
    void actions.repair(clipping, { op: 'setRole', article: 0, line: { kind: 'block', index }, role });
  const tools = repairing
    ? (index: number) => (
        <span className="reader-repair" role="group" aria-label={t('readerRepair')}>
          <button type="button" className="button button--small" data-testid="reader-make-title" onClick={() => promote(index, 'title')}>
            {t('readerMakeTitle')}
          </button>
          <button type="button" className="button button--small" data-testid="reader-make-byline" onClick={() => promote(index, 'byline')}>
            {t('readerMakeByline')}
          </button>
          {(index > 0 || clipping.title) && (
            <button type="button" className="button button--small" data-testid="reader-split" title={t('repairSplitHint')} onClick={() => onSplit(index)}>
              {t('repairSplit')}
            </button>
          )}
        </span>
      )
    : undefined;
  return (
    // The article is Chinese whatever the interface language: lang picks Chinese glyphs and line breaking.
    <article className="reader__article" lang="zh-CN">
      <ReaderHead
        clipping={clipping}
        marks={marks}
        title={
          <h2 className="reader-head__title">
            <ReaderField
              testId="edit-title"
              className="reader-field--title"
              label={t('fieldTitle')}
              placeholder={t('untitled')}
              value={clipping.title ?? ''}
              version={clipping.updatedAt}
              marks={marks}
              onSave={(title, from) => save({ title: title.trim() || null }, from)}
            />
          </h2>
        }
      />
      <div className="reader__own">
        <label className="reader__own-row">
          <span className="reader__own-label">{t('fieldTags')}</span>
          <ReaderField
            testId="edit-tags"
            className="reader-field--tags"
            label={t('fieldTags')}
            placeholder={t('tagsPlaceholder')}
            value={formatTags(clipping.tags)}
            version={clipping.updatedAt}
            onSave={(text, from) => save({ tags: parseTags(text) }, from)}
          />
        </label>
        <label className="reader__own-row">
          <span className="reader__own-label">{t('fieldNote')}</span>
          <ReaderField
            testId="edit-note"
            className="reader-field--note"
            label={t('fieldNote')}
            placeholder={t('notePlaceholder')}
            value={clipping.note}
            multiline
            version={clipping.updatedAt}
            onSave={(note, from) => save({ note }, from)}
          />
        </label>
      </div>
      <ReaderBody blocks={clipping.blocks} captions={clipping.captions} marks={marks} tools={tools} />
      <footer className="reader__citation">
        <span className="reader__citation-label">{t('citationLabel')}</span>
        <p className="reader__citation-text" data-testid="citation">{citation(clipping)}</p>
      </footer>
    </article>
  );
}
