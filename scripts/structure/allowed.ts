// What the layering check (tests/structure/imports.test.ts) lets pass, each
// with its reason: circles allowed for now, and the areas held to one front
// door with the side doors they may keep. npm run structure lists these apart.
import type { AllowedEdge } from './import-graph';

/**
 * Import circles allowed for now: each entry is one edge, with the issue and
 * the engineer that remove it. Remove an entry with the circle (the test says
 * when one no longer closes any).
 */
export const ALLOWED_CIRCLE_EDGES: readonly AllowedEdge[] = [];

/**
 * lib areas entered from outside only through their index.ts (or, for a
 * one-file area, that file). The others are counted by npm run structure;
 * add an area here once it has its one door (lib/export: lib/sync enters
 * backup-record.ts and file-name.ts; lib/db, lib/parse, lib/extract, lib/search:
 * several doors, counted by the report).
 */
export const ONE_DOOR_AREAS: readonly string[] = [
  'lib/background',
  'lib/clip',
  'lib/content',
  'lib/messages',
  'lib/parse-worker',
  'lib/paste',
];

/** Files of those areas that code outside may still enter by, and why. */
export const SIDE_DOORS: readonly { file: string; why: string }[] = [
  {
    file: 'lib/clip/article-check.ts',
    why: 'the every-page content script: through lib/clip/index.ts it would take saving (the database) into every page, 25 KB → 127 KB',
  },
  {
    file: 'lib/paste/settings-item.ts',
    why: "the side panel's WXT storage item: through lib/paste/index.ts it would take WXT storage into every page, 25 KB → 35 KB",
  },
];
