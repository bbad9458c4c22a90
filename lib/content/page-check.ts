// The every-page content script's one job: check the page cheaply and tell
// the background, which shows 文 on the toolbar button for an article page.
import { sendMessage } from '../messages';
import { isProbablyArticleLight } from '../clip/article-check';

export async function reportArticleCheck(doc: Document, url: string, send = sendMessage<'page-checked'>): Promise<boolean> {
  const isArticle = isProbablyArticleLight(doc, url);
  try {
    await send({ type: 'page-checked', isArticle });
  } catch {
    // The extension was reloaded or updated under the page: the badge is only a hint.
  }
  return isArticle;
}
