// The import graph of the shipped code (lib/, components/, entrypoints/), read
// from the import statements themselves, and the three things the layering
// rules ask of it (README, "Project layout"):
//   - no import circles between files;
//   - no upward imports: lib never imports components/ or entrypoints/,
//     components never import entrypoints/, and nothing shipped imports
//     bench/, tests/, scripts/ or bin/ (they never go into the extension);
//   - how often each lib area is entered from outside it, and through which
//     files (an area meant to have one front door shows it here).
// Used by tests/structure/imports.test.ts (the check) and scripts/structure.ts
// (`npm run structure`, the report). Specifiers are read with the TypeScript
// parser, so comments and strings that merely look like imports do not count.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** The directories whose files go into the extension, lowest layer first. */
export const SHIPPED_LAYERS = ['lib', 'components', 'entrypoints'] as const;
/** Directories that are never shipped: nothing shipped may import them. */
export const UNSHIPPED_DIRS = ['bench', 'tests', 'scripts', 'bin'] as const;

export interface ImportRef {
  specifier: string;
  /** 1-based line of the import. */
  line: number;
  /** `import type …` / `export type … from` (gone after compiling, but still a dependency between modules). */
  typeOnly: boolean;
}

export interface ImportEdge extends ImportRef {
  /** Importing file, relative to the root, with forward slashes. */
  from: string;
  /** Imported file, same form. */
  to: string;
}

export interface ImportGraph {
  /** The scanned files, sorted. */
  files: string[];
  /** Imports of files of the project (packages are left out). */
  edges: ImportEdge[];
  /** Relative or aliased specifiers that name no file: a typo, or a kind of import this scanner misses. */
  unresolved: (ImportRef & { from: string })[];
}

/**
 * The module specifiers `source` refers to: import and export-from
 * declarations, `import x = require()`, dynamic `import()`, `import('…')`
 * types, and `new URL('…', import.meta.url)` (how a Web Worker's file is named
 * for the bundler).
 */
export function scanImports(source: string, fileName = 'file.tsx'): ImportRef[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const refs: ImportRef[] = [];
  const add = (node: ts.Node, literal: ts.Expression | undefined, typeOnly: boolean) => {
    if (!literal || !ts.isStringLiteralLike(literal)) return;
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
    refs.push({ specifier: literal.text, line, typeOnly });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const typeOnly = !!clause && (clause.isTypeOnly || allNamedTypeOnly(clause));
      add(node, node.moduleSpecifier, typeOnly);
    } else if (ts.isExportDeclaration(node)) {
      add(node, node.moduleSpecifier, node.isTypeOnly);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node, node.moduleReference.expression, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(node, node.arguments[0], false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node, node.argument.literal as ts.Expression, true);
    } else if (ts.isNewExpression(node) && isImportMetaUrl(node)) {
      add(node, node.arguments![0], false);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return refs;
}

/** `import { type A, type B } from …`: every name type-only, so nothing is imported at run time. */
function allNamedTypeOnly(clause: ts.ImportClause): boolean {
  if (clause.name) return false;
  const bindings = clause.namedBindings;
  return !!bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
}

/** `new URL('…', import.meta.url)`. */
function isImportMetaUrl(node: ts.NewExpression): boolean {
  const [first, second] = node.arguments ?? [];
  return (
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'URL' &&
    !!first &&
    ts.isStringLiteralLike(first) &&
    !!second &&
    ts.isPropertyAccessExpression(second) &&
    second.name.text === 'url' &&
    ts.isMetaProperty(second.expression)
  );
}

const EXTENSIONS = ['', '.ts', '.tsx', '.d.ts', '.js', '.mjs', '/index.ts', '/index.tsx'];

/**
 * The project file a specifier names, or null for a package. `@/` and `~/`
 * are the project root (WXT's aliases); `exists` says whether a path is a file.
 * Returns undefined for a relative or aliased specifier that names no file.
 */
export function resolveSpecifier(from: string, specifier: string, exists: (file: string) => boolean): string | null | undefined {
  let base: string;
  if (specifier.startsWith('./') || specifier.startsWith('../')) base = path.posix.join(path.posix.dirname(from), specifier);
  else if (/^[@~]\//.test(specifier)) base = path.posix.normalize(specifier.slice(2));
  else if (specifier === '@' || specifier === '~') base = '.';
  else return null;
  for (const ext of EXTENSIONS) {
    const candidate = base + ext;
    if (exists(candidate)) return candidate;
  }
  return undefined;
}

/** The graph of `sources` (file → text); an import of a file not among them is resolved with `exists`. */
export function buildGraph(sources: ReadonlyMap<string, string>, exists: (file: string) => boolean = (f) => sources.has(f)): ImportGraph {
  const edges: ImportEdge[] = [];
  const unresolved: ImportGraph['unresolved'] = [];
  const isFile = (f: string) => sources.has(f) || exists(f);
  for (const [from, source] of sources) {
    for (const ref of scanImports(source, from)) {
      const to = resolveSpecifier(from, ref.specifier, isFile);
      if (to === undefined) unresolved.push({ ...ref, from });
      else if (to !== null) edges.push({ ...ref, from, to });
    }
  }
  return { files: [...sources.keys()].sort(), edges, unresolved };
}

/** Every .ts/.tsx file under the shipped layers of `root`, and the graph of their imports. */
export function readProjectGraph(root: string): ImportGraph {
  const sources = new Map<string, string>();
  const walk = (dir: string) => {
    const full = path.join(root, dir);
    if (!existsSync(full)) return;
    for (const name of readdirSync(full).sort()) {
      const rel = `${dir}/${name}`;
      if (statSync(path.join(root, rel)).isDirectory()) walk(rel);
      else if (/\.tsx?$/.test(name)) sources.set(rel, readFileSync(path.join(root, rel), 'utf8'));
    }
  };
  for (const layer of SHIPPED_LAYERS) walk(layer);
  return buildGraph(sources, (file) => existsSync(path.join(root, file)) && statSync(path.join(root, file)).isFile());
}

/** A file's layer: its top directory. */
export function layerOf(file: string): string {
  return file.split('/')[0]!;
}

/**
 * The area a file belongs to: a folder of lib (`lib/db`) or a top-level lib
 * file without its extension (`lib/i18n`); `components`; an entry point
 * (`entrypoints/popup`, `entrypoints/background`); else its top directory.
 */
export function areaOf(file: string): string {
  const parts = file.split('/');
  if (parts[0] === 'lib' || parts[0] === 'entrypoints') {
    return parts.length > 2 ? `${parts[0]}/${parts[1]}` : `${parts[0]}/${parts[1]!.replace(/(\.d)?\.tsx?$/, '')}`;
  }
  return parts[0]!;
}

/** An import that goes the wrong way, with the rule it breaks. */
export interface UpwardImport {
  edge: ImportEdge;
  rule: string;
}

/** Imports from a lower shipped layer into a higher one, or from shipped code into bench/, tests/, scripts/, bin/. */
export function findUpwardImports(graph: ImportGraph): UpwardImport[] {
  const rank = (file: string) => (SHIPPED_LAYERS as readonly string[]).indexOf(layerOf(file));
  const found: UpwardImport[] = [];
  for (const edge of graph.edges) {
    const from = rank(edge.from);
    if (from < 0) continue;
    const toLayer = layerOf(edge.to);
    if ((UNSHIPPED_DIRS as readonly string[]).includes(toLayer)) {
      found.push({ edge, rule: `shipped code imports ${toLayer}/ (never shipped)` });
    } else if (rank(edge.to) > from) {
      found.push({ edge, rule: `${layerOf(edge.from)} imports ${toLayer} (a higher layer)` });
    }
  }
  return found;
}

/** An edge allowed to close a circle for now, and why. */
export interface AllowedEdge {
  from: string;
  to: string;
  why: string;
}

/**
 * The import circles between files: one shortest cycle (first file repeated
 * at the end) for each group of files that reach one another. Edges in
 * `allowed` are left out first.
 */
export function findCircles(graph: Pick<ImportGraph, 'edges'>, allowed: readonly AllowedEdge[] = []): string[][] {
  const isAllowed = (e: ImportEdge) => allowed.some((a) => a.from === e.from && a.to === e.to);
  const next = new Map<string, string[]>();
  for (const e of graph.edges) {
    if (isAllowed(e)) continue;
    const list = next.get(e.from) ?? [];
    if (!list.includes(e.to)) list.push(e.to);
    next.set(e.from, list);
  }
  return stronglyConnected(next).map((group) => shortestCycle(group, next));
}

/** Tarjan's strongly connected components of size > 1, or a file importing itself. */
function stronglyConnected(next: ReadonlyMap<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  let counter = 0;
  const nodes = new Set<string>([...next.keys(), ...[...next.values()].flat()]);
  const connect = (v: string) => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || (next.get(v) ?? []).includes(v)) groups.push(group.sort());
    }
  };
  for (const v of [...nodes].sort()) if (!index.has(v)) connect(v);
  return groups.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** A shortest cycle through the group's first file, by breadth-first search inside the group. */
function shortestCycle(group: string[], next: ReadonlyMap<string, string[]>): string[] {
  const start = group[0]!;
  const inGroup = new Set(group);
  const parent = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const v = queue.shift()!;
    for (const w of next.get(v) ?? []) {
      if (!inGroup.has(w)) continue;
      if (w === start) {
        const path = [start];
        for (let u = v; u !== start; u = parent.get(u)!) path.splice(1, 0, u);
        return [...path, start];
      }
      if (!parent.has(w)) {
        parent.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}

/** How an area is entered from outside it. */
export interface AreaEntries {
  area: string;
  /** Import statements in files outside the area that name a file inside it. */
  places: number;
  /** The area's files so entered, with how many places each. */
  doors: Map<string, number>;
}

/** For each lib area, the places shipped code outside it imports it (areas never entered are listed with 0). */
export function countAreaEntries(graph: ImportGraph): AreaEntries[] {
  const areas = new Map<string, AreaEntries>();
  for (const file of graph.files) {
    const area = areaOf(file);
    if (area.startsWith('lib/') && !areas.has(area)) areas.set(area, { area, places: 0, doors: new Map() });
  }
  for (const e of graph.edges) {
    const entry = areas.get(areaOf(e.to));
    if (!entry || areaOf(e.from) === entry.area || !(SHIPPED_LAYERS as readonly string[]).includes(layerOf(e.from))) continue;
    entry.places++;
    entry.doors.set(e.to, (entry.doors.get(e.to) ?? 0) + 1);
  }
  return [...areas.values()].sort((a, b) => b.places - a.places || a.area.localeCompare(b.area));
}

/** Circles between areas (lib/clip → lib/paste → lib/clip), for the report: each area pair or ring once. */
export function findAreaCircles(graph: ImportGraph): string[][] {
  const edges: ImportEdge[] = [];
  for (const e of graph.edges) {
    const from = areaOf(e.from);
    const to = areaOf(e.to);
    if (from !== to) edges.push({ ...e, from, to });
  }
  return findCircles({ edges });
}

/** Imports from outside an area of `areas` into one of its files other than its front door (index.ts, or the one file of a one-file area). */
export function findSideEntries(graph: ImportGraph, areas: readonly string[]): ImportEdge[] {
  return graph.edges.filter((e) => {
    const area = areaOf(e.to);
    if (!areas.includes(area) || areaOf(e.from) === area || !(SHIPPED_LAYERS as readonly string[]).includes(layerOf(e.from))) return false;
    const oneFile = !e.to.slice(area.length).startsWith('/');
    return !oneFile && !/^index\.tsx?$/.test(e.to.slice(area.length + 1));
  });
}
