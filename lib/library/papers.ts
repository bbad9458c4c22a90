// Paper names as the filter offers them: one entry per paper however its name
// was written (《人民日报》, 人民日报 电子版, ｜人民日报｜ are one paper).
const DECORATION = /[《》〈〉「」『』“”"'‘’|｜·•\s]/gu;
/** Words after a paper's name that name an edition, not another paper. */
const EDITION_SUFFIX = /(?:电子版|数字报|数字版|电子报|网络版|手机版|客户端|官网|pc版)$/iu;

/** The name a paper is grouped by: NFKC, no marks or spaces, no edition suffix. */
export function paperName(source: string): string {
  // A damaged record may hold anything in its source index: never throw on it.
  const bare = String(source).normalize('NFKC').replace(DECORATION, '');
  return bare.replace(EDITION_SUFFIX, '') || bare;
}

export interface PaperGroup {
  /** The name shown and filtered by. */
  name: string;
  /** The names as stored. */
  sources: string[];
}

const collator = new Intl.Collator('zh-Hans-CN');

/** Stored paper names grouped by paperName, in collation order. */
export function groupPapers(sources: readonly string[]): PaperGroup[] {
  const groups = new Map<string, string[]>();
  for (const source of sources) {
    if (typeof source !== 'string') continue;
    const name = paperName(source);
    groups.set(name, [...(groups.get(name) ?? []), source]);
  }
  return [...groups].map(([name, list]) => ({ name, sources: list })).sort((a, b) => collator.compare(a.name, b.name));
}
