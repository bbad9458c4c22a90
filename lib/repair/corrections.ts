// Corrections as kept with a clipping: each repair with the text that finds
// its article and line again, so the same repairs can be replayed on a later
// parse of the same text (whose article indices may differ) and are never
// silently undone. Plain JSON; readCorrections accepts anything and keeps
// only well-formed entries.
import type { Article, ParsedPage } from '../parse/types';
import { applyAction } from './actions';
import { articleLines, lineText } from './lines';
import { HEAD_FIELDS, ROLES, type LineRef, type RepairAction } from './types';

export const CORRECTIONS_VERSION = 1;

export interface Correction {
  v: typeof CORRECTIONS_VERSION;
  action: RepairAction;
  /** The text of one line of the article acted on (its first block when it has one). */
  anchor?: string;
  /** The text of the line given a role, or of the block split before. */
  line?: string;
}

/** The line that best names an article in another parse: its first block, else its first line. */
function articleAnchor(article: Article | undefined): string | undefined {
  if (!article) return undefined;
  return article.blocks[0]?.text ?? articleLines(article)[0]?.text;
}

/** The correction that records `action` applied to `page` (before it is applied). */
export function toCorrection(page: ParsedPage, action: RepairAction): Correction {
  const correction: Correction = { v: CORRECTIONS_VERSION, action };
  if (action.op === 'shiftHeads') return correction;
  const article = page.articles[action.article];
  correction.anchor = articleAnchor(article);
  if (action.op === 'setRole' && article) correction.line = lineText(article, action.line) ?? undefined;
  if (action.op === 'split' && article) correction.line = article.blocks[action.block]?.text;
  return correction;
}

const holds = (article: Article, text: string) => articleLines(article).some((line) => line.text === text);

/** The index of the article the correction meant in `page`, or -1. */
function findArticle(page: ParsedPage, correction: Correction & { action: { article: number } }): number {
  const { anchor, action } = correction;
  if (anchor === undefined) return action.article < page.articles.length ? action.article : -1;
  const atIndex = page.articles[action.article];
  if (atIndex && holds(atIndex, anchor)) return action.article;
  return page.articles.findIndex((article) => holds(article, anchor));
}

/** The line of `article` with `text`, preferring the one at `ref`. */
function findLine(article: Article, ref: LineRef, text: string | undefined): LineRef | null {
  if (text === undefined || lineText(article, ref) === text) return ref;
  return articleLines(article).find((line) => line.text === text)?.ref ?? null;
}

/** The correction as an action on `page`, or null when its article or line is not there. */
export function resolveCorrection(page: ParsedPage, correction: Correction): RepairAction | null {
  const { action } = correction;
  if (action.op === 'shiftHeads') return action;
  const index = findArticle(page, correction as Correction & { action: { article: number } });
  if (index < 0) return null;
  if (action.op === 'setRole') {
    const line = findLine(page.articles[index], action.line, correction.line);
    return line && { ...action, article: index, line };
  }
  if (action.op === 'split') {
    const blocks = page.articles[index].blocks;
    const block = correction.line === undefined || blocks[action.block]?.text === correction.line ? action.block : blocks.findIndex((b) => b.text === correction.line);
    return block < 0 ? null : { ...action, article: index, block };
  }
  return { ...action, article: index };
}

export interface Replayed {
  page: ParsedPage;
  applied: number;
  /** Corrections whose article or line the page no longer holds. */
  skipped: Correction[];
}

/** Applies stored corrections, in order, to a fresh parse of the same text. */
export function replayCorrections(page: ParsedPage, corrections: readonly Correction[]): Replayed {
  let current = page;
  let applied = 0;
  const skipped: Correction[] = [];
  for (const correction of corrections) {
    const action = resolveCorrection(current, correction);
    if (!action) {
      skipped.push(correction);
      continue;
    }
    current = applyAction(current, action);
    applied++;
  }
  return { page: current, applied, skipped };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isIndex = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isDirection = (value: unknown) => value === 'up' || value === 'down';

function isLineRef(value: unknown): value is LineRef {
  if (!isObject(value)) return false;
  if (value.kind === 'head') return (HEAD_FIELDS as readonly unknown[]).includes(value.field);
  return (value.kind === 'block' || value.kind === 'caption') && isIndex(value.index);
}

function isAction(value: unknown): value is RepairAction {
  if (!isObject(value)) return false;
  switch (value.op) {
    case 'setRole':
      return isIndex(value.article) && isLineRef(value.line) && (ROLES as readonly unknown[]).includes(value.role);
    case 'moveHead':
      return isIndex(value.article) && isDirection(value.to);
    case 'shiftHeads':
      return isDirection(value.to);
    case 'merge':
      return isIndex(value.article) && isDirection(value.with);
    case 'split':
      return isIndex(value.article) && isIndex(value.block);
    case 'editHead':
      return isIndex(value.article) && (HEAD_FIELDS as readonly unknown[]).includes(value.field) && typeof value.value === 'string';
    default:
      return false;
  }
}

/** The well-formed corrections in a stored value (anything: a record from a backup, an older version); never throws. */
export function readCorrections(value: unknown): Correction[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): Correction[] => {
    if (!isObject(item) || item.v !== CORRECTIONS_VERSION || !isAction(item.action)) return [];
    const correction: Correction = { v: CORRECTIONS_VERSION, action: item.action };
    if (typeof item.anchor === 'string') correction.anchor = item.anchor;
    if (typeof item.line === 'string') correction.line = item.line;
    return [correction];
  });
}
