// Authors for a citation, read from a printed byline.
//
//   本报记者 包松娅                    -> 包松娅
//   本报记者 王浩 刘温馨 本报通讯员 李明 -> 王浩, 刘温馨, 李明
//   新华社北京6月30日电（记者 张三、李四）-> 张三, 李四   (dateline: names are in the brackets)
//   张三（作者为中国人民大学教授）       -> 张三           (descriptor in brackets dropped)
//   文/张三 图/李四                    -> 张三           (photo credits dropped)
//   《人民日报》评论员 / 本报评论员      -> kept whole: the institution is the author
//   钟华论, 任仲平 (collective pen names) -> as printed

const SPACE = /[\s\u3000\u00a0]+/g;

/** A whole byline naming an editorial voice rather than people. */
const INSTITUTIONAL = /^(?:《[^》]+》|本报|新华社|[\p{Script=Han}]{2,8}(?:报|社|网|台))?(?:特约)?评论员$/u;

/**
 * Role words printed in front of a name, possibly glued to it: 本报记者,
 * 新华社特约记者, 本报驻巴西记者, 通讯员, 实习生. The lazy prefix (the paper,
 * 驻…, 特约…) is short, and no Chinese name contains these words.
 */
const ROLE_PREFIX = /^[\p{Script=Han}]{0,10}?(?:记者|通讯员|实习生)/u;

/** Labels before a name: 作者：, 文/, 撰文｜. */
const LABEL = /(?:^|\s)(?:作者|撰文|文字|文)\s*[:：/／|｜]\s*/gu;

/** Photo and graphics credits: 图/李四, 摄影：王五, 张三摄. */
const CREDIT = /^(?:图|图片|摄影|制图|视频)[:：/／|｜]|.摄$/u;

const HAN = /\p{Script=Han}/u;

export function bylineAuthors(byline: string | null | undefined): string[] {
  let text = (byline ?? '').normalize('NFC').replace(SPACE, ' ').trim();
  if (!text) return [];
  if (INSTITUTIONAL.test(text.replace(/ /g, ''))) return [text.replace(/ /g, '')];

  const dateline = /电\s*[（(]([^）)]+)[）)]/u.exec(text);
  if (dateline) text = dateline[1];
  text = text.replace(/[（(][^）)]*[）)]/gu, ' ').replace(LABEL, ' ');

  // Chinese names are separated by spaces; Latin names contain them.
  const separators = HAN.test(text) ? /[\s、，,；;]+/u : /\s*[、，,；;]\s*|\s+(?:and|&)\s+/u;
  const names: string[] = [];
  for (const raw of text.split(separators)) {
    if (!raw || CREDIT.test(raw)) continue;
    let name = raw;
    for (let m = ROLE_PREFIX.exec(name); m; m = ROLE_PREFIX.exec(name)) name = name.slice(m[0].length);
    name = name.replace(/^[·.\-—]+|[·.\-—]+$/gu, '');
    if (name && /[\p{L}]/u.test(name) && !names.includes(name)) names.push(name);
  }
  return names;
}

/** GB/T 7714-2015 8.1.2: up to three names, joined by ", "; more become the first three and ", 等". */
export function formatAuthors(names: readonly string[]): string {
  return names.length > 3 ? `${names.slice(0, 3).join(', ')}, 等` : names.join(', ');
}
