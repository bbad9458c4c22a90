// A Web Worker that runs the parser off the page's main thread, so a very
// large paste (megabytes of text) keeps the popup and side panel responsive.
import { parsePage } from '../parse';

self.onmessage = (event: MessageEvent<string>) => {
  self.postMessage(parsePage(event.data));
};
