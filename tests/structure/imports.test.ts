// The layering of the shipped code, checked on its import statements
// (scripts/structure/import-graph.ts): no import circles, no upward imports
// (lib → components/entrypoints, components → entrypoints, anything shipped →
// bench/, tests/, scripts/, bin/). First on a small made-up graph, to show
// each rule can fail; then on the project itself, whose figures it prints
// (npm run structure prints the full report).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALLOWED_CIRCLE_EDGES, ONE_DOOR_AREAS, SIDE_DOORS } from '../../scripts/structure/allowed';
import {
  areaOf,
  buildGraph,
  countAreaEntries,
  findAreaCircles,
  findCircles,
  findUpwardImports,
  findSideEntries,
  readProjectGraph,
  scanImports,
} from '../../scripts/structure/import-graph';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('scanImports', () => {
  it('reads every kind of import and export-from, and tells type-only ones', () => {
    const source = [
      "import a from './a';",
      "import type { B } from './b';",
      "import { type C, type D } from './c';",
      "import { e, type E } from './e';",
      "export { f } from './f';",
      "export type { G } from './g';",
      "export * from './h';",
      "import './side-effect';",
      'const lazy = () => import("./lazy");',
      "let t: typeof import('./typed');",
      "const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });",
    ].join('\n');
    expect(scanImports(source).map((r) => [r.specifier, r.typeOnly])).toEqual([
      ['./a', false],
      ['./b', true],
      ['./c', true],
      ['./e', false],
      ['./f', false],
      ['./g', true],
      ['./h', false],
      ['./side-effect', false],
      ['./lazy', false],
      ['./typed', true],
      ['./worker.ts', false],
    ]);
    expect(scanImports(source)[10].line).toBe(11);
  });

  it('is not fooled by comments, strings or a URL of something else', () => {
    const source = [
      "// import x from './in-a-comment';",
      "/* export * from './in-a-block-comment'; */",
      "const s = \"import y from './in-a-string'\";",
      "const u = new URL('./not-a-module', location.href);",
    ].join('\n');
    expect(scanImports(source)).toEqual([]);
  });
});

describe('the rules, on a made-up graph', () => {
  const sources = new Map<string, string>([
    ['lib/a/index.ts', "export { x } from './x';"],
    ['lib/a/x.ts', "import { y } from '../b/y';\nexport const x = 1;"],
    ['lib/b/y.ts', "import type { X } from '../a/x';\nexport const y = 2;"],
    ['lib/b/ui.ts', "import { Panel } from '@/components/panel';"],
    ['lib/b/timing.ts', "import { hooks } from '../../bench/hooks';\nimport { fake } from '../../tests/fake';"],
    ['lib/c.ts', "import { x } from './a';\nimport { y } from './b/y';"],
    ['components/panel.tsx', "import { x } from '@/lib/a';\nimport App from '../entrypoints/popup/App';\nimport React from 'react';"],
    ['entrypoints/popup/App.tsx', "import { Panel } from '@/components/panel';\nimport { y } from '~/lib/b/y';\nimport { gone } from './missing';"],
  ]);
  const onDisk = new Set(['bench/hooks.ts', 'tests/fake.ts']);
  const graph = buildGraph(sources, (file) => onDisk.has(file));

  it('resolves relative, @/ and ~/ specifiers, folders to their index, and leaves packages out', () => {
    expect(graph.edges.filter((e) => e.from === 'components/panel.tsx').map((e) => e.to)).toEqual(['lib/a/index.ts', 'entrypoints/popup/App.tsx']);
    expect(graph.edges.find((e) => e.from === 'entrypoints/popup/App.tsx' && e.to === 'lib/b/y.ts')).toBeTruthy();
    expect(graph.unresolved).toMatchObject([{ from: 'entrypoints/popup/App.tsx', specifier: './missing', line: 3 }]);
  });

  it('finds each circle, and a circle through three files', () => {
    expect(findCircles(graph)).toEqual([
      ['components/panel.tsx', 'entrypoints/popup/App.tsx', 'components/panel.tsx'],
      ['lib/a/x.ts', 'lib/b/y.ts', 'lib/a/x.ts'],
    ]);
    const ring = buildGraph(new Map([['p.ts', "import './q';"], ['q.ts', "import './r';"], ['r.ts', "import './p';"], ['s.ts', "import './s';"]]));
    expect(findCircles(ring)).toEqual([['p.ts', 'q.ts', 'r.ts', 'p.ts'], ['s.ts', 's.ts']]);
  });

  it('lets an allowed edge close a circle, and only that edge', () => {
    const allowed = [{ from: 'lib/b/y.ts', to: 'lib/a/x.ts', why: 'test' }];
    expect(findCircles(graph, allowed)).toEqual([['components/panel.tsx', 'entrypoints/popup/App.tsx', 'components/panel.tsx']]);
    const reversed = [{ from: 'lib/a/index.ts', to: 'lib/a/x.ts', why: 'test' }];
    expect(findCircles(graph, reversed)).toHaveLength(2);
  });

  it('finds every upward import, and none of the downward ones', () => {
    const found = findUpwardImports(graph).map((u) => `${u.edge.from} → ${u.edge.to}`);
    expect(found).toEqual([
      'lib/b/ui.ts → components/panel.tsx',
      'lib/b/timing.ts → bench/hooks.ts',
      'lib/b/timing.ts → tests/fake.ts',
      'components/panel.tsx → entrypoints/popup/App.tsx',
    ]);
  });

  it('counts the places each lib area is entered from outside it, and through which files', () => {
    const entries = new Map(countAreaEntries(graph).map((e) => [e.area, e]));
    // lib/a: from lib/b/y.ts, lib/c.ts and components/panel.tsx; lib/a's own index.ts → x.ts is inside.
    expect(entries.get('lib/a')!.places).toBe(3);
    expect([...entries.get('lib/a')!.doors]).toEqual([
      ['lib/a/x.ts', 1],
      ['lib/a/index.ts', 2],
    ]);
    expect(entries.get('lib/b')!.places).toBe(3);
    expect(entries.get('lib/c')!.places).toBe(0);
    expect(areaOf('lib/i18n.ts')).toBe('lib/i18n');
    expect(areaOf('entrypoints/background.ts')).toBe('entrypoints/background');
  });

  it('finds the places an area is entered by another file than its index.ts', () => {
    expect(findSideEntries(graph, ['lib/a', 'lib/b']).map((e) => `${e.from} → ${e.to}`)).toEqual([
      'lib/a/x.ts → lib/b/y.ts',
      'lib/b/y.ts → lib/a/x.ts',
      'lib/c.ts → lib/b/y.ts',
      'entrypoints/popup/App.tsx → lib/b/y.ts',
    ]);
    // A one-file area's door is the file itself.
    const one = buildGraph(new Map([['lib/i18n.ts', ''], ['components/x.tsx', "import '@/lib/i18n';"]]));
    expect(findSideEntries(one, ['lib/i18n'])).toEqual([]);
  });

  it('finds circles between areas, even when no file circle closes them', () => {
    const areas = buildGraph(
      new Map([
        ['lib/a/one.ts', "import '../b/two';"],
        ['lib/b/two.ts', ''],
        ['lib/b/three.ts', "import '../a/four';"],
        ['lib/a/four.ts', ''],
      ]),
    );
    expect(findCircles(areas)).toEqual([]);
    expect(findAreaCircles(areas)).toEqual([['lib/a', 'lib/b', 'lib/a']]);
  });
});

describe('the project', () => {
  const graph = readProjectGraph(ROOT);

  it('reads the shipped files and every import of a project file', () => {
    expect(graph.files).toContain('lib/messages.ts');
    expect(graph.files).toContain('entrypoints/content.ts');
    expect(graph.edges.length).toBeGreaterThan(graph.files.length);
    // The parser's worker is reached through new URL(…, import.meta.url).
    expect(graph.edges).toContainEqual(expect.objectContaining({ from: 'lib/parse-worker/index.ts', to: 'lib/parse-worker/parse-worker.ts' }));
    expect(graph.unresolved).toEqual([]);
  });

  it('has no upward import: lib ↛ components, entrypoints; components ↛ entrypoints; nothing shipped → bench, tests, scripts, bin', () => {
    expect(findUpwardImports(graph).map((u) => `${u.edge.from}:${u.edge.line} → ${u.edge.to} (${u.rule})`)).toEqual([]);
  });

  it('has no import circle but the allowed ones (scripts/structure/allowed.ts)', () => {
    expect(findCircles(graph, ALLOWED_CIRCLE_EDGES).map((c) => c.join(' → '))).toEqual([]);
    const stale = ALLOWED_CIRCLE_EDGES.filter((a) => findCircles(graph, ALLOWED_CIRCLE_EDGES.filter((b) => b !== a)).length === 0);
    for (const a of stale) console.log(`structure: ${a.from} → ${a.to} no longer closes a circle; remove it from scripts/structure/allowed.ts`);
  });

  it('has no circle between areas', () => {
    expect(findAreaCircles(graph).map((c) => c.join(' → '))).toEqual([]);
  });

  it('enters each one-door area only through its index.ts, or a listed side door', () => {
    const side = findSideEntries(graph, ONE_DOOR_AREAS).filter((e) => !SIDE_DOORS.some((d) => d.file === e.to));
    expect(side.map((e) => `${e.from}:${e.line} → ${e.to}`)).toEqual([]);
  });

  it('prints how often each lib area is entered from outside it', () => {
    const entries = countAreaEntries(graph);
    expect(entries.map((e) => e.area)).toContain('lib/db');
    console.log(
      'structure: places each lib area is entered from outside it (through how many files)\n' +
        entries.map((e) => `  ${e.area.padEnd(18)} ${String(e.places).padStart(3)} (${e.doors.size})`).join('\n'),
    );
  });
});
