// Clipping a web page or a selection (popup, side panel, background): the
// front door of lib/clip. The every-page content script alone enters through
// article-check.ts: through here it would take saving (the database) into
// every page, 25 KB → 127 KB (scripts/structure/allowed.ts, SIDE_DOORS).
export { activeTabId, tabIdFromSearch } from './active-tab';
export { describeClip, describeFailure, describeSaved } from './describe';
export { extractFromTab, readSelectionFromTab } from './extract-tab';
export { pageFieldsOf, pastedInputs, type PageFields } from './pasted-page';
export { articleToInput, canSave, draftToInput, initialEdits, leadParagraphs, paragraphCount, type ClipEdits } from './preview';
export { saveClip, saveClips, type SaveFn } from './save';
export { clippingsFromSelection, pastedClippings, type SelectionPage } from './selection';
export type { ClipFailureReason, ClipOutcome, SelectionOutcome, TabExtractResult } from './types';
