// "Clip this page": the button, then a preview of what the extractor found in
// the tab (title and tags editable) and Save. The popup is an extension page,
// so it runs the extractor in the tab itself and saves straight into lib/db.
import { useEffect, useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { openDatabase, saveClipping } from '@/lib/db';
import {
  activeTabId,
  canSave,
  describeClip,
  describeFailure,
  extractFromTab,
  draftToInput,
  initialEdits,
  leadParagraphs,
  paragraphCount,
  type ClipEdits,
  saveClip,
  type SaveFn,
  type TabExtractResult,
} from '@/lib/clip';
import type { ClipArticle, PageJoin } from '@/lib/extract/types';
import { t } from '@/lib/i18n';
import './clip-preview.css';

export interface ClipPanelProps {
  /** The tab to clip; when absent, the active tab of this window. */
  tabId?: number;
  /** Where the status line is (the popup has one for all its panels). */
  onStatus: (text: string) => void;
  // Stand-ins for tests; the defaults are the browser and the database.
  extract?: (tabId: number) => Promise<TabExtractResult>;
  save?: SaveFn;
  findTab?: () => Promise<number | undefined>;
}

interface Draft {
  article: ClipArticle;
  edits: ClipEdits;
  /** A multi-page article: the pages found and joined. */
  pages?: PageJoin;
}

export function ClipPanel({ tabId, onStatus, extract = extractFromTab, save = saveClipping, findTab = activeTabId }: ClipPanelProps) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [busy, setBusy] = useState(false);
  // Open the database while the person looks at the page, so Save does not wait for it.
  // A failure here (e.g. a blocked upgrade) shows up again, with its message, on Save.
  useEffect(() => {
    openDatabase().catch(() => undefined);
  }, []);

  const clip = async () => {
    setBusy(true);
    setDraft(null);
    onStatus(t('clipReading'));
    try {
      const id = tabId ?? (await findTab());
      if (id === undefined) return onStatus(t('clipNoTab'));
      const result = await extract(id);
      if (!result.ok) return onStatus(describeFailure(result.reason, result.message));
      setDraft({ article: result.article, edits: initialEdits(result.article), pages: result.pages });
      onStatus(t('clipPreviewReady'));
    } catch (error) {
      onStatus(t('clipFailed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  const onSave = async () => {
    if (!draft) return;
    // Never saved without a title unless the person confirmed it (the button is disabled too).
    if (!canSave(draft.edits)) return onStatus(t('previewNoTitle'));
    setBusy(true);
    onStatus(t('clipSaving'));
    const outcome = await saveClip(draftToInput(draft.article, draft.edits), save);
    onStatus(describeClip(outcome));
    setBusy(false);
  };

  return (
    <section className="clip-panel">
      <button
        type="button"
        className="primary-button clip-panel__button"
        data-testid="clip-page"
        title={t('clipPageHint')}
        disabled={busy}
        onClick={() => void clip()}
      >
        {t('clipPage')}
      </button>
      {draft && (
        <ClipPreview
          article={draft.article}
          edits={draft.edits}
          pages={draft.pages}
          busy={busy}
          onEdit={(edits) => setDraft({ ...draft, edits })}
          onSave={() => void onSave()}
        />
      )}
    </section>
  );
}

interface ClipPreviewProps {
  article: ClipArticle;
  edits: ClipEdits;
  pages?: PageJoin;
  busy: boolean;
  onEdit: (edits: ClipEdits) => void;
  onSave: () => void;
}

/** What will be saved: the header fields, the first paragraphs, and the title and tags to edit. */
export function ClipPreview({ article, edits, pages, busy, onEdit, onSave }: ClipPreviewProps) {
  const titleId = useId();
  const untitledId = useId();
  const untitled = !edits.title.trim();
  const tagsId = useId();
  const lead = leadParagraphs(article);
  const total = paragraphCount(article);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (canSave(edits)) onSave();
  };
  // The title box is several lines tall so long headlines show whole, but a
  // title is one line: Enter saves, as it did in a one-line box.
  const onTitleKey = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      event.currentTarget.form?.requestSubmit();
    }
  };
  const facts: [string, string | null, string][] = [
    [t('previewSource'), article.source, 'preview-source'],
    [t('previewDate'), article.date, 'preview-date'],
    [t('previewPage'), article.page, 'preview-page'],
  ];

  return (
    <form className="clip-preview" data-testid="clip-preview" aria-label={t('previewLabel')} onSubmit={onSubmit}>
      {article.kicker && (
        <p className="clip-preview__kicker" data-testid="preview-kicker">
          {article.kicker}
        </p>
      )}
      <label className="clip-preview__label" htmlFor={titleId}>
        {t('previewTitle')}
      </label>
      <textarea
        id={titleId}
        className="clip-preview__title"
        data-testid="preview-title"
        rows={2}
        value={edits.title}
        aria-invalid={untitled && !edits.untitledConfirmed}
        onKeyDown={onTitleKey}
        onChange={(event) => onEdit({ ...edits, title: event.target.value })}
      />
      {untitled && (
        <div className="clip-preview__no-title" data-testid="preview-no-title" role="alert">
          <p>{t('previewNoTitle')}</p>
          <label htmlFor={untitledId}>
            <input
              id={untitledId}
              type="checkbox"
              data-testid="preview-confirm-untitled"
              checked={edits.untitledConfirmed === true}
              onChange={(event) => onEdit({ ...edits, untitledConfirmed: event.target.checked })}
            />{' '}
            {t('previewConfirmUntitled')}
          </label>
        </div>
      )}
      {article.subtitle && (
        <p className="clip-preview__subtitle" data-testid="preview-subtitle">
          {article.subtitle}
        </p>
      )}
      {article.byline && (
        <p className="clip-preview__byline" data-testid="preview-byline">
          {article.byline}
        </p>
      )}
      <dl className="clip-preview__facts">
        {facts
          .filter(([, value]) => value)
          .map(([label, value, testId]) => (
            <div key={testId} className="clip-preview__fact">
              <dt>{label}</dt>
              <dd data-testid={testId}>{value}</dd>
            </div>
          ))}
      </dl>
      {pages && pages.total > 1 && (
        <p className={`clip-preview__pages${pages.joined < pages.total ? ' clip-preview__pages--partial' : ''}`} data-testid="preview-pages">
          {pages.joined < pages.total
            ? t('previewPagesPartial', { total: pages.total, joined: pages.joined })
            : t('previewPagesJoined', { total: pages.total })}
        </p>
      )}
      <div className="clip-preview__body" data-testid="preview-body">
        {lead.map((text, index) => (
          <p key={index} className="clip-preview__paragraph" data-testid="preview-paragraph">
            {text}
          </p>
        ))}
        {total > lead.length && <p className="clip-preview__more">{t('previewMore', { n: total })}</p>}
      </div>
      <label className="clip-preview__label" htmlFor={tagsId}>
        {t('previewTags')}
      </label>
      <input
        id={tagsId}
        className="clip-preview__tags"
        data-testid="preview-tags"
        value={edits.tags}
        onChange={(event) => onEdit({ ...edits, tags: event.target.value })}
      />
      <button type="submit" className="primary-button clip-panel__button" data-testid="save-clip" disabled={busy || !canSave(edits)}>
        {t('clipSave')}
      </button>
    </form>
  );
}
