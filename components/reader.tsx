// The reader: one clipping, live from the database, with its title, tags and
// note editable in place and the actions for it (Markdown, copy, delete).
import { forwardRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getClipping, type Clipping } from '@/lib/db';
import { citation } from '@/lib/export';
import { formatTags, parseTags } from '@/lib/library/tags';
import { t } from '@/lib/i18n';
import type { LibraryActions } from './library-actions';
import { ReaderBody } from './reader-body';
import { ReaderField } from './reader-field';
import { ReaderHead } from './reader-head';

export interface ReaderProps {
  id: number;
  actions: LibraryActions;
  onBack(): void;
}

export const Reader = forwardRef<HTMLElement, ReaderProps>(function Reader({ id, actions, onBack }, ref) {
  // null: no such clipping (deleted); undefined: still loading.
  const clipping = useLiveQuery(() => getClipping(id).then((c) => c ?? null), [id]);
  return (
    <section ref={ref} className="reader" data-testid="reader" aria-label={t('readerLabel')} aria-busy={clipping === undefined} tabIndex={-1}>
      <div className="reader__toolbar">
        <button type="button" className="button button--quiet reader__back" data-testid="reader-back" onClick={onBack}>
          ← {t('readerBack')}
        </button>
        {clipping && <ReaderActionsBar clipping={clipping} actions={actions} />}
      </div>
      {clipping === null && <p className="reader__empty">{t('readerNotFound')}</p>}
      {clipping && <ReaderArticle clipping={clipping} actions={actions} />}
    </section>
  );
});

function ReaderActionsBar({ clipping, actions }: { clipping: Clipping; actions: LibraryActions }) {
  return (
    <div className="reader__actions">
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

function ReaderArticle({ clipping, actions }: { clipping: Clipping; actions: LibraryActions }) {
  const save = (patch: Parameters<LibraryActions['save']>[1]) => actions.save(clipping.id, patch);
  return (
    // The article is Chinese whatever the interface language: lang picks Chinese glyphs and line breaking.
    <article className="reader__article" lang="zh-CN">
      <ReaderHead
        clipping={clipping}
        title={
          <h2 className="reader-head__title">
            <ReaderField
              testId="edit-title"
              className="reader-field--title"
              label={t('fieldTitle')}
              placeholder={t('untitled')}
              value={clipping.title ?? ''}
              onSave={(title) => save({ title: title.trim() || null })}
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
            onSave={(text) => save({ tags: parseTags(text) })}
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
            onSave={(note) => save({ note })}
          />
        </label>
      </div>
      <ReaderBody blocks={clipping.blocks} captions={clipping.captions} />
      <footer className="reader__citation">
        <span className="reader__citation-label">{t('citationLabel')}</span>
        <p className="reader__citation-text" data-testid="citation">{citation(clipping)}</p>
      </footer>
    </article>
  );
}
