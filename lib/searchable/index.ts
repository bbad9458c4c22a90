// What of a clipping is searched, in what normal form, and the index terms
// made of it: shared by lib/db (which keeps the index in every write) and
// lib/search (which plans queries and checks texts the same way). No
// storage, no UI: pure functions over text.
export { foldJoined, foldText, foldWithMap, foldWithScratchMap, isGramChar, isWordChar, codePointBefore, isWide, simplifyChar, type FoldedWithMap } from './fold';
export { clippingParts, foldClipping, foldParts, FIELD_SEPARATOR, type ClippingParts, type FoldedClipping, type SearchedFields } from './clipping-text';
export {
  addWordTerms, bucketCeiling, BUCKET_MASK, clippingTerms, combinedCode, countCode, gramKey, gramKeyOf, gramText, IN_TITLE, MAX_TERM_COUNT, MAX_WORD_TERM, truncateWord,
  wordKey, wordKeyIsExact,
  type ClippingTerms,
} from './index-terms';
