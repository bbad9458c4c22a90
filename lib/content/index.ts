// The every-page content script's work (entrypoints/content.ts calls these),
// as lib/background is the background's: the wiring between the page, the
// messages to the background (lib/messages.ts) and the feature areas. It lives
// here, above clip/ and paste/, so those areas never import the messages that
// name their reply types (no circle clip → messages → clip). It stays light:
// no Readability, no text parser (tests/e2e/paste-clean.e2e.ts checks the bundle).
export { reportArticleCheck } from './page-check';
export { browserPasteServices, startPasteCleaning } from './paste';
