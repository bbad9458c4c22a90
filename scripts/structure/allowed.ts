// Import circles allowed for now, each edge with the issue that removes it.
// tests/structure/imports.test.ts fails on any other circle; keep this list short.
import type { AllowedEdge } from './import-graph';

export const ALLOWED_CIRCLE_EDGES: readonly AllowedEdge[] = [];
