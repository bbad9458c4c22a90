// What the repair of a parsed page speaks: the roles a line can take, where a
// line sits in an article, and the actions on a page (addressed by index, as
// the interface sees the page at that moment).
import type { Article, BlockType } from '../parse/types';

/** The fields of an article's head, in the order a newspaper prints them. */
export const HEAD_FIELDS = ['column', 'kicker', 'title', 'subtitle', 'byline'] as const;
export type HeadField = (typeof HEAD_FIELDS)[number];

/** Every role a line can be given; `paragraph` is plain text. */
export const ROLES = [...HEAD_FIELDS, 'paragraph', 'heading', 'note', 'caption', 'furniture'] as const;
export type Role = (typeof ROLES)[number];

/** A line of an article: one of its head fields, one of its blocks or one of its captions. */
export type LineRef =
  | { kind: 'head'; field: HeadField }
  | { kind: 'block'; index: number }
  | { kind: 'caption'; index: number };

export interface Line {
  ref: LineRef;
  role: Exclude<Role, 'furniture'>;
  text: string;
}

export type Direction = 'up' | 'down';

/** One repair, addressed by the indices of the page it is applied to. */
export type RepairAction =
  | { op: 'setRole'; article: number; line: LineRef; role: Role }
  | { op: 'moveHead'; article: number; to: Direction }
  | { op: 'shiftHeads'; to: Direction }
  | { op: 'merge'; article: number; with: Direction }
  | { op: 'split'; article: number; block: number }
  | { op: 'editHead'; article: number; field: HeadField; value: string };

export type Head = Pick<Article, HeadField>;

export const isHeadField = (role: Role): role is HeadField => (HEAD_FIELDS as readonly string[]).includes(role);
export const isBlockRole = (role: Role): role is BlockType => role === 'paragraph' || role === 'heading' || role === 'note';
