// The article model shared by every path: pasted text, web pages, the command
// line and the database all speak it. It has the shape of the eval gold files
// (tests/fixtures/eval/GOLD-FORMAT.md) so a parse can be scored as it stands.

export type BlockType = 'paragraph' | 'heading' | 'note';

export interface Block {
  type: BlockType;
  text: string;
}

export interface Article {
  /** Standing column label printed beside the article (理论学苑), or null. */
  column: string | null;
  /** 引题: the short line printed above the title. */
  kicker: string | null;
  title: string | null;
  /** 副题: the line under the title, usually starting with ——. */
  subtitle: string | null;
  /** Author line without decorative marks, e.g. 本报记者 包松娅. */
  byline: string | null;
  /** Jump marker without brackets or spaces, e.g. 上接1版. */
  continuation: string | null;
  blocks: Block[];
  /** Photo captions found inside the text, moved out. */
  captions: string[];
}

/** What the page furniture says about the page the text was printed on. */
export interface PageInfo {
  /** Paper name, e.g. 人民日报. */
  source: string | null;
  /** ISO date (YYYY-MM-DD) when the furniture printed one. */
  date: string | null;
  /** 版次/版名, e.g. 4版 要闻. */
  pageName: string | null;
}

export interface ParsedPage {
  furniture: string[];
  articles: Article[];
  page: PageInfo;
  /** Set when the input could not be read as text at all, or held no article. */
  warning?: string;
}
